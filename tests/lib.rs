//! warta's integration tests: one binary, one module per concern (as rust-lang/regex).
//!
//! * `cli`: the real `warta` binary, run as users run it.
//! * `golden`: whole articles against hand-written facts (`tests/data/golden/`).
//! * `invariants`: what every analysis and document must satisfy, whatever the input
//!   (shared with the fuzz targets in `fuzz/`).
//! * `properties`: those invariants over the whole pipeline on generated text (proptest).
//! * `robustness`: edge cases (malformed gazetteers, empty, huge, control characters,
//!   mixed scripts and right-to-left text).

mod cli;
mod golden;
mod invariants;
mod properties;
mod robustness;
