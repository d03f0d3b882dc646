//! Writing JSON to standard output.

use std::io::{self, BufWriter, Write};

use serde::Serialize;

/// Writes `value` as one JSON document and a newline to standard output.
pub fn json<T: Serialize>(value: &T, pretty: bool) -> io::Result<()> {
    let mut out = BufWriter::new(io::stdout().lock());
    if pretty {
        serde_json::to_writer_pretty(&mut out, value)?;
    } else {
        serde_json::to_writer(&mut out, value)?;
    }
    out.write_all(b"\n")?;
    out.flush()
}
