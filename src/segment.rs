//! Segmentation of the normalized text: paragraphs, sentences, tokens, and a
//! clitic analysis of each word.
//!
//! All ranges are byte ranges of the normalized text; `Document::span` maps
//! them back to the original.

use crate::document::Range;
use crate::normalize::char_at;

/// The kind of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A run of letters.
    Word,
    /// A run of digits, with inner decimal or thousands separators.
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// A token: a word, a number or one punctuation mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the normalized text.
    pub range: Range,
    /// What it is.
    pub kind: TokenKind,
    /// The key of its ends, which `EndLetters::may_hold_token` tests: made
    /// once here for the word lists of every stage.
    ends: u32,
}

/// A sentence: its byte range and the tokens inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the normalized text.
    pub range: Range,
    /// Index of the first token and one past the last.
    pub tokens: (u32, u32),
    /// Index of the paragraph it belongs to.
    pub paragraph: u32,
}

/// Result of segmenting a normalized text.
#[derive(Debug, Default, Clone)]
pub struct Segmentation {
    /// Non-blank lines: in news text a line is a paragraph.
    pub paragraphs: Vec<Range>,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
    /// Tokens in text order.
    pub tokens: Vec<Token>,
}

/// One way of reading the proclitics glued to the front of a word
/// (و/ف, then ب/ل/ك, then the article ال, with ل + ال written لل).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split {
    /// The conjunction و or ف, if any.
    pub conj: Option<char>,
    /// The preposition ب, ل or ك, if any.
    pub prep: Option<char>,
    /// Whether the stem carries the article (ال, or the ل of a contracted لل).
    pub article: bool,
    /// Byte offset in the word where the stem starts. When `article` is true
    /// and the article was written out in full, the stem starts at its ا.
    pub stem: usize,
}

impl Split {
    /// The proclitics of this split, in order, as written (`و`, `ب`, `ال`).
    pub fn proclitic_names(&self) -> Vec<&'static str> {
        let name = |c: char| match c {
            'و' => "و",
            'ف' => "ف",
            'ب' => "ب",
            'ل' => "ل",
            _ => "ك",
        };
        let mut out: Vec<&'static str> = self.conj.into_iter().chain(self.prep).map(name).collect();
        if self.article {
            out.push("ال");
        }
        out
    }
}

/// Sentence-final punctuation (after normalization).
pub fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '؛' | '…')
}

/// Closing marks that belong to the sentence they follow.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '»' | '’' | ')' | ']' | '}' | '›')
}

/// Letters (and diacritics), as the tokenizer sees them.
pub fn is_word_char(c: char) -> bool {
    match c {
        // Fast paths for the letters news text is made of.
        'a'..='z' | 'A'..='Z' | '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => true,
        _ if c.is_ascii() => false,
        '،' | '؛' | '؟' | '«' | '»' | '“' | '”' | '‘' | '’' | '–' | '—' | '…' => false,
        _ => c.is_alphabetic() || crate::normalize::is_diacritic(c),
    }
}

/// Splits `text` (already normalized) into paragraphs, sentences and tokens.
pub fn segment(text: &str) -> Segmentation {
    // News text has a token every ten bytes or so, a sentence every 300
    // and a paragraph every 500: room for all of them from the start,
    // rather than growing (and copying) the vectors.
    let mut seg = Segmentation {
        tokens: Vec::with_capacity(text.len() / 8),
        sentences: Vec::with_capacity(text.len() / 128),
        paragraphs: Vec::with_capacity(text.len() / 256),
    };
    // The sentence-final marks of the line at hand, by token index.
    let mut terminators = Vec::new();
    let mut line_start = 0;
    loop {
        let first = seg.tokens.len();
        terminators.clear();
        let line_end = tokenize_line(text, line_start, &mut seg.tokens, &mut terminators);
        // A line with a token is a paragraph, from its first token to its
        // last: the normalized text holds no white space but ASCII, which
        // is all between tokens.
        if let (Some(head), Some(tail)) = (seg.tokens.get(first), seg.tokens.last()) {
            let index = seg.paragraphs.len() as u32;
            seg.paragraphs.push(Range::new(head.range.start, tail.range.end));
            split_sentences(text, first, index, &mut seg, &terminators);
        }
        if line_end == text.len() {
            return seg;
        }
        line_start = line_end + 1;
    }
}

