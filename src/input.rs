//! Decoding: bytes to text, or a precise reason why not.
//!
//! UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and Windows-1256 for
//! legacy Arabic files that are not valid UTF-8. NUL bytes and control
//! characters mean binary content; a file that is mostly valid UTF-8 with a
//! few broken sequences is reported as an encoding error rather than
//! silently read as Windows-1256.

use std::borrow::Cow;
use std::fmt;
use std::io::Read;
use std::path::Path;

/// A reason an input cannot be analyzed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// Stable machine-readable kind (see `output::ErrorInfo`).
    pub kind: &'static str,
    /// What went wrong, for people.
    pub message: String,
}

impl InputError {
    /// An error of `kind` with `message`.
    pub fn new(kind: &'static str, message: impl Into<String>) -> InputError {
        InputError { kind, message: message.into() }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)
    }
}

impl std::error::Error for InputError {}

/// Decoded text and the name of the encoding it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    /// The text, without any byte-order mark.
    pub text: Cow<'a, str>,
    /// "utf-8", "utf-8-bom", "utf-16le", "utf-16be" or "windows-1256".
    pub encoding: &'static str,
}

/// The error for an input over `max_bytes`.
pub fn too_large(max_bytes: u64) -> InputError {
    InputError::new("too_large", format!("larger than --max-bytes {max_bytes}"))
}

/// Maps an I/O error to an input error with a precise kind.
pub fn io_error(e: &std::io::Error) -> InputError {
    match e.kind() {
        std::io::ErrorKind::NotFound => InputError::new("not_found", "no such file or folder"),
        std::io::ErrorKind::PermissionDenied => InputError::new("io", "permission denied"),
        std::io::ErrorKind::IsADirectory => InputError::new("not_a_file", "is a folder"),
        _ if e.raw_os_error() == Some(40) => InputError::new("link_loop", "too many levels of symbolic links"),
        _ => InputError::new("io", e.to_string()),
    }
}

/// Reads a regular file of at most `max_bytes`. Never opens a FIFO, device
/// or socket (that could block), and never reads more than `max_bytes + 1`.
pub fn read_file(path: &Path, max_bytes: u64) -> Result<Vec<u8>, InputError> {
    let meta = std::fs::metadata(path).map_err(|e| io_error(&e))?;
    if meta.is_dir() {
        return Err(InputError::new("not_a_file", "is a folder"));
    }
    if !meta.is_file() {
        return Err(InputError::new("not_a_file", "not a regular file (FIFO, device or socket)"));
    }
    if meta.len() > max_bytes {
        return Err(too_large(max_bytes));
    }
    read_open(path, max_bytes, meta.len() as usize)
}

/// Reads a file that a folder walk has just seen to be a regular file,
/// without asking the file system again.
pub fn read_regular_file(path: &Path, max_bytes: u64) -> Result<Vec<u8>, InputError> {
    // Room for a typical article: one read, and one that finds the end.
    read_open(path, max_bytes, 16 * 1024)
}

/// Opens and reads a regular file of at most `max_bytes`, into a buffer of
/// `capacity` bytes to start with.
fn read_open(path: &Path, max_bytes: u64, capacity: usize) -> Result<Vec<u8>, InputError> {
    let file = std::fs::File::open(path).map_err(|e| io_error(&e))?;
    let mut bytes = Vec::with_capacity(capacity);
    file.take(max_bytes + 1).read_to_end(&mut bytes).map_err(|e| io_error(&e))?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(max_bytes));
    }
    Ok(bytes)
}

fn utf16(
    bytes: &[u8],
    encoding: &'static encoding_rs::Encoding,
    name: &'static str,
) -> Result<Decoded<'static>, InputError> {
    match encoding.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) => Ok(Decoded { text: Cow::Owned(text.into_owned()), encoding: name }),
        None => Err(InputError::new("encoding", format!("invalid {name} data"))),
    }
}

/// Control bytes other than tab, line feed, vertical tab, form feed,
/// carriage return and escape: text files do not have them. (Comparisons
/// rather than a table, so that counting them vectorizes.)
fn is_binary_byte(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | 0x1B)) || b == 0x7F
}

/// Decodes `bytes` into text.
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, InputError> {
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, encoding_rs::UTF_16LE, "utf-16le");
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, encoding_rs::UTF_16BE, "utf-16be");
    }
    let (body, bom) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    // Counted in byte-wide lanes, chunk by chunk, which vectorizes well.
    let controls: usize =
        body.chunks(255).map(|chunk| usize::from(chunk.iter().map(|&b| u8::from(is_binary_byte(b))).sum::<u8>())).sum();
    if let Some(at) = (controls > 0).then(|| body.iter().position(|&b| b == 0)).flatten() {
        return Err(InputError::new("binary", format!("NUL byte at offset {}", at + usize::from(bom) * 3)));
    }
    if controls > 0 && controls * 100 >= body.len().max(1) {
        return Err(InputError::new("binary", format!("{controls} control bytes: not a text file")));
    }
    // SIMD validation: several times faster than `std::str::from_utf8` on
    // Arabic text, with the same error positions.
    match simdutf8::compat::from_utf8(body) {
        Ok(text) => Ok(Decoded { text: Cow::Borrowed(text), encoding: if bom { "utf-8-bom" } else { "utf-8" } }),
        Err(e) if bom || mostly_utf8(body) => Err(InputError::new(
            "encoding",
            format!("invalid UTF-8 at byte {}", e.valid_up_to() + usize::from(bom) * 3),
        )),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1256.decode_without_bom_handling(body);
            Ok(Decoded { text: Cow::Owned(text.into_owned()), encoding: "windows-1256" })
        }
    }
}

/// True when most multi-byte sequences in `bytes` are valid UTF-8: a UTF-8
/// file with a few broken sequences, not a legacy single-byte file.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                valid += s.bytes().filter(|b| *b >= 0xC0).count();
                break;
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                valid += good.iter().filter(|b| **b >= 0xC0).count();
                invalid += 1;
                let skip = e.error_len().unwrap_or(bad.len()).max(1);
                rest = &bad[skip.min(bad.len())..];
                if rest.is_empty() {
                    break;
                }
            }
        }
    }
    valid > invalid * 4
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_every_supported_encoding() {
        let text = "قال الوزير";
        assert_eq!(decode(text.as_bytes()).unwrap().encoding, "utf-8");
        let bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
        assert_eq!(decode(&bom).unwrap(), Decoded { text: Cow::Borrowed(text), encoding: "utf-8-bom" });
        let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(decode(&le).unwrap().text, text);
        let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decode(&be).unwrap().encoding, "utf-16be");
        let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(text);
        let d = decode(&cp1256).unwrap();
        assert_eq!((d.text.as_ref(), d.encoding), (text, "windows-1256"));
    }

    #[test]
    fn rejects_binary_and_broken_utf8() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err().kind, "binary");
        let mut broken = "قال الوزير إن المحادثات مستمرة".as_bytes().to_vec();
        broken.insert(10, 0xD8);
        assert_eq!(decode(&broken).unwrap_err().kind, "encoding");
    }
}
