//! Whole-document snapshots of the samples (insta): any change in what the
//! analyzer finds in them shows up as a reviewable diff.
//! Update with `INSTA_UPDATE=always cargo test --test snapshots` after review.

use khabar::{Analyzer, Options};

fn snapshot(name: &str) {
    let bytes = std::fs::read(format!("samples/{name}.txt")).unwrap();
    let analyzer = Analyzer::new(Options { explain: true, ..Options::default() });
    let decoded = khabar::input::decode(&bytes).unwrap();
    let mut json = Vec::new();
    khabar::output::write_json(&mut json, &analyzer.analyze_decoded(&decoded, bytes.len()).unwrap(), true);
    // Named as before, so that the snapshot files keep their `expression`.
    let record = String::from_utf8(json).unwrap();
    insta::assert_snapshot!(name, record);
}

#[test]
fn conditions() {
    snapshot("conditions");
}

#[test]
fn diacritics() {
    snapshot("diacritics");
}

#[test]
fn entities() {
    snapshot("entities");
}

#[test]
fn legacy_windows_1256() {
    snapshot("legacy-windows-1256");
}

#[test]
fn quotes() {
    snapshot("quotes");
}

#[test]
fn scraped_page() {
    snapshot("scraped-page");
}
