//! Loading the default gazetteer: parse every embedded TSV, check references, index.
//!
//! `cargo bench --bench gazetteer`. Target (issue 3): under 5 ms.
#![allow(missing_docs)] // criterion_group! generates undocumented public functions

use criterion::{Criterion, criterion_group, criterion_main};
use warta::gazetteer::{EntryKind, Gazetteer};

fn load(c: &mut Criterion) {
    c.bench_function("gazetteer/load_defaults", |b| {
        b.iter(|| {
            let g = Gazetteer::builder().add_defaults().build().expect("embedded data is valid");
            assert_eq!(g.of_kind(EntryKind::Kabupaten).count(), 416);
            g
        })
    });
}

criterion_group!(benches, load);
criterion_main!(benches);
