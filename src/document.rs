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
#[derive(Debug, Clone)]
struct CharIndex {
    /// The code points before each block of `STRIDE` bytes (the last one
    /// maybe shorter), then all of them.
    checkpoints: Vec<u32>,
    /// The bytes of the text past its last whole block, padded to a whole
    /// one: a query counts in a whole block.
    tail: [u8; STRIDE],
}

const STRIDE: usize = 64;

/// `STRIDE` bytes set, then `STRIDE` clear: the `STRIDE` bytes from
/// `STRIDE - len` on keep the first `len` lanes of a block.
const LANE_MASKS: [u8; 2 * STRIDE] = {
    let mut masks = [0; 2 * STRIDE];
    let mut k = 0;
    while k < STRIDE {
        masks[k] = 0xFF;
        k += 1;
    }
    masks
};

/// Code points that start in the first `len` bytes of `block`, counted in
/// byte-wide lanes over the whole block, which vectorizes well.
fn char_starts(block: &[u8; STRIDE], len: usize) -> u8 {
    let keep = &LANE_MASKS[STRIDE - len..2 * STRIDE - len];
    block.iter().zip(keep).map(|(&b, &keep)| u8::from(b & 0xC0 != 0x80) & keep).sum()
}

impl CharIndex {
    fn new(text: &str) -> CharIndex {
        let (blocks, rest) = text.as_bytes().as_chunks::<STRIDE>();
        let mut checkpoints = Vec::with_capacity(blocks.len() + 2);
        let mut count = 0u32;
        for block in blocks {
            checkpoints.push(count);
            count += u32::from(char_starts(block, STRIDE));
        }
        let mut tail = [0; STRIDE];
        tail[..rest.len()].copy_from_slice(rest);
        checkpoints.push(count);
        checkpoints.push(count + u32::from(char_starts(&tail, rest.len())));
        CharIndex { checkpoints, tail }
    }

    fn chars_before(&self, text: &str, byte: usize) -> usize {
        assert!(byte <= text.len(), "byte {byte} past the text");
        let start = byte - byte % STRIDE;
        let block = text.as_bytes()[start..].first_chunk().unwrap_or(&self.tail);
        self.checkpoints[start / STRIDE] as usize + usize::from(char_starts(block, byte - start))
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
    use proptest::prelude::*;

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
        let texts = [
            "ا".repeat(100) + "abc" + &"ب".repeat(70),
            "a€😀ب".repeat(37),
            "x".repeat(128),
            "x".repeat(63),
            "ب".repeat(32) + "x",
            String::new(),
        ];
        for text in texts {
            let idx = CharIndex::new(&text);
            for (b, _) in text.char_indices() {
                assert_eq!(idx.chars_before(&text, b), text[..b].chars().count());
            }
            assert_eq!(idx.chars_before(&text, text.len()), text.chars().count());
        }
    }

    proptest! {
        #[test]
        fn char_index_counts_the_code_points_before_every_boundary(text in "(?s)[ا-ي a-z€😀\u{64B}\n.]{0,300}|(?s).{0,100}") {
            let idx = CharIndex::new(&text);
            for b in (0..=text.len()).filter(|&b| text.is_char_boundary(b)) {
                prop_assert_eq!(idx.chars_before(&text, b), text[..b].chars().count());
            }
        }
    }
}
