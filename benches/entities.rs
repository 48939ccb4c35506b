//! Entity extraction alone (documents built beforehand), over a few MB of
//! the SaudiNewsNet corpus. Skipped when the corpus is absent.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use khabar::Document;
use khabar::entities::Extractor;
use std::path::Path;

/// The allocator of the `analyze` binary, so that the figures are its own.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const CORPUS: &str = "/work/shared/corpus/saudinewsnet";
const BYTES: usize = 4 << 20;

fn load() -> Vec<String> {
    if !Path::new(CORPUS).is_dir() {
        return Vec::new();
    }
    let mut files: Vec<_> = walkdir::WalkDir::new(CORPUS)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect();
    files.sort();
    let mut out = Vec::new();
    let mut total = 0;
    for f in files {
        if total >= BYTES {
            break;
        }
        if let Ok(text) = std::fs::read_to_string(&f) {
            total += text.len();
            out.push(text);
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let texts = load();
    if texts.is_empty() {
        eprintln!("entities bench: {CORPUS} not found, skipped");
        return;
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let docs: Vec<Document> = texts.iter().map(|t| Document::new(t)).collect();
    let extractor = Extractor::builtin();
    let mut group = c.benchmark_group("entities");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("extract", |b| b.iter(|| docs.iter().map(|d| extractor.extract(d).len()).sum::<usize>()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