/// Splits the tokens of a paragraph, from token `base` to the last, into
/// sentences at its sentence-final marks (`terminators`).
fn split_sentences(text: &str, base: usize, paragraph: u32, seg: &mut Segmentation, terminators: &[usize]) {
    let count = seg.tokens.len() - base;
    let first_char = |t: &Token| text[t.range.start..].chars().next().unwrap_or(' ');
    let mut start = 0;
    for &t in terminators {
        let i = t - base;
        let tokens = &seg.tokens[base..];
        // (A terminator in the run of marks that closed the sentence before
        // is passed.)
        if i >= start && !is_abbreviation(text, tokens, i) {
            let mut j = i + 1;
            while j < count && tokens[j].kind == TokenKind::Punct {
                let d = first_char(&tokens[j]);
                // A straight quote glued to the next word opens a quotation.
                let opens = matches!(d, '"' | '\'') && text[tokens[j].range.end..].starts_with(is_word_char);
                if !(is_terminator(d) || is_closer(d)) || opens {
                    break;
                }
                j += 1;
            }
            push_sentence(seg, base, start, j, paragraph);
            start = j;
        }
    }
    if start < count {
        push_sentence(seg, base, start, count, paragraph);
    }
}

fn push_sentence(seg: &mut Segmentation, base: usize, from: usize, to: usize, paragraph: u32) {
    let range = Range::new(seg.tokens[base + from].range.start, seg.tokens[base + to - 1].range.end);
    seg.sentences.push(Sentence { range, tokens: ((base + from) as u32, (base + to) as u32), paragraph });
}

/// A full stop after a one-letter word (د. م. أ.) marks an abbreviation.
fn is_abbreviation(text: &str, tokens: &[Token], i: usize) -> bool {
    if &text[tokens[i].range.start..tokens[i].range.end] != "." || i == 0 {
        return false;
    }
    let prev = tokens[i - 1];
    prev.kind == TokenKind::Word
        && prev.range.end == tokens[i].range.start
        && text[prev.range.start..prev.range.end].chars().count() == 1
}

/// Byte length of the character at byte `i` of `text` when it is a letter
/// (see `is_word_char`), else 0. ASCII is decided on its byte; the Arabic
/// letters of `ARABIC_LETTERS` never come here (`arabic_end` takes them).
#[inline]
fn word_char_len(text: &str, i: usize) -> usize {
    match text.as_bytes()[i] {
        b @ 0..0x80 => usize::from(b.is_ascii_alphabetic()),
        _ => {
            let (c, len) = char_at(text, i);
            if is_word_char(c) { len } else { 0 }
        }
    }
}

/// The Arabic letters U+0621..U+063A and U+0641..U+064A by lead byte (0xD8,
/// 0xD9) and the low six bits of the next byte: a bit set per letter.
const ARABIC_LETTERS: [u64; 2] = [
    ((1 << 0x3B) - 1) & !((1 << 0x21) - 1), // 0xD8 0xA1..=0xBA
    ((1 << 0x0B) - 1) & !((1 << 0x01) - 1), // 0xD9 0x81..=0x8A
];

/// Where the run of letters from byte `i` of `text` ends, at `end` at most.
/// (Inlined always: the tokenizer calls it for each token.)
#[inline(always)]
pub(crate) fn word_end(text: &str, mut i: usize, end: usize) -> usize {
    let bytes = &text.as_bytes()[..end];
    loop {
        i = arabic_end(bytes, i);
        // The space after nearly every word, told apart at once.
        if bytes.get(i).is_none_or(|&b| b == b' ') {
            return i;
        }
        let len = word_char_len(text, i);
        if len == 0 {
            return i;
        }
        i += len;
    }
}

/// Where the run of Arabic letters (`ARABIC_LETTERS`) from byte `i` of
/// `bytes` ends: sixteen bytes at a time where SSE2 is at hand, with no
/// branch on where in them the run ends, then a letter at a time.
#[inline]
fn arabic_end(bytes: &[u8], mut i: usize) -> usize {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    while let Some(chunk) = bytes.get(i..).and_then(<[u8]>::first_chunk) {
        // SAFETY: `letter_leads` only needs SSE2, which this build enables
        // for every CPU it runs on (the cfg above; x86_64's baseline).
        let leads = unsafe { letter_leads(chunk) };
        // A letter holds its lead byte and the next: the run is the bits
        // set from bit 0 on, 17 when the last lead's letter ends the chunk.
        let run = (leads | leads << 1).trailing_ones() as usize;
        i += run;
        if run < 16 {
            return i;
        }
    }
    while let [lead @ (0xD8 | 0xD9), next, ..] = bytes[i..]
        && ARABIC_LETTERS[usize::from(lead & 1)] >> (next & 0x3F) & 1 != 0
    {
        i += 2;
    }
    i
}

