//! Tokenizer throughput on synthetic news, in bytes per second.
#![allow(missing_docs)] // criterion_group! generates undocumented public functions
//!
//! `cargo bench --bench tokenize`. Target (issue 2): at least 200 MB/s on one core for the
//! token iterator. Every timed closure checks that it produced tokens, so a tokenizer
//! that silently returns nothing fails instead of looking fast.

mod corpus;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use warta::tokenize::Tokenizer;

fn tokenize(c: &mut Criterion) {
    let tokenizer = Tokenizer::new();
    let mut group = c.benchmark_group("tokenize");
    for size in [1 << 10, 64 << 10, 1 << 20] {
        let text = corpus::Corpus::new(42).text(size);
        let expected = tokenizer.tokens(&text).count();
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("tokens", size), &text, |b, text| {
            b.iter(|| {
                let n = tokenizer.tokens(black_box(text)).count();
                assert_eq!(n, expected);
                n
            })
        });
        group.bench_with_input(BenchmarkId::new("analyze", size), &text, |b, text| {
            b.iter(|| {
                let analysis = tokenizer.analyze(black_box(text));
                assert_eq!(analysis.tokens.len(), expected);
                analysis.sentences.len()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, tokenize);
criterion_main!(benches);
