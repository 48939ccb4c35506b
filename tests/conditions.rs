//! The conditions corpus (tests/data/conditions.json): every case through the
//! library, compared field by field, and every span checked against the text.

use khabar::{Analyzer, Options};
use serde_json::Value;

/// Cases that fail for a principled reason, by index, with the reason.
const KNOWN_FAILURES: &[(usize, &str)] = &[];

fn cases() -> Vec<Value> {
    let data = include_str!("data/conditions.json");
    serde_json::from_str::<Value>(data).unwrap().as_array().unwrap().clone()
}

fn slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// The extracted conditions of `text` as JSON values shaped like the corpus.
fn found(analyzer: &Analyzer, text: &str) -> Vec<Value> {
    let record = analyzer.analyze(text);
    record
        .conditions
        .iter()
        .map(|c| {
            for s in [Some(&c.marker), Some(&c.condition), c.consequent.as_ref()].into_iter().flatten() {
                assert_eq!(slice(text, s.start, s.end), s.text, "span mismatch in {text}");
            }
            assert!(c.rule.is_some(), "no rule in explain mode: {text}");
            serde_json::json!({
                "marker": c.marker.text,
                "type": c.kind.as_str(),
                "condition": c.condition.text,
                "consequent": c.consequent.as_ref().map(|s| s.text),
                "negated": c.negated,
            })
        })
        .collect()
}

#[test]
fn corpus_cases() {
    let analyzer = Analyzer::new(Options { explain: true, ..Options::default() });
    let mut failures = Vec::new();
    let mut passed = 0;
    for (i, case) in cases().iter().enumerate() {
        let text = case["text"].as_str().unwrap();
        let got = found(&analyzer, text);
        let want = case["expect"].as_array().unwrap();
        let ok = got.len() == want.len()
            && got
                .iter()
                .zip(want)
                .all(|(g, w)| ["marker", "type", "condition", "consequent", "negated"].iter().all(|k| g[k] == w[k]));
        let known = KNOWN_FAILURES.iter().any(|(k, _)| *k == i);
        if ok {
            passed += 1;
            assert!(!known, "case {i} passes now: remove it from KNOWN_FAILURES");
        } else if !known {
            failures.push(format!(
                "case {i}: {text}\n  want {}\n  got  {}",
                serde_json::to_string(want).unwrap(),
                serde_json::to_string(&got).unwrap()
            ));
        }
    }
    eprintln!("conditions corpus: {passed} passed, {} known failures", KNOWN_FAILURES.len());
    assert!(failures.is_empty(), "{} failing cases:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn without_explain_rules_are_dropped() {
    let analyzer = Analyzer::new(Options::default());
    let record = analyzer.analyze("ستضاعف الأمانة الغرامة إذا تكررت المخالفة.");
    assert_eq!(record.conditions.len(), 1);
    assert!(record.conditions[0].rule.is_none());
}

#[test]
fn boilerplate_sections_hold_no_conditions() {
    let analyzer = Analyzer::new(Options::default());
    let text =
        "عنوان الخبر هنا\n\nستضاعف الأمانة الغرامة إذا تكررت المخالفة.\n\nاقرأ أيضا:\nسيرتفع السعر إذا زاد الطلب\n";
    let record = analyzer.analyze(text);
    assert_eq!(record.conditions.len(), 1, "{:?}", record.conditions);
}
