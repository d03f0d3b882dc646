//! Byte spans into the original text, and their conversion to character offsets.

use serde::{Deserialize, Serialize};

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
    /// Indexes `text`.
    pub fn new(text: &str) -> CharIndex {
        let mut steps = Vec::new();
        if !text.is_ascii() {
            let mut extra = 0;
            for (i, c) in text.char_indices() {
                let n = c.len_utf8();
                if n > 1 {
                    extra += n - 1;
                    steps.push((i + n, extra));
                }
            }
        }
        CharIndex { steps }
    }

    /// The character offset of byte offset `byte`, which should be a char boundary (for
    /// an offset inside a character the result is that character's offset plus the
    /// bytes into it).
    pub fn char_offset(&self, byte: usize) -> usize {
        // Number of multi-byte chars that end at or before `byte`.
        let k = self.steps.partition_point(|&(end, _)| end <= byte);
        let extra = if k == 0 { 0 } else { self.steps[k - 1].1 };
        byte - extra
    }

    /// Both ends of `span` as character offsets.
    pub fn char_span(&self, span: Span) -> (usize, usize) {
        (self.char_offset(span.start), self.char_offset(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
