//! Loading the default gazetteer: parse every embedded TSV, check references, index.
//!
//! `cargo bench --bench gazetteer`. Targets: loading under 5 ms (issue 3); loading plus
//! compiling the recognizer's automaton under 20 ms (issue 6).
#![allow(missing_docs)] // criterion_group! generates undocumented public functions

use criterion::{Criterion, criterion_group, criterion_main};
use warta::gazetteer::{EntryKind, Gazetteer};
use warta::ner::Recognizer;

fn load(c: &mut Criterion) {
    c.bench_function("gazetteer/load_defaults", |b| {
        b.iter(|| {
            let g = Gazetteer::builder().add_defaults().build().expect("embedded data is valid");
            assert_eq!(g.of_kind(EntryKind::Kabupaten).count(), 416);
            g
        })
    });
}

fn build(c: &mut Criterion) {
    c.bench_function("gazetteer/load_and_build_recognizer", |b| {
        b.iter(|| {
            let g = Gazetteer::builder().add_defaults().build().expect("embedded data is valid");
            let r = Recognizer::new(g).expect("the embedded gazetteer compiles");
            assert!(!r.recognize("Kapolres Klaten AKBP Warsono Hadi").is_empty());
            r
        })
    });
}

criterion_group!(benches, load, build);
criterion_main!(benches);
