//! Normalization: a matching view of the text that keeps an offset map back to
//! the original.
//!
//! The normalized text (the *match key*) drops diacritics, tatweel and
//! invisible marks, folds alef/hamza, alef maqsura and ta marbuta variants,
//! turns Arabic-Indic digits into ASCII and presentation forms into base
//! letters. Punctuation and quotation marks are kept as they are, so later
//! stages can still see them. Every byte of the normalized text knows the
//! byte in the original text that produced it.

use unicode_normalization::char::decompose_compatible;

/// The normalized text and its map back to the original.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// The match key: normalized text, same line structure as the original.
    pub text: String,
    /// Breakpoints `(normalized byte, original byte)`: from each one up to the
    /// next, a normalized byte `n` comes from original byte `o + (n - n0)`.
    /// Most text is copied unchanged, so the map stays small.
    map: Vec<(u32, u32)>,
}

/// What happens to one original character.
#[derive(Clone, Copy)]
enum Fold {
    Keep,
    Drop,
    One(char),
    Compat,
}

/// The alef written with a hamza or madda, which the match key folds to
/// ا: where the letter as written matters (an abbreviation, an article),
/// the original text is checked for these.
pub const HAMZA_ALEFS: [char; 3] = ['أ', 'إ', 'آ'];

/// True for Arabic diacritics (harakat, shadda, sukun, Quranic marks).
pub const fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

const fn fold(c: char) -> Fold {
    match c {
        // Fast path: ASCII and the Arabic letters that stay as they are.
        '\r' => Fold::One('\n'),
        _ if c.is_ascii() => Fold::Keep,
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' | '\u{0672}' | '\u{0673}' => Fold::One('ا'),
        '\u{0649}' | '\u{06CC}' | '\u{06D2}' => Fold::One('ي'),
        '\u{0629}' => Fold::One('ه'),
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => Fold::Keep,
        _ if is_diacritic(c) => Fold::Drop,
        // tatweel, zero-width and direction marks, BOM, Arabic letter mark
        '\u{0640}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{061C}'
        | '\u{00AD}' => Fold::Drop,
        '\u{06A9}' => Fold::One('ك'),
        '\u{0660}'..='\u{0669}' => Fold::One((b'0' + (c as u32 - 0x0660) as u8) as char),
        '\u{06F0}'..='\u{06F9}' => Fold::One((b'0' + (c as u32 - 0x06F0) as u8) as char),
        '\u{066B}' => Fold::One('.'),
        '\u{066C}' => Fold::One(','),
        // Every other white space: the normalized text holds none but ASCII.
        '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Fold::One(' '),
        '\u{2028}' | '\u{2029}' | '\u{0085}' => Fold::One('\n'),
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' => Fold::Compat,
        _ => Fold::Keep,
    }
}

/// `fold` of the characters U+0600..U+067F, where nearly all the changes
/// of Arabic text fall: one load rather than a jump through the cases.
const ARABIC_FOLDS: [Fold; 128] = {
    let mut table = [Fold::Keep; 128];
    let mut i = 0;
    while i < 128 {
        table[i] = match char::from_u32(0x0600 + i as u32) {
            Some(c) => fold(c),
            None => Fold::Keep,
        };
        i += 1;
    }
    table
};

/// Which characters `fold` keeps as they are, decided on two bytes: bit
/// `next & 0x3F` of row `lead` is set when the character that starts with
/// byte `lead` (followed by `next`) stays, for ASCII and the two-byte
/// characters U+0600..U+067F (lead byte 0xD8 or 0xD9, which is nearly all
/// of Arabic text). The rows of the continuation bytes 0x80..0xBF are full:
/// a scan may step one byte at a time and pass over the second byte of a
/// letter. Every other character is left to `fold`. (2 KiB.)
const STAYS: [u64; 256] = {
    let mut table = [0; 256];
    let mut lead = 0;
    while lead < 256 {
        let mut low = 0;
        while low < 64 {
            let stays = match lead {
                0..0x80 => kept(lead),
                0x80..0xC0 => true,
                0xD8 | 0xD9 => kept((lead & 0x1F) << 6 | low),
                _ => false,
            };
            if stays {
                table[lead as usize] |= 1 << low;
            }
            low += 1;
        }
        lead += 1;
    }
    table
};