/// Bit `k` is set when bytes `k` and `k + 1` of `chunk` are one of the
/// Arabic letters of `ARABIC_LETTERS`.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
fn letter_leads(chunk: &[u8; 17]) -> u32 {
    use crate::pairs::{Pairs, and, is, mask, or, within};
    let Pairs { lead, next } = Pairs::of(chunk);
    let d8 = and(is(lead, 0xD8), within(next, 0xA1, 0xBA));
    let d9 = and(is(lead, 0xD9), within(next, 0x81, 0x8A));
    mask(or(d8, d9))
}

/// Tokenizes the line of `text` that starts at byte `i`, appending to
/// `out`, and the index of each sentence-final mark to `terminators`.
/// Returns where the line ends: at its `\n`, or at the end of the text.
fn tokenize_line(text: &str, mut i: usize, out: &mut Vec<Token>, terminators: &mut Vec<usize>) -> usize {
    let bytes = text.as_bytes();
    while i < bytes.len() {
        if bytes[i] == b' ' {
            i += 1;
            continue;
        }
        let start = i;
        let word = word_end(text, i, bytes.len());
        let kind = if word > i {
            i = word;
            TokenKind::Word
        } else {
            let (c, len) = char_at(text, i);
            if c == '\n' {
                return i;
            }
            i += len;
            if c.is_whitespace() {
                continue;
            }
            if c.is_ascii_digit() {
                while i < bytes.len() {
                    let (d, dl) = char_at(text, i);
                    let inner = matches!(d, '.' | ',' | '٫' | '٬') && bytes.get(i + dl).is_some_and(u8::is_ascii_digit);
                    if !(d.is_ascii_digit() || inner) {
                        break;
                    }
                    i += dl;
                }
                TokenKind::Number
            } else {
                if is_terminator(c) {
                    terminators.push(out.len());
                }
                TokenKind::Punct
            }
        };
        let range = Range::new(start, i);
        out.push(Token { range, kind, ends: token_key(text, range) });
    }
    i
}

/// The ends of the words of a word list: a test that rules nearly every
/// other word out before a lookup in the list. A word is keyed by its first
/// four bytes, its last four and its length (for an Arabic word, its first
/// two letters, its last two and its length), hashed to one bit of a 16 KiB
/// table: common words that merely start and end as a listed word does
/// (من، الى، التي) are ruled out, and a word passes about as often as it is
/// listed, so the branch on the test is predicted.
#[derive(Debug, Clone)]
pub struct EndLetters {
    bits: [u64; 1 << KEY_BITS >> 6],
}

/// Bits of a key: the table holds 2^17 bits.
const KEY_BITS: u32 = 17;

impl EndLetters {
    /// The keys of `words`.
    pub fn of<'a>(words: impl Iterator<Item = &'a str>) -> EndLetters {
        let mut bits = [0; 1 << KEY_BITS >> 6];
        for k in words.filter(|w| !w.is_empty()).map(end_key) {
            bits[k >> 6] |= 1 << (k & 63);
        }
        EndLetters { bits }
    }

    /// Whether `w` starts, ends and runs as long as one of the words does
    /// (or shares the hash of one).
    #[inline]
    pub fn may_hold(&self, w: &str) -> bool {
        !w.is_empty() && self.holds(end_key(w))
    }

    /// `may_hold` of a token's text, on the key the tokenizer made.
    #[inline]
    pub fn may_hold_token(&self, t: &Token) -> bool {
        self.holds(t.ends as usize)
    }

    #[inline]
    fn holds(&self, k: usize) -> bool {
        self.bits[k >> 6] & 1 << (k & 63) != 0
    }
}

