//! Quantities: counts with their unit, in digits ("363 personel", "1.316 personil",
//! "2,5 ribu pemilih", "452 TPS") or in words ("satu kompi", "dua ratus lima puluh
//! personel", "sepuluh ribu pemilih").
//!
//! A quantity is a number directly followed by a unit of [`UNITS`], on one line. The
//! number is one `Number` token, optionally scaled by "ribu", "juta", "miliar" or
//! "triliun", or a run of Indonesian number words ([`read_number_words`]). Everything is
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

use std::cell::Cell;

use warta_tokenize::{Span, Token, TokenKind, is_space};

use super::lex::Lexicon;

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
    (&["ppk"], "PPK"),
    (&["pps"], "PPS"),
    (&["pecalang"], "pecalang"),
    (&["babinsa"], "Babinsa"),
    (&["bhabinkamtibmas"], "Bhabinkamtibmas"),
    (&["asn"], "ASN"),
    (&["pns"], "PNS"),
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
    (&["distrik"], "distrik"),
    (&["gampong"], "gampong"),
    (&["nagari"], "nagari"),
    (&["jorong"], "jorong"),
    (&["kampung"], "kampung"),
    (&["sektor"], "sektor"),
    (&["pos"], "pos"),
    (&["posko"], "posko"),
    (&["titik"], "titik"),
    // Things.
    (&["kendaraan"], "kendaraan"),
    (&["truk"], "truk"),
    (&["kapal"], "kapal"),
    (&["perahu"], "perahu"),
    (&["speedboat"], "speedboat"),
    (&["longboat"], "longboat"),
    (&["ketinting"], "ketinting"),
    (&["helikopter"], "helikopter"),
    (&["pesawat"], "pesawat"),
    (&["botol"], "botol"),
    (&["laporan"], "laporan"),
    (&["unit"], "unit"),
    (&["kotak", "suara"], "kotak suara"),
    (&["surat", "suara"], "surat suara"),
    (&["lembar"], "lembar"),
];

/// A unit of [`UNITS`] by its first word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    /// A unit of one word, canonical.
    One(&'static str),
    /// A unit of two words: the second word and the canonical unit.
    Two(&'static str, &'static str),
}

/// [`UNITS`] by their first words, which are all different (a first word of two-word
/// unit is no unit on its own).
static UNIT_LEX: Lexicon<Unit, { UNITS.len() }> = Lexicon::new(units());

/// The entries of [`UNIT_LEX`].
const fn units() -> [(&'static str, Unit); UNITS.len()] {
    let mut out = [("", Unit::One("")); UNITS.len()];
    let mut i = 0;
    while i < UNITS.len() {
        let (words, unit) = UNITS[i];
        out[i] = match words {
            [w] => (w, Unit::One(unit)),
            [w, second] => (w, Unit::Two(second, unit)),
            _ => panic!("a unit has one or two words"),
        };
        i += 1;
    }
    out
}

/// Canonical place units that, capitalized and followed by a capitalized word, begin a
/// place name ("Desa Sukamaju") rather than end a count.
const PLACE_UNITS: &[&str] =
    &["desa", "kelurahan", "kecamatan", "kabupaten", "distrik", "gampong", "nagari"];

/// What a word is in a number written in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NumWord {
    /// A digit word, one to nine ("satu" … "sembilan").
    Digit(u64),
    /// A scale word, with its power of ten; it follows a number ("tiga ribu", "2,5
    /// juta").
    Scale(u32),
    /// A scale word with the prefix "se-" for one ("seribu", "sejuta"), with its power of
    /// ten.
    SeScale(u32),
    /// "sepuluh" (ten).
    Sepuluh,
    /// "sebelas" (eleven).
    Sebelas,
    /// "seratus" (a hundred).
    Seratus,
    /// "puluh" (tens).
    Puluh,
    /// "belas" (teens).
    Belas,
    /// "ratus" (hundreds).
    Ratus,
}

/// Every word that can be part of a number written in words: the digit words, the scale
/// words ("ribu", "juta", "miliar" or "milyar", "triliun") with and without "se-", and
/// the words of tens and hundreds.
static NUM_LEX: Lexicon<NumWord, 25> = Lexicon::new(NUM_WORDS);

/// The words of [`NUM_LEX`] that start a number: digits, "se-" with a scale, "sepuluh",
/// "sebelas", "seratus".
static OPEN_LEX: Lexicon<(), 17> = Lexicon::new(openers());

