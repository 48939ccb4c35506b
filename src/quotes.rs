//! Quotes: who said what, with cue, content and type.

use crate::document::Document;
use crate::output::{Entity, Quote};

/// Finds the attributed statements of a document.
pub fn extract(_doc: &Document, _entities: &[Entity]) -> Vec<Quote> {
    Vec::new()
}