/// The key of the non-empty token `r` of `text` (`end_key`), its ends read
/// as two whole 4-byte words of the text rather than a byte at a time.
#[inline]
fn token_key(text: &str, r: Range) -> u32 {
    let b = text.as_bytes();
    let k = match (b.get(r.start..r.start + 4), r.end.checked_sub(4).map(|s| &b[s..r.end])) {
        (Some(head), Some(tail)) => {
            let word = |four: &[u8]| u32::from_le_bytes(four.try_into().unwrap());
            key(word(head), word(tail), r.end - r.start)
        }
        // A token at an end of the text.
        _ => end_key(&text[r.start..r.end]),
    };
    k as u32
}

/// The key of a non-empty `w`. Its bytes are read at indices clamped into
/// it, with no branch on its length, which varies from word to word.
#[inline]
fn end_key(w: &str) -> usize {
    let b = w.as_bytes();
    let n = b.len();
    let head = (0..4).fold(0, |k, i| k | u32::from(b[i.min(n - 1)]) << (8 * i));
    let tail = (0..4).fold(0, |k, i| k | u32::from(b[(n + i).saturating_sub(4)]) << (8 * i));
    key(head, tail, n)
}

/// The key of a word of `n` bytes (`n > 0`), from the four bytes at its
/// start (`head`) and the four that end where it ends (`tail`), read as
/// little-endian numbers: of them, only the word's own count (its first and
/// last min(n, 4) bytes).
#[inline]
fn key(head: u32, tail: u32, n: usize) -> usize {
    const MIX: u64 = 0x9E37_79B9_7F4A_7C15;
    let outside = 8 * (4 - n.min(4)) as u32;
    let (head, tail) = (head & u32::MAX >> outside, tail >> outside);
    let h = (u64::from(head) << 32 | u64::from(tail)).wrapping_mul(MIX) ^ n as u64;
    (h.wrapping_mul(MIX) >> (64 - KEY_BITS)) as usize
}

/// Every plausible proclitic split of a normalized word, longest prefix
/// first, keeping a stem of at least two letters. The bare word (no clitic)
/// is always last. Which split is right is for the lexicon to decide.
pub fn splits(word: &str) -> Vec<Split> {
    let mut out = Vec::with_capacity(4);
    for conj in [Some('و'), Some('ف'), None] {
        let after_conj = match conj {
            Some(c) if word.starts_with(c) => c.len_utf8(),
            Some(_) => continue,
            None => 0,
        };
        for prep in [Some('ب'), Some('ل'), Some('ك'), None] {
            let after_prep = match prep {
                Some(p) if word[after_conj..].starts_with(p) => after_conj + p.len_utf8(),
                Some(_) => continue,
                None => after_conj,
            };
            let rest = &word[after_prep..];
            // ل + ال is written لل: the second ل is the article.
            if prep == Some('ل') && rest.starts_with('ل') {
                push_split(&mut out, word, Split { conj, prep, article: true, stem: after_prep });
            }
            if prep != Some('ل') || !rest.starts_with('ل') || rest.starts_with("ال") {
                let article = rest.starts_with("ال");
                push_split(&mut out, word, Split { conj, prep, article, stem: after_prep });
            }
        }
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.stem));
    out.dedup();
    out
}

