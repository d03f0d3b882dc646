//! A small set of lowercase words, tested against text without allocating.

use warta_tokenize::Token;

/// A set of words matched without regard to case, for per-token tests (speech verbs,
/// cue words): building lowercases the words once; testing an ASCII word allocates
/// nothing.
///
/// ```
/// use warta_ner::WordSet;
/// let verbs = WordSet::new(["ujar", "kata"]);
/// assert!(verbs.contains("Ujar") && !verbs.contains("ujarnya"));
/// ```
///
/// Lowercase words in an open-addressing hash table: a test hashes the word
/// ASCII-lowercased (no copy), probes, and compares only on an equal hash.
#[derive(Clone, Debug)]
pub struct WordSet {
    words: Vec<String>,
    /// `(hash, index into words + 1)`; 0 marks an empty slot. A power of two long.
    slots: Vec<(u64, u32)>,
    longest: usize,
    /// A bit per first byte (ASCII-lowercased) of the words.
    firsts: [u64; 4],
    /// A bit per length of the words (63 for 63 bytes and longer).
    lengths: u64,
}

impl Default for WordSet {
    fn default() -> WordSet {
        WordSet::new([])
    }
}

impl WordSet {
    /// The set of `words`, lowercased.
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> WordSet {
        let mut words: Vec<String> = words.into_iter().map(str::to_lowercase).collect();
        words.sort_unstable();
        words.dedup();
        let mut slots = vec![(0, 0); (words.len() * 2).next_power_of_two().max(8)];
        let mask = slots.len() - 1;
        for (i, w) in words.iter().enumerate() {
            let h = hash_lower(w.as_bytes());
            let mut at = slot_of(h, mask);
            while slots[at].1 != 0 {
                at = (at + 1) & mask;
            }
            // The index fits: a set of four billion words is not a word list.
            slots[at] = (h, u32::try_from(i + 1).unwrap_or(u32::MAX));
        }
        let longest = words.iter().map(String::len).max().unwrap_or(0);
        let mut firsts = [0u64; 4];
        let mut lengths = 0u64;
        for w in &words {
            let b = w.as_bytes()[0];
            firsts[usize::from(b / 64)] |= 1 << (b % 64);
            lengths |= 1 << w.len().min(63);
        }
        WordSet { words, slots, longest, firsts, lengths }
    }

    /// Whether `word`, lowercased, is in the set.
    pub fn contains(&self, word: &str) -> bool {
        if word.is_empty() || word.len() > self.longest {
            return false;
        }
        let b = word.as_bytes()[0];
        if b.is_ascii() {
            // Most words are turned away by their first letter or their length.
            let b = b.to_ascii_lowercase();
            if self.firsts[usize::from(b / 64)] & (1 << (b % 64)) == 0
                || self.lengths & (1 << word.len().min(63)) == 0
            {
                return false;
            }
        }
        if !word.is_ascii() {
            return self.find(&word.to_lowercase());
        }
        self.find(word)
    }

    /// [`WordSet::contains`] for a token whose key is known (see [`token_keys`]).
    pub(crate) fn contains_keyed(&self, word: &str, key: u64) -> bool {
        if key == NOT_ASCII {
            return self.contains(word);
        }
        if word.is_empty() || word.len() > self.longest {
            return false;
        }
        let b = word.as_bytes()[0].to_ascii_lowercase();
        if self.firsts[usize::from(b / 64)] & (1 << (b % 64)) == 0
            || self.lengths & (1 << word.len().min(63)) == 0
        {
            return false;
        }
        self.find_hashed(word, key)
    }

    /// Whether `word` (lowercase, or ASCII in any case) is in the set.
    fn find(&self, word: &str) -> bool {
        self.find_hashed(word, hash_lower(word.as_bytes()))
    }

    fn find_hashed(&self, word: &str, h: u64) -> bool {
        let mask = self.slots.len() - 1;
        let mut at = slot_of(h, mask);
        loop {
            let (slot_hash, index) = self.slots[at];
            if index == 0 {
                return false;
            }
            if slot_hash == h
                && self.words.get(index as usize - 1).is_some_and(|w| w.eq_ignore_ascii_case(word))
            {
                return true;
            }
            at = (at + 1) & mask;
        }
    }
}

/// The key of a token that is not all ASCII (hashes are never 0).
pub(crate) const NOT_ASCII: u64 = 0;

