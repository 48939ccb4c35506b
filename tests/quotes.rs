//! Quote extraction: the corpus of tests/data/quotes.json, one written
//! example per construction, negative cases, and span integrity.

use khabar::output::{Quote, QuoteType};
use khabar::{Analyzer, Options};
use serde_json::Value;

fn analyze(text: &str) -> Vec<Quote> {
    let record = Analyzer::new(Options { explain: true, ..Options::default() }).analyze(text);
    for q in &record.quotes {
        let spans = [Some(&q.cue), Some(&q.content), q.speaker.as_ref()];
        for s in spans.into_iter().flatten() {
            let sliced: String = text.chars().skip(s.start).take(s.end - s.start).collect();
            assert_eq!(sliced, s.text, "span {}..{} of {text:?}", s.start, s.end);
        }
    }
    record.quotes
}

fn kind(k: QuoteType) -> &'static str {
    match k {
        QuoteType::Direct => "direct",
        QuoteType::Indirect => "indirect",
        QuoteType::Mixed => "mixed",
    }
}

/// (speaker, cue, content, type) of each quote.
fn rows(quotes: &[Quote]) -> Vec<(String, String, String, String)> {
    quotes
        .iter()
        .map(|q| {
            (
                q.speaker.as_ref().map_or(String::new(), |s| s.text.clone()),
                q.cue.text.clone(),
                q.content.text.clone(),
                kind(q.kind).to_string(),
            )
        })
        .collect()
}

/// Cases of the corpus that fail for a principled reason (index, reason).
const KNOWN_FAILURES: &[(usize, &str)] = &[];

#[test]
fn corpus() {
    let data: Vec<Value> = serde_json::from_str(include_str!("data/quotes.json")).unwrap();
    let mut passed = 0;
    let mut failures = Vec::new();
    for (i, case) in data.iter().enumerate() {
        let text = case["text"].as_str().unwrap();
        let expect: Vec<(String, String, String, String)> = case["expect"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                let f = |k: &str| e[k].as_str().unwrap().to_string();
                (f("speaker"), f("cue"), f("content"), f("type"))
            })
            .collect();
        let got = rows(&analyze(text));
        if got == expect {
            passed += 1;
        } else {
            failures.push(i);
            eprintln!("case {i}: {text}\n  expected {expect:?}\n  got      {got:?}");
        }
    }
    eprintln!("quotes corpus: {passed}/{} passed", data.len());
    let known: Vec<usize> = KNOWN_FAILURES.iter().map(|k| k.0).collect();
    assert_eq!(failures, known, "failures other than the known ones");
    assert_eq!(passed, data.len() - KNOWN_FAILURES.len());
}
