//! Mutation soak test: the fuzzing stand-in where no nightly toolchain is
//! available for cargo-fuzz. It takes real articles (the shared corpus, or
//! the samples), flips, truncates, splices, duplicates and inserts bytes,
//! and runs decoding plus the whole analysis on each mutant, checking that
//! nothing panics and that every span slices the decoded text.
//!
//! `cargo test --test soak` runs a short soak; `KHABAR_SOAK_SECS=600 cargo
//! test --release --test soak -- --nocapture` runs ten minutes and prints
//! the number of executions.

mod common;

use khabar::{Analyzer, Options};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// xorshift64*: a small deterministic generator, so that a failure repeats.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn seeds() -> Vec<Vec<u8>> {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/saudinewsnet/2015-07-21");
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut files: Vec<PathBuf> = Vec::new();
    for dir in [corpus, samples] {
        if let Ok(entries) = std::fs::read_dir(dir) {
            files.extend(entries.flatten().map(|e| e.path()));
        }
    }
    files.sort();
    files.iter().take(400).filter_map(|p| std::fs::read(p).ok()).collect()
}

/// Interesting bytes to insert: quote marks, Arabic letters and markers,
/// line ends, a NUL, a lone UTF-8 lead byte.
const INSERTS: &[&[u8]] = &[
    "\"".as_bytes(),
    "«".as_bytes(),
    "»".as_bytes(),
    "قال".as_bytes(),
    "إلا إذا".as_bytes(),
    "ما لم".as_bytes(),
    "وبالسعودية".as_bytes(),
    "\u{064E}".as_bytes(),
    "\r\n".as_bytes(),
    "\n\n".as_bytes(),
    ".".as_bytes(),
    "://".as_bytes(),
    &[0xD8],
    &[0],
];

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut data = seeds[rng.below(seeds.len())].clone();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(data.len() + 1);
        match rng.below(6) {
            0 if !data.is_empty() => {
                let i = at.min(data.len() - 1);
                data[i] ^= 1 << rng.below(8);
            }
            1 => data.truncate(at),
            2 => {
                let other = &seeds[rng.below(seeds.len())];
                let from = rng.below(other.len() + 1);
                data.splice(at..at, other[from..].iter().take(rng.below(400)).copied());
            }
            3 => {
                let end = (at + rng.below(200)).min(data.len());
                let piece = data[at..end].to_vec();
                data.splice(at..at, piece.iter().chain(&piece).copied());
            }
            _ => {
                let insert = INSERTS[rng.below(INSERTS.len())];
                data.splice(at..at, insert.iter().copied());
            }
        }
    }
    data
}

#[test]
fn mutated_articles_never_panic() {
    let seeds = seeds();
    assert!(!seeds.is_empty(), "no seed articles");
    let secs = std::env::var("KHABAR_SOAK_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(3);
    let analyzer = Analyzer::new(Options { sentences: true, tokens: true, ..Options::default() });
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let deadline = Instant::now() + Duration::from_secs(secs);
    let mut runs = 0u64;
    while Instant::now() < deadline {
        let data = mutate(&mut rng, &seeds);
        let checked = std::panic::catch_unwind(|| {
            if let Ok(decoded) = khabar::input::decode(&data)
                && let Ok(record) = analyzer.analyze_decoded(&decoded, data.len())
            {
                common::check_spans(&common::to_value(&record), &decoded.text);
            }
        });
        if checked.is_err() {
            let path = std::env::temp_dir().join(format!("khabar-soak-crash-{runs}.txt"));
            std::fs::write(&path, &data).unwrap();
            panic!("crash after {runs} executions; input saved to {}", path.display());
        }
        runs += 1;
    }
    println!("soak: {runs} executions in {secs} s, no panic");
    assert!(runs > 0);
}
