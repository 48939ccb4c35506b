//! JSON writing: the records go straight into a byte buffer, compact or
//! pretty-printed byte for byte as serde_json prints them (two-space indent,
//! `": "`, `[]` and `{}` when empty, the same string escapes).

/// Writes JSON into a byte buffer, placing the commas and the indentation.
#[derive(Debug)]
pub struct JsonWriter<'a> {
    out: &'a mut Vec<u8>,
    pretty: bool,
    /// How many objects and arrays are open.
    depth: usize,
    /// Whether the innermost open object or array has no element yet.
    empty: bool,
}

/// A value that knows how to write itself as JSON.
pub trait WriteJson {
    /// Writes the value at the writer's position.
    fn write_json(&self, w: &mut JsonWriter);
}

impl<'a> JsonWriter<'a> {
    /// A writer appending to `out`, on one line or pretty-printed.
    pub fn new(out: &'a mut Vec<u8>, pretty: bool) -> JsonWriter<'a> {
        JsonWriter { out, pretty, depth: 0, empty: true }
    }

    /// Writes an object whose members `members` writes.
    pub fn object(&mut self, members: impl FnOnce(&mut Self)) {
        self.open(b'{');
        members(self);
        self.close(b'}');
    }

    /// Writes an array of `items`.
    pub fn array<T: WriteJson>(&mut self, items: &[T]) {
        self.open(b'[');
        for item in items {
            self.next_element();
            item.write_json(self);
        }
        self.close(b']');
    }

    /// Writes the member `key` of the open object. The key is written as it
    /// is: a plain name, with nothing to escape.
    // Inlined, the key is a literal whose copy needs no call to memcpy.
    #[inline(always)]
    pub fn field<T: WriteJson + ?Sized>(&mut self, key: &str, value: &T) {
        debug_assert!(find_escape(key.as_bytes()).is_none(), "key {key:?} needs escaping");
        if self.pretty {
            self.next_element();
            self.out.push(b'"');
            self.out.extend_from_slice(key.as_bytes());
            self.out.extend_from_slice(b"\": ");
        } else {
            self.compact_key(key);
        }
        value.write_json(self);
    }

    /// Writes `,"key":`, without the comma before a first member, in one
    /// copy of known length: laid out in a buffer, copied whole, the surplus
    /// then cut.
    #[inline(always)]
    fn compact_key(&mut self, key: &str) {
        const MAX_KEY: usize = 28;
        assert!(key.len() <= MAX_KEY, "key {key:?} too long");
        let mut bytes = [0; MAX_KEY + 4];
        bytes[..2].copy_from_slice(b",\"");
        bytes[2..2 + key.len()].copy_from_slice(key.as_bytes());
        bytes[2 + key.len()..4 + key.len()].copy_from_slice(b"\":");
        let skip = usize::from(self.empty);
        self.empty = false;
        let at = self.out.len();
        self.out.extend_from_slice(&bytes[skip..skip + MAX_KEY + 3]);
        self.out.truncate(at + key.len() + 4 - skip);
    }

    /// Writes the member `key` when `value` holds something, else nothing.
    pub fn field_if_some<T: WriteJson>(&mut self, key: &str, value: &Option<T>) {
        if let Some(v) = value {
            self.field(key, v);
        }
    }

    /// Writes a string, escaping `"`, `\` and control characters.
    pub fn string(&mut self, s: &str) {
        let bytes = s.as_bytes();
        self.out.push(b'"');
        let mut run = 0;
        while let Some(found) = find_escape(&bytes[run..]) {
            let at = run + found;
            self.out.extend_from_slice(&bytes[run..at]);
            self.escape(bytes[at]);
            run = at + 1;
        }
        self.out.extend_from_slice(&bytes[run..]);
        self.out.push(b'"');
    }

    /// Writes a name that the schema defines (a type, a section) as a
    /// string: as it is, as it has nothing to escape.
    pub fn name(&mut self, name: &'static str) {
        debug_assert!(find_escape(name.as_bytes()).is_none(), "name {name:?} needs escaping");
        self.out.push(b'"');
        self.out.extend_from_slice(name.as_bytes());
        self.out.push(b'"');
    }

    /// Writes an unsigned integer.
    pub fn number(&mut self, n: u64) {
        if n >= EIGHT_DIGITS {
            self.long_number(n);
            return;
        }
        let digits = eight_digits(n);
        // Leading zeros are the low bytes that are zero; 0 keeps one.
        let zeros = (digits.trailing_zeros() / 8).min(7);
        self.digits(digits >> (8 * zeros), 8 - zeros as usize);
    }

    /// Writes a number of more than eight digits: its last eight after
    /// the others.
    #[cold]
    fn long_number(&mut self, n: u64) {
        self.number(n / EIGHT_DIGITS);
        self.digits(eight_digits(n % EIGHT_DIGITS), 8);
    }

    /// Writes the first `len` digits of `digits`, as `eight_digits` gives
    /// them. All eight bytes are copied, then the surplus cut: a copy of
    /// known length needs no call to memcpy.
    fn digits(&mut self, digits: u64, len: usize) {
        const ASCII_ZEROS: u64 = u64::from_le_bytes([b'0'; 8]);
        let at = self.out.len();
        self.out.extend_from_slice(&(digits + ASCII_ZEROS).to_le_bytes());
        self.out.truncate(at + len);
    }

    /// Writes `true` or `false`.
    pub fn bool(&mut self, b: bool) {
        self.out.extend_from_slice(if b { b"true" } else { b"false" });
    }

    /// Writes `null`.
    pub fn null(&mut self) {
        self.out.extend_from_slice(b"null");
    }

    fn open(&mut self, bracket: u8) {
        self.out.push(bracket);
        self.depth += 1;
        self.empty = true;
    }

    fn close(&mut self, bracket: u8) {
        self.depth -= 1;
        if self.pretty && !self.empty {
            self.new_line();
        }
        self.out.push(bracket);
        // The object or array around holds this one.
        self.empty = false;
    }

    /// Separates an element from the one before it.
    #[inline]
    fn next_element(&mut self) {
        if !self.empty {
            self.out.push(b',');
        }
        self.empty = false;
        if self.pretty {
            self.new_line();
        }
    }

    fn new_line(&mut self) {
        self.out.push(b'\n');
        self.out.resize(self.out.len() + 2 * self.depth, b' ');
    }

    /// Writes the escape of a byte that `find_escape` stops at.
    fn escape(&mut self, byte: u8) {
        let short = match byte {
            b'"' => b'"',
            b'\\' => b'\\',
            b'\n' => b'n',
            b'\r' => b'r',
            b'\t' => b't',
            0x08 => b'b',
            0x0C => b'f',
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let (high, low) = (HEX[usize::from(byte >> 4)], HEX[usize::from(byte & 0xF)]);
                self.out.extend_from_slice(&[b'\\', b'u', b'0', b'0', high, low]);
                return;
            }
        };
        self.out.extend_from_slice(&[b'\\', short]);
    }
}

