//! `warta gazetteer stats` and `warta gazetteer check FILE…`.

use std::collections::BTreeMap;
use std::io::{self, Write};

use warta::gazetteer::{EntryKind, Gazetteer};

use crate::Error;
use crate::cli::{GazetteerArgs, GazetteerCommand};

pub fn run(args: &GazetteerArgs) -> Result<(), Error> {
    match &args.command {
        GazetteerCommand::Stats => stats(),
        GazetteerCommand::Check { files } => check(files),
    }
}

/// Counts per kind and file of the embedded gazetteer.
fn stats() -> Result<(), Error> {
    let g = Gazetteer::embedded();
    let mut out = io::BufWriter::new(io::stdout().lock());
    writeln!(out, "{:<20} {:<18} {:>6}", "file", "kind", "count")?;
    let mut totals: BTreeMap<EntryKind, usize> = BTreeMap::new();
    for (source, kind, n) in g.stats() {
        writeln!(out, "{source:<20} {:<18} {n:>6}", kind.as_str())?;
        *totals.entry(kind).or_default() += n;
    }
    writeln!(out)?;
    for (kind, n) in &totals {
        writeln!(out, "{:<20} {:<18} {n:>6}", "total", kind.as_str())?;
    }
    writeln!(out, "{:<20} {:<18} {:>6}", "total", "all", g.len())?;
    out.flush()?;
    Ok(())
}

/// Validates user files against the defaults: every problem on stderr, non-zero exit.
fn check(files: &[std::path::PathBuf]) -> Result<(), Error> {
    let mut builder = Gazetteer::builder();
    builder.add_defaults();
    for f in files {
        builder.add_file(f);
    }
    match builder.build() {
        Ok(g) => {
            let added = g.len() - Gazetteer::embedded().len();
            println!("ok: {} file(s), {added} entries beyond the defaults", files.len());
            Ok(())
        }
        Err(e) => {
            for p in e.problems() {
                eprintln!("{p}");
            }
            Err(Error::Data(format!("{} problem(s) in the gazetteer data", e.problems().len())))
        }
    }
}
