//! Fixed tables of short words, looked up without regard to ASCII case and without
//! allocating: the per-token tests of the date and quantity rules.
//!
//! A [`Lexicon`] is built at compile time. Bit filters on the first byte and the length,
//! then on the first two letters and the length, reject most words of a text with one or
//! two table reads, a third one on the length, the third and the last letter most of the
//! others; the rest are compared with the few words of the table that start with the
//! same two letters.

/// The index (0 to 25) of an ASCII letter of either case.
#[inline]
pub(crate) const fn letter(b: u8) -> Option<usize> {
    let l = (b | 0x20).wrapping_sub(b'a');
    if l < 26 { Some(l as usize) } else { None }
}

/// Words of lowercase ASCII letters (2 to 31 bytes) with a value each.
#[derive(Debug)]
pub(crate) struct Lexicon<V: 'static, const N: usize> {
    /// For a first byte, a bit per length (bit `n` for `n` bytes) some word of the table
    /// that starts with it (ignoring ASCII case) has.
    first: [u32; 256],
    /// For the first two letters of a word, a bit per length (bit `n` for `n` bytes) some
    /// word of the table with those letters has.
    filter: [[u32; 26]; 26],
    /// A bit per [`tail`] of the words.
    tails: [u64; TAIL_WORDS],
    /// For the first two letters, the range of [`Lexicon::words`] that start with them.
    ranges: [[(u8, u8); 26]; 26],
    /// The words with their values, sorted by their first two letters.
    words: [(&'static str, V); N],
}

impl<V: Copy + 'static, const N: usize> Lexicon<V, N> {
    /// The table of `words`.
    ///
    /// Fails to compile on an empty table or one of more than 255 words, a word that is
    /// not 2 to 31 lowercase ASCII letters, or a word given twice.
    pub(crate) const fn new(mut words: [(&'static str, V); N]) -> Self {
        assert!(N > 0 && N < 256, "a lexicon has 1 to 255 words");
        let mut first = [0u32; 256];
        let mut filter = [[0u32; 26]; 26];
        let mut tails = [0u64; TAIL_WORDS];
        let mut i = 0;
        while i < N {
            let w = words[i].0.as_bytes();
            assert!(w.len() >= 2 && w.len() < 32, "a lexicon word has 2 to 31 bytes");
            let mut j = 0;
            while j < w.len() {
                assert!(w[j].is_ascii_lowercase(), "a lexicon word is lowercase ASCII letters");
                j += 1;
            }
            let (a, b) = ((w[0] - b'a') as usize, (w[1] - b'a') as usize);
            filter[a][b] |= 1 << w.len();
            first[w[0] as usize] |= 1 << w.len();
            first[w[0].to_ascii_uppercase() as usize] |= 1 << w.len();
            let t = tail(w);
            tails[t / 64] |= 1 << (t % 64);
            i += 1;
        }
        // Insertion sort by the first two letters; words given twice stand side by side.
        let mut i = 1;
        while i < N {
            let mut j = i;
            while j > 0 && pair(words[j - 1].0) > pair(words[j].0) {
                let e = words[j];
                words[j] = words[j - 1];
                words[j - 1] = e;
                j -= 1;
            }
            i += 1;
        }
        let mut ranges = [[(0u8, 0u8); 26]; 26];
        let mut i = 0;
        while i < N {
            let p = pair(words[i].0);
            let mut end = i + 1;
            while end < N && pair(words[end].0) == p {
                let mut k = i;
                while k < end {
                    assert!(!same(words[k].0, words[end].0), "a lexicon word given twice");
                    k += 1;
                }
                end += 1;
            }
            ranges[p / 26][p % 26] = (i as u8, end as u8);
            i = end;
        }
        Lexicon { first, filter, tails, ranges, words }
    }

    /// This table with the bits of `extra` added to [`Lexicon::filter`] (for callers that
    /// keep bits of their own there, above the lengths of the words).
    pub(crate) const fn with_filter_bits(mut self, extra: &[[u32; 26]; 26]) -> Self {
        let mut a = 0;
        while a < 26 {
            let mut b = 0;
            while b < 26 {
                self.filter[a][b] |= extra[a][b];
                b += 1;
            }
            a += 1;
        }
        self
    }

    /// The filter entry for words that start with the letters `a` and `b` (indices from
    /// [`letter`]): bit `n` when some word of the table with them has `n` bytes, and any
    /// bits added by [`Lexicon::with_filter_bits`].
    #[inline]
    pub(crate) fn filter(&self, a: usize, b: usize) -> u32 {
        self.filter[a][b]
    }

    /// False when no word of the table starts with the first byte of `w` (ignoring ASCII
    /// case) and has its length: one table read, the first test of [`Lexicon::get`].
    #[inline]
    pub(crate) fn may_hold(&self, w: &[u8]) -> bool {
        // Words of 32 bytes or more are in no table: the shift leaves no bit.
        let Ok(n) = u32::try_from(w.len()) else { return false };
        w.first().is_some_and(|&a| self.first[usize::from(a)].checked_shr(n).unwrap_or(0) & 1 != 0)
    }

    /// The value of the word of the table that equals `w` ignoring ASCII case: one table
    /// read for most words.
    #[inline]
    pub(crate) fn get(&self, w: &[u8]) -> Option<V> {
        if !self.may_hold(w) {
            return None;
        }
        let &a = w.first()?;
        let (a, b) = (letter(a)?, letter(*w.get(1)?)?);
        // may_hold has seen to it that the length is below 32.
        if self.filter[a][b] >> w.len() & 1 == 0 {
            return None;
        }
        let t = tail(w);
        if self.tails[t / 64] >> (t % 64) & 1 == 0 {
            return None;
        }
        self.close(a, b, w)
    }

    /// [`Lexicon::get`] of a word that passed the filter.
    #[inline(never)]
    fn close(&self, a: usize, b: usize, w: &[u8]) -> Option<V> {
        let (from, to) = self.ranges[a][b];
        let words = self.words.get(usize::from(from)..usize::from(to))?;
        // The words are lowercase ASCII letters: setting bit 0x20 of a byte lowercases an
        // ASCII letter and makes no other byte a letter.
        let same =
            |word: &[u8]| word.len() == w.len() && word.iter().zip(w).all(|(&l, &b)| b | 0x20 == l);
        words.iter().find(|(word, _)| same(word.as_bytes())).map(|&(_, v)| v)
    }
}

/// The number of `u64` words of [`Lexicon::tails`].
const TAIL_WORDS: usize = 64;

/// A hash of the length, the third and the last byte of a word of at least two bytes
/// (ASCII-lowercased), below `64 * TAIL_WORDS`.
#[inline]
const fn tail(w: &[u8]) -> usize {
    let third = if w.len() > 2 { w[2] } else { w[1] };
    let last = w[w.len() - 1];
    let h = ((third | 0x20) as usize) * 31 + ((last | 0x20) as usize) * 131 + w.len() * 7;
    h % (64 * TAIL_WORDS)
}

/// The index of the first two letters of a lexicon word.
const fn pair(w: &str) -> usize {
    let w = w.as_bytes();
    (w[0] - b'a') as usize * 26 + (w[1] - b'a') as usize
}

/// Whether two words are the same.
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    static L: Lexicon<u8, 5> =
        Lexicon::new([("dua", 2), ("sebelas", 11), ("satu", 1), ("sejuta", 6), ("sebulan", 30)]);

    #[test]
    fn lookups_ignore_ascii_case_only() {
        let found = [
            ("dua", Some(2)),
            ("DUA", Some(2)),
            ("Satu", Some(1)),
            ("SeBeLaS", Some(11)),
            ("sebulan", Some(30)),
            ("sejuta", Some(6)),
        ];
        for (w, v) in found {
            assert_eq!(L.get(w.as_bytes()), v, "{w}");
        }
        let missing = [
            "",
            "d",
            "du",
            "duaa",
            "dua.",
            "satu ",
            "d\u{fc}a",
            "se",
            "sejuta\u{0}",
            "DU\u{1}",
            "s\u{212A}tu",
            "sat",
            "satuu",
            "sebelaz",
            "@ua",
            "D`A",
        ];
        for w in missing {
            assert_eq!(L.get(w.as_bytes()), None, "{w:?}");
        }
        assert_eq!(L.get(&[b'a'; 40]), None);
        assert_eq!(L.get(&[b's'; 32]), None);
        assert_eq!(L.get(&[b's'; 33]), None);
    }

    #[test]
    fn filter_and_ranges() {
        let (s, e, d, u) = (18, 4, 3, 20);
        assert_eq!(L.filter(s, e), 1 << 7 | 1 << 6);
        assert_eq!(L.filter(d, u), 1 << 3);
        assert_eq!(L.filter(d, e), 0);
        assert_eq!(L.first[usize::from(b'S')], 1 << 4 | 1 << 6 | 1 << 7);
        assert_eq!(L.first[usize::from(b'x')], 0);
        let (from, to) = L.ranges[s][e];
        assert_eq!(to - from, 3);
    }
}