/// The entries of [`OPEN_LEX`].
const fn openers() -> [(&'static str, ()); 17] {
    let mut out = [("", ()); 17];
    let (mut i, mut n) = (0, 0);
    while i < NUM_WORDS.len() {
        if let NumWord::Digit(_)
        | NumWord::SeScale(_)
        | NumWord::Sepuluh
        | NumWord::Sebelas
        | NumWord::Seratus = NUM_WORDS[i].1
        {
            out[n] = (NUM_WORDS[i].0, ());
            n += 1;
        }
        i += 1;
    }
    assert!(n == 17, "17 words start a number");
    out
}

/// The entries of [`NUM_LEX`].
const NUM_WORDS: [(&str, NumWord); 25] = [
    ("satu", NumWord::Digit(1)),
    ("dua", NumWord::Digit(2)),
    ("tiga", NumWord::Digit(3)),
    ("empat", NumWord::Digit(4)),
    ("lima", NumWord::Digit(5)),
    ("enam", NumWord::Digit(6)),
    ("tujuh", NumWord::Digit(7)),
    ("delapan", NumWord::Digit(8)),
    ("sembilan", NumWord::Digit(9)),
    ("ribu", NumWord::Scale(3)),
    ("juta", NumWord::Scale(6)),
    ("miliar", NumWord::Scale(9)),
    ("milyar", NumWord::Scale(9)),
    ("triliun", NumWord::Scale(12)),
    ("seribu", NumWord::SeScale(3)),
    ("sejuta", NumWord::SeScale(6)),
    ("semiliar", NumWord::SeScale(9)),
    ("semilyar", NumWord::SeScale(9)),
    ("setriliun", NumWord::SeScale(12)),
    ("sepuluh", NumWord::Sepuluh),
    ("sebelas", NumWord::Sebelas),
    ("seratus", NumWord::Seratus),
    ("puluh", NumWord::Puluh),
    ("belas", NumWord::Belas),
    ("ratus", NumWord::Ratus),
];

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
    // "salah satu desa" is one of the villages, not a count of one; "kami tetap satu
    // kampung" is a unity.
    "salah",
    "tetap",
];

/// The words of [`NOT_COUNT_AFTER`] (all but "$").
static NOT_COUNT_LEX: Lexicon<(), { NOT_COUNT_AFTER.len() - 1 }> =
    Lexicon::new(letter_words(NOT_COUNT_AFTER));

/// The entries of a table that are words of ASCII letters, each with the value `()`;
/// `N` must be their number.
const fn letter_words<const N: usize>(table: &[&'static str]) -> [(&'static str, ()); N] {
    let mut out = [("", ()); N];
    let (mut i, mut n) = (0, 0);
    while i < table.len() {
        let w = table[i].as_bytes();
        let mut letters = true;
        let mut k = 0;
        while k < w.len() {
            letters &= w[k].is_ascii_alphabetic();
            k += 1;
        }
        if letters {
            assert!(n < N, "more words than N");
            out[n] = (table[i], ());
            n += 1;
        }
        i += 1;
    }
    assert!(n == N, "fewer words than N");
    out
}

/// Words that join the two ends of a range ("200 hingga 300 personel"); a dash token does
/// the same.
const RANGE_WORDS: &[&str] = &["-", "hingga", "sampai", "sd", "s.d", "s/d"];

/// More words than any number written in words can take.
const MAX_NUMBER_WORDS: usize = 64;

/// Finds every count-with-unit in the tokens (all cut from `text`, in order).
pub(crate) fn find(text: &str, tokens: &[Token<'_>]) -> Vec<QuantityMention> {
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        i = next_start(tokens, i);
        let Some(t) = tokens.get(i) else { break };
        // The number at `i`, how many tokens it takes and its rule; a number token is read
        // only once it has a unit (a number token that does not read is followed by no
        // other number: its scale word starts none).
        let (number, used, rule) = match t.kind {
            TokenKind::Number => {
                let exp = scale_after(text, tokens, i);
                (Number::Digits(exp), if exp.is_some() { 2 } else { 1 }, "digits")
            }
            TokenKind::Word if opens_number(t.text) => {
                let Some((value, used)) = number_words_at(text, tokens, i) else {
                    i += 1;
                    continue;
                };
                (Number::Words(value), used, "words")
            }
            _ => {
                i += 1;
                continue;
            }
        };
        let j = i + used;
        let unit = if adjacent(text, tokens, j - 1, j) { unit_at(text, tokens, j) } else { None };
        let Some((unit, n)) = unit else {
            // The whole number is spent: "dua ratus lima puluh hal" must not yield "lima
            // puluh" later on.
            i = j;
            continue;
        };
        let value = match number {
            Number::Words(value) => Some(value),
            Number::Digits(exp) => digits_value(t.text, exp),
        };
        let Some(value) = value else {
            i += 1;
            continue;
        };
        if not_a_count(text, tokens, i, j, unit) {
            i = j;
            continue;
        }
        let end = tokens[j + n - 1].span.end;
        out.push(QuantityMention { span: Span::new(tokens[i].span.start, end), value, unit, rule });
        i = j + n;
    }
    out
}

