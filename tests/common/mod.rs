//! Helpers shared by the integration tests.
#![allow(dead_code)]

use khabar::Record;
use serde_json::Value;

/// The record as the program writes it, parsed back.
pub fn to_value(record: &Record) -> Value {
    let mut json = Vec::new();
    khabar::output::write_json(&mut json, record, false);
    serde_json::from_slice(&json).unwrap_or_else(|e| panic!("invalid JSON {}: {e}", String::from_utf8_lossy(&json)))
}

/// Checks every span object (`start`, `end`, `text`) anywhere in `record`:
/// `original[start..end] == text` in code points, and `start <= end`; a
/// mention's `extent` strictly holds the mention.
/// Returns how many spans were checked.
pub fn check_spans(record: &Value, original: &str) -> usize {
    let chars: Vec<char> = original.chars().collect();
    let mut checked = 0;
    let mut stack = vec![record];
    while let Some(v) = stack.pop() {
        match v {
            Value::Object(map) => {
                if let (Some(s), Some(e), Some(t)) = (map.get("start"), map.get("end"), map.get("text")) {
                    let (s, e) = (s.as_u64().unwrap() as usize, e.as_u64().unwrap() as usize);
                    assert!(s <= e && e <= chars.len(), "span {s}..{e} out of bounds ({} chars)", chars.len());
                    let sliced: String = chars[s..e].iter().collect();
                    assert_eq!(sliced, t.as_str().unwrap(), "span {s}..{e}");
                    checked += 1;
                    // A mention's extent holds its name.
                    if let Some(x) = map.get("extent") {
                        let (xs, xe) = (x["start"].as_u64().unwrap() as usize, x["end"].as_u64().unwrap() as usize);
                        assert!(xs <= s && e <= xe && (xs, xe) != (s, e), "extent {xs}..{xe} around {s}..{e}");
                    }
                }
                stack.extend(map.values());
            }
            Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    checked
}

/// Parses JSON Lines output.
pub fn records(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8(stdout.to_vec())
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("invalid JSON line {l:?}: {e}")))
        .collect()
}