/// Whether `fold` keeps the character of code point `c` as it is.
const fn kept(c: u32) -> bool {
    match char::from_u32(c) {
        Some(c) => matches!(fold(c), Fold::Keep),
        None => false,
    }
}

/// Whether the byte at `i` of `bytes` is a continuation byte or starts a
/// character that `fold` keeps and `STAYS` decides, on one table load.
#[inline]
fn stays(bytes: &[u8], i: usize) -> bool {
    let next = bytes.get(i + 1).copied().unwrap_or(0);
    STAYS[usize::from(bytes[i])] >> (next & 0x3F) & 1 != 0
}

/// True when normalizing `s` would change nothing: ASCII other than CR, and
/// Arabic letters that stay as they are.
pub fn is_normalized(s: &str) -> bool {
    let bytes = s.as_bytes();
    suspects_of(bytes).all(|at| stays(bytes, at))
}

/// The places where `fold` may change `bytes`: see `Suspects`.
fn suspects_of(bytes: &[u8]) -> Suspects<'_> {
    Suspects { bytes, scanned: 0, chunk: 0 }
}

/// The bytes of a text that may start a character `fold` changes, in
/// order: every byte where `stays` fails, and a few others that start a
/// character. Sixteen bytes at a time where SSE2 is at hand (see
/// `suspects`), the rest one at a time by `stays`. The suspects of a chunk
/// are kept until taken, so that a change costs no new scan.
struct Suspects<'a> {
    bytes: &'a [u8],
    /// The bytes before this one have been scanned.
    scanned: usize,
    /// The suspects not yet taken of the sixteen bytes before `scanned`:
    /// bit `k` for byte `scanned - 16 + k`.
    chunk: u32,
}

impl Iterator for Suspects<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        let bytes = self.bytes;
        #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
        loop {
            if self.chunk != 0 {
                let at = self.scanned - 16 + self.chunk.trailing_zeros() as usize;
                self.chunk &= self.chunk - 1;
                return Some(at);
            }
            let Some(chunk) = bytes.get(self.scanned..).and_then(<[u8]>::first_chunk) else {
                break;
            };
            // SAFETY: `suspects` only needs SSE2, which this build enables for
            // every CPU it runs on (the cfg above; it is x86_64's baseline).
            self.chunk = unsafe { suspects(chunk) };
            self.scanned += 16;
        }
        // The last bytes; a continuation byte always stays.
        while self.scanned < bytes.len() {
            let at = self.scanned;
            self.scanned += 1;
            if !stays(bytes, at) {
                return Some(at);
            }
        }
        None
    }
}

/// Bit `k` is set when byte `k` of `chunk` (16 bytes and the one after)
/// may start a character that `stays` rejects: a CR, a lead byte other than
/// 0xD8 and 0xD9, or one of these followed by a byte in the ranges below.
/// The ranges hold every two-byte character of U+0600..U+067F that `fold`
/// changes, and some that it keeps (؛ ؟ ء ؤ ٪ among them, and the rare
/// letters U+0674..U+067F), which cost the caller a look; a continuation
/// byte is never set.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
fn suspects(chunk: &[u8; 17]) -> u32 {
    use crate::pairs::{Pairs, and, and_not, at_least, is, mask, or, within};
    let Pairs { lead, next } = Pairs::of(chunk);
    let (d8, d9) = (is(lead, 0xD8), is(lead, 0xD9));
    let elsewhere = or(is(lead, b'\r'), and_not(or(d8, d9), at_least(lead, 0xC0)));
    // U+0610..U+0625 (marks, ؛ ؟, hamza, the alefs with hamza), ة
    let d8_folds = or(within(next, 0x90, 0xA5), is(next, 0xA9));
    // tatweel, ى, U+064B..U+067F (marks, digits, separators, alefs)
    let d9_folds = or(or(is(next, 0x80), is(next, 0x89)), at_least(next, 0x8B));
    mask(or(elsewhere, or(and(d8, d8_folds), and(d9, d9_folds))))
}