/// A number found by [`find`], before its unit.
enum Number {
    /// Number words, read: their value.
    Words(f64),
    /// A number token, not yet read, with the power of ten of the scale word after it.
    Digits(Option<u32>),
}

/// The index of the first token from `from` on that may start a number: a number token,
/// or a word that [`OPEN_LEX`] may hold (most words are skipped with one table read).
#[inline(never)]
fn next_start(tokens: &[Token<'_>], from: usize) -> usize {
    let mut i = from;
    while let Some(t) = tokens.get(i) {
        match t.kind {
            TokenKind::Number => return i,
            TokenKind::Word if OPEN_LEX.may_hold(t.text.as_bytes()) => return i,
            _ => i += 1,
        }
    }
    i
}

/// The number that starts at token `i`: its value, how many tokens it takes (at least
/// one) and the rule that read it.
#[cfg(test)]
fn number_at(text: &str, tokens: &[Token<'_>], i: usize) -> Option<(f64, usize, &'static str)> {
    let t = tokens.get(i)?;
    if t.kind == TokenKind::Number {
        let exp = scale_after(text, tokens, i);
        let used = if exp.is_some() { 2 } else { 1 };
        return digits_value(t.text, exp).map(|v| (v, used, "digits"));
    }
    if !opens_number(word_at(tokens, i)?) {
        return None;
    }
    number_words_at(text, tokens, i).map(|(value, used)| (value, used, "words"))
}

/// The power of ten of the scale word right after token `i` ("2,5 ribu"), if any.
fn scale_after(text: &str, tokens: &[Token<'_>], i: usize) -> Option<u32> {
    if adjacent(text, tokens, i, i + 1) { word_at(tokens, i + 1).and_then(scale_exp) } else { None }
}

/// The value of a number token's text, scaled by `exp` (the scale word after it).
fn digits_value(number: &str, exp: Option<u32>) -> Option<f64> {
    match exp {
        // "2,5 ribu": scaled in decimal, so 2500 comes out exact.
        Some(exp) => {
            let value = decimal(number)?;
            let value: f64 = format!("{value}e{exp}").parse().ok()?;
            value.is_finite().then_some(value)
        }
        None => parse_number(number),
    }
}

/// Whether a word starts a number written in words. Most words do not: one table read.
#[inline]
fn opens_number(word: &str) -> bool {
    OPEN_LEX.get(word.as_bytes()).is_some()
}

/// [`read_number_words`] of the tokens from `i` that stand on one line with only white
/// space between them (at most [`MAX_NUMBER_WORDS`]), reading no further than it needs.
fn number_words_at(text: &str, tokens: &[Token<'_>], i: usize) -> Option<(f64, usize)> {
    // How many tokens from `i` are known to stand in one run, and whether that is all.
    let run = Cell::new(1);
    let ended = Cell::new(false);
    read_number_words(|p| {
        while run.get() <= p && !ended.get() {
            let k = run.get();
            if k < MAX_NUMBER_WORDS
                && i + k < tokens.len()
                && adjacent(text, tokens, i + k - 1, i + k)
            {
                run.set(k + 1);
            } else {
                ended.set(true);
            }
        }
        if p < run.get() { word_at(tokens, i + p) } else { None }
    })
}

/// Whether the number at tokens `i..j`, followed by `unit` at `j`, is something other
/// than a count (see the module documentation).
fn not_a_count(text: &str, tokens: &[Token<'_>], i: usize, j: usize, unit: &str) -> bool {
    let first = &tokens[i];
    let prev = i.checked_sub(1).filter(|&p| touches(text, tokens, p, i)).map(|p| &tokens[p]);
    if let Some(prev) = prev {
        let word = prev.text.strip_suffix('.').unwrap_or(prev.text);
        // NOT_COUNT_AFTER: its words, and "$".
        if NOT_COUNT_LEX.get(word.as_bytes()).is_some() || word == "$" {
            return true;
        }
        // The second end of a range: "2 - 3 kompi", "200 hingga 300 personel".
        let after_number = i
            .checked_sub(2)
            .and_then(|p| tokens.get(p))
            .is_some_and(|t| t.kind == TokenKind::Number || is_number_word(t));
        if after_number && (prev.kind == TokenKind::Dash || in_table(RANGE_WORDS, word)) {
            return true;
        }
        // "Pilkada 2024 ...", "Menumbing 2024 ...": a year after a name.
        if prev.kind.is_wordlike() && prev.is_capitalized() && is_year_shaped(first.text) {
            return true;
        }
        // "TPS 05", "Pos 3", "Kompi 2": a number after a capitalized unit names one.
        if prev.kind == TokenKind::Word
            && prev.is_capitalized()
            && matches!(UNIT_LEX.get(word.as_bytes()), Some(Unit::One(_)))
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
    // No two entries share a first word, so at most one fits.
    match UNIT_LEX.get(word_at(tokens, j)?.as_bytes())? {
        Unit::One(unit) => Some((unit, 1)),
        Unit::Two(second, unit) => (word_at(tokens, j + 1)
            .is_some_and(|w| w.eq_ignore_ascii_case(second))
            && adjacent(text, tokens, j, j + 1))
        .then_some((unit, 2)),
    }
}

/// The value of an Indonesian-format number token text: "1.316" → 1316, "646.216" →
/// 646216, "2,5" → 2.5, "1.250.000,50" → 1250000.5, "363" → 363. None if not a number.
///
/// Dots group thousands (the first group one to three digits, the others three) and one
/// comma starts the decimals. A single dot before a group that is not three digits long
/// can group no thousands and is read as a decimal point, as in text written the English
/// way ("2.5" is 2.5). Only ASCII digits are read: no signs, exponents or words.
pub(crate) fn parse_number(text: &str) -> Option<f64> {
    if let Some(value) = whole_number(text) {
        return Some(value);
    }
    let value: f64 = decimal(text)?.parse().ok()?;
    value.is_finite().then_some(value)
}

/// [`parse_number`] of the common shapes, without building a string: digits, or one to
/// three digits and groups of three after dots ("1.316"), of at most 15 digits in all, so
/// that the value is exact. None for any other text.
fn whole_number(text: &str) -> Option<f64> {
    let mut value: u64 = 0;
    let mut digits = 0;
    // Digits since the last dot, or since the start.
    let mut group = 0;
    let mut dots = false;
    for b in text.bytes() {
        match b {
            b'0'..=b'9' => {
                value = value * 10 + u64::from(b - b'0');
                digits += 1;
                group += 1;
                if digits > 15 {
                    return None;
                }
            }
            b'.' if group >= 1 && (if dots { group == 3 } else { group <= 3 }) => {
                dots = true;
                group = 0;
            }
            _ => return None,
        }
    }
    // Below 10^15, so the conversion is exact.
    (group >= 1 && (!dots || group == 3)).then_some(value as f64)
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

/// [`read_number_words`] of the words at the start of `tokens`.
#[cfg(test)]
pub(crate) fn number_words(tokens: &[Token<'_>]) -> Option<(f64, usize)> {
    read_number_words(|p| word_at(tokens, p))
}

/// Reads number words from the words that `word` gives by position (None past the end or
/// for a token that is no word): returns the value and how many words it used. "satu" 1,
/// "sebelas" 11, "dua belas" 12, "sepuluh" 10, "seratus" 100, "dua ratus lima puluh"
/// 250, "seribu" 1000, "tiga ribu dua ratus" 3200, "dua juta" 2_000_000. None if the
/// first word is not a number word. Fractions ("setengah") and vague amounts ("ratusan")
/// are no number words.
///
/// Groups below a thousand are scaled by "ribu", "juta", "miliar"/"milyar", "triliun",
/// each scale smaller than the one before; the reading stops before the first word that
/// does not continue the number ("dua ribu tiga ribu" is 2000 in two tokens).
fn read_number_words<'t>(word: impl Fn(usize) -> Option<&'t str>) -> Option<(f64, usize)> {
    // What each word is in a number.
    let class = |pos: usize| word(pos).and_then(|w| NUM_LEX.get(w.as_bytes()));
    let mut total: u64 = 0;
    let mut pos = 0;
    let mut last_exp = u32::MAX;
    loop {
        // "seribu", "sejuta": one and a scale in one word.
        if let Some(NumWord::SeScale(exp)) = class(pos) {
            if exp >= last_exp {
                break;
            }
            total = total.saturating_add(10u64.pow(exp));
            last_exp = exp;
            pos += 1;
            continue;
        }
        let Some((group, n)) = below_thousand(&class, pos) else { break };
        match class(pos + n) {
            Some(NumWord::Scale(exp)) if exp < last_exp => {
                total = total.saturating_add(group.saturating_mul(10u64.pow(exp)));
                last_exp = exp;
                pos += n + 1;
            }
            // "dua ribu tiga ribu": the second group is no part of this number.
            Some(NumWord::Scale(_)) => break,
            _ => {
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
fn below_thousand(class: &impl Fn(usize) -> Option<NumWord>, pos: usize) -> Option<(u64, usize)> {
    let mut value = 0;
    let mut used = 0;
    match class(pos) {
        Some(NumWord::Seratus) => (value, used) = (100, 1),
        Some(NumWord::Digit(d)) if class(pos + 1) == Some(NumWord::Ratus) => {
            (value, used) = (d * 100, 2);
        }
        _ => {}
    }
    if let Some((v, n)) = below_hundred(class, pos + used) {
        value += v;
        used += n;
    }
    (used > 0).then_some((value, used))
}

/// A group below a hundred at `pos`: "sepuluh", "sebelas", "dua belas", "dua puluh
/// lima", "lima". None before "ratus", which belongs to a group of hundreds.
fn below_hundred(class: &impl Fn(usize) -> Option<NumWord>, pos: usize) -> Option<(u64, usize)> {
    let d = match class(pos)? {
        NumWord::Sepuluh => return Some((10, 1)),
        NumWord::Sebelas => return Some((11, 1)),
        NumWord::Digit(d) => d,
        _ => return None,
    };
    match class(pos + 1) {
        Some(NumWord::Belas) => Some((10 + d, 2)),
        Some(NumWord::Puluh) => match class(pos + 2) {
            Some(NumWord::Digit(u)) => Some((d * 10 + u, 3)),
            _ => Some((d * 10, 2)),
        },
        Some(NumWord::Ratus) => None,
        _ => Some((d, 1)),
    }
}

/// Whether the token is a word that can be part of a written number (used to see the
/// first end of a range: "dua ratus hingga tiga ratus personel").
fn is_number_word(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Word && NUM_LEX.get(t.text.as_bytes()).is_some()
}

/// The value of a digit word ("satu" … "sembilan").
#[cfg(test)]
fn digit_word(word: &str) -> Option<u64> {
    match NUM_LEX.get(word.as_bytes())? {
        NumWord::Digit(d) => Some(d),
        _ => None,
    }
}

/// The power of ten of a scale word ("ribu" → 3).
fn scale_exp(word: &str) -> Option<u32> {
    match NUM_LEX.get(word.as_bytes())? {
        NumWord::Scale(e) => Some(e),
        _ => None,
    }
}

/// The power of ten of a scale word with the prefix "se-" ("seribu" → 3).
#[cfg(test)]
fn se_scale(word: &str) -> Option<u32> {
    match NUM_LEX.get(word.as_bytes())? {
        NumWord::SeScale(e) => Some(e),
        _ => None,
    }
}

/// The text of token `i` if it is a word.
fn word_at<'t>(tokens: &[Token<'t>], i: usize) -> Option<&'t str> {
    tokens.get(i).filter(|t| t.kind == TokenKind::Word).map(|t| t.text)
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
#[inline]
fn adjacent(text: &str, tokens: &[Token<'_>], a: usize, b: usize) -> bool {
    // Mostly one space (a byte that ends no line and leaves both ends on characters).
    if let (Some(x), Some(y)) = (tokens.get(a), tokens.get(b)) {
        if y.span.start == x.span.end + 1 && text.as_bytes().get(x.span.end) == Some(&b' ') {
            return true;
        }
    }
    gap(text, tokens, a, b).is_some_and(|g| {
        g.bytes().all(|c| c == b' ') || g.chars().all(|c| is_space(c) && !is_line_break(c))
    })
}

/// Whether tokens `a` and `b` both exist and only white space (line breaks included)
/// stands between them in `text`.
fn touches(text: &str, tokens: &[Token<'_>], a: usize, b: usize) -> bool {
    if let (Some(x), Some(y)) = (tokens.get(a), tokens.get(b)) {
        if y.span.start == x.span.end + 1 && text.as_bytes().get(x.span.end) == Some(&b' ') {
            return true;
        }
    }
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
    fn whole_numbers_read_as_in_decimal() {
        let texts = [
            "0",
            "7",
            "363",
            "0820",
            "1.316",
            "646.216",
            "1.250.000",
            "999.999.999.999.999",
            "9999.999",
            "1.31",
            "1.3160",
            "12.345.67",
            "1234.567",
            "1.000.000.000.000.0000",
            "123456789012345",
            "1234567890123456",
            "1.",
            ".1",
            "1..316",
            "1,5",
            "",
            "12a",
        ];
        for text in texts {
            let slow = decimal(text).and_then(|d| d.parse::<f64>().ok());
            if let Some(fast) = whole_number(text) {
                assert_eq!(Some(fast), slow, "{text:?}");
            }
            assert_eq!(parse_number(text), slow.filter(|v| v.is_finite()), "{text:?}");
        }
        assert_eq!(whole_number("1.316"), Some(1316.0));
        assert_eq!(whole_number("2.5"), None);
    }

    #[test]
    fn tables_for_lookup() {
        for w in NOT_COUNT_AFTER {
            let found = NOT_COUNT_LEX.get(w.as_bytes()).is_some();
            assert_eq!(found, *w != "$", "{w}");
        }
        for (words, unit) in UNITS {
            let found = UNIT_LEX.get(words[0].as_bytes());
            match words {
                [_] => assert_eq!(found, Some(Unit::One(unit))),
                [_, second] => assert_eq!(found, Some(Unit::Two(second, unit))),
                _ => panic!("{words:?}"),
            }
        }
    }

    #[test]
    fn number_word_table() {
        let digits =
            ["satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];
        for (d, w) in (1..).zip(digits) {
            assert_eq!(digit_word(w), Some(d));
            assert_eq!(digit_word(&w.to_uppercase()), Some(d));
        }
        for (w, exp) in [("ribu", 3), ("juta", 6), ("miliar", 9), ("milyar", 9), ("triliun", 12)] {
            assert_eq!(scale_exp(w), Some(exp));
            assert_eq!(se_scale(&format!("se{w}")), Some(exp));
            assert_eq!(se_scale(&format!("Se{}", w.to_uppercase())), Some(exp));
            assert_eq!((se_scale(w), scale_exp(&format!("se{w}"))), (None, None));
        }
        for (w, n) in NUM_WORDS {
            let opens = matches!(
                n,
                NumWord::Digit(_)
                    | NumWord::SeScale(_)
                    | NumWord::Sepuluh
                    | NumWord::Sebelas
                    | NumWord::Seratus
            );
            assert_eq!(opens_number(w), opens, "{w}");
        }
        for w in ["sepuluh", "Sebelas", "SERATUS", "seribu", "dua"] {
            assert!(opens_number(w), "{w}");
        }
        for w in ["puluh", "belas", "ratus", "ribu", "se", "sedua", "ratusan", "s\u{e9}ribu", ""] {
            assert!(!opens_number(w), "{w}");
        }
    }

    #[test]
    fn units_by_their_first_word() {
        assert_eq!(
            mentions("Ada 3 pasangan dan 4 kotak, lalu 5 surat\nsuara dan 6 Surat Suara."),
            [("6 Surat Suara", 6.0, "surat suara", "digits")]
        );
        // The number read from a token is the same as the one found with a unit.
        let text = "Dikirim 2,5 ribu personel, 1.316 hal dan 7 orang.";
        let tokens = Tokenizer::new().tokens(text).collect::<Vec<_>>();
        let starts: Vec<_> =
            (0..tokens.len()).filter_map(|i| number_at(text, &tokens, i)).collect();
        assert_eq!(starts, [(2500.0, 2, "digits"), (1316.0, 1, "digits"), (7.0, 1, "digits")]);
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
