//! Quantities: counts with their unit, in digits ("363 personel", "1.316 personil",
//! "2,5 ribu pemilih", "452 TPS") or in words ("satu kompi", "dua ratus lima puluh
//! personel", "sepuluh ribu pemilih").
//!
//! A quantity is a number directly followed by a unit of [`UNITS`], on one line. The
//! number is one `Number` token, optionally scaled by "ribu", "juta", "miliar" or
//! "triliun", or a run of Indonesian number words ([`number_words`]). Everything is
//! compared case-insensitively.
//!
//! What is *not* a count, and is left alone:
//!
//! * a number with no unit after it: percentages ("2,5 persen", "80 %"), money ("2
//!   miliar rupiah"), dates ("14 Februari"), "tiga tahap", "1 Setda", "satu per satu";
//! * a number whose left neighbour says it is a year, time, ordinal, identifier or sum
//!   ([`NOT_COUNT_AFTER`]: "tahun 2024", "pukul 10", "nomor 3", "Rp 250", "salah
//!   satu"), a year-shaped number after a capitalized word ("Pilkada 2024"), and a number
//!   after a capitalized unit word, which names rather than counts ("TPS 05", "Kompi 2");
//! * a place unit that starts a place name ("TPS 05 Desa Sukamaju", "2024 Kecamatan
//!   Kota"): a capitalized "Desa", "Kelurahan", "Kecamatan" or "Kabupaten" followed by
//!   a capitalized word;
//! * the second half of a range ("2 - 3 kompi", "200 hingga 300 personel"); ranges in one
//!   token ("2-3", "dua-tiga") are no numbers at all;
//! * vague amounts ("ratusan personel", "puluhan ribu pemilih"): they are no number words.
//!
//! Tokens of one mention must stand on one line with only white space between them, so a
//! number ending one paragraph and a unit word starting the next never join, nor do
//! tokens that a caller's filtering has made neighbours in the slice but not in the text.

// wired into the recognizer by the lead

use warta_tokenize::{Span, Token, TokenKind, is_space};

/// A count with its unit: "363 personel", "satu kompi", "dua ratus lima puluh personel".
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct QuantityMention {
    /// Byte span from the first number token to the end of the unit token.
    pub span: Span,
    /// The number ("1.316" is 1316.0, "2,5" is 2.5, "satu" is 1.0).
    pub value: f64,
    /// The unit in canonical form: lowercase words ("personel", "kompi", "orang"), acronyms
    /// uppercase ("TPS", "SSK").
    pub unit: &'static str,
    /// "digits" or "words".
    pub rule: &'static str,
}

/// Count units: the lowercase words as written, and the canonical unit they stand for.
///
/// People (personel and its variant "personil", anggota, orang, petugas, prajurit,
/// polisi, pemilih, saksi, relawan, pengawas, Linmas, KPPS, Babinsa, Bhabinkamtibmas,
/// paslon, pasangan calon, calon), forces (kompi, peleton and "pleton", regu, SSK,
/// batalyon and "batalion"), places (TPS, desa, kelurahan, kecamatan, kabupaten, pos,
/// posko, titik) and things (kendaraan, unit, kotak suara, surat suara, lembar).
/// Where several entries match, the longest wins ("pasangan calon" over nothing, and
/// never "calon" inside it). A unit is only the classifier: in "363 personel gabungan"
/// and "5 unit kendaraan" the mention ends at "personel" and "unit".
///
/// Canonical forms: ordinary words lowercase, letter acronyms uppercase ("TPS", "SSK",
/// "KPPS"), and the syllable acronyms that news writes with one capital as written
/// ("Linmas", "Babinsa", "Bhabinkamtibmas").
const UNITS: &[(&[&str], &str)] = &[
    // People.
    (&["personel"], "personel"),
    (&["personil"], "personel"),
    (&["anggota"], "anggota"),
    (&["orang"], "orang"),
    (&["petugas"], "petugas"),
    (&["prajurit"], "prajurit"),
    (&["polisi"], "polisi"),
    (&["pemilih"], "pemilih"),
    (&["saksi"], "saksi"),
    (&["relawan"], "relawan"),
    (&["pengawas"], "pengawas"),
    (&["linmas"], "Linmas"),
    (&["kpps"], "KPPS"),
    (&["babinsa"], "Babinsa"),
    (&["bhabinkamtibmas"], "Bhabinkamtibmas"),
    (&["paslon"], "paslon"),
    (&["pasangan", "calon"], "pasangan calon"),
    (&["calon"], "calon"),
    // Forces.
    (&["kompi"], "kompi"),
    (&["peleton"], "peleton"),
    (&["pleton"], "peleton"),
    (&["regu"], "regu"),
    (&["ssk"], "SSK"),
    (&["batalyon"], "batalyon"),
    (&["batalion"], "batalyon"),
    // Places.
    (&["tps"], "TPS"),
    (&["desa"], "desa"),
    (&["kelurahan"], "kelurahan"),
    (&["kecamatan"], "kecamatan"),
    (&["kabupaten"], "kabupaten"),
    (&["pos"], "pos"),
    (&["posko"], "posko"),
    (&["titik"], "titik"),
    // Things.
    (&["kendaraan"], "kendaraan"),
    (&["unit"], "unit"),
    (&["kotak", "suara"], "kotak suara"),
    (&["surat", "suara"], "surat suara"),
    (&["lembar"], "lembar"),
];