/// The byte length of the UTF-8 character whose first byte is `lead`.
#[inline]
fn utf8_len(lead: u8) -> usize {
    match lead {
        0..0xC0 => 1,
        0xC0..0xE0 => 2,
        0xE0..0xF0 => 3,
        _ => 4,
    }
}

/// The character at byte `i` of `text` and its length, decoding the one-
/// and two-byte forms (ASCII, Arabic) without the general decoder.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> (char, usize) {
    let bytes = text.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        (b as char, 1)
    } else if b & 0xE0 == 0xC0 {
        let c = (u32::from(b & 0x1F) << 6) | u32::from(bytes[i + 1] & 0x3F);
        (char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER), 2)
    } else {
        let c = text[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
        (c, c.len_utf8())
    }
}

/// Hands the characters that `c` folds into (`folded` is `fold(c)`) to `emit`.
/// A presentation form decomposes into base letters and marks, which are
/// folded in turn.
fn folded_chars(c: char, folded: Fold, mut emit: impl FnMut(char)) {
    match folded {
        Fold::Keep => emit(c),
        Fold::Drop => {}
        Fold::One(n) => emit(n),
        Fold::Compat => decompose_compatible(c, |d| match fold(d) {
            Fold::Keep => emit(d),
            Fold::One(n) => emit(n),
            Fold::Drop | Fold::Compat => {}
        }),
    }
}

/// The normalized text of a short string such as a lexicon word, without
/// the offset map: the same text as `Normalized::new(s).text`.
pub fn fold_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    walk(s, &mut out);
    out
}

/// What `walk` hands the normalized text to, piece by piece, with the
/// original byte offset each piece comes from.
trait Sink {
    /// A run of the original text, unchanged, that starts at `at`.
    fn run(&mut self, run: &str, at: usize);
    /// A character folded from the original one at `at`.
    fn char(&mut self, c: char, at: usize);
}

impl Sink for String {
    #[inline]
    fn run(&mut self, run: &str, _: usize) {
        self.push_str(run);
    }

    #[inline]
    fn char(&mut self, c: char, _: usize) {
        self.push(c);
    }
}

/// Walks `original` and hands its normalized text to `out`: runs of
/// unchanged text whole (an empty one before each change too), then each
/// folded character.
#[inline]
fn walk(original: &str, out: &mut impl Sink) {
    let bytes = original.as_bytes();
    let mut run = 0;
    for at in suspects_of(bytes) {
        let (folded, len) = match bytes[at..] {
            // U+0600..U+067F, where nearly all the changes fall: decided on
            // the low bits of its two bytes.
            [lead @ (0xD8 | 0xD9), next, ..] => {
                (ARABIC_FOLDS[usize::from(lead & 1) << 6 | usize::from(next & 0x3F)], 2)
            }
            _ => {
                let (c, len) = char_at(original, at);
                (fold(c), len)
            }
        };
        if matches!(folded, Fold::Keep) {
            continue;
        }
        out.run(&original[run..at], run);
        run = at + len;
        match folded {
            Fold::Keep | Fold::Drop => {}
            // CRLF counts as one line end: drop the CR, keep the LF.
            Fold::One('\n') if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') => {}
            Fold::One(n) => out.char(n, at),
            Fold::Compat => folded_chars(char_at(original, at).0, folded, |n| out.char(n, at)),
        }
    }
    out.run(&original[run..], run);
}

/// Maps normalized offsets in increasing order to original ones: a cursor
/// over the breakpoints (see `Normalized::orig_starts`).
pub struct OrigStarts<'a> {
    norm: &'a Normalized,
    k: usize,
}

impl OrigStarts<'_> {
    /// Original byte offset where the character at normalized byte `i`
    /// starts; `i` is no smaller than at the previous call.
    pub fn at(&mut self, i: usize) -> usize {
        let map = &self.norm.map;
        while self.k + 1 < map.len() && map[self.k + 1].0 as usize <= i {
            self.k += 1;
        }
        self.norm.orig_at(self.k, i)
    }
}

