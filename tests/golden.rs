//! Golden articles: whole-pipeline runs on articles written for warta, compared with
//! hand-written facts. See `tests/data/golden/README.md` for the format.
//!
//! Fields are compared as sets under the evaluation contract's matching rules (case and
//! punctuation folded; locations without a leading "Kabupaten/Kota/…"; events without
//! "tahun"/"serentak"; quotations by speaker and first three words), and every field of
//! the facts object must match exactly.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;
use warta::{Facts, Pipeline};

fn norm(s: &str) -> String {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn drop_words(s: &str, words: &[&str], leading_only: bool) -> String {
    let n = norm(s);
    let mut ws: Vec<&str> = n.split(' ').collect();
    if leading_only {
        while ws.len() > 1 && words.contains(&ws[0]) {
            ws.remove(0);
        }
    } else {
        ws.retain(|w| !words.contains(w));
    }
    ws.join(" ")
}

fn first_words(s: &str) -> String {
    norm(s).split(' ').take(3).collect::<Vec<_>>().join(" ")
}

const ADMIN: &[&str] = &[
    "kabupaten",
    "kab",
    "kota",
    "provinsi",
    "prov",
    "kecamatan",
    "kec",
    "desa",
    "kelurahan",
    "kel",
];

/// Each field of a facts object (gold or predicted) as a set of comparable keys.
fn keys(facts: &Value) -> Vec<(&'static str, BTreeSet<String>)> {
    let list = |field: &str| facts[field].as_array().cloned().unwrap_or_default();
    let strings = |field: &str, f: &dyn Fn(&str) -> String| -> BTreeSet<String> {
        list(field).iter().filter_map(|v| v.as_str().map(f)).collect()
    };
    let text = |v: &Value, k: &str| v[k].as_str().unwrap_or_default().to_owned();
    vec![
        (
            "people",
            list("people")
                .iter()
                .map(|p| {
                    let titles: Vec<String> = p["titles"]
                        .as_array()
                        .cloned()
                        .unwrap_or_default()
                        .iter()
                        .map(|t| norm(t.as_str().unwrap_or_default()))
                        .collect();
                    format!(
                        "{} | {} | {} | {}",
                        norm(&text(p, "name")),
                        norm(&text(p, "rank")),
                        norm(&text(p, "position")),
                        titles.join(",")
                    )
                })
                .collect(),
        ),
        ("organizations", strings("organizations", &norm)),
        ("locations", strings("locations", &|s| drop_words(s, ADMIN, true))),
        ("events", strings("events", &|s| drop_words(s, &["tahun", "serentak"], false))),
        ("dates", list("dates").iter().map(|d| text(d, "iso")).collect()),
        (
            "quantities",
            list("quantities")
                .iter()
                .map(|q| {
                    format!(
                        "{} {}",
                        q["value"].as_f64().unwrap_or(f64::NAN),
                        norm(&text(q, "unit"))
                    )
                })
                .collect(),
        ),
        (
            "quotes",
            list("quotes")
                .iter()
                .map(|q| {
                    let start = q["starts"].as_str().or(q["text"].as_str()).unwrap_or_default();
                    format!("{} | {}", norm(&text(q, "speaker")), first_words(start))
                })
                .collect(),
        ),
        (
            "represented_by",
            list("represented_by")
                .iter()
                .map(|r| format!("{} > {}", norm(&text(r, "principal")), norm(&text(r, "agent"))))
                .collect(),
        ),
    ]
}

#[test]
fn golden_articles() {
    let dir = Path::new("tests/data/golden");
    let mut cases: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/data/golden exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "no golden articles");
    let pipeline = Pipeline::new();
    let mut failures = Vec::new();
    for txt in &cases {
        let text = std::fs::read_to_string(txt).expect("golden article is UTF-8");
        let gold_path = txt.with_extension("facts.json");
        let gold: Value =
            serde_json::from_str(&std::fs::read_to_string(&gold_path).expect("golden facts file"))
                .expect("golden facts are JSON");
        let doc_date = gold["doc_date"].as_str().and_then(|d| d.parse().ok());
        let facts: Facts = pipeline.extract_with(&text, doc_date).facts;
        let predicted = serde_json::to_value(&facts).expect("facts serialize");
        for ((field, want), (_, got)) in keys(&gold).into_iter().zip(keys(&predicted)) {
            if want != got {
                failures.push(format!(
                    "{}: {field}\n  missing: {:?}\n  extra:   {:?}",
                    txt.display(),
                    want.difference(&got).collect::<Vec<_>>(),
                    got.difference(&want).collect::<Vec<_>>()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "golden facts differ:\n{}", failures.join("\n"));
}

#[test]
fn pipeline_is_shareable_across_threads() {
    fn check<T: Send + Sync + std::fmt::Debug>() {}
    check::<Pipeline>();
    check::<warta::Document>();
    let pipeline = Pipeline::new();
    let text = "Kapolres Klaten AKBP Budi Santoso memimpin apel, Senin (18/11/2024).";
    let facts: Vec<Facts> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..2).map(|_| s.spawn(|| pipeline.extract(text).facts)).collect();
        handles.into_iter().map(|h| h.join().expect("no panic")).collect()
    });
    assert_eq!(facts[0], facts[1]);
    assert_eq!(facts[0].people[0].name, "Budi Santoso");
}
