//! Quantities: a count with its unit ("363 personel", "satu kompi", "dua ratus lima
//! puluh personel").

use warta_tokenize::{Span, Token, TokenKind};

/// A count with its unit.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct QuantityMention {
    /// From the first number token to the end of the unit.
    pub span: Span,
    /// The number.
    pub value: f64,
    /// The unit in canonical form.
    pub unit: &'static str,
    /// "digits" or "words".
    pub rule: &'static str,
}

/// Units counted in election-security news: (written form, canonical unit). Multi-word
/// forms first so the longest wins. Lowercase; compared case-insensitively.
const UNITS: &[(&str, &str)] = &[
    ("kotak suara", "kotak suara"),
    ("surat suara", "surat suara"),
    ("pasangan calon", "pasangan calon"),
    ("anggota", "anggota"),
    ("babinsa", "Babinsa"),
    ("bhabinkamtibmas", "Bhabinkamtibmas"),
    ("batalyon", "batalyon"),
    ("calon", "calon"),
    ("desa", "desa"),
    ("kabupaten", "kabupaten"),
    ("kecamatan", "kecamatan"),
    ("kelurahan", "kelurahan"),
    ("kendaraan", "kendaraan"),
    ("kompi", "kompi"),
    ("kpps", "KPPS"),
    ("lembar", "lembar"),
    ("linmas", "Linmas"),
    ("orang", "orang"),
    ("paslon", "paslon"),
    ("pemilih", "pemilih"),
    ("peleton", "peleton"),
    ("pengawas", "pengawas"),
    ("personel", "personel"),
    ("personil", "personel"),
    ("petugas", "petugas"),
    ("polisi", "polisi"),
    ("pos", "pos"),
    ("posko", "posko"),
    ("prajurit", "prajurit"),
    ("regu", "regu"),
    ("relawan", "relawan"),
    ("saksi", "saksi"),
    ("ssk", "SSK"),
    ("titik", "titik"),
    ("tps", "TPS"),
    ("unit", "unit"),
];

/// Number words below ten, and the teens' and tens' building blocks.
const ONES: &[(&str, f64)] = &[
    ("satu", 1.0),
    ("dua", 2.0),
    ("tiga", 3.0),
    ("empat", 4.0),
    ("lima", 5.0),
    ("enam", 6.0),
    ("tujuh", 7.0),
    ("delapan", 8.0),
    ("sembilan", 9.0),
];
/// Words that are a number by themselves.
const WHOLE: &[(&str, f64)] =
    &[("sepuluh", 10.0), ("sebelas", 11.0), ("seratus", 100.0), ("seribu", 1000.0)];
/// Multipliers after a number: "dua puluh", "tiga ratus", "dua ribu", "dua juta".
const SCALES: &[(&str, f64)] =
    &[("belas", 10.0), ("puluh", 10.0), ("ratus", 100.0), ("ribu", 1000.0), ("juta", 1_000_000.0)];

/// The value of an Indonesian-format number: "1.316" is 1316, "2,5" is 2.5.
pub(crate) fn parse_number(text: &str) -> Option<f64> {
    let plain: String =
        text.chars().filter(|&c| c != '.').map(|c| if c == ',' { '.' } else { c }).collect();
    if plain.is_empty() || !plain.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    plain.parse().ok()
}

fn word_value(w: &str, table: &[(&str, f64)]) -> Option<f64> {
    table.iter().find(|(n, _)| *n == w).map(|&(_, v)| v)
}

