//! Recognition (tokenization included) and the full pipeline on synthetic news.
//!
//! `cargo bench --bench ner`. Target (issue 4): recognition at least 80 MB/s on one core.
//! The timed closures check the number of entities, so a recognizer that finds nothing
//! fails instead of looking fast.
#![allow(missing_docs)] // criterion_group! generates undocumented public functions

mod corpus;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use warta::Pipeline;
use warta::ner::Recognizer;

fn recognize(c: &mut Criterion) {
    let recognizer = Recognizer::embedded();
    let pipeline = Pipeline::new();
    let mut group = c.benchmark_group("ner");
    for size in [64 << 10, 1 << 20] {
        let text = corpus::Corpus::new(7).text(size);
        let expected = recognizer.recognize(&text).len();
        assert!(expected > size / 200, "the corpus yields entities");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("recognize", size), &text, |b, text| {
            b.iter(|| {
                let n = recognizer.recognize(black_box(text)).len();
                assert_eq!(n, expected);
                n
            })
        });
        group.bench_with_input(BenchmarkId::new("pipeline", size), &text, |b, text| {
            b.iter(|| {
                let doc = pipeline.extract(black_box(text));
                assert_eq!(doc.entities.len(), expected);
                doc.facts.people.len()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, recognize);
criterion_main!(benches);
