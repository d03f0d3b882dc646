//! `Tokenizer::analyze` over arbitrary bytes (decoded lossily, so every input is text),
//! in both line-break modes; checks the invariants of `tests/invariants.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use warta::tokenize::{LineBreaks, Tokenizer};

#[allow(dead_code)]
#[path = "../../tests/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for breaks in [LineBreaks::Paragraph, LineBreaks::Wrapped] {
        let analysis = Tokenizer::builder().line_breaks(breaks).build().analyze(&text);
        if let Err(why) = invariants::check_analysis(&text, &analysis) {
            panic!("{breaks:?}: {why}");
        }
    }
});