/// Canonical place units that, capitalized and followed by a capitalized word, begin a
/// place name ("Desa Sukamaju") rather than end a count.
const PLACE_UNITS: &[&str] = &["desa", "kelurahan", "kecamatan", "kabupaten"];

/// The digit words, one to nine.
const DIGIT_WORDS: &[(&str, u64)] = &[
    ("satu", 1),
    ("dua", 2),
    ("tiga", 3),
    ("empat", 4),
    ("lima", 5),
    ("enam", 6),
    ("tujuh", 7),
    ("delapan", 8),
    ("sembilan", 9),
];

/// Scale words with their power of ten; they follow a number ("tiga ribu", "2,5 juta")
/// or take the prefix "se-" for one ("seribu", "sejuta").
const SCALES: &[(&str, u32)] =
    &[("ribu", 3), ("juta", 6), ("miliar", 9), ("milyar", 9), ("triliun", 12)];

/// Words after which a number is no count: years and dates ("tahun 2024", "Februari
/// 2024", "Pilkada 2024"), times ("pukul 10"), identifiers ("nomor 3",
/// "RT 05", "Dapil 2", "Kodim 0820"), money ("Rp 250") and "salah satu" (one *of*).
/// Lowercase, without a final dot; compared case-insensitively.
const NOT_COUNT_AFTER: &[&str] = &[
    // Years and dates.
    "tahun",
    "tanggal",
    "tgl",
    "periode",
    "sejak",
    "pemilu",
    "pilkada",
    "pileg",
    "pilpres",
    "serentak",
    "januari",
    "februari",
    "pebruari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "nopember",
    "desember",
    // Times.
    "pukul",
    "jam",
    // Ordinals and identifiers. ("ke" is left out: "ke 9 kecamatan" is a count sent
    // somewhere far more often than "ke 2" is an ordinal, which is written "ke-2".)
    "nomor",
    "nomer",
    "no",
    "urut",
    "rt",
    "rw",
    "km",
    "jalan",
    "jl",
    "gang",
    "gg",
    "blok",
    "lantai",
    "pasal",
    "ayat",
    "tahap",
    "zona",
    "sektor",
    "dapil",
    "sesi",
    "putaran",
    "gelombang",
    "angkatan",
    "kelas",
    "yonif",
    "kodim",
    "koramil",
    // Money.
    "rp",
    "idr",
    "usd",
    "$",
    // "salah satu desa" is one of the villages, not a count of one.
    "salah",
];

/// Words that join the two ends of a range ("200 hingga 300 personel"); a dash token does
/// the same.
const RANGE_WORDS: &[&str] = &["-", "hingga", "sampai", "sd", "s.d", "s/d"];

/// More words than any number written in words can take.
const MAX_NUMBER_WORDS: usize = 64;

/// Finds every count-with-unit in the tokens (all cut from `text`, in order).
pub(crate) fn find(text: &str, tokens: &[Token<'_>]) -> Vec<QuantityMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some((value, used, rule)) = number_at(text, tokens, i) else {
            i += 1;
            continue;
        };
        let j = i + used;
        let unit = if adjacent(text, tokens, j - 1, j) { unit_at(text, tokens, j) } else { None };
        match unit {
            Some((unit, n)) if !not_a_count(text, tokens, i, j, unit) => {
                let end = tokens[j + n - 1].span.end;
                out.push(QuantityMention {
                    span: Span::new(tokens[i].span.start, end),
                    value,
                    unit,
                    rule,
                });
                i = j + n;
            }
            // The whole number is spent: "dua ratus lima puluh hal" must not yield "lima
            // puluh" later on.
            _ => i = j,
        }
    }
    out
}

