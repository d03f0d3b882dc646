//! Runs the real `warta` binary (`CARGO_BIN_EXE_warta`) as a user would.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

pub(crate) fn warta(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_warta"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("warta runs");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    // Written from another thread: warta writes output while it reads, and both pipes
    // are bounded. warta may also stop reading early (a usage error), so errors are fine.
    let input = stdin.unwrap_or_default().to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("warta finishes");
    writer.join().expect("stdin writer");
    out
}

pub(crate) fn json(out: &Output) -> Value {
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON document")
}

pub(crate) fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
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

// ---- warta extract over batches ---------------------------------------------------------

/// A fresh, empty directory for one test.
fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("warta-cli-{}", std::process::id())).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn write(path: &std::path::Path, bytes: &[u8]) {
    std::fs::create_dir_all(path.parent().expect("a parent")).expect("parent dir");
    std::fs::write(path, bytes).expect("test file");
}

/// Every line of stdout as JSON.
fn records(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON record"))
        .collect()
}

fn ids(records: &[Value]) -> Vec<String> {
    records
        .iter()
        .map(|r| match &r["id"] {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Our own short articles, varied by number (invented people, real regions).
fn article(i: usize) -> String {
    let regions = ["Klaten", "Sleman", "Garut", "Bantul", "Boyolali", "Kebumen"];
    let names = ["Warsono Hadi", "Agus Prasetyo", "Rina Wulandari", "Dedi Kurniawan"];
    let ranks = ["AKBP", "Kompol", "AKP", "Iptu"];
    let region = regions[i % regions.len()];
    format!(
        "{region} - Kapolres {region} {} {} memimpin apel pengamanan Pilkada {region} 2024, \
         Selasa (19/11/2024). Sebanyak {} personel dikerahkan untuk mengamankan {} TPS.\n\
         \"Kami siap menjaga tahapan pemungutan suara tetap aman,\" ujar {}.",
        ranks[i % ranks.len()],
        names[i % names.len()],
        100 + 7 * i,
        40 + i,
        names[i % names.len()],
    )
}

#[test]
fn extract_directory_recurses_in_sorted_order_and_prints_jsonl() {
    let dir = temp_dir("tree");
    write(&dir.join("b.txt"), article(1).as_bytes());
    write(&dir.join("a/y.txt"), article(2).as_bytes());
    write(&dir.join("a/x.TXT"), article(3).as_bytes());
    write(&dir.join("c/d/e.txt"), article(4).as_bytes());
    write(&dir.join("z.txt"), article(5).as_bytes());
    write(&dir.join("catatan.md"), b"bukan artikel");
    write(&dir.join("c/data.jsonl"), b"{\"text\": \"bukan teks biasa\"}\n");
    let single = temp_file("tunggal.txt", article(6).as_bytes());
    let d = dir.to_str().unwrap();

    let out = warta(&["extract", d, single.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let recs = records(&out);
    let expected: Vec<String> = ["a/x.TXT", "a/y.txt", "b.txt", "c/d/e.txt", "z.txt"]
        .iter()
        .map(|p| dir.join(p).display().to_string())
        .chain([single.display().to_string()])
        .collect();
    assert_eq!(ids(&recs), expected);
    // Each record is the document of its file: the id first, then the usual fields.
    for r in &recs {
        assert!(r["facts"]["people"].is_array() && r["entities"].is_array(), "{r}");
    }
    assert_eq!(recs[2]["facts"]["people"][0]["name"], "Agus Prasetyo");
    assert_eq!(recs[5]["facts"]["people"][0]["name"], "Rina Wulandari");

    // A directory alone is a batch too, and --format json cannot print it.
    let out = warta(&["extract", d], None);
    assert_eq!(records(&out).len(), 5);
    let out = warta(&["extract", "--format", "json", d], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--format jsonl"), "{}", stderr(&out));

    // --input jsonl looks for *.jsonl files in directories.
    let out = warta(&["extract", "--input", "jsonl", d], None);
    assert_eq!(ids(&records(&out)), [format!("{}:1", dir.join("c/data.jsonl").display())]);
}

#[test]
fn extract_several_files_in_argument_order() {
    let one = temp_file("satu.txt", article(7).as_bytes());
    let two = temp_file("dua.txt", article(8).as_bytes());
    let (one, two) = (one.to_str().unwrap(), two.to_str().unwrap());
    let out = warta(&["extract", two, one], None);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(ids(&records(&out)), [two, one]);

    assert_eq!(warta(&["extract", "--format", "json", one, two], None).status.code(), Some(2));
    assert_eq!(warta(&["extract", "--pretty", one, two], None).status.code(), Some(2));
    assert_eq!(warta(&["extract", one, "-", "-"], None).status.code(), Some(2));

    // One file keeps today's one JSON document (--pretty too); --format jsonl gives one
    // record with the path as id; standard input's id is "-".
    let doc = json(&warta(&["extract", "--pretty", one], None));
    assert!(doc.get("id").is_none() && doc["facts"].is_object());
    let out = warta(&["extract", "--format", "jsonl", one], None);
    assert_eq!(ids(&records(&out)), [one]);
    let out = warta(&["extract", "--format", "jsonl"], Some(article(9).as_bytes()));
    assert_eq!(ids(&records(&out)), ["-"]);
    // Standard input may sit among files.
    let out = warta(&["extract", one, "-"], Some(article(9).as_bytes()));
    assert_eq!(ids(&records(&out)), [one, "-"]);
}

#[test]
fn extract_jsonl_carries_ids_and_uses_each_records_date() {
    let input = concat!(
        r#"{"id": 17, "text": "Kapolres Sleman AKBP Rina Wulandari memimpin rapat, Kamis (21/11).", "date": "2019-11-01"}"#,
        "\n",
        r#"{"id": "berita-2", "text": "Kapolres Garut AKBP Dedi Kurniawan memimpin rapat, Kamis (21/11).", "url": "https://contoh.id/2"}"#,
        "\n",
        r#"{"text": "Apel gelar pasukan berlangsung pada 3 Desember.", "date": null}"#,
        "\n",
    );
    let out =
        warta(&["extract", "--input", "jsonl", "--doc-date", "2024-11-01"], Some(input.as_bytes()));
    assert!(out.status.success(), "{}", stderr(&out));
    let recs = records(&out);
    assert_eq!(recs[0]["id"], 17);
    assert_eq!(recs[1]["id"], "berita-2");
    assert_eq!(recs[2]["id"], "-:3", "a record without id is named by its line");
    let iso = |r: &Value| r["facts"]["dates"][0]["iso"].clone();
    assert_eq!(iso(&recs[0]), "2019-11-21", "the record's own date wins");
    assert_eq!(iso(&recs[1]), "2024-11-21", "--doc-date for records without one");
    assert_eq!(iso(&recs[2]), "2024-12-03");
    assert_eq!(recs[0]["facts"]["people"][0]["name"], "Rina Wulandari");

    // The same from a file: ids of records without one name the file and line.
    let file = temp_file("berita.jsonl", input.as_bytes());
    let out = warta(&["extract", "--input", "jsonl", file.to_str().unwrap()], None);
    let recs = records(&out);
    assert_eq!(recs.len(), 3);
    assert_eq!(recs[2]["id"], format!("{}:3", file.display()));
    assert_eq!(iso(&recs[1]), Value::Null, "no date, no year to resolve");
}

#[test]
fn extract_jobs_2_writes_the_same_output_as_jobs_1() {
    let mut input = String::new();
    for i in 0..80 {
        if i % 13 == 5 {
            input.push_str("{\"id\": \"rusak\", \"text\": \n");
        } else {
            // Lengths vary a lot (several groups of documents, unevenly heavy) so that
            // later groups often finish first.
            let text = article(i).repeat(1 + (i * 7) % 30);
            input.push_str(&serde_json::json!({"id": i, "text": text}).to_string());
            input.push('\n');
        }
    }
    let run =
        |jobs: &str| warta(&["extract", "--input", "jsonl", "-j", jobs], Some(input.as_bytes()));
    let one = run("1");
    assert_eq!(one.status.code(), Some(3), "{}", stderr(&one));
    assert_eq!(records(&one).len(), 80);
    for jobs in ["2", "3"] {
        let many = run(jobs);
        assert_eq!(many.status.code(), Some(3));
        assert!(many.stdout == one.stdout, "--jobs {jobs} output differs from --jobs 1");
        assert_eq!(many.stderr, one.stderr);
    }
}

#[test]
fn extract_jsonl_failures_become_error_records_and_the_batch_goes_on() {
    let long = "Panjang sekali. ".repeat(40);
    let mut input: Vec<u8> = Vec::new();
    let mut line = |bytes: &[u8]| {
        input.extend_from_slice(bytes);
        input.push(b'\n');
    };
    line(br#"{"id": "a1", "text": "Kapolres Klaten AKBP Warsono Hadi memimpin apel."}"#); // 1
    line(br#"{"id": "a2", "text": "tidak selesai"#); // 2: malformed JSON
    line(br#"{"id": "a3", "judul": "tanpa teks"}"#); // 3: no text
    line(br#"{"id": true, "text": "id salah"}"#); // 4: wrong type
    line(b"{\"id\": \"a5\", \"text\": \"Pend\xe9po\"}"); // 5: not UTF-8
    line(br#"{"id": "a6", "text": "Rapat.", "date": "2024-13-40"}"#); // 6: bad date
    line(b""); // 7: blank, not a document
    line(format!(r#"{{"id": "a8", "text": "{long}"}}"#).as_bytes()); // 8: over --max-bytes
    line(br#"[1, 2, 3]"#); // 9: not an object
    line(br#"{"id": 10, "text": "Dandim 0723/Klaten Letkol Inf Agus Prasetyo hadir."}"#); // 10
    let file = temp_file("campur.jsonl", &input);
    let path = file.to_str().unwrap();

    let out = warta(&["extract", "--input", "jsonl", "--max-bytes", "300", path], None);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let recs = records(&out);
    assert_eq!(recs.len(), 9, "nine documents in (line 7 is blank), nine records out");
    let kinds: Vec<_> = recs.iter().map(|r| r["error"]["kind"].as_str().unwrap_or("ok")).collect();
    assert_eq!(
        kinds,
        [
            "ok",
            "invalid_json",
            "invalid_record",
            "invalid_record",
            "invalid_utf8",
            "invalid_date",
            "too_large",
            "invalid_record",
            "ok"
        ]
    );
    let lines: Vec<_> = recs.iter().map(|r| r["error"]["line"].as_u64()).collect();
    assert_eq!(lines, [None, Some(2), Some(3), Some(4), Some(5), Some(6), Some(8), Some(9), None]);
    assert_eq!(
        ids(&recs),
        [
            "a1",
            "a2",
            "a3",
            &format!("{path}:4"),
            &format!("{path}:5"),
            "a6",
            "a8",
            &format!("{path}:9"),
            "10"
        ]
    );
    for r in recs.iter().filter(|r| r.get("error").is_some()) {
        assert_eq!(r["error"]["path"], path);
        assert!(r["error"]["message"].as_str().is_some_and(|m| !m.is_empty()), "{r}");
    }
    // The offset points at the bad byte: line 5 starts after lines 1-4.
    let start5 = input.split(|&b| b == b'\n').take(4).map(|l| l.len() + 1).sum::<usize>();
    assert_eq!(recs[4]["error"]["offset"], start5 + 26);
    assert!(recs[2]["error"]["message"].as_str().unwrap().contains("missing field `text`"));
    assert_eq!(recs[8]["facts"]["people"][0]["name"], "Agus Prasetyo");

    let err = stderr(&out);
    assert!(err.contains(&format!("{path}:2: not valid JSON")), "{err}");
    assert!(err.contains(&format!("{path}:8: larger than --max-bytes (300 bytes)")), "{err}");
    assert!(err.contains("7 of 9 documents failed"), "{err}");

    // --lossy repairs the bytes; --quiet leaves stderr to the summary.
    let out = warta(&["extract", "--input", "jsonl", "--lossy", "--quiet", path], None);
    let recs = records(&out);
    assert!(recs[4]["facts"].is_object(), "{}", recs[4]);
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
}

#[test]
fn extract_file_failures_become_error_records_and_the_batch_goes_on() {
    let dir = temp_dir("gagal");
    write(&dir.join("1-baik.txt"), article(1).as_bytes());
    write(&dir.join("2-latin1.txt"), b"Rapat di Pend\xe9po hari ini");
    write(&dir.join("3-besar.txt"), article(2).repeat(20).as_bytes());
    write(&dir.join("4-baik.txt"), article(3).as_bytes());
    let missing = dir.join("tidak-ada.txt");
    let (d, m) = (dir.to_str().unwrap(), missing.to_str().unwrap());

    let out = warta(&["extract", "--max-bytes", "2K", d, m], None);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let recs = records(&out);
    assert_eq!(recs.len(), 5);
    let kinds: Vec<_> = recs.iter().map(|r| r["error"]["kind"].as_str().unwrap_or("ok")).collect();
    assert_eq!(kinds, ["ok", "invalid_utf8", "too_large", "ok", "unreadable"]);
    assert_eq!(recs[1]["error"]["offset"], 13);
    assert_eq!(recs[1]["id"], dir.join("2-latin1.txt").display().to_string());
    assert_eq!(recs[4]["error"]["path"], m);
    assert!(recs[3]["facts"]["people"].is_array());
    let err = stderr(&out);
    assert!(err.contains("2-latin1.txt: not valid UTF-8 at byte 13"), "{err}");
    assert!(err.contains("tidak-ada.txt: cannot read"), "{err}");
    assert!(err.contains("3 of 5 documents failed"), "{err}");

    // One document alone fails the command as before (exit 1, no output).
    let big = dir.join("3-besar.txt");
    let out = warta(&["extract", "--max-bytes", "2K", big.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty() && stderr(&out).contains("larger than --max-bytes"));
    assert_eq!(warta(&["extract", "--max-bytes", "0", m], None).status.code(), Some(2));
    assert_eq!(warta(&["extract", "--max-bytes", "5T", m], None).status.code(), Some(2));
}

#[test]
fn extract_help_documents_batches_and_exit_code_3() {
    let out = warta(&["extract", "--help"], None);
    let help = String::from_utf8_lossy(&out.stdout);
    for needle in ["--input", "--format", "--jobs", "--max-bytes", "\"error\"", "  3  "] {
        assert!(help.contains(needle), "{needle} in {help}");
    }
}
