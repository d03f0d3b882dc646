//! Byte spans into the original text, and their conversion to character offsets.

use serde::{Deserialize, Serialize};

use crate::near::Near;

/// A half-open byte range `start..end` into the text a token, sentence or line came from.
///
/// Spans are byte offsets so that slicing the original `&str` is free; both ends always
/// fall on `char` boundaries. Use [`CharIndex`] to turn them into character (Unicode
/// scalar) offsets, the convention of Python and spaCy users and of warta's JSON output.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates a span; `start` must not exceed `end`.
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies entirely inside this span.
    #[inline]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    #[inline]
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    #[inline]
    pub fn cover(&self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    /// The text this span covers.
    ///
    /// # Panics
    ///
    /// Panics if the span is out of bounds or not on `char` boundaries of `text`, that is,
    /// if it was not produced from this text.
    #[inline]
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Span {
        Span { start: r.start, end: r.end }
    }
}

/// Converts byte offsets of one text into character (Unicode scalar value) offsets.
///
/// Built once per text in `O(n)`; it stores only the positions of multi-byte characters,
/// so pure-ASCII text costs nothing and each conversion is a binary search.
///
/// ```
/// use warta_tokenize::CharIndex;
/// let text = "“Aman,” ujarnya";
/// let index = CharIndex::new(text);
/// assert_eq!(index.char_offset(text.find('u').unwrap()), 8);
/// ```
#[derive(Clone, Debug, Default)]
pub struct CharIndex {
    /// For each multi-byte char: (byte offset just past it, extra bytes accumulated so far).
    steps: Vec<(usize, usize)>,
}

impl CharIndex {
    /// Indexes `text`, skipping runs of ASCII sixteen bytes at a time.
    pub fn new(text: &str) -> CharIndex {
        let bytes = text.as_bytes();
        let mut steps = Vec::new();
        let mut extra = 0;
        let mut i = 0;
        while i < bytes.len() {
            if bytes.get(i..i + 16).is_some_and(<[u8]>::is_ascii) {
                i += 16;
                continue;
            }
            // The length of the character that starts here, from its lead byte.
            let n = match bytes[i] {
                0..0x80 => 1,
                0xf0.. => 4,
                0xe0.. => 3,
                _ => 2,
            };
            if n > 1 {
                extra += n - 1;
                steps.push((i + n, extra));
            }
            i += n;
        }
        CharIndex { steps }
    }

    /// The character offset of byte offset `byte`, which should be a char boundary (for
    /// an offset inside a character the result is that character's offset plus the
    /// bytes into it).
    pub fn char_offset(&self, byte: usize) -> usize {
        // Number of multi-byte chars that end at or before `byte`.
        self.offset_after(byte, self.steps.partition_point(|&(end, _)| end <= byte))
    }

    /// Both ends of `span` as character offsets.
    pub fn char_span(&self, span: Span) -> (usize, usize) {
        (self.char_offset(span.start), self.char_offset(span.end))
    }

    /// Conversions that search from where the last one ended, for offsets asked for
    /// mostly in text order (as when a document is written out).
    pub fn cursor(&self) -> CharCursor<'_> {
        CharCursor { index: self, near: Near::new(&self.steps) }
    }

    /// The character offset of `byte` when `k` multi-byte characters end at or before it.
    fn offset_after(&self, byte: usize, k: usize) -> usize {
        byte - if k == 0 { 0 } else { self.steps[k - 1].1 }
    }
}

/// A [`CharIndex`] read from where the last conversion ended (see [`CharIndex::cursor`]).
/// Not `Sync`: make one per document and thread.
pub struct CharCursor<'i> {
    index: &'i CharIndex,
    near: Near<'i, (usize, usize)>,
}

impl CharCursor<'_> {
    /// [`CharIndex::char_offset`], searching from the last answer.
    pub fn char_offset(&self, byte: usize) -> usize {
        if self.index.steps.is_empty() {
            return byte;
        }
        self.index.offset_after(byte, self.near.partition(|&(end, _)| end <= byte))
    }

    /// [`CharIndex::char_span`], searching from the last answer.
    pub fn char_span(&self, span: Span) -> (usize, usize) {
        (self.char_offset(span.start), self.char_offset(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The character offset of `byte` as first defined: a step per multi-byte character,
    /// from `char_indices`, independently of the fast build.
    fn reference(text: &str, byte: usize) -> usize {
        let mut extra = 0;
        for (i, c) in text.char_indices() {
            if i + c.len_utf8() > byte {
                break;
            }
            extra += c.len_utf8() - 1;
        }
        byte - extra
    }

    proptest! {
        /// The index and its cursor give the reference offsets for every byte offset, on
        /// a boundary or not, past the end too, in any order.
        #[test]
        fn index_and_cursor_agree_with_the_reference(
            text in "(a|é|–|“|日本|𝄞|🇮🇩| |\\n){0,60}",
            probes in proptest::collection::vec(0usize..200, 0..40),
        ) {
            let index = CharIndex::new(&text);
            let cursor = index.cursor();
            for &p in &probes {
                prop_assert_eq!(index.char_offset(p), reference(&text, p));
                let span = Span::new(p.min(p / 2 + 3), p);
                prop_assert_eq!(cursor.char_span(span), index.char_span(span));
            }
        }
    }

    #[test]
    fn long_ascii_runs_are_skipped_but_counted() {
        let text = format!("{}é{}𝄞{}", "x".repeat(37), "y".repeat(16), "z".repeat(5));
        let index = CharIndex::new(&text);
        for b in 0..text.len() + 3 {
            assert_eq!(index.char_offset(b), reference(&text, b), "byte {b}");
        }
    }

    #[test]
    fn char_offsets_match_char_indices() {
        for text in ["", "abc", "“Aman,” ujar – dia", "é\u{1F600}x", "Kamis (8/8) – “ya”"]
        {
            let index = CharIndex::new(text);
            for (ci, (bi, _)) in text.char_indices().enumerate() {
                assert_eq!(index.char_offset(bi), ci, "{text:?} at byte {bi}");
            }
            assert_eq!(index.char_offset(text.len()), text.chars().count());
        }
    }

    #[test]
    fn span_helpers() {
        let a = Span::new(2, 5);
        let b = Span::new(4, 9);
        assert!(a.overlaps(b));
        assert!(!a.overlaps(Span::new(5, 6)));
        assert_eq!(a.cover(b), Span::new(2, 9));
        assert!(Span::new(0, 10).contains(a));
        assert_eq!(a.len(), 3);
        assert_eq!(Span::new(0, 3).slice("Pemilu"), "Pem");
    }
}