/// The number that starts at token `i`: its value, how many tokens it takes (at least
/// one) and the rule that read it.
fn number_at(text: &str, tokens: &[Token<'_>], i: usize) -> Option<(f64, usize, &'static str)> {
    let t = tokens.get(i)?;
    if t.kind == TokenKind::Number {
        let exp = if adjacent(text, tokens, i, i + 1) {
            word_at(tokens, i + 1).and_then(scale_exp)
        } else {
            None
        };
        return match exp {
            // "2,5 ribu": scaled in decimal, so 2500 comes out exact.
            Some(exp) => {
                let value = decimal(t.text)?;
                let value: f64 = format!("{value}e{exp}").parse().ok()?;
                value.is_finite().then_some((value, 2, "digits"))
            }
            None => parse_number(t.text).map(|v| (v, 1, "digits")),
        };
    }
    // Number words on one line, with only white space between them. Most words start no
    // number: test the first before looking further.
    let first = word_at(tokens, i)?;
    let opens = digit_word(first).is_some()
        || se_scale(first).is_some()
        || ["seratus", "sepuluh", "sebelas"].iter().any(|w| w.eq_ignore_ascii_case(first));
    if !opens {
        return None;
    }
    // The longest number reads fewer than 30 words ("dua ratus lima puluh lima triliun …").
    let mut run = 1;
    while run < MAX_NUMBER_WORDS
        && i + run < tokens.len()
        && adjacent(text, tokens, i + run - 1, i + run)
    {
        run += 1;
    }
    let (value, used) = number_words(&tokens[i..i + run])?;
    Some((value, used, "words"))
}

/// Whether the number at tokens `i..j`, followed by `unit` at `j`, is something other
/// than a count (see the module documentation).
fn not_a_count(text: &str, tokens: &[Token<'_>], i: usize, j: usize, unit: &str) -> bool {
    let first = &tokens[i];
    let prev = i.checked_sub(1).filter(|&p| touches(text, tokens, p, i)).map(|p| &tokens[p]);
    if let Some(prev) = prev {
        let word = prev.text.strip_suffix('.').unwrap_or(prev.text);
        if in_table(NOT_COUNT_AFTER, word) {
            return true;
        }
        // The second end of a range: "2 - 3 kompi", "200 hingga 300 personel".
        let is_range_word = prev.kind == TokenKind::Dash || in_table(RANGE_WORDS, word);
        let after_number = i
            .checked_sub(2)
            .and_then(|p| tokens.get(p))
            .is_some_and(|t| t.kind == TokenKind::Number || is_number_word(t));
        if is_range_word && after_number {
            return true;
        }
        // "Pilkada 2024 ...", "Menumbing 2024 ...": a year after a name.
        if prev.kind.is_wordlike() && prev.is_capitalized() && is_year_shaped(first.text) {
            return true;
        }
        // "TPS 05", "Pos 3", "Kompi 2": a number after a capitalized unit names one.
        if prev.kind == TokenKind::Word
            && prev.is_capitalized()
            && UNITS
                .iter()
                .any(|(words, _)| words.len() == 1 && words[0].eq_ignore_ascii_case(word))
        {
            return true;
        }
    }
    // "... Desa Sukamaju": the unit word begins a place name.
    if PLACE_UNITS.contains(&unit) && tokens[j].is_capitalized() {
        let next = tokens.get(j + 1).filter(|_| adjacent(text, tokens, j, j + 1));
        if next.is_some_and(|t| t.kind.is_wordlike() && t.is_capitalized()) {
            return true;
        }
    }
    false
}

/// The unit that starts at token `j`, canonical, with how many tokens it takes; the
/// longest entry of [`UNITS`] wins.
fn unit_at(text: &str, tokens: &[Token<'_>], j: usize) -> Option<(&'static str, usize)> {
    let mut best: Option<(&'static str, usize)> = None;
    for &(words, unit) in UNITS {
        let fits = words.iter().enumerate().all(|(k, w)| {
            word_at(tokens, j + k).is_some_and(|t| t.eq_ignore_ascii_case(w))
                && (k == 0 || adjacent(text, tokens, j + k - 1, j + k))
        });
        if fits && best.is_none_or(|(_, n)| words.len() > n) {
            best = Some((unit, words.len()));
        }
    }
    best
}

/// The value of an Indonesian-format number token text: "1.316" → 1316, "646.216" →
/// 646216, "2,5" → 2.5, "1.250.000,50" → 1250000.5, "363" → 363. None if not a number.
///
/// Dots group thousands (the first group one to three digits, the others three) and one
/// comma starts the decimals. A single dot before a group that is not three digits long
/// can group no thousands and is read as a decimal point, as in text written the English
/// way ("2.5" is 2.5). Only ASCII digits are read: no signs, exponents or words.
pub(crate) fn parse_number(text: &str) -> Option<f64> {
    let value: f64 = decimal(text)?.parse().ok()?;
    value.is_finite().then_some(value)
}

/// The number text in plain decimal notation ("1.250.000,50" → "1250000.50"), checked.
fn decimal(text: &str) -> Option<String> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let (whole, fraction) = match text.split_once(',') {
        Some((whole, fraction)) if digits(fraction) => (whole, Some(fraction)),
        Some(_) => return None,
        None => (text, None),
    };
    let mut groups = whole.split('.');
    let head = groups.next().filter(|g| digits(g))?;
    let rest: Vec<&str> = groups.collect();
    let mut out = String::with_capacity(text.len());
    out.push_str(head);
    if rest.is_empty() || head.len() <= 3 && rest.iter().all(|g| g.len() == 3 && digits(g)) {
        rest.iter().for_each(|g| out.push_str(g));
    } else if let ([tail], None) = (rest.as_slice(), fraction) {
        if tail.len() == 3 || !digits(tail) {
            return None;
        }
        out.push('.');
        out.push_str(tail);
        return Some(out);
    } else {
        return None;
    }
    if let Some(fraction) = fraction {
        out.push('.');
        out.push_str(fraction);
    }
    Some(out)
}

/// Reads number words at the start of `tokens`: returns the value and how many tokens it
/// used. "satu" 1, "sebelas" 11, "dua belas" 12, "sepuluh" 10, "seratus" 100, "dua ratus
/// lima puluh" 250, "seribu" 1000, "tiga ribu dua ratus" 3200, "dua juta" 2_000_000.
/// None if the first token is not a number word. Fractions ("setengah") and vague
/// amounts ("ratusan") are no number words.
///
/// Groups below a thousand are scaled by "ribu", "juta", "miliar"/"milyar", "triliun",
/// each scale smaller than the one before; the reading stops before the first word that
/// does not continue the number ("dua ribu tiga ribu" is 2000 in two tokens).
pub(crate) fn number_words(tokens: &[Token<'_>]) -> Option<(f64, usize)> {
    let mut total: u64 = 0;
    let mut pos = 0;
    let mut last_exp = u32::MAX;
    loop {
        // "seribu", "sejuta": one and a scale in one word.
        if let Some(exp) = word_at(tokens, pos).and_then(se_scale) {
            if exp >= last_exp {
                break;
            }
            total = total.saturating_add(10u64.pow(exp));
            last_exp = exp;
            pos += 1;
            continue;
        }
        let Some((group, n)) = below_thousand(tokens, pos) else { break };
        match word_at(tokens, pos + n).and_then(scale_exp) {
            Some(exp) if exp < last_exp => {
                total = total.saturating_add(group.saturating_mul(10u64.pow(exp)));
                last_exp = exp;
                pos += n + 1;
            }
            // "dua ribu tiga ribu": the second group is no part of this number.
            Some(_) => break,
            None => {
                total = total.saturating_add(group);
                pos += n;
                break;
            }
        }
    }
    // Below 10^16, so the conversion is exact.
    (pos > 0).then_some((total as f64, pos))
}

/// A group below a thousand at `pos`: "seratus", "dua ratus lima puluh", "sebelas".
fn below_thousand(tokens: &[Token<'_>], pos: usize) -> Option<(u64, usize)> {
    let mut value = 0;
    let mut used = 0;
    if word_at(tokens, pos).is_some_and(|w| w.eq_ignore_ascii_case("seratus")) {
        (value, used) = (100, 1);
    } else if let Some(d) = word_at(tokens, pos).and_then(digit_word) {
        if is_word(tokens, pos + 1, "ratus") {
            (value, used) = (d * 100, 2);
        }
    }
    if let Some((v, n)) = below_hundred(tokens, pos + used) {
        value += v;
        used += n;
    }
    (used > 0).then_some((value, used))
}

/// A group below a hundred at `pos`: "sepuluh", "sebelas", "dua belas", "dua puluh
/// lima", "lima". None before "ratus", which belongs to a group of hundreds.
fn below_hundred(tokens: &[Token<'_>], pos: usize) -> Option<(u64, usize)> {
    let word = word_at(tokens, pos)?;
    if word.eq_ignore_ascii_case("sepuluh") {
        return Some((10, 1));
    }
    if word.eq_ignore_ascii_case("sebelas") {
        return Some((11, 1));
    }
    let d = digit_word(word)?;
    if is_word(tokens, pos + 1, "belas") {
        return Some((10 + d, 2));
    }
    if is_word(tokens, pos + 1, "puluh") {
        return match word_at(tokens, pos + 2).and_then(digit_word) {
            Some(u) => Some((d * 10 + u, 3)),
            None => Some((d * 10, 2)),
        };
    }
    if is_word(tokens, pos + 1, "ratus") {
        return None;
    }
    Some((d, 1))
}

/// Whether the token is a word that can be part of a written number (used to see the
/// first end of a range: "dua ratus hingga tiga ratus personel").
fn is_number_word(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Word
        && (digit_word(t.text).is_some()
            || scale_exp(t.text).is_some()
            || se_scale(t.text).is_some()
            || ["puluh", "belas", "ratus", "sepuluh", "sebelas", "seratus"]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(t.text)))
}

/// The value of a digit word ("satu" … "sembilan").
fn digit_word(word: &str) -> Option<u64> {
    DIGIT_WORDS.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)).map(|&(_, d)| d)
}

/// The power of ten of a scale word ("ribu" → 3).
fn scale_exp(word: &str) -> Option<u32> {
    SCALES.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)).map(|&(_, e)| e)
}

/// The power of ten of a scale word with the prefix "se-" ("seribu" → 3).
fn se_scale(word: &str) -> Option<u32> {
    let prefix = word.get(..2)?;
    if !prefix.eq_ignore_ascii_case("se") {
        return None;
    }
    scale_exp(word.get(2..)?)
}

/// The text of token `i` if it is a word.
fn word_at<'t>(tokens: &[Token<'t>], i: usize) -> Option<&'t str> {
    tokens.get(i).filter(|t| t.kind == TokenKind::Word).map(|t| t.text)
}