/// Builds the normalized text and its breakpoints.
struct Builder {
    text: String,
    map: Vec<(u32, u32)>,
    /// `original - normalized` offset of the last breakpoint.
    delta: i64,
}

impl Builder {
    /// Adds a breakpoint when the text from original byte `at` would no
    /// longer follow the last one.
    #[inline]
    fn follow(&mut self, at: usize) {
        let n = self.text.len();
        if at as i64 - n as i64 != self.delta {
            self.delta = at as i64 - n as i64;
            self.map.push((n as u32, at as u32));
        }
    }
}

// Inlined into the loop of `walk` always: a call per change costs more
// than the change.
impl Sink for Builder {
    #[inline(always)]
    fn run(&mut self, run: &str, at: usize) {
        self.follow(at);
        self.text.push_str(run);
    }

    #[inline(always)]
    fn char(&mut self, c: char, at: usize) {
        self.follow(at);
        self.text.push(c);
    }
}

impl Normalized {
    /// Normalizes `original`. Never panics; linear in the input size.
    pub fn new(original: &str) -> Normalized {
        let mut b = Builder { text: String::with_capacity(original.len()), map: vec![(0, 0)], delta: 0 };
        walk(original, &mut b);
        b.map.push((b.text.len() as u32, original.len() as u32));
        Normalized { text: b.text, map: b.map }
    }

    /// Original byte offset where the character at normalized byte `i` starts.
    pub fn orig_start(&self, i: usize) -> usize {
        let k = self.map.partition_point(|&(n, _)| n as usize <= i) - 1;
        self.orig_at(k, i)
    }

