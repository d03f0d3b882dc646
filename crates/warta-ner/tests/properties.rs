//! Invariants of recognition on arbitrary and on generated news-like text.

use proptest::prelude::*;
use warta_ner::{Entity, Recognizer};
use warta_tokenize::Tokenizer;

/// Pieces of the register, glued at random so that entities meet each other, punctuation
/// and line breaks in every order.
const PIECES: &[&str] = &[
    "Kapolres",
    "Bangkalan",
    "AKBP",
    "Budi",
    "Santoso",
    "Pj",
    "Bupati",
    "Dandim",
    "0820/Probolinggo",
    "Letkol",
    "Arm",
    "Kodim",
    "0413",
    "KPU",
    "Komisi Pemilihan Umum",
    "(KPU)",
    "Polres",
    "Kota",
    "Pilkada",
    "Serentak",
    "2024",
    "tahun",
    "Operasi",
    "Mantap Praja",
    "Semeru",
    "Kamis",
    "(8/8)",
    "(25/01/2024)",
    "14",
    "Februari",
    "363",
    "personel",
    "satu",
    "kompi",
    "TPS",
    "di",
    "Pendopo",
    "Agung",
    "Mapolres",
    "Kecamatan",
    "Desa",
    "S.I.K.",
    "M.H.",
    ",",
    ".",
    "“",
    "”",
    "\"",
    "ujarnya",
    "kata",
    "diwakili",
    "melalui",
    "Ia",
    "dll.",
    "–",
    "-",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "Baca juga:",
    "www.contoh.id",
    "SUNGAILIAT",
    "Sungailiat",
    "TNI-Polri",
    "Jatim",
    "é",
    "🙂",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (prop::sample::select(PIECES), prop::sample::select(&["", " ", " ", " "][..])),
        0..80,
    )
    .prop_map(|parts| parts.into_iter().flat_map(|(p, sep)| [p, sep]).collect())
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let recognizer = Recognizer::embedded();
    let entities = recognizer.recognize(text);
    let again = recognizer.recognize(text);
    prop_assert_eq!(&entities, &again, "deterministic");
    let sentences = Tokenizer::new().analyze(text).sentences;
    let mut prev_end = 0;
    for e in &entities {
        prop_assert!(e.span.start >= prev_end, "top-level entities are ordered and disjoint");
        prev_end = e.span.end;
        for part in e.walk() {
            check_span(text, part)?;
        }
        prop_assert!(
            sentences.iter().any(|s| s.span.contains(e.span)),
            "{:?} crosses a sentence boundary in {:?}",
            e.text,
            text
        );
    }
    Ok(())
}

fn check_span(text: &str, e: &Entity) -> Result<(), TestCaseError> {
    prop_assert!(e.span.start < e.span.end && e.span.end <= text.len());
    prop_assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
    prop_assert_eq!(&text[e.span.start..e.span.end], e.text.as_str());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_unicode(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn news_like_text(text in news_like()) {
        check(&text)?;
    }
}