fn push_split(out: &mut Vec<Split>, word: &str, split: Split) {
    let stem = &word[split.stem..];
    let stem = if split.article { stem.strip_prefix("ال").unwrap_or(stem) } else { stem };
    if split.stem == 0 || stem.chars().count() >= 2 {
        out.push(split);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn texts(text: &str, ranges: impl Iterator<Item = Range>) -> Vec<&str> {
        ranges.map(|r| &text[r.start..r.end]).collect()
    }

    #[test]
    fn letter_table_agrees_with_is_word_char() {
        // At each place of a sixteen-byte chunk and past it, among letters.
        for c in ('\u{0600}'..='\u{06FF}').chain(['a', '1', ' ', '،', '«', 'é', '\u{FEFB}', '😀']) {
            for before in 0..20 {
                let text = format!("{}{c}{c}{} x", "ب".repeat(before), "ي".repeat(10));
                let expected = text.char_indices().find(|&(_, d)| !is_word_char(d)).map_or(text.len(), |(i, _)| i);
                assert_eq!(word_end(&text, 0, text.len()), expected, "{c:?} after {before}");
                let at = 2 * before;
                let expected = if is_word_char(c) { expected } else { at };
                assert_eq!(word_end(&text, at, text.len()), expected, "{c:?} from {before}");
            }
        }
    }

    #[test]
    fn sentences_skip_decimals_and_abbreviations() {
        let t = "بلغ النمو 3.5 في المئة. وقال د. محمد: نعم! هل تأتي؟ \"انتهى.\" بعد";
        let seg = segment(t);
        assert_eq!(
            texts(t, seg.sentences.iter().map(|s| s.range)),
            ["بلغ النمو 3.5 في المئة.", "وقال د. محمد: نعم!", "هل تأتي؟", "\"انتهى.\"", "بعد"]
        );
    }

    #[test]
    fn paragraphs_are_lines() {
        let t = "عنوان\n\n  فقرة اولي.\nفقرة ثانيه\n";
        let seg = segment(t);
        assert_eq!(texts(t, seg.paragraphs.iter().copied()), ["عنوان", "فقرة اولي.", "فقرة ثانيه"]);
        assert_eq!(seg.sentences.len(), 3);
    }

    /// Lines of words, numbers, marks and ASCII white space.
    fn lines() -> impl Strategy<Value = String> {
        let pieces = [
            "كتب", "ب", "a", "12", "3.5", ".", "،", "«", "»", "!", "\"", " ", "  ", "\t", "\u{B}", "\u{C}", "\n",
            "\n\n",
        ];
        prop::collection::vec(prop::sample::select(pieces.to_vec()), 0..40).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        #[test]
        fn paragraphs_are_the_lines_trimmed(text in lines()) {
            let seg = segment(&text);
            let mut lines = Vec::new();
            let mut at = 0;
            for line in text.split('\n') {
                let start = at + line.len() - line.trim_start().len();
                if !line.trim().is_empty() {
                    lines.push(Range::new(start, start + line.trim().len()));
                }
                at += line.len() + 1;
            }
            proptest::prop_assert_eq!(&seg.paragraphs, &lines);
            // Each paragraph holds the tokens it has alone.
            let mut tokens = Vec::new();
            for p in lines {
                let shift = |r: Range| Range::new(r.start + p.start, r.end + p.start);
                tokens.extend(segment(&text[p.start..p.end]).tokens.into_iter().map(|t| Token { range: shift(t.range), ..t }));
            }
            proptest::prop_assert_eq!(&seg.tokens, &tokens);
        }
    }

    #[test]
    fn tokens_split_digits_from_letters() {
        let t = "في 10شوال، 1,500 ريال";
        let seg = segment(t);
        assert_eq!(texts(t, seg.tokens.iter().map(|t| t.range)), ["في", "10", "شوال", "،", "1,500", "ريال"]);
    }

    #[test]
    fn end_letters_hold_the_words_they_were_made_of() {
        let words = ["في", "الا", "يتطلب", "وشريطه", "abc"];
        let ends = EndLetters::of(words.into_iter());
        assert!(words.iter().all(|w| ends.may_hold(w)));
        // Another length; the same first and last letters only.
        assert!(!ends.may_hold("فاي"));
        assert!(!ends.may_hold("يطلب"));
        assert!(!ends.may_hold("السعوديه"));
        assert!(!ends.may_hold("و"));
        assert!(!ends.may_hold("."));
        assert!(!ends.may_hold(""));
    }

    #[test]
    fn end_letters_read_a_token_as_its_word() {
        let words = ["في", "«", "\"", "و", "ab", "abcde", "وشريطه"];
        let ends = EndLetters::of(words.into_iter());
        // Tokens of one to twelve bytes, at both ends of the text too.
        let text = "«في» \"و ab abcde وشريطه، x";
        for t in &segment(text).tokens {
            let w = &text[t.range.start..t.range.end];
            assert_eq!(ends.may_hold_token(t), ends.may_hold(w), "{w}");
            assert!(!words.contains(&w) || ends.may_hold(w), "{w}");
        }
    }

    #[test]
    fn clitic_splits() {
        let s = splits("وبالسعوديه");
        assert_eq!(s[0], Split { conj: Some('و'), prep: Some('ب'), article: true, stem: "وب".len() });
        let s = splits("للامم");
        assert!(s.contains(&Split { conj: None, prep: Some('ل'), article: true, stem: "ل".len() }));
        let s = splits("وزير");
        assert_eq!(s.last().unwrap().stem, 0);
        assert!(s.iter().any(|x| x.conj == Some('و')));
    }
}