    /// `orig_start` for offsets taken in increasing order, each in constant
    /// amortized time.
    pub fn orig_starts(&self) -> OrigStarts<'_> {
        OrigStarts { norm: self, k: 0 }
    }

    /// The original offset of normalized byte `i`, which lies at or past
    /// breakpoint `k` and before the next one.
    fn orig_at(&self, k: usize, i: usize) -> usize {
        let (n, o) = self.map[k];
        if k + 1 == self.map.len() {
            return o as usize;
        }
        o as usize + (i - n as usize)
    }

    /// Original byte offset just past the character that ends at normalized
    /// byte `j` (exclusive), including diacritics written on it.
    pub fn orig_end(&self, original: &str, j: usize) -> usize {
        if j == 0 {
            return 0;
        }
        // The last character's first byte: the last that continues none.
        let text = self.text.as_bytes();
        let last = (0..j).rev().find(|&k| text[k] & 0xC0 != 0x80).unwrap_or(0);
        let bytes = original.as_bytes();
        let s = self.orig_start(last);
        let mut end = s + bytes.get(s).map_or(0, |&lead| utf8_len(lead));
        // Diacritics all start with one of these bytes.
        if bytes.get(end).is_some_and(|b| matches!(b, 0xD8 | 0xD9 | 0xDB)) {
            for c in original[end..].chars() {
                if !is_diacritic(c) {
                    break;
                }
                end += c.len_utf8();
            }
        }
        end
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn folds_letters_and_drops_marks() {
        let n = Normalized::new("أَحْمَدُ إلى مدرسةٍ الإمـــارات ١٢٣ ﻻ");
        assert_eq!(n.text, "احمد الي مدرسه الامارات 123 لا");
    }

    #[test]
    fn the_byte_table_agrees_with_fold() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let bytes = c.to_string().into_bytes();
            let by_bytes = matches!(c, '\0'..='\u{7F}' | '\u{600}'..='\u{67F}');
            let expected = by_bytes && matches!(fold(c), Fold::Keep);
            assert_eq!(stays(&bytes, 0), expected, "{c:?}");
            assert!(bytes.iter().enumerate().skip(1).all(|(i, _)| stays(&bytes, i)), "{c:?}");
        }
    }

    #[test]
    fn the_scan_finds_what_the_byte_table_rejects() {
        // Every character of up to two bytes and a sample of the longer
        // ones, at each place of a chunk and past it, among letters: twice
        // in a row, and once more in the next chunk or the last bytes.
        let chars = (0..0x800).chain((0x800..=0x10FFFF).step_by(97)).chain(0xFB50..0xFF00);
        for c in chars.filter_map(char::from_u32) {
            for before in 0..20 {
                let text = format!("{}{c}{c}{}{c}", "ب".repeat(before), "ي".repeat(10));
                let bytes = text.as_bytes();
                let starts: Vec<_> = (0..bytes.len()).filter(|&i| !stays(bytes, i)).collect();
                let found: Vec<_> = suspects_of(bytes).filter(|&i| !stays(bytes, i)).collect();
                assert_eq!(found, starts, "{c:?} after {before}");
                assert!(suspects_of(bytes).all(|i| text.is_char_boundary(i)), "{c:?} after {before}");
            }
        }
    }

    /// The normalized text and the original offset of each of its
    /// characters, folded one character at a time.
    fn fold_by_chars(original: &str) -> (String, Vec<(usize, usize)>) {
        let mut text = String::new();
        let mut origins = Vec::new();
        for (at, c) in original.char_indices() {
            if c == '\r' && original[at + 1..].starts_with('\n') {
                continue;
            }
            folded_chars(c, fold(c), |n| {
                origins.push((text.len(), at));
                text.push(n);
            });
        }
        (text, origins)
    }

    /// Text of the characters normalization cares about, in any order.
    fn arabic_text() -> impl Strategy<Value = String> {
        let special = prop::sample::select(vec!['\r', '\n', ' ', '\u{00A0}', '\u{200F}', '\u{FEFF}', 'a', '5', '«']);
        let chars = prop_oneof![
            4 => (0x0600u32..0x0680).prop_map(|c| char::from_u32(c).unwrap_or('?')),
            1 => (0x0680u32..0x0700).prop_map(|c| char::from_u32(c).unwrap_or('?')),
            1 => (0xFB50u32..0xFF00).prop_map(|c| char::from_u32(c).unwrap_or('?')),
            2 => special,
            1 => any::<char>(),
        ];
        prop::collection::vec(chars, 0..80).prop_map(String::from_iter)
    }

    proptest::proptest! {
        #[test]
        fn normalizes_as_char_by_char(original in arabic_text()) {
            let n = Normalized::new(&original);
            let (text, origins) = fold_by_chars(&original);
            proptest::prop_assert_eq!(&n.text, &text);
            // Each normalized character maps back to the one it came from.
            let mut starts = n.orig_starts();
            for (i, at) in origins {
                proptest::prop_assert_eq!((n.orig_start(i), starts.at(i)), (at, at), "at {}", i);
            }
            proptest::prop_assert_eq!(n.orig_start(text.len()), original.len());
            let b = original.as_bytes();
            proptest::prop_assert_eq!(is_normalized(&original), (0..b.len()).all(|i| stays(b, i)));
            proptest::prop_assert_eq!(fold_str(&original), text);
        }
    }

    #[test]
    fn no_white_space_but_ascii_survives() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            folded_chars(c, fold(c), |n| assert!(!n.is_whitespace() || n.is_ascii(), "{c:?} gives {n:?}"));
        }
    }

    #[test]
    fn the_cursor_agrees_with_the_search() {
        let orig = "أَحْمَدُ ﻻ يكتب\r\nإلى الإمـــارات ١٢٣";
        let n = Normalized::new(orig);
        let mut starts = n.orig_starts();
        for i in 0..=n.text.len() {
            assert_eq!(starts.at(i), n.orig_start(i), "at {i}");
        }
    }

    #[test]
    fn maps_back_to_original() {
        let orig = "قالَ الوزيـرُ\r\nإنّ";
        let n = Normalized::new(orig);
        assert_eq!(n.text, "قال الوزير\nان");
        let j = n.text.find(' ').unwrap();
        assert_eq!(&orig[n.orig_start(0)..n.orig_end(orig, j)], "قالَ");
        let k = n.text.find('\n').unwrap();
        assert_eq!(&orig[n.orig_start(j + 1)..n.orig_end(orig, k)], "الوزيـرُ");
        assert_eq!(&orig[n.orig_start(k + 1)..n.orig_end(orig, n.text.len())], "إنّ");
    }
}
