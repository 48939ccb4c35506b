//! Inputs that once crashed the analyzer (found by the soak test in
//! tests/soak.rs), kept so that they never come back.

use khabar::{Analyzer, Options};

fn analyze(text: &str) {
    let record = Analyzer::new(Options::default()).analyze(text);
    assert!(record.stats.tokens > 0);
}

/// A marker word (في) as the last token of the document: the condition
/// rules looked one token past the end.
#[test]
fn marker_word_at_the_very_end() {
    analyze("وكالة الأنباء الكندية التي تأسست في");
    analyze("في");
    analyze("إلا");
    analyze("على");
    analyze("ما");
}
