//! warta's integration tests: one binary, one module per concern (as rust-lang/regex).
//!
//! * `cli`: the real `warta` binary, run as users run it.
//! * `golden`: whole articles against hand-written facts (`tests/data/golden/`).

mod cli;
mod golden;