/// Reads number words at the start of `tokens`: the value and the tokens used.
pub(crate) fn number_words(tokens: &[Token<'_>]) -> Option<(f64, usize)> {
    let mut total = 0.0;
    let mut group = 0.0; // the part below a thousand being built
    let mut used = 0;
    while let Some(t) = tokens.get(used) {
        let w = t.text.to_lowercase();
        if let Some(v) = word_value(&w, ONES).or_else(|| word_value(&w, WHOLE)) {
            if v >= 1000.0 {
                total += v;
            } else {
                group += v;
            }
        } else if let Some(scale) = word_value(&w, SCALES) {
            if used == 0 || group == 0.0 {
                break;
            }
            match w.as_str() {
                "belas" => group += 10.0, // "dua belas" = 12
                "puluh" | "ratus" => {
                    let last = last_ones(tokens, used);
                    group += last * (scale - 1.0);
                }
                _ => {
                    total += group * scale;
                    group = 0.0;
                }
            }
        } else {
            break;
        }
        used += 1;
    }
    (used > 0).then_some((total + group, used))
}

/// The value of the ones word just before a "puluh"/"ratus" at `at`.
fn last_ones(tokens: &[Token<'_>], at: usize) -> f64 {
    at.checked_sub(1).and_then(|i| word_value(&tokens[i].text.to_lowercase(), ONES)).unwrap_or(0.0)
}

fn unit_at(tokens: &[Token<'_>], i: usize) -> Option<(&'static str, usize)> {
    let first = tokens.get(i)?;
    if first.kind != TokenKind::Word {
        return None;
    }
    let w = first.text.to_lowercase();
    for &(form, unit) in UNITS {
        let matched = match form.split_once(' ') {
            Some((a, b)) => {
                w == a && tokens.get(i + 1).is_some_and(|n| n.text.eq_ignore_ascii_case(b))
            }
            None => w == form,
        };
        if matched {
            return Some((unit, if form.contains(' ') { i + 1 } else { i }));
        }
    }
    None
}

/// Finds every count with a unit in `tokens` (all cut from `text`, in order).
pub(crate) fn find(text: &str, tokens: &[Token<'_>]) -> Vec<QuantityMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let (value, used, rule) = if t.kind == TokenKind::Number {
            let Some(mut v) = parse_number(t.text) else {
                i += 1;
                continue;
            };
            let mut used = 1;
            // "2,5 ribu personel"
            if let Some(scale) =
                tokens.get(i + 1).and_then(|n| word_value(&n.text.to_lowercase(), &SCALES[3..]))
            {
                v *= scale;
                used = 2;
            }
            (v, used, "digits")
        } else if let Some((v, used)) = number_words(&tokens[i..]) {
            (v, used, "words")
        } else {
            i += 1;
            continue;
        };
        // Money and percentages are no counts: "Rp 2,5 miliar", "2,5 persen".
        let money = i > 0 && tokens[i - 1].text.to_lowercase().starts_with("rp");
        let unit = unit_at(tokens, i + used)
            .filter(|(_, end)| !text[tokens[i].span.end..tokens[*end].span.start].contains('\n'));
        match unit {
            Some((unit, end)) if !money => {
                out.push(QuantityMention {
                    span: Span::new(t.span.start, tokens[end].span.end),
                    value,
                    unit,
                    rule,
                });
                i = end + 1;
            }
            _ => i += used,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use warta_tokenize::Tokenizer;

    fn q(text: &str) -> Vec<(String, f64, &'static str)> {
        let tokens: Vec<_> = Tokenizer::new().tokens(text).collect();
        find(text, &tokens)
            .into_iter()
            .map(|m| (text[m.span.start..m.span.end].to_owned(), m.value, m.unit))
            .collect()
    }

    #[test]
    fn counts() {
        let cases: &[(&str, &str, f64, &str)] = &[
            ("Sebanyak 363 personel siaga.", "363 personel", 363.0, "personel"),
            ("Mengamankan 452 TPS di sana.", "452 TPS", 452.0, "TPS"),
            ("Ada 1.316 Personil gabungan.", "1.316 Personil", 1316.0, "personel"),
            ("Diperbantukan satu kompi Brimob.", "satu kompi", 1.0, "kompi"),
            (
                "Dikerahkan dua ratus lima puluh personel.",
                "dua ratus lima puluh personel",
                250.0,
                "personel",
            ),
            ("Tersedia sepuluh ribu pemilih baru.", "sepuluh ribu pemilih", 10000.0, "pemilih"),
            ("Dicetak 2,5 ribu surat suara.", "2,5 ribu surat suara", 2500.0, "surat suara"),
            ("Di 26 kecamatan rawan.", "26 kecamatan", 26.0, "kecamatan"),
            ("Sebanyak dua belas regu bersiaga.", "dua belas regu", 12.0, "regu"),
        ];
        for &(text, written, value, unit) in cases {
            assert_eq!(q(text), [(written.to_owned(), value, unit)], "{text:?}");
        }
    }

    #[test]
    fn not_counts() {
        for text in [
            "Naik 2,5 persen.",
            "Anggaran Rp 2,5 miliar.",
            "Pada 14 Februari nanti.",
            "Tahun 2024 ini.",
            "Pukul 14.00 WIB.",
            "Ada tiga tahap.",
            "Asisten 1 Setda hadir.",
            "satu per satu",
            "",
            "dua",
        ] {
            assert!(q(text).is_empty(), "{text:?}: {:?}", q(text));
        }
    }

    #[test]
    fn numbers() {
        assert_eq!(parse_number("646.216"), Some(646216.0));
        assert_eq!(parse_number("1.250.000,50"), Some(1250000.5));
        assert_eq!(parse_number("x"), None);
    }
}
