//! A small set of lowercase words, tested against text without allocating.

/// A set of words matched without regard to case, for per-token tests (speech verbs,
/// cue words): building lowercases the words once; testing allocates nothing.
///
/// ```
/// use warta_ner::WordSet;
/// let verbs = WordSet::new(["ujar", "kata"]);
/// assert!(verbs.contains("Ujar") && !verbs.contains("ujarnya"));
/// ```
///
/// Lowercase words, sorted, with a filter on the first two letters and the length: most
/// words of a text are rejected by one bit test, the rest by a binary search over an
/// ASCII-lowercased copy on the stack.
#[derive(Clone, Debug, Default)]
pub struct WordSet {
    words: Vec<String>,
    /// A bit per (first letter, second letter, length) key, see [`WordSet::key`].
    filter: [u64; 16],
    longest: usize,
}

impl WordSet {
    /// The set of `words`, lowercased.
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> WordSet {
        let mut words: Vec<String> = words.into_iter().map(str::to_lowercase).collect();
        words.sort_unstable();
        words.dedup();
        let mut filter = [0u64; 16];
        for w in &words {
            let k = Self::key(w);
            filter[k / 64] |= 1 << (k % 64);
        }
        let longest = words.iter().map(String::len).max().unwrap_or(0);
        WordSet { words, filter, longest }
    }

    /// A bit index from the first two bytes (ASCII-lowercased) and the length.
    fn key(w: &str) -> usize {
        let b = w.as_bytes();
        let at = |i: usize| usize::from(b.get(i).map_or(0, u8::to_ascii_lowercase));
        (at(0) * 31 + at(1) * 7 + b.len()) % 1024
    }

    /// False when no word of the set has the key of `word` (lowercase, or ASCII).
    fn may_contain(&self, word: &str) -> bool {
        let k = Self::key(word);
        self.filter[k / 64] & (1 << (k % 64)) != 0
    }

    /// Whether `word`, lowercased, is in the set.
    pub fn contains(&self, word: &str) -> bool {
        if word.is_empty() || word.len() > self.longest {
            return false;
        }
        if !word.is_ascii() {
            let lower = word.to_lowercase();
            return self.may_contain(&lower) && self.words.binary_search(&lower).is_ok();
        }
        if !self.may_contain(word) {
            return false;
        }
        let mut buf = [0u8; 32];
        let lower = match buf.get_mut(..word.len()) {
            Some(lower) => lower,
            None => return self.words.binary_search(&word.to_ascii_lowercase()).is_ok(),
        };
        for (l, c) in lower.iter_mut().zip(word.bytes()) {
            *l = c.to_ascii_lowercase();
        }
        self.words.binary_search_by(|w| w.as_bytes().cmp(lower)).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::WordSet;

    #[test]
    fn finds_words_in_any_case_and_rejects_others() {
        let set = WordSet::new(["ujar", "kata", "Menegaskan", "jelasnya"]);
        for w in ["ujar", "UJAR", "Kata", "menegaskan", "JelasNya"] {
            assert!(set.contains(w), "{w}");
        }
        for w in ["", "uja", "ujarnya", "bata", "menegaskannya", "ü", "katä"] {
            assert!(!set.contains(w), "{w}");
        }
        assert!(WordSet::new(["über"]).contains("Über"));
        assert!(!WordSet::default().contains("kata"));
    }
}
