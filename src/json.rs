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
        self.next_element();
        self.out.push(b'"');
        self.out.extend_from_slice(key.as_bytes());
        self.out.extend_from_slice(if self.pretty { b"\": " } else { b"\":" });
        value.write_json(self);
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

    /// Writes an unsigned integer.
    pub fn number(&mut self, mut n: u64) {
        let mut digits = [0u8; 20];
        let mut start = digits.len();
        loop {
            start -= 1;
            digits[start] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.out.extend_from_slice(&digits[start..]);
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
    let control = word.wrapping_sub(ONES * 0x20);
    let quote = (word ^ (ONES * u64::from(b'"'))).wrapping_sub(ONES);
    let backslash = (word ^ (ONES * u64::from(b'\\'))).wrapping_sub(ONES);
    // The high bit of each byte that wrapped below zero; bytes from 0x80 up
    // (UTF-8 beyond ASCII) are left out by `!word`. A borrow may flag bytes
    // above a true one, but the lowest flag is always true.
    let flags = (control | quote | backslash) & !word & (ONES * 0x80);
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
    fn numbers() {
        for n in [0, 9, 10, 99, 1234567, u64::MAX] {
            assert_eq!(written(false, |w| w.number(n)), n.to_string());
        }
    }

    #[test]
    fn escapes_at_every_position_of_a_word() {
        for len in 0..20 {
            for at in 0..len {
                for special in ['"', '\\', '\0', '\u{1f}', '\n', '\u{7f}', 'é'] {
                    let mut s: String = "ab".repeat(len).chars().take(len).collect();
                    s.replace_range(at..=at, &special.to_string());
                    assert_eq!(written(false, |w| w.string(&s)), serde_json::to_string(&s).unwrap(), "{s:?}");
                }
            }
        }
    }
}