/// The key of every token, computed once per document for the word lists that test
/// tokens (index `i` for `tokens[i]`): the [`hash_lower`] of its text, or [`NOT_ASCII`].
/// `tokens` must be cut from `text`.
pub(crate) fn token_keys(text: &str, tokens: &[Token<'_>]) -> Vec<u64> {
    let bytes = text.as_bytes();
    tokens.iter().map(|t| key_at(bytes, t.span.start, t.span.end)).collect()
}

/// The key of `bytes[start..end]`, reading whole words of the text: the last, partial
/// word of a token is loaded with the bytes after it and masked, instead of being
/// assembled byte by byte. Equal to [`hash_lower`] of the same bytes when they are ASCII.
fn key_at(bytes: &[u8], start: usize, end: usize) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let Some(token) = bytes.get(start..end) else { return NOT_ASCII };
    let (h, all) =
        hash_words(token, |tail| match bytes.get(end - tail.len()..end - tail.len() + 8) {
            Some(eight) => word_of(eight) & (u64::MAX >> (64 - 8 * tail.len())),
            None => assemble(tail),
        });
    if all & HIGH != 0 { NOT_ASCII } else { h }
}

/// The first slot of hash `h` in a table of `mask + 1` slots: the high bits, which the
/// multiplication of [`hash_lower`] mixes best.
pub(crate) fn slot_of(h: u64, mask: usize) -> usize {
    (h >> 32) as usize & mask
}

/// A hash of `bytes` ASCII-lowercased, never 0: eight bytes at a time, each word
/// lowercased in a register and mixed with FxHash's step.
pub(crate) fn hash_lower(bytes: &[u8]) -> u64 {
    // Assembled byte by byte: a copy of a variable length would call memcpy.
    hash_words(bytes, assemble).0
}

/// The [`hash_lower`] of `bytes` and the OR of its eight-byte words, `tail` giving the
/// last, partial word (the remaining bytes, little-endian, zeros after them).
#[inline]
fn hash_words(bytes: &[u8], tail: impl FnOnce(&[u8]) -> u64) -> (u64, u64) {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mix = |h: u64, word: u64| (h.rotate_left(5) ^ lower8(word)).wrapping_mul(K);
    let mut h = bytes.len() as u64;
    let mut all = 0u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let word = word_of(chunk);
        all |= word;
        h = mix(h, word);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let word = tail(rest);
        all |= word;
        h = mix(h, word);
    }
    (h | 1, all)
}

/// Eight bytes as a little-endian word.
fn word_of(eight: &[u8]) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(&eight[..8]);
    u64::from_le_bytes(word)
}

/// Fewer than eight bytes as a little-endian word, zeros after them.
fn assemble(bytes: &[u8]) -> u64 {
    bytes.iter().rev().fold(0u64, |w, &b| w << 8 | u64::from(b))
}

/// Eight bytes with every ASCII capital made lowercase (other bytes unchanged).
fn lower8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let seven = x & !HIGH;
    // High bit set in each byte that is at least 'A', and in each that is above 'Z'.
    let at_least_a = seven + ONES * u64::from(0x80 - b'A');
    let above_z = seven + ONES * u64::from(0x80 - b'Z' - 1);
    let capital = at_least_a & !above_z & !x & HIGH;
    x | (capital >> 2)
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

    #[test]
    fn token_keys_are_the_hash_of_ascii_tokens() {
        use super::{NOT_ASCII, hash_lower, token_keys};
        let text = "Kapolres AKBP Budi, S.I.K. (0820/Probolinggo) “kata” Über-Bangkalan x";
        let tokens: Vec<_> = warta_tokenize::Tokenizer::new().tokens(text).collect();
        let keys = token_keys(text, &tokens);
        for (t, k) in tokens.iter().zip(keys) {
            let want = if t.text.is_ascii() { hash_lower(t.text.as_bytes()) } else { NOT_ASCII };
            assert_eq!(k, want, "{:?}", t.text);
        }
        // Every length and position, up to the end of the text.
        let text = "abcdefghijKLMNOPQRSTuvwxyz0123456789";
        for start in 0..text.len() {
            for end in start..=text.len() {
                let span = warta_tokenize::Span::new(start, end);
                let token = warta_tokenize::Token {
                    text: &text[start..end],
                    span,
                    kind: warta_tokenize::TokenKind::Word,
                };
                let key = token_keys(text, &[token])[0];
                assert_eq!(key, hash_lower(&text.as_bytes()[start..end]), "{start}..{end}");
            }
        }
    }

    #[test]
    fn the_hash_ignores_ascii_case_only() {
        use super::hash_lower;
        for w in
            ["a", "Kapolres", "KAPOLRESTABES SURABAYA", "@[`{ AZaz", "Über", "0820/Probolinggo"]
        {
            assert_eq!(
                hash_lower(w.as_bytes()),
                hash_lower(w.to_ascii_lowercase().as_bytes()),
                "{w}"
            );
        }
        // Bytes next to the capitals are not folded: "@" is not "`", "[" is not "{".
        assert_ne!(hash_lower(b"@"), hash_lower(b"`"));
        assert_ne!(hash_lower(b"["), hash_lower(b"{"));
        assert_ne!(hash_lower("\u{c1}".as_bytes()), hash_lower("\u{e1}".as_bytes()));
        assert_ne!(hash_lower(b"ab"), hash_lower(b"ab\0"));
    }
}
