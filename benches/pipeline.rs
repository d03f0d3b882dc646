//! Throughput of each stage and of the whole pipeline, from 1 KB to 10 MB, on the
//! project's synthetic news and on a real corpus when `WARTA_BENCH_CORPUS=DIR` is set.
//!
//! `cargo bench --bench pipeline`. Targets (issues 4 and 6), one core: recognition at
//! least 80 MB/s, the full pipeline at least 50 MB/s, cost linear in the input size.
//!
//! * `stage/{tokenize,recognize,relations}/SIZE`: each stage alone on one document of
//!   SIZE bytes (recognition includes tokenization, as `Recognizer::recognize` does;
//!   relations start from a ready analysis and entities).
//! * `pipeline/extract/SIZE`: `Pipeline::extract` on one document of SIZE bytes.
//! * `pipeline/articles/1048576`: about 1 MB of separate articles, each extracted on its
//!   own, as a batch run sees them.
//! * `corpus/*`: the same over the real corpus, all documents per iteration.
//!
//! Every timed closure checks the size of its result, so a stage that silently finds
//! nothing fails instead of looking fast.
#![allow(missing_docs)] // criterion_group! generates undocumented public functions

mod corpus;

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use warta::Pipeline;
use warta::gazetteer::Gazetteer;
use warta::ner::{Options, Recognizer};
use warta::relation::Extractor;
use warta::tokenize::Tokenizer;

/// Document sizes of the linearity series: 1 KB to 10 MB.
const SIZES: &[usize] = &[1 << 10, 16 << 10, 256 << 10, 1 << 20, 10 << 20];

fn configure(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    size: usize,
) {
    // Large inputs take a second per iteration: fewer samples, enough time.
    if size >= 1 << 20 {
        group.sample_size(10).measurement_time(Duration::from_secs(20));
    } else {
        group.sample_size(30).measurement_time(Duration::from_secs(5));
    }
}

fn stages(c: &mut Criterion) {
    let tokenizer = Tokenizer::new();
    let recognizer = Recognizer::embedded();
    let extractor = Extractor::new(Gazetteer::embedded());
    let pipeline = Pipeline::new();
    let mut group = c.benchmark_group("stage");
    for &size in SIZES {
        let text = corpus::Corpus::new(7).text(size);
        configure(&mut group, size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        let tokens = tokenizer.analyze(&text).tokens.len();
        group.bench_with_input(BenchmarkId::new("tokenize", size), &text, |b, text| {
            b.iter(|| {
                let analysis = tokenizer.analyze(black_box(text));
                assert_eq!(analysis.tokens.len(), tokens);
                analysis.sentences.len()
            })
        });
        let entities = recognizer.recognize(&text).len();
        assert!(entities > text.len() / 200, "the corpus yields entities");
        group.bench_with_input(BenchmarkId::new("recognize", size), &text, |b, text| {
            b.iter(|| {
                let n = recognizer.recognize(black_box(text)).len();
                assert_eq!(n, entities);
                n
            })
        });
        let analysis = tokenizer.analyze(&text);
        let found = recognizer.recognize_analysis(&analysis, &Options::default());
        let people = extractor.extract(&analysis, &found).people.len();
        assert!(people > 0, "the corpus yields people");
        group.bench_with_input(BenchmarkId::new("relations", size), &text, |b, _| {
            b.iter(|| {
                let n = extractor.extract(black_box(&analysis), black_box(&found)).people.len();
                assert_eq!(n, people);
                n
            })
        });
        drop(pipeline.extract(&text)); // warm the allocator the same way for every size
    }
    group.finish();
}

fn pipeline(c: &mut Criterion) {
    let pipeline = Pipeline::new();
    let mut group = c.benchmark_group("pipeline");
    for &size in SIZES {
        let text = corpus::Corpus::new(7).text(size);
        configure(&mut group, size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        let entities = pipeline.extract(&text).entities.len();
        group.bench_with_input(BenchmarkId::new("extract", size), &text, |b, text| {
            b.iter(|| {
                let doc = pipeline.extract(black_box(text));
                assert_eq!(doc.entities.len(), entities);
                doc.facts.people.len()
            })
        });
    }
    let articles = corpus::Corpus::new(11).articles(1 << 20);
    let bytes: usize = articles.iter().map(String::len).sum();
    configure(&mut group, bytes);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_with_input(BenchmarkId::new("articles", 1 << 20), &articles, |b, articles| {
        b.iter(|| {
            articles.iter().map(|a| pipeline.extract(black_box(a)).entities.len()).sum::<usize>()
        })
    });
    group.finish();
}

fn real_corpus(c: &mut Criterion) {
    let Some(docs) = corpus::real() else { return };
    let pipeline = Pipeline::new();
    let tokenizer = Tokenizer::new();
    let recognizer = Recognizer::embedded();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut group = c.benchmark_group("corpus");
    configure(&mut group, bytes);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_with_input(BenchmarkId::new("tokenize", docs.len()), &docs, |b, docs| {
        b.iter(|| docs.iter().map(|d| tokenizer.analyze(black_box(d)).tokens.len()).sum::<usize>())
    });
    group.bench_with_input(BenchmarkId::new("recognize", docs.len()), &docs, |b, docs| {
        b.iter(|| docs.iter().map(|d| recognizer.recognize(black_box(d)).len()).sum::<usize>())
    });
    group.bench_with_input(BenchmarkId::new("extract", docs.len()), &docs, |b, docs| {
        b.iter(|| docs.iter().map(|d| pipeline.extract(black_box(d)).entities.len()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, stages, pipeline, real_corpus);
criterion_main!(benches);
