//! Sixteen bytes of text tested at once, each with the byte after it: the
//! scans of `normalize` and `segment` over Arabic text, whose characters
//! are nearly all two bytes, a lead byte 0xD8 or 0xD9 and the one after.
//! SSE2, x86_64's baseline; the callers keep a byte-by-byte path for the
//! end of the text and other targets.

use std::arch::x86_64::{
    __m128i, _mm_cmpeq_epi8, _mm_max_epu8, _mm_min_epu8, _mm_movemask_epi8, _mm_set_epi64x, _mm_set1_epi8, _mm_sub_epi8,
};
pub(crate) use std::arch::x86_64::{_mm_and_si128 as and, _mm_andnot_si128 as and_not, _mm_or_si128 as or};

/// The lanes of a chunk: byte `k` of it in lane `k` of `lead`, byte `k + 1`
/// in lane `k` of `next`.
pub(crate) struct Pairs {
    pub lead: __m128i,
    pub next: __m128i,
}

impl Pairs {
    /// The pairs of `chunk`, sixteen bytes and the one after them.
    #[target_feature(enable = "sse2")]
    pub(crate) fn of(chunk: &[u8; 17]) -> Pairs {
        // One 16-byte number each: the compiler makes one unaligned load.
        let load = |at: usize| {
            let v = u128::from_le_bytes(chunk[at..at + 16].try_into().unwrap_or_default());
            _mm_set_epi64x((v >> 64) as i64, v as i64)
        };
        Pairs { lead: load(0), next: load(1) }
    }
}

/// The lanes of `v` equal to `b`.
#[target_feature(enable = "sse2")]
pub(crate) fn is(v: __m128i, b: u8) -> __m128i {
    _mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8))
}

/// The lanes of `v` in `lo..=hi`: `v - lo` wraps past `hi - lo` below `lo`.
#[target_feature(enable = "sse2")]
pub(crate) fn within(v: __m128i, lo: u8, hi: u8) -> __m128i {
    let d = _mm_sub_epi8(v, _mm_set1_epi8(lo as i8));
    _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8((hi - lo) as i8)), d)
}

/// The lanes of `v` no smaller than `lo`.
#[target_feature(enable = "sse2")]
pub(crate) fn at_least(v: __m128i, lo: u8) -> __m128i {
    _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(lo as i8)), v)
}

/// Bit `k` set for lane `k` set in `v`.
#[target_feature(enable = "sse2")]
pub(crate) fn mask(v: __m128i) -> u32 {
    _mm_movemask_epi8(v) as u32
}
