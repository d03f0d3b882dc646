//! `Pipeline::extract` and `extract_with` over arbitrary text; checks the invariants of
//! `tests/invariants.rs` (valid spans, traceable facts, JSON, determinism).
//!
//! The first byte chooses the document date: below 0x80 none; otherwise the next four
//! bytes are a day number (days since 1 January of year 1, any `i32`, so the edges of
//! chrono's range are reached too). The rest is the text, decoded lossily.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "../../tests/invariants.rs"]
mod invariants;

fn split(data: &[u8]) -> (Option<NaiveDate>, &[u8]) {
    match data {
        [flag, a, b, c, d, rest @ ..] if *flag >= 0x80 => {
            let days = i32::from_le_bytes([*a, *b, *c, *d]);
            (NaiveDate::from_num_days_from_ce_opt(days), rest)
        }
        [_, rest @ ..] => (None, rest),
        [] => (None, data),
    }
}

fuzz_target!(|data: &[u8]| {
    let (doc_date, bytes) = split(data);
    let text = String::from_utf8_lossy(bytes);
    if let Err(why) = invariants::check_pipeline(&text, doc_date) {
        panic!("doc date {doc_date:?}: {why}");
    }
});