/// Whether token `i` is the word `word` (any case).
fn is_word(tokens: &[Token<'_>], i: usize, word: &str) -> bool {
    word_at(tokens, i).is_some_and(|w| w.eq_ignore_ascii_case(word))
}

/// Whether `word` is in `table` (lowercase entries), ignoring case.
fn in_table(table: &[&str], word: &str) -> bool {
    table.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Four digits without dots that read as a year from 1900 to 2100.
fn is_year_shaped(text: &str) -> bool {
    text.len() == 4
        && text.bytes().all(|b| b.is_ascii_digit())
        && text.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
}

/// Whether tokens `a` and `b` both exist and only white space on one line stands between
/// them in `text`.
fn adjacent(text: &str, tokens: &[Token<'_>], a: usize, b: usize) -> bool {
    gap(text, tokens, a, b).is_some_and(|g| g.chars().all(|c| is_space(c) && !is_line_break(c)))
}

/// Whether tokens `a` and `b` both exist and only white space (line breaks included)
/// stands between them in `text`.
fn touches(text: &str, tokens: &[Token<'_>], a: usize, b: usize) -> bool {
    gap(text, tokens, a, b).is_some_and(|g| g.chars().all(is_space))
}

/// The text between the end of token `a` and the start of token `b`.
fn gap<'t>(text: &'t str, tokens: &[Token<'_>], a: usize, b: usize) -> Option<&'t str> {
    let (a, b) = (tokens.get(a)?, tokens.get(b)?);
    if a.span.end > b.span.start {
        return None;
    }
    text.get(a.span.end..b.span.start)
}

/// Characters that end a line.
fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use warta_tokenize::Tokenizer;

    /// One expected mention: span text, value, unit, rule.
    type Expected<'a> = (&'a str, f64, &'a str, &'a str);

    /// (span text, value, unit, rule) of every mention in `text`.
    fn mentions(text: &str) -> Vec<(&str, f64, &'static str, &'static str)> {
        let tokens = Tokenizer::new().tokens(text).collect::<Vec<_>>();
        find(text, &tokens)
            .into_iter()
            .map(|m| (m.span.slice(text), m.value, m.unit, m.rule))
            .collect()
    }

    fn check(cases: &[(&str, &[Expected<'_>])]) {
        for &(text, expected) in cases {
            assert_eq!(mentions(text), expected, "in {text:?}");
        }
    }

    #[test]
    fn digits_with_every_unit() {
        check(&[
            (
                "Polres Sukamaju menerjunkan 363 personel gabungan untuk mengamankan 452 TPS.",
                &[
                    ("363 personel", 363.0, "personel", "digits"),
                    ("452 TPS", 452.0, "TPS", "digits"),
                ],
            ),
            ("Sebanyak 120 personil disiagakan.", &[("120 personil", 120.0, "personel", "digits")]),
            ("Ada 10 anggota Polsek.", &[("10 anggota", 10.0, "anggota", "digits")]),
            ("Sebanyak 7 orang diperiksa.", &[("7 orang", 7.0, "orang", "digits")]),
            ("Ada 30 petugas di lokasi.", &[("30 petugas", 30.0, "petugas", "digits")]),
            (
                "Sebanyak 150 prajurit Kodim hadir.",
                &[("150 prajurit", 150.0, "prajurit", "digits")],
            ),
            ("Ada 20 polisi berjaga.", &[("20 polisi", 20.0, "polisi", "digits")]),
            ("Sebanyak 3 kompi dikerahkan.", &[("3 kompi", 3.0, "kompi", "digits")]),
            (
                "Ada 4 peleton dan 2 pleton cadangan.",
                &[("4 peleton", 4.0, "peleton", "digits"), ("2 pleton", 2.0, "peleton", "digits")],
            ),
            ("Sebanyak 6 regu piket.", &[("6 regu", 6.0, "regu", "digits")]),
            ("Polda mengirim 2 SSK Brimob.", &[("2 SSK", 2.0, "SSK", "digits")]),
            (
                "Sebanyak 1 batalyon dan 1 batalion lain.",
                &[
                    ("1 batalyon", 1.0, "batalyon", "digits"),
                    ("1 batalion", 1.0, "batalyon", "digits"),
                ],
            ),
            (
                "Wilayah itu meliputi 45 desa dan 15 kelurahan.",
                &[
                    ("45 desa", 45.0, "desa", "digits"),
                    ("15 kelurahan", 15.0, "kelurahan", "digits"),
                ],
            ),
            (
                "Ada 11 kecamatan di 4 kabupaten.",
                &[
                    ("11 kecamatan", 11.0, "kecamatan", "digits"),
                    ("4 kabupaten", 4.0, "kabupaten", "digits"),
                ],
            ),
            ("Jumlahnya 646.216 pemilih.", &[("646.216 pemilih", 646216.0, "pemilih", "digits")]),
            ("Disiapkan 5 unit kendaraan taktis.", &[("5 unit", 5.0, "unit", "digits")]),
            ("Ada 12 kendaraan patroli.", &[("12 kendaraan", 12.0, "kendaraan", "digits")]),
            (
                "Didirikan 8 pos dan 3 posko.",
                &[("8 pos", 8.0, "pos", "digits"), ("3 posko", 3.0, "posko", "digits")],
            ),
            ("Patroli menyasar 12 titik rawan.", &[("12 titik", 12.0, "titik", "digits")]),
            ("Sebanyak 40 kotak suara tiba.", &[("40 kotak suara", 40.0, "kotak suara", "digits")]),
            ("Dicetak 500 lembar surat suara.", &[("500 lembar", 500.0, "lembar", "digits")]),
            (
                "Gudang menyimpan 2.400 surat suara.",
                &[("2.400 surat suara", 2400.0, "surat suara", "digits")],
            ),
            ("Ada 2 paslon.", &[("2 paslon", 2.0, "paslon", "digits")]),
            (
                "Ada 3 pasangan calon dan 4 calon perseorangan.",
                &[
                    ("3 pasangan calon", 3.0, "pasangan calon", "digits"),
                    ("4 calon", 4.0, "calon", "digits"),
                ],
            ),
            (
                "Hadir 12 saksi dan 60 relawan.",
                &[("12 saksi", 12.0, "saksi", "digits"), ("60 relawan", 60.0, "relawan", "digits")],
            ),
            (
                "Dilibatkan 25 Linmas dan 9 KPPS.",
                &[("25 Linmas", 25.0, "Linmas", "digits"), ("9 KPPS", 9.0, "KPPS", "digits")],
            ),
            ("Ada 5 pengawas TPS.", &[("5 pengawas", 5.0, "pengawas", "digits")]),
            (
                "Sebanyak 14 Babinsa dan 14 bhabinkamtibmas.",
                &[
                    ("14 Babinsa", 14.0, "Babinsa", "digits"),
                    ("14 bhabinkamtibmas", 14.0, "Bhabinkamtibmas", "digits"),
                ],
            ),
        ]);
    }

    #[test]
    fn digit_formats_and_scales() {
        check(&[
            ("Sebanyak 1.316 personel.", &[("1.316 personel", 1316.0, "personel", "digits")]),
            ("Sebanyak 1500 personel.", &[("1500 personel", 1500.0, "personel", "digits")]),
            ("Sekitar 2,5 ribu personel.", &[("2,5 ribu personel", 2500.0, "personel", "digits")]),
            ("Ada 1,2 juta pemilih.", &[("1,2 juta pemilih", 1_200_000.0, "pemilih", "digits")]),
            (
                "Dicetak 3 juta surat suara.",
                &[("3 juta surat suara", 3e6, "surat suara", "digits")],
            ),
            (
                "Ada 1.250.000,50 lembar.",
                &[("1.250.000,50 lembar", 1_250_000.5, "lembar", "digits")],
            ),
        ]);
    }

    #[test]
    fn case_is_ignored() {
        check(&[
            (
                "363 Personel Gabungan Amankan 452 tps",
                &[
                    ("363 Personel", 363.0, "personel", "digits"),
                    ("452 tps", 452.0, "TPS", "digits"),
                ],
            ),
            ("SATU KOMPI BRIMOB", &[("SATU KOMPI", 1.0, "kompi", "words")]),
            ("Ada 3 Kotak Suara rusak.", &[("3 Kotak Suara", 3.0, "kotak suara", "digits")]),
        ]);
    }

    #[test]
    fn number_words_with_units() {
        check(&[
            (
                "Polda menerjunkan satu kompi Brimob dan dua peleton Sabhara.",
                &[("satu kompi", 1.0, "kompi", "words"), ("dua peleton", 2.0, "peleton", "words")],
            ),
            (
                "Sepuluh ribu pemilih terdaftar.",
                &[("Sepuluh ribu pemilih", 10_000.0, "pemilih", "words")],
            ),
            (
                "Sebanyak dua ratus lima puluh personel dikerahkan.",
                &[("dua ratus lima puluh personel", 250.0, "personel", "words")],
            ),
            (
                "Ada tiga ribu dua ratus petugas KPPS.",
                &[("tiga ribu dua ratus petugas", 3200.0, "petugas", "words")],
            ),
            (
                "Dicetak dua juta surat suara.",
                &[("dua juta surat suara", 2e6, "surat suara", "words")],
            ),
            ("Ada seribu relawan.", &[("seribu relawan", 1000.0, "relawan", "words")]),
            ("Meliputi sebelas desa.", &[("sebelas desa", 11.0, "desa", "words")]),
            (
                "Meliputi dua belas kecamatan.",
                &[("dua belas kecamatan", 12.0, "kecamatan", "words")],
            ),
            ("Ada seratus saksi.", &[("seratus saksi", 100.0, "saksi", "words")]),
            (
                "Ada tiga pasangan calon.",
                &[("tiga pasangan calon", 3.0, "pasangan calon", "words")],
            ),
            ("Hanya empat orang.", &[("empat orang", 4.0, "orang", "words")]),
        ]);
    }

    #[test]
    fn not_quantities() {
        let none: &[Expected<'_>] = &[];
        for text in [
            // Percentages and money.
            "Partisipasi naik 2,5 persen.",
            "Sebanyak 80 % warga hadir.",
            "Anggaran Rp 2,5 miliar disiapkan.",
            "Dana 2 miliar rupiah cair.",
            "Honor Rp 500 ribu per orang.",
            "Biaya Rp 250 orang.",
            "Biaya Rp. 250 orang.",
            // Years, dates, times.
            "Pemungutan suara 14 Februari 2024 nanti.",
            "Pada tahun 2024 desa itu aman.",
            "Pilkada 2024 ini aman.",
            "Pemilu 2024 Desa Sukamaju aman.",
            "Apel dimulai pukul 14.00 WIB.",
            "Apel pukul 10 petugas berkumpul.",
            // Ordinals and identifiers.
            "Pencoblosan di TPS ke-2 lancar.",
            "TPS kedua sudah dibuka.",
            "Urutan ke-3 desa itu.",
            "Pencoblosan di TPS 05 Desa Sukamaju.",
            "Paslon nomor urut 2 pasangan itu.",
            "Kompi 2 Batalyon A berjaga.",
            // Ranges.
            "Dikerahkan 2-3 kompi.",
            "Dikerahkan 2 - 3 kompi.",
            "Dikerahkan 2 – 3 kompi.",
            "Dikerahkan dua-tiga kompi.",
            "Dikerahkan 200 hingga 300 personel.",
            "Dikerahkan dua ratus sampai tiga ratus personel.",
            // No unit.
            "Pengamanan dibagi tiga tahap.",
            "Asisten 1 Setda Sukamaju hadir.",
            "Diperiksa satu per satu.",
            "Ada dua hal penting.",
            "Dikerahkan dua ratus lima puluh.",
            // Vague.
            "Ratusan personel dikerahkan.",
            "Puluhan ribu pemilih hadir.",
            "Ribuan petugas bersiaga.",
            // "One of".
            "Salah satu desa rawan.",
            // Across a line break.
            "Sebanyak 363\npersonel berjaga.",
            "Sebanyak dua\nratus personel.",
        ] {
            assert_eq!(mentions(text), none, "in {text:?}");
        }
    }

    #[test]
    fn number_after_spent_number_words_is_not_reread() {
        // "lima puluh" inside "dua ratus lima puluh hal" is no count of its own either.
        check(&[(
            "dua ratus lima puluh hal dan tiga kompi",
            &[("tiga kompi", 3.0, "kompi", "words")],
        )]);
    }

    #[test]
    fn parse_number_formats() {
        let cases: &[(&str, Option<f64>)] = &[
            ("363", Some(363.0)),
            ("1.316", Some(1316.0)),
            ("646.216", Some(646_216.0)),
            ("2,5", Some(2.5)),
            ("1.250.000,50", Some(1_250_000.5)),
            ("0820", Some(820.0)),
            ("2.5", Some(2.5)),
            ("0", Some(0.0)),
            ("", None),
            ("abc", None),
            ("1..2", None),
            ("1.2.3", None),
            ("1.31.000", None),
            ("1234.567", None),
            ("1.0000", Some(1.0)),
            ("1,2,3", None),
            (",5", None),
            ("5,", None),
            (".5", None),
            ("5.", None),
            ("2.5,1", None),
            ("inf", None),
            ("NaN", None),
            ("1e5", None),
            ("+1", None),
            ("-1", None),
            ("١٢", None),
        ];
        for &(text, expected) in cases {
            assert_eq!(parse_number(text), expected, "parsing {text:?}");
        }
    }

    #[test]
    fn number_words_values() {
        let cases: &[(&str, Option<(f64, usize)>)] = &[
            ("satu", Some((1.0, 1))),
            ("sebelas", Some((11.0, 1))),
            ("dua belas", Some((12.0, 2))),
            ("sepuluh", Some((10.0, 1))),
            ("seratus", Some((100.0, 1))),
            ("dua ratus lima puluh", Some((250.0, 4))),
            ("seribu", Some((1000.0, 1))),
            ("tiga ribu dua ratus", Some((3200.0, 4))),
            ("dua juta", Some((2e6, 2))),
            ("sejuta", Some((1e6, 1))),
            ("seratus dua puluh lima ribu", Some((125_000.0, 5))),
            ("dua juta seribu", Some((2_001_000.0, 3))),
            (
                "sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan",
                Some((999_999.0, 11)),
            ),
            ("Dua Puluh Lima personel", Some((25.0, 3))),
            ("dua ribu tiga ribu", Some((2000.0, 2))),
            ("dua ratus tiga ratus", Some((200.0, 2))),
            ("satu per satu", Some((1.0, 1))),
            ("ratusan", None),
            ("ribu", None),
            ("puluh", None),
            ("kedua", None),
            ("dua-tiga", None),
            ("personel", None),
            ("setengah", None),
            ("se", None),
            ("2", None),
            ("", None),
        ];
        for &(text, expected) in cases {
            let tokens = Tokenizer::new().tokens(text).collect::<Vec<_>>();
            assert_eq!(number_words(&tokens), expected, "reading {text:?}");
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        let long_words = "sembilan ratus ".repeat(500) + "personel";
        let long_digits = "9".repeat(400) + " personel";
        let many_groups = "1".to_owned() + &".000".repeat(120) + " ribu personel";
        for text in [
            "",
            " ",
            "ribu",
            "satu",
            "2,5",
            "Rp",
            "-",
            "ke-",
            "\u{FEFF}363 personel",
            "363",
            "satu\u{200B}kompi",
            "é 3 é",
            "999999999999999999999999 personel",
            "1.000.000.000.000.000.000 triliun personel",
            "sembilan ratus triliun sembilan ratus miliar personel",
            long_words.as_str(),
            long_digits.as_str(),
            many_groups.as_str(),
        ] {
            let _ = mentions(text);
        }
        // Tokens that were not cut from the text given.
        let other = "Sebanyak 363 personel dan satu kompi.";
        let tokens = Tokenizer::new().tokens(other).collect::<Vec<_>>();
        for text in ["", "é", "Sebanyak", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"] {
            let _ = find(text, &tokens);
        }
        assert_eq!(find(other, &tokens).len(), 2);
    }

    proptest! {
        #[test]
        fn never_panics_on_any_text(text in "\\PC{0,80}") {
            let _ = mentions(&text);
        }

        #[test]
        fn never_panics_on_number_talk(
            words in prop::collection::vec(
                prop::sample::select(vec![
                    "satu", "dua", "se", "seribu", "ribu", "ratus", "puluh", "belas", "sebelas",
                    "juta", "triliun", "personel", "TPS", "kotak", "suara", "pasangan", "calon",
                    "1.316", "2,5", "2024", "-", "hingga", "Rp", "ke", "Desa", "Sukamaju", "\n",
                    "%", ".", ",",
                ]),
                0..24,
            )
        ) {
            let text = words.join(" ");
            for m in find(&text, &Tokenizer::new().tokens(&text).collect::<Vec<_>>()) {
                prop_assert!(m.span.start < m.span.end && m.span.end <= text.len());
                prop_assert!(m.value.is_finite() && m.value >= 0.0);
            }
        }
    }
}
