//! The `analyze` binary end to end: samples, inputs, output modes, exit codes.

mod common;

use assert_cmd::Command;
use common::{check_spans, records};
use std::fs;
use std::path::Path;

fn analyze() -> Command {
    Command::cargo_bin("analyze").unwrap()
}

fn decode_sample(path: &Path) -> String {
    let bytes = fs::read(path).unwrap();
    khabar::input::decode(&bytes).unwrap().text.into_owned()
}

#[test]
fn every_sample_gives_one_record_with_exact_spans() {
    let out = analyze().arg("samples").assert().success().get_output().stdout.clone();
    let recs = records(&out);
    let mut files: Vec<_> = fs::read_dir("samples").unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert_eq!(recs.len(), files.len());
    let mut spans = 0;
    for (rec, path) in recs.iter().zip(&files) {
        assert_eq!(rec["file"], path.to_str().unwrap(), "records come in sorted path order");
        assert_eq!(rec["schema_version"], 1);
        assert!(rec.get("error").is_none(), "{rec}");
        spans += check_spans(rec, &decode_sample(path));
    }
    assert!(spans > 10, "only {spans} spans checked");
}

#[test]
fn reports_encodings() {
    let out = analyze().args(["samples/legacy-windows-1256.txt", "samples/quotes.txt"]).assert().success();
    let recs = records(&out.get_output().stdout);
    assert_eq!(recs[0]["encoding"], "windows-1256");
    assert_eq!(recs[1]["encoding"], "utf-8");
    assert!(recs[0]["headline"]["text"].as_str().unwrap().contains("جدة"));
}

#[test]
fn scraped_page_layout() {
    let out = analyze().arg("samples/scraped-page.txt").assert().success();
    let rec = &records(&out.get_output().stdout)[0];
    assert_eq!(rec["source"]["text"], "وكالة الأنباء السعودية");
    assert!(rec["keywords"].as_array().unwrap().len() >= 3);
    let related: Vec<&str> = rec["related"].as_array().unwrap().iter().map(|r| r["text"].as_str().unwrap()).collect();
    assert!(related.len() >= 6, "{related:?}");
    assert!(related.iter().all(|r| !r.starts_with('•') && !r.starts_with(' ')));
}

#[test]
fn reads_standard_input() {
    let text = "قال الوزير إن المحادثات مستمرة.";
    for args in [vec!["-"], vec![]] {
        let out = analyze().args(&args).write_stdin(text).assert().success();
        let rec = &records(&out.get_output().stdout)[0];
        assert_eq!(rec["file"], "-");
        assert_eq!(rec["stats"]["chars"], text.chars().count());
    }
}

#[test]
fn jsonl_input_keeps_ids_and_order() {
    let input =
        "{\"id\": \"a\", \"text\": \"قال الوزير إن الاجتماع انتهى.\"}\nnot json\n{\"id\": 7, \"text\": \"السعودية\"}\n";
    let out = analyze().args(["--input", "jsonl"]).write_stdin(input).assert().code(1);
    let recs = records(&out.get_output().stdout);
    assert_eq!(recs.len(), 3);
    assert_eq!(recs[0]["id"], "a");
    assert_eq!(recs[1]["error"]["kind"], "bad_line");
    assert_eq!(recs[2]["id"], 7);
}

#[test]
fn pretty_and_compact() {
    let out = analyze().args(["--pretty", "samples/quotes.txt"]).assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.lines().count() > 10);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["schema_version"], 1);
    let out = analyze().args(["--compact", "samples/quotes.txt"]).assert().success();
    assert_eq!(String::from_utf8(out.get_output().stdout.clone()).unwrap().lines().count(), 1);
}

#[test]
fn optional_fields() {
    let out = analyze().args(["--sentences", "--tokens", "--normalized", "samples/diacritics.txt"]).assert().success();
    let rec = &records(&out.get_output().stdout)[0];
    let original = decode_sample(Path::new("samples/diacritics.txt"));
    assert!(check_spans(rec, &original) > 100);
    let normalized = rec["normalized"].as_str().unwrap();
    assert!(!normalized.contains('ـ') && !normalized.contains('\u{064E}'));
    let tokens = rec["tokens"].as_array().unwrap();
    assert_eq!(tokens.len(), rec["stats"]["tokens"].as_u64().unwrap() as usize);
    assert!(tokens.iter().any(|t| t["proclitics"].as_array().is_some_and(|p| p.len() >= 2)));
    assert_eq!(rec["sentences"].as_array().unwrap().len(), rec["stats"]["sentences"].as_u64().unwrap() as usize);
}

#[test]
fn bad_usage_exits_2() {
    analyze().arg("--no-such-flag").assert().code(2);
    analyze().args(["--max-bytes", "lots", "samples"]).assert().code(2);
}

#[test]
fn output_is_identical_whatever_the_jobs() {
    let one = analyze().args(["--jobs", "1", "samples", "samples/quotes.txt"]).assert().success();
    let four = analyze().args(["--jobs", "4", "samples", "samples/quotes.txt"]).assert().success();
    assert_eq!(one.get_output().stdout, four.get_output().stdout);
}
