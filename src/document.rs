//! The document value that every stage reads and fills: the original text,
//! its normalized view, segmentation and layout.

use crate::layout::{Layout, Section};
use crate::normalize::Normalized;
use crate::output::Span;
use crate::segment::{self, Segmentation, Sentence, Token};

/// A byte range of the normalized text, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Range {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Range {
    /// A range from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Range {
        Range { start, end }
    }

    /// True when the range holds no byte.
    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    /// True when `other` lies inside this range.
    pub fn contains(&self, other: Range) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Converts byte offsets of the original text into code-point offsets in
/// constant time per query, with a checkpoint every 64 bytes.
#[derive(Debug, Clone, Default)]
struct CharIndex {
    checkpoints: Vec<u32>,
}

const STRIDE: usize = 64;

/// Code points that start in `bytes` (at most 255 bytes), counted in
/// byte-wide lanes, which vectorizes well.
fn char_starts(bytes: &[u8]) -> u8 {
    bytes.iter().map(|&b| u8::from(b & 0xC0 != 0x80)).sum()
}

impl CharIndex {
    fn new(text: &str) -> CharIndex {
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut count = 0u32;
        for chunk in text.as_bytes().chunks(STRIDE) {
            checkpoints.push(count);
            count += u32::from(char_starts(chunk));
        }
        checkpoints.push(count);
        CharIndex { checkpoints }
    }

    fn chars_before(&self, text: &str, byte: usize) -> usize {
        let block = byte / STRIDE;
        let base = self.checkpoints[block] as usize;
        base + usize::from(char_starts(&text.as_bytes()[block * STRIDE..byte]))
    }
}

/// One analyzed document.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    /// The decoded original text; every output span points into it.
    pub original: &'a str,
    /// The normalized view used for matching.
    pub norm: Normalized,
    /// Paragraphs, sentences and tokens of the normalized text.
    pub seg: Segmentation,
    /// Headline, body and boilerplate sections.
    pub layout: Layout,
    chars: CharIndex,
}

impl<'a> Document<'a> {
    /// Normalizes, segments and lays out `original`.
    pub fn new(original: &'a str) -> Document<'a> {
        let norm = Normalized::new(original);
        let seg = segment::segment(&norm.text);
        let layout = Layout::new(&norm.text, &seg);
        Document { original, norm, seg, layout, chars: CharIndex::new(original) }
    }

    /// The number of code points of the original text.
    pub fn char_count(&self) -> usize {
        self.chars.checkpoints.last().map_or(0, |&n| n as usize)
    }

    /// The normalized text.
    pub fn text(&self) -> &str {
        &self.norm.text
    }

    /// The normalized text of a range.
    pub fn slice(&self, r: Range) -> &str {
        &self.norm.text[r.start..r.end]
    }

    /// The tokens.
    pub fn tokens(&self) -> &[Token] {
        &self.seg.tokens
    }

    /// The sentences.
    pub fn sentences(&self) -> &[Sentence] {
        &self.seg.sentences
    }

    /// The normalized text of token `i`.
    pub fn token_text(&self, i: usize) -> &str {
        self.slice(self.seg.tokens[i].range)
    }

    /// The original byte range of a normalized range.
    pub fn orig_bytes(&self, r: Range) -> (usize, usize) {
        if r.is_empty() {
            let s = self.norm.orig_start(r.start);
            return (s, s);
        }
        (self.norm.orig_start(r.start), self.norm.orig_end(self.original, r.end))
    }

    /// The original text of a normalized range, as written.
    pub fn original_text(&self, r: Range) -> &'a str {
        let (s, e) = self.orig_bytes(r);
        &self.original[s..e]
    }

    /// The output span (code points of the original) of a normalized range.
    pub fn span(&self, r: Range) -> Span<'a> {
        let (s, e) = self.orig_bytes(r);
        Span {
            start: self.chars.chars_before(self.original, s),
            end: self.chars.chars_before(self.original, e),
            text: &self.original[s..e],
        }
    }

    /// The section that holds normalized byte `pos`.
    pub fn section_at(&self, pos: usize) -> Section {
        self.layout.section_at(pos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_count_code_points_of_the_original() {
        let original = "قالَ الوزيرُ: «نعم»";
        let doc = Document::new(original);
        for t in doc.tokens() {
            let span = doc.span(t.range);
            let sliced: String = original.chars().skip(span.start).take(span.end - span.start).collect();
            assert_eq!(sliced, span.text);
        }
        assert_eq!(doc.span(doc.tokens()[1].range).text, "الوزيرُ");
    }

    #[test]
    fn char_index_matches_naive_count() {
        for text in ["ا".repeat(100) + "abc" + &"ب".repeat(70), "a€😀ب".repeat(37), "x".repeat(128), String::new()]
        {
            let idx = CharIndex::new(&text);
            for (b, _) in text.char_indices() {
                assert_eq!(idx.chars_before(&text, b), text[..b].chars().count());
            }
            assert_eq!(idx.chars_before(&text, text.len()), text.chars().count());
        }
    }
}