/// The numbers that `eight_digits` takes are below this.
const EIGHT_DIGITS: u64 = 100_000_000;

/// The eight decimal digits of `n` (below 10^8, with leading zeros), one
/// in each byte, the first in the lowest. Two halves of four digits in
/// 32-bit lanes are split into four pairs in 16-bit lanes, then into
/// digits; each split divides every lane at once by a multiplication and a
/// shift, which are exact for these ranges and carry nothing into the next
/// lane.
fn eight_digits(n: u64) -> u64 {
    let halves = (n / 10_000) | ((n % 10_000) << 32);
    let hundreds = ((halves * 5243) >> 19) & 0x0000_007F_0000_007F;
    let pairs = hundreds | ((halves - hundreds * 100) << 16);
    let tens = ((pairs * 103) >> 10) & 0x000F_000F_000F_000F;
    tens | ((pairs - tens * 10) << 8)
}

/// The index of the first byte that must be escaped: a control character,
/// `"` or `\`. Tests eight bytes at a time, as text rarely holds one.
fn find_escape(bytes: &[u8]) -> Option<usize> {
    let n = bytes.len();
    if n >= 8 {
        let (words, _) = bytes.as_chunks::<8>();
        for (i, word) in words.iter().enumerate() {
            if let Some(k) = first_flagged(u64::from_le_bytes(*word)) {
                return Some(8 * i + k);
            }
        }
        // The last eight bytes: those it shares with the last word are
        // clean, so what it flags is in the rest.
        let last = bytes.last_chunk::<8>()?;
        first_flagged(u64::from_le_bytes(*last)).map(|k| n - 8 + k)
    } else if let (Some(head), Some(tail)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        // Four to seven bytes: the first four and the last four in one word.
        let word = u64::from(u32::from_le_bytes(*head)) | u64::from(u32::from_le_bytes(*tail)) << 32;
        first_flagged(word).map(|k| if k < 4 { k } else { k + n - 8 })
    } else {
        bytes.iter().position(|&b| b < 0x20 || b == b'"' || b == b'\\')
    }
}

/// The index of the lowest byte of `word` (little-endian) that is below
/// 0x20 or is `"` or `\`.
fn first_flagged(word: u64) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    // With bit 1 flipped, `"` (0x22) becomes 0x20 and control characters
    // stay below it: both are the bytes below 0x21.
    let control_or_quote = (word ^ (ONES * 0x02)).wrapping_sub(ONES * 0x21);
    let backslash = (word ^ (ONES * u64::from(b'\\'))).wrapping_sub(ONES);
    // The high bit of each byte that wrapped below zero; bytes from 0x80 up
    // (UTF-8 beyond ASCII) are left out by `!word`. A borrow may flag bytes
    // above a true one, but the lowest flag is always true.
    let flags = (control_or_quote | backslash) & !word & (ONES * 0x80);
    (flags != 0).then(|| flags.trailing_zeros() as usize / 8)
}

