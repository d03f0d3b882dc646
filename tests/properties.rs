//! Properties of the whole pipeline (`warta::Pipeline`) on arbitrary strings and on
//! news-like strings glued from fragments of the register: no panic, valid spans,
//! traceable facts, deterministic JSON (the checks are in `invariants.rs`).
//!
//! The case counts keep this module to a few seconds in a debug build; the fuzz targets
//! in `fuzz/` run the same checks for as long as one wants.

use chrono::NaiveDate;
use proptest::prelude::*;

use crate::invariants::{check_document, check_pipeline};

/// Fragments of election-security news: offices, ranks, names, titles, units, places,
/// dates, numbers and units, speech and representation cues, quotation marks,
/// punctuation, line breaks, page furniture, and a few characters from other scripts.
const PIECES: &[&str] = &[
    // offices, ranks, titles
    "Kapolres",
    "Kapolsek",
    "Kapolda",
    "Dandim",
    "Danramil",
    "Pj",
    "Plt",
    "Bupati",
    "Wakil Bupati",
    "Ketua KPU",
    "Ketua Bawaslu",
    "Kades",
    "Camat",
    "AKBP",
    "AKP",
    "Iptu",
    "Kombespol",
    "Letkol",
    "Arm",
    "Kolonel Laut (P)",
    "Mayor",
    "S.I.K.",
    "M.H.",
    "S.Sos",
    "Hj.",
    "Dr.",
    // invented names
    "Rudi",
    "Hartanto",
    "Siti",
    "Rahmawati",
    "Dedi",
    "Kurniawan",
    "Yudha",
    "Prasetya",
    "Neneng",
    // units and bodies
    "Polres",
    "Polresta",
    "Mapolres",
    "Kodim",
    "0820/Probolinggo",
    "0413",
    "Koramil",
    "KPU",
    "Komisi Pemilihan Umum",
    "(KPU)",
    "Bawaslu",
    "TNI-Polri",
    "Brimob",
    // places
    "Klaten",
    "Bangkalan",
    "Kota",
    "Kabupaten",
    "Kab.",
    "Jawa Timur",
    "Jatim",
    "Kecamatan",
    "Desa",
    "Sukamaju",
    "Pendopo",
    "Aula",
    "di",
    "SUNGAILIAT",
    // events and dates
    "Pilkada",
    "Pemilu",
    "Serentak",
    "tahun",
    "2024",
    "Operasi",
    "Mantap Praja",
    "Senin",
    "Kamis",
    "(8/8)",
    "(19/11/2024)",
    "27",
    "November",
    "pukul",
    "14.00",
    "WIB",
    // numbers and units
    "350",
    "1.125",
    "2,5",
    "satu",
    "personel",
    "TPS",
    "kompi",
    "ton",
    // cues
    "ujarnya",
    "kata",
    "mengatakan",
    "Menurut",
    "diwakili",
    "oleh",
    "mewakili",
    "melalui",
    "selaku",
    "bernama",
    "Ia",
    "Beliau",
    "hadir",
    "memimpin",
    "apel",
    "rakor",
    "dikerahkan",
    // marks and punctuation
    "“",
    "”",
    "\"",
    "'",
    ",",
    ".",
    ":",
    ";",
    "–",
    "-",
    "(",
    ")",
    "?",
    "…",
    "dll.",
    // line breaks and furniture
    "\n",
    "\n\n",
    "\r\n",
    "Baca juga:",
    "Sebarkan artikel ini",
    "www.contoh.id",
    // whole phrases, so that people, quotations and representation occur often
    "Kapolres Klaten AKBP Rudi Hartanto",
    "Pj Bupati Bangkalan Siti Rahmawati",
    "“Semua personel sudah siaga,” kata Dedi.",
    "diwakili oleh Kapolsek Sukamaju AKP Yudha Prasetya",
    "Menurut Neneng, ",
    "Kodim 0413/Bangka",
    // other scripts and odd characters
    "é",
    "🙂",
    "جاوي",
    "中文",
    "\u{202E}",
    "\u{200B}",
    "\u{0}",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (prop::sample::select(PIECES), prop::sample::select(&["", " ", " ", " ", ", "][..])),
        0..60,
    )
    .prop_map(|parts| parts.into_iter().flat_map(|(p, sep)| [p, sep]).collect())
}

/// No date, an ordinary one, or one at the ends of what chrono can represent.
fn doc_date() -> impl Strategy<Value = Option<NaiveDate>> {
    prop_oneof![
        4 => Just(None),
        4 => (1900i32..2100, 1u32..=12, 1u32..=28)
            .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
        1 => prop::sample::select(&[NaiveDate::MIN, NaiveDate::MAX][..]).prop_map(Some),
    ]
}

fn check(text: &str, date: Option<NaiveDate>) -> Result<(), TestCaseError> {
    check_pipeline(text, date).map_err(|why| TestCaseError::fail(format!("{why} in {text:?}")))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_strings(text in any::<String>(), date in doc_date()) {
        check(&text, date)?;
    }

    #[test]
    fn news_like_strings(text in news_like(), date in doc_date()) {
        check(&text, date)?;
    }
}

/// A whole article gives something in every field of the facts, so the traceability
/// checks above are not vacuous there.
#[test]
fn example_article_satisfies_every_check() {
    let text = std::fs::read_to_string("examples/contoh-rakor.txt").expect("example article");
    let doc = warta::Pipeline::new().extract(&text);
    let f = &doc.facts;
    let sizes = [
        ("people", f.people.len()),
        ("organizations", f.organizations.len()),
        ("locations", f.locations.len()),
        ("dates", f.dates.len()),
        ("events", f.events.len()),
        ("quantities", f.quantities.len()),
        ("quotes", f.quotes.len()),
        ("represented_by", f.represented_by.len()),
    ];
    for (field, n) in sizes {
        assert!(n > 0, "facts.{field} is empty");
    }
    check_document(&text, &doc).unwrap();
}

/// The checks fail on facts that no span of the text backs.
#[test]
fn untraceable_facts_are_caught() {
    let text = "Kapolres Klaten AKBP Rudi Hartanto memimpin apel di Kabupaten Klaten, \
                Senin (18/11/2024). “Kami siagakan 350 personel,” ujarnya.";
    let doc = warta::Pipeline::new().extract(text);
    check_document(text, &doc).unwrap();

    let mut forged = doc.clone();
    forged.facts.locations.push("Bangkalan".to_owned());
    assert!(check_document(text, &forged).unwrap_err().contains("Bangkalan"));

    let mut forged = doc.clone();
    forged.facts.people[0].rank = Some("Kombes Pol".to_owned());
    assert!(check_document(text, &forged).unwrap_err().contains("Kombes Pol"));

    let mut forged = doc.clone();
    forged.facts.quotes[0].text.push_str(" dan aman");
    assert!(check_document(text, &forged).is_err());

    let mut forged = doc;
    forged.entities[0].span.end += 1;
    assert!(check_document(text, &forged).is_err());
}
