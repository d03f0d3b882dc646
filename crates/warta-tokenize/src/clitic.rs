//! Enclitic particles (-nya, -lah, -kah, -pun, -ku, -mu).

use std::fmt;

use serde::{Deserialize, Serialize};

/// An enclitic particle attached to the end of a word.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Clitic {
    /// `-nya`: third person or definite ("ujarnya", "pihaknya").
    Nya,
    /// `-lah`: emphasis ("inilah").
    Lah,
    /// `-kah`: question ("apakah").
    Kah,
    /// `-pun`: "also, even" ("siapapun").
    Pun,
    /// `-ku`: first person ("bukuku").
    Ku,
    /// `-mu`: second person ("tugasmu").
    Mu,
}

impl Clitic {
    /// The clitic as written, without the hyphen ("nya").
    pub const fn as_str(self) -> &'static str {
        match self {
            Clitic::Nya => "nya",
            Clitic::Lah => "lah",
            Clitic::Kah => "kah",
            Clitic::Pun => "pun",
            Clitic::Ku => "ku",
            Clitic::Mu => "mu",
        }
    }
}

impl fmt::Display for Clitic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Longest suffixes first so "-nya" is tried before nothing shorter can shadow it.
const CLITICS: &[(&str, Clitic)] = &[
    ("nya", Clitic::Nya),
    ("lah", Clitic::Lah),
    ("kah", Clitic::Kah),
    ("pun", Clitic::Pun),
    ("ku", Clitic::Ku),
    ("mu", Clitic::Mu),
];

/// Words that end in a clitic's letters without carrying the clitic. Lowercase, sorted
/// (binary-searched). Short bases are refused by length anyway, so only words whose
/// remainder is three letters or more need listing.
const NOT_CLITIC: &[&str] = &[
    "allah",
    "berkah",
    "berlaku",
    "bertanya",
    "bertemu",
    "celah",
    "daulah",
    "ditanya",
    "galah",
    "istilah",
    "jumlah",
    "kalah",
    "ketemu",
    "langkah",
    "lelah",
    "masalah",
    "mekah",
    "menanya",
    "musyawarah",
    "nikah",
    "perilaku",
    "rumpun",
    "salah",
    "sebelah",
    "sedekah",
    "sekolah",
    "selaku",
    "setelah",
    "tamu",
    "telah",
    "wilayah",
];

/// Splits `word` into its base and enclitic, if it has one.
///
/// The base must keep at least three characters ("hanya", "punya" are not split) and
/// known exceptions ("sekolah", "langkah", "selaku") stay whole. Hyphenated words are
/// split only after the last hyphen ("masing-masingnya" → "masing-masing" + nya).
pub fn split(word: &str) -> (&str, Option<Clitic>) {
    let bytes = word.as_bytes();
    for &(suffix, clitic) in CLITICS {
        let n = suffix.len();
        if bytes.len() < n + 3 || !bytes[bytes.len() - n..].eq_ignore_ascii_case(suffix.as_bytes())
        {
            continue;
        }
        let base = &word[..word.len() - n];
        let last_part = base.rsplit('-').next().unwrap_or(base);
        if last_part.chars().count() < 3 || !last_part.chars().all(char::is_alphabetic) {
            return (word, None);
        }
        let last_word = word.rsplit('-').next().unwrap_or(word);
        if is_exception(last_word) {
            return (word, None);
        }
        return (base, Some(clitic));
    }
    (word, None)
}

fn is_exception(word: &str) -> bool {
    if word.len() > 16 || !word.is_ascii() {
        return false;
    }
    let mut buf = [0u8; 16];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    // ASCII input, so the lowercase bytes are valid UTF-8.
    let lower = std::str::from_utf8(lower).unwrap_or_default();
    NOT_CLITIC.binary_search(&lower).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exceptions_are_sorted_lowercase() {
        assert!(NOT_CLITIC.windows(2).all(|w| w[0] < w[1]));
        assert!(NOT_CLITIC.iter().all(|w| w.len() <= 16 && *w == w.to_lowercase()));
    }

    #[test]
    fn splits() {
        let cases: &[(&str, &str, Option<Clitic>)] = &[
            ("ujarnya", "ujar", Some(Clitic::Nya)),
            ("pihaknya", "pihak", Some(Clitic::Nya)),
            ("Pungkasnya", "Pungkas", Some(Clitic::Nya)),
            ("inilah", "ini", Some(Clitic::Lah)),
            ("apakah", "apa", Some(Clitic::Kah)),
            ("siapapun", "siapa", Some(Clitic::Pun)),
            ("tugasmu", "tugas", Some(Clitic::Mu)),
            ("masing-masingnya", "masing-masing", Some(Clitic::Nya)),
            ("hanya", "hanya", None),
            ("punya", "punya", None),
            ("bertanya", "bertanya", None),
            ("sekolah", "sekolah", None),
            ("Masalah", "Masalah", None),
            ("langkah", "langkah", None),
            ("selaku", "selaku", None),
            ("langkah-langkah", "langkah-langkah", None),
            ("ilmu", "ilmu", None),
            ("nya", "nya", None),
            ("2024nya", "2024nya", None),
        ];
        for &(word, base, clitic) in cases {
            assert_eq!(split(word), (base, clitic), "{word}");
        }
    }
}