impl WriteJson for str {
    fn write_json(&self, w: &mut JsonWriter) {
        w.string(self);
    }
}

impl WriteJson for String {
    fn write_json(&self, w: &mut JsonWriter) {
        w.string(self);
    }
}

impl WriteJson for std::borrow::Cow<'_, str> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.string(self);
    }
}

impl<T: WriteJson + ?Sized> WriteJson for &T {
    fn write_json(&self, w: &mut JsonWriter) {
        (**self).write_json(w);
    }
}

impl WriteJson for usize {
    fn write_json(&self, w: &mut JsonWriter) {
        w.number(*self as u64);
    }
}

impl WriteJson for u32 {
    fn write_json(&self, w: &mut JsonWriter) {
        w.number(u64::from(*self));
    }
}

impl WriteJson for bool {
    fn write_json(&self, w: &mut JsonWriter) {
        w.bool(*self);
    }
}

/// `None` is `null`; see `JsonWriter::field_if_some` to leave a field out.
impl<T: WriteJson> WriteJson for Option<T> {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Some(v) => v.write_json(w),
            None => w.null(),
        }
    }
}

impl<T: WriteJson> WriteJson for Vec<T> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.array(self);
    }
}

/// Any JSON value (the id of a `--input jsonl` line), as serde_json writes it.
impl WriteJson for serde_json::Value {
    fn write_json(&self, w: &mut JsonWriter) {
        if !w.pretty {
            w.out.extend_from_slice(self.to_string().as_bytes());
            return;
        }
        // serde_json indents from the left margin: indent each line after
        // the first to the writer's depth (strings hold no raw line feed).
        let text = format!("{self:#}");
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                w.new_line();
            }
            w.out.extend_from_slice(line.as_bytes());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn written(pretty: bool, value: impl FnOnce(&mut JsonWriter)) -> String {
        let mut out = Vec::new();
        value(&mut JsonWriter::new(&mut out, pretty));
        String::from_utf8(out).unwrap()
    }

    /// Writes what `expected` holds; `json!` sorts keys, so they are in order here.
    fn nested(w: &mut JsonWriter) {
        w.object(|w| {
            w.field("a", &vec!["x\"y", "\u{1}\n"]);
            w.field("b", &Some(7usize));
            w.field("c", &None::<usize>);
            w.field_if_some("d", &None::<usize>);
            w.field("e", &Vec::<u32>::new());
            w.field("f", &EmptyObject);
            w.field("g", &vec![vec![true], vec![]]);
            w.field("h", &json!({"k": [1, {"z": "ق"}], "j": {}}));
        });
    }

    struct EmptyObject;

    impl WriteJson for EmptyObject {
        fn write_json(&self, w: &mut JsonWriter) {
            w.object(|_| {});
        }
    }

    fn expected() -> serde_json::Value {
        json!({
            "a": ["x\"y", "\u{1}\n"],
            "b": 7,
            "c": null,
            "e": [],
            "f": {},
            "g": [[true], []],
            "h": {"j": {}, "k": [1, {"z": "ق"}]},
        })
    }

    #[test]
    fn compact_as_serde_json() {
        assert_eq!(written(false, nested), serde_json::to_string(&expected()).unwrap());
    }

    #[test]
    fn pretty_as_serde_json() {
        assert_eq!(written(true, nested), serde_json::to_string_pretty(&expected()).unwrap());
    }

    #[test]
    fn names_as_strings() {
        assert_eq!(written(false, |w| w.name("only_if")), serde_json::to_string("only_if").unwrap());
    }

    #[test]
    fn numbers() {
        let powers = (0..20).map(|k| 10u64.pow(k)).flat_map(|p| [p - 1, p, p + 1]);
        for n in (0..1000).chain(powers).chain([1234567, u64::MAX]) {
            assert_eq!(written(false, |w| w.number(n)), n.to_string());
        }
    }

    #[test]
    fn escapes_at_every_position_of_a_word() {
        for len in 0..20 {
            for at in 0..len {
                for special in ['"', '\\', '\0', '\u{1f}', '\n', ' ', '!', '#', '\u{7f}', 'é'] {
                    let mut s: String = "ab".repeat(len).chars().take(len).collect();
                    s.replace_range(at..=at, &special.to_string());
                    assert_eq!(written(false, |w| w.string(&s)), serde_json::to_string(&s).unwrap(), "{s:?}");
                }
            }
        }
    }
}
