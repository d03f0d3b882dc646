//! Runs the real `warta` binary (`CARGO_BIN_EXE_warta`) as a user would.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn warta(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_warta"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("warta runs");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    pipe.write_all(stdin.unwrap_or_default()).expect("stdin accepts input");
    drop(pipe);
    child.wait_with_output().expect("warta finishes")
}

fn json(out: &Output) -> Value {
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON document")
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("warta-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("temp file");
    path
}

#[test]
fn tokenize_example_article() {
    let doc = json(&warta(&["tokenize", "examples/contoh-rakor.txt"], None));
    let tokens = doc["tokens"].as_array().expect("tokens");
    let find = |text: &str| tokens.iter().find(|t| t["text"] == text).expect(text);
    assert_eq!(find("S.I.K.")["kind"], "abbreviation");
    assert_eq!(find("0723/Klaten")["kind"], "code");
    assert_eq!(find("19/11/2024")["kind"], "date");
    assert_eq!(find("1.125")["kind"], "number");
    assert!(doc["sentences"].as_array().expect("sentences").len() > 10);
    let lines = doc["lines"].as_array().expect("lines");
    assert!(lines.iter().any(|l| l["reason"] == "share"));
    assert!(lines.iter().any(|l| l["reason"] == "read_also"));
    assert!(lines.iter().any(|l| l["article"] == true && l["reason"].is_null()));
}

#[test]
fn offsets_in_json_are_characters() {
    let text = "“Aman,” ujarnya – Kamis (8/8).";
    let doc = json(&warta(&["tokenize", "-"], Some(text.as_bytes())));
    let chars: Vec<char> = text.chars().collect();
    for t in doc["tokens"].as_array().expect("tokens") {
        let (start, end) =
            (t["start"].as_u64().unwrap() as usize, t["end"].as_u64().unwrap() as usize);
        let slice: String = chars[start..end].iter().collect();
        assert_eq!(slice, t["text"].as_str().unwrap());
    }
    let ujarnya =
        doc["tokens"].as_array().unwrap().iter().find(|t| t["text"] == "ujarnya").unwrap();
    assert_eq!(ujarnya["start"], 8);
}

#[test]
fn stdin_is_the_default_input() {
    let doc = json(&warta(&["tokenize"], Some(b"Pemilu 2024 aman.")));
    assert_eq!(doc["tokens"].as_array().unwrap().len(), 4);
    assert_eq!(doc["sentences"].as_array().unwrap().len(), 1);
}

#[test]
fn missing_file_is_a_clear_error() {
    let out = warta(&["tokenize", "no/such/article.txt"], None);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no/such/article.txt"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn invalid_utf8_names_file_and_offset() {
    let path = temp_file("latin1.txt", b"Rapat di Pend\xe9po hari ini");
    let out = warta(&["tokenize", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("latin1.txt") && err.contains("byte 13"), "{err}");

    let doc = json(&warta(&["tokenize", "--lossy", path.to_str().unwrap()], None));
    assert!(doc["tokens"].as_array().unwrap().iter().any(|t| t["text"] == "Pend\u{FFFD}po"));
}

#[test]
fn help_documents_exit_codes_and_usage_errors_exit_2() {
    let out = warta(&["tokenize", "--help"], None);
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("Exit codes") && help.contains("character"), "{help}");
    assert_eq!(warta(&["tokenize", "--no-such-flag"], None).status.code(), Some(2));
}

#[test]
fn gazetteer_stats_counts_regions() {
    let out = warta(&["gazetteer", "stats"], None);
    assert!(out.status.success());
    let stats = String::from_utf8_lossy(&out.stdout);
    let count = |kind: &str| {
        stats
            .lines()
            .find(|l| l.starts_with("total") && l.split_whitespace().nth(1) == Some(kind))
            .and_then(|l| l.split_whitespace().last())
            .and_then(|n| n.parse::<usize>().ok())
    };
    assert_eq!(count("province"), Some(38));
    assert_eq!(count("kabupaten"), Some(416));
    assert_eq!(count("kota"), Some(98));
}

#[test]
fn gazetteer_check_reports_every_problem_with_its_place() {
    let good = temp_file(
        "good.tsv",
        b"# ours\nkind\tname\tprovince\tseat_of\tvariants\ntown\tPanceng\tJawa Timur\tGresik\t-\n",
    );
    let out = warta(&["gazetteer", "check", good.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 entries beyond the defaults"));

    let bad = temp_file(
        "bad.tsv",
        b"kind\tname\tprovince\tseat_of\tvariants\nkabupatn\tX\tJawa Timur\t-\t-\ntown\tY\n",
    );
    let out = warta(&["gazetteer", "check", bad.to_str().unwrap(), "missing.tsv"], None);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.tsv:2:1: unknown value \"kabupatn\""), "{err}");
    assert!(err.contains("bad.tsv:3: expected 5 tab-separated columns, found 2"), "{err}");
    assert!(err.contains("missing.tsv: cannot read"), "{err}");
}

#[test]
fn extract_example_article_prints_the_facts_contract() {
    let doc = json(&warta(&["extract", "examples/contoh-rakor.txt"], None));
    let facts = &doc["facts"];
    for field in [
        "people",
        "organizations",
        "locations",
        "dates",
        "events",
        "quantities",
        "quotes",
        "represented_by",
    ] {
        assert!(facts[field].is_array(), "facts.{field} is a list");
    }
    let kapolres = facts["people"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "Warsono Hadi")
        .expect("the Kapolres");
    assert_eq!(kapolres["rank"], "AKBP");
    assert_eq!(kapolres["position"], "Kapolres Klaten");
    assert!(facts["dates"].as_array().unwrap().iter().any(|d| d["iso"] == "2024-11-19"));
    assert!(
        facts["represented_by"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["principal"] == "Sri Handayani" && r["agent"] == "Bambang Riyadi")
    );
    assert!(
        doc["entities"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["start"].is_u64() && e["label"].is_string())
    );
}

#[test]
fn ner_prints_entities_with_character_offsets() {
    let text = "“Siap,” kata Kapolres Bangkalan AKBP Budi Santoso.";
    let doc = json(&warta(&["ner", "-"], Some(text.as_bytes())));
    let chars: Vec<char> = text.chars().collect();
    let entities = doc["entities"].as_array().unwrap();
    assert!(entities.iter().any(|e| e["label"] == "PERSON" && e["text"] == "Budi Santoso"));
    for e in entities {
        let (s, t) = (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
        assert_eq!(chars[s..t].iter().collect::<String>(), e["text"].as_str().unwrap());
    }
}
