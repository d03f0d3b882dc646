//! Writes the benches' synthetic news corpus, for measuring the command line on it.
//!
//! ```sh
//! cargo run --release --example corpus -- jsonl 100M > big.jsonl   # one article per line
//! cargo run --release --example corpus -- text 10M > big.txt       # one long document
//! ```
//!
//! The text is the project's own (`benches/corpus.rs`): templates in the register of
//! regional election-security news, filled from the embedded gazetteer and invented
//! names; the same arguments always write the same bytes.
#![forbid(unsafe_code)]

#[path = "../benches/corpus.rs"]
mod corpus;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

fn size(arg: &str) -> Option<usize> {
    let (digits, unit) = match arg.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => arg.split_at(i),
        None => (arg, ""),
    };
    let n: usize = digits.parse().ok()?;
    let scale = match unit {
        "" => 1,
        "K" | "k" => 1 << 10,
        "M" | "m" => 1 << 20,
        "G" | "g" => 1 << 30,
        _ => return None,
    };
    n.checked_mul(scale)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(mode), Some(bytes)) = (args.first(), args.get(1).and_then(|a| size(a))) else {
        eprintln!("usage: corpus (jsonl|text) SIZE[K|M|G]");
        return ExitCode::from(2);
    };
    let mut generator = corpus::Corpus::new(42);
    let mut out = BufWriter::new(io::stdout().lock());
    let result = match mode.as_str() {
        "text" => out.write_all(generator.text(bytes).as_bytes()),
        "jsonl" => (|| {
            let (mut written, mut id) = (0, 0);
            while written < bytes {
                let mut article = String::new();
                generator.article(&mut article);
                id += 1;
                let record = serde_json::json!({ "id": format!("syn-{id:06}"), "text": article });
                let line = record.to_string();
                written += line.len() + 1;
                writeln!(out, "{line}")?;
            }
            Ok(())
        })(),
        _ => {
            eprintln!("usage: corpus (jsonl|text) SIZE[K|M|G]");
            return ExitCode::from(2);
        }
    };
    match result.and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("corpus: {e}");
            ExitCode::from(1)
        }
    }
}
