//! Throughput of every stage on real text: the shared corpus
//! (`../shared/corpus/saudinewsnet`, or `KHABAR_CORPUS`), else the samples.
//! Run with `cargo bench --bench pipeline`; criterion reports MB/s.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use khabar::document::Document;
use khabar::layout::Layout;
use khabar::normalize::Normalized;
use khabar::{Analyzer, Options, conditions, entities, input, output, quotes, segment};
use std::hint::black_box;
use std::path::{Path, PathBuf};

/// The allocator of the `analyze` binary, so that the figures are its own.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// About 4 MB of articles, as raw bytes, in sorted path order.
fn load_corpus() -> Vec<Vec<u8>> {
    let root = std::env::var_os("KHABAR_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/saudinewsnet"));
    let mut files = Vec::new();
    collect(&root, &mut files);
    if files.is_empty() {
        collect(&Path::new(env!("CARGO_MANIFEST_DIR")).join("samples"), &mut files);
    }
    files.sort();
    let mut total = 0;
    files
        .into_iter()
        .map_while(|p| {
            (total < 4 << 20).then(|| {
                let bytes = std::fs::read(p).unwrap_or_default();
                total += bytes.len();
                bytes
            })
        })
        .collect()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
}

fn stages(c: &mut Criterion) {
    let raw = load_corpus();
    let texts: Vec<String> = raw.iter().filter_map(|b| input::decode(b).ok().map(|d| d.text.into_owned())).collect();
    let bytes: u64 = texts.iter().map(|t| t.len() as u64).sum();
    let docs: Vec<Document> = texts.iter().map(|t| Document::new(t)).collect();
    let extractor = entities::Extractor::builtin();
    let found: Vec<_> = docs.iter().map(|d| extractor.extract(d)).collect();
    let said: Vec<_> = docs.iter().zip(&found).map(|(d, e)| quotes::extract(d, e)).collect();
    let analyzer = Analyzer::new(Options::default());
    let records: Vec<_> = texts.iter().map(|t| analyzer.analyze(t)).collect();

    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Bytes(bytes)).sample_size(10);
    g.bench_function("decode", |b| {
        b.iter(|| raw.iter().map(|r| input::decode(black_box(r)).is_ok() as usize).sum::<usize>())
    });
    g.bench_function("normalize", |b| {
        b.iter(|| texts.iter().map(|t| Normalized::new(black_box(t)).text.len()).sum::<usize>())
    });
    let norms: Vec<Normalized> = texts.iter().map(|t| Normalized::new(t)).collect();
    g.bench_function("segment", |b| {
        b.iter(|| norms.iter().map(|n| segment::segment(black_box(&n.text)).tokens.len()).sum::<usize>())
    });
    g.bench_function("layout", |b| {
        b.iter(|| docs.iter().map(|d| Layout::new(black_box(d.text()), &d.seg).related.len()).sum::<usize>())
    });
    g.bench_function("entities", |b| {
        b.iter(|| docs.iter().map(|d| extractor.extract(black_box(d)).len()).sum::<usize>())
    });
    g.bench_function("quotes", |b| {
        b.iter(|| docs.iter().zip(&found).map(|(d, e)| quotes::extract(black_box(d), e).len()).sum::<usize>())
    });
    g.bench_function("conditions", |b| {
        b.iter(|| docs.iter().zip(&said).map(|(d, q)| conditions::extract(black_box(d), q).len()).sum::<usize>())
    });
    g.bench_function("json", |b| {
        let mut out = Vec::new();
        b.iter(|| {
            out.clear();
            records.iter().for_each(|r| output::write_json(&mut out, black_box(r), false));
            out.len()
        })
    });
    g.bench_function("whole", |b| {
        b.iter(|| texts.iter().map(|t| analyzer.analyze(black_box(t)).stats.tokens).sum::<usize>())
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
