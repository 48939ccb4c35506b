//! Conditions: conditional statements with marker, condition and consequent.

use crate::document::Document;
use crate::output::{Condition, Quote};

/// Finds the conditional statements of a document.
pub fn extract(_doc: &Document, _quotes: &[Quote]) -> Vec<Condition> {
    Vec::new()
}
