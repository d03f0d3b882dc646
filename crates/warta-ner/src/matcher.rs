//! One aho-corasick automaton over every surface form of the gazetteer.
//!
//! The automaton is ASCII case-insensitive and leftmost-longest, and it runs anchored at
//! each word boundary of the text (token starts, and letters after a mark inside a token),
//! so it never scans the inside of words. Each match is checked for a word boundary at its
//! end (or a token boundary the tokenizer found inside glued text), for blocked spans
//! (furniture lines, URLs), and for case: acronyms must be written exactly ("KPU", not
//! "kpu"), regions and ranks capitalized. When the longest match at a boundary fails, the
//! next shorter one is tried. The walk keeps the valid matches that do not overlap an
//! earlier one: these are the [`Atom`]s.

use std::collections::HashMap;

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::{Builder, NFA};
use aho_corasick::{Anchored, MatchKind, PatternID};
use warta_gazetteer::{EntryId, EntryKind, Gazetteer};
use warta_tokenize::{Span, Token};

use crate::wordset::{NOT_ASCII, hash_lower};

/// A gazetteer match: a span and the entries whose surface it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Atom {
    pub span: Span,
    ids: Ids,
    /// A bit per kind of its entries, see [`kind_bit`].
    kinds: u32,
}

/// The bit of `kind` in [`Atom::kinds`].
pub(crate) fn kind_bit(kind: EntryKind) -> u32 {
    let i = EntryKind::ALL.iter().position(|&k| k == kind).unwrap_or(31);
    1 << i.min(31)
}

impl Atom {
    /// A bit per kind of its entries (an OR of [`kind_bit`]s).
    pub(crate) fn kinds(&self) -> u32 {
        self.kinds
    }

    /// The entries whose surface this atom is.
    pub(crate) fn ids(&self) -> &[EntryId] {
        match &self.ids {
            Ids::Inline(n, ids) => &ids[..usize::from(*n)],
            Ids::Heap(ids) => ids,
        }
    }
}

/// The entries of an atom: nearly always one to three, kept inline.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Ids {
    Inline(u8, [EntryId; 3]),
    Heap(Vec<EntryId>),
}

impl Ids {
    fn new(mut ids: impl Iterator<Item = EntryId>) -> Ids {
        // An empty Vec does not allocate.
        let Some(first) = ids.next() else { return Ids::Heap(Vec::new()) };
        let mut inline = [first; 3];
        let mut n = 1;
        for id in ids {
            if n == inline.len() {
                let mut heap = inline.to_vec();
                heap.push(id);
                return Ids::Heap(heap);
            }
            inline[n] = id;
            n += 1;
        }
        Ids::Inline(n as u8, inline)
    }

    fn is_empty(&self) -> bool {
        matches!(self, Ids::Heap(ids) if ids.is_empty())
    }
}

/// How the written form must look for an entry to count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Case {
    /// Any case ("kapolres", "Kapolres", "KAPOLRES").
    Any,
    /// Exactly as in the gazetteer (acronyms: "KPU", "TPS").
    Exact,
    /// The last word starts with a capital ("Bangkalan", "kabupaten Bangkalan").
    Capitalized,
}

#[derive(Clone, Debug)]
struct Form {
    id: EntryId,
    surface: String,
    case: Case,
    kind_bit: u32,
}

/// The compiled matcher.
#[derive(Clone, Debug)]
pub(crate) struct Matcher {
    /// The automaton, walked byte by byte from its anchored start (see
    /// [`Matcher::starting_at`]).
    automaton: NFA,
    forms: Vec<Vec<Form>>,
    /// The first words of the patterns, to skip the automaton where none can start.
    first_words: FirstWords,
}

/// The first words of the patterns (the run of alphanumeric characters each starts
/// with, ASCII-lowercased as the automaton compares), as a Bloom filter.
///
/// A match can only start where the word of the text is the first word of a pattern: the
/// pattern goes on after its first word with a mark or a space that the text must have
/// too, or it ends there, and a match ends at a word boundary. So most words of a text,
/// which start no pattern, cost one hash and two bit tests instead of a walk of the
/// automaton. The filter has about sixteen bits per word, so it stays in the processor's
/// nearest cache; a false positive (well under one word in a hundred) only runs the
/// automaton in vain.
#[derive(Clone, Debug)]
struct FirstWords {
    /// A power of two of bits.
    bits: Vec<u64>,
    /// A bit per ASCII mark that starts a pattern ("(" of "(P)").
    marks: u128,
}

impl FirstWords {
    fn new<'p>(patterns: impl Iterator<Item = &'p str>) -> FirstWords {
        let mut marks = 0u128;
        let hashes: Vec<u64> = patterns
            .filter_map(|p| {
                let end = word_len(p);
                if end == 0 {
                    // Patterns that start with a non-ASCII mark are not filtered.
                    let first = p.bytes().next().map_or(0, |b| if b < 0x80 { b } else { 0 });
                    marks |= 1 << first;
                    return None;
                }
                Some(hash_lower(&p.as_bytes()[..end]))
            })
            .collect();
        let words = (hashes.len() * 16).next_power_of_two().max(1024) / 64;
        let mut filter = FirstWords { bits: vec![0; words], marks };
        for h in hashes {
            let (a, b) = filter.probes(h);
            filter.bits[a / 64] |= 1 << (a % 64);
            filter.bits[b / 64] |= 1 << (b % 64);
        }
        filter
    }

    /// The two bits of hash `h`, from its upper and its middle bits.
    fn probes(&self, h: u64) -> (usize, usize) {
        let mask = self.bits.len() * 64 - 1;
        ((h >> 40) as usize & mask, (h >> 16) as usize & mask)
    }

    fn contains_hash(&self, h: u64) -> bool {
        let (a, b) = self.probes(h);
        self.bits[a / 64] & (1 << (a % 64)) != 0 && self.bits[b / 64] & (1 << (b % 64)) != 0
    }
}

/// The run of alphanumeric characters at the start of `s`, in bytes.
pub(crate) fn word_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut n = 0;
    while n < bytes.len() && ASCII_ALNUM[usize::from(bytes[n])] {
        n += 1;
    }
    if bytes.get(n).is_none_or(|&b| b < 0x80) {
        return n;
    }
    s[n..].find(|c: char| !c.is_alphanumeric()).map_or(s.len(), |m| n + m)
}

/// Whether each byte is an ASCII letter or digit.
static ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Kinds the relation stage reads from tokens rather than from the automaton.
fn matched_kind(kind: EntryKind) -> bool {
    !matches!(
        kind,
        EntryKind::Speech
            | EntryKind::RepresentActive
            | EntryKind::RepresentPassive
            | EntryKind::Via
            | EntryKind::Role
    )
}

fn is_acronym(s: &str) -> bool {
    let upper = s.chars().filter(char::is_ascii_uppercase).count();
    upper >= 2 && !s.chars().any(|c| c.is_lowercase())
}

impl Matcher {
    pub(crate) fn new(gazetteer: &Gazetteer) -> Result<Matcher, aho_corasick::BuildError> {
        let mut index: HashMap<String, usize, foldhash::fast::RandomState> = HashMap::default();
        let mut patterns: Vec<String> = Vec::new();
        let mut forms: Vec<Vec<Form>> = Vec::new();
        for (surface, id) in gazetteer.surfaces() {
            let kind = gazetteer.entry(id).kind();
            if !matched_kind(kind) || surface.is_empty() {
                continue;
            }
            let case = if is_acronym(&surface) {
                Case::Exact
            } else if kind.is_region() || kind == EntryKind::Rank {
                Case::Capitalized
            } else if kind == EntryKind::Organization && surface.contains(' ') {
                // "pemerintah daerah", "kejaksaan negeri" in lowercase are common nouns.
                Case::Capitalized
            } else {
                Case::Any
            };
            let key = surface.to_ascii_lowercase();
            let slot = *index.entry(key).or_insert_with(|| {
                patterns.push(surface.clone());
                forms.push(Vec::new());
                patterns.len() - 1
            });
            if !forms[slot].iter().any(|f| f.id == id) {
                forms[slot].push(Form { id, surface, case, kind_bit: kind_bit(kind) });
            }
        }
        // The contiguous NFA is what `AhoCorasick` picks for a gazetteer this size; it is
        // used directly, through the `Automaton` trait, to read every pattern that starts
        // at a boundary in one walk. No prefilter: the walks are anchored.
        let automaton = Builder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .prefilter(false)
            .build(&patterns)?;
        let first_words = FirstWords::new(patterns.iter().map(String::as_str));
        Ok(Matcher { automaton, forms, first_words })
    }

    /// Valid, leftmost-longest, non-overlapping gazetteer matches in `text`.
    ///
    /// `tokens` are all tokens of `text`; `blocked` are sorted, non-overlapping spans where
    /// nothing may match.
    ///
    /// A match must start at a word boundary, so the automaton is run anchored at each
    /// boundary only (token starts, and letters after a mark inside a token:
    /// "0820/Probolinggo"), never across the inside of words.
    pub(crate) fn atoms(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        keys: &[u64],
        blocked: &[Span],
    ) -> Vec<Atom> {
        let mut out: Vec<Atom> = Vec::new();
        let mut last_end = 0;
        let mut starting: Vec<(usize, PatternID)> = Vec::new();
        let mut at_boundary =
            |at: usize, token_end: usize, word: Option<(usize, u64)>, out: &mut Vec<Atom>| {
                if at < last_end || !self.may_start(text, at, token_end, word) {
                    return;
                }
                // The longest pattern that starts at `at`; when it fails the checks, the
                // next shorter one, and so on (rarely more than twice).
                self.starting_at(text, at, &mut starting);
                let best = starting.iter().rev().find_map(|&(end, pattern)| {
                    let span = Span::new(at, end);
                    if !is_boundary_end(text, tokens, span.end) || overlaps_any(blocked, span) {
                        return None;
                    }
                    let written = &text[span.start..span.end];
                    let forms = &self.forms[pattern.as_usize()];
                    let mut kinds = 0;
                    let ids = Ids::new(forms.iter().filter(|f| case_ok(f, written)).map(|f| {
                        kinds |= f.kind_bit;
                        f.id
                    }));
                    (!ids.is_empty()).then_some(Atom { span, ids, kinds })
                });
                if let Some(atom) = best {
                    last_end = atom.span.end;
                    out.push(atom);
                }
            };
        for (i, t) in tokens.iter().enumerate() {
            let n = word_len(t.text);
            at_boundary(t.span.start, t.span.end, keys.get(i).map(|&k| (n, k)), &mut out);
            // Marks inside a token ("S.I.K.", "0820/Probolinggo") open words too.
            if n == t.text.len() || t.text.bytes().all(|b| b >= 0x80 || b.is_ascii_alphanumeric()) {
                continue;
            }
            let mut prev_alnum = true;
            for (i, c) in t.text.char_indices() {
                let alnum = c.is_alphanumeric();
                if alnum && !prev_alnum {
                    at_boundary(t.span.start + i, t.span.end, None, &mut out);
                }
                prev_alnum = alnum;
            }
        }
        out
    }

    /// Every pattern that matches the text from `at` (ASCII case-insensitively), as its
    /// end and its index, shortest first: one walk of the automaton from its anchored
    /// start, until no pattern goes on.
    fn starting_at(&self, text: &str, at: usize, found: &mut Vec<(usize, PatternID)>) {
        found.clear();
        let nfa = &self.automaton;
        let Ok(mut state) = nfa.start_state(Anchored::Yes) else { return };
        for (i, &b) in text.as_bytes()[at..].iter().enumerate() {
            state = nfa.next_state(Anchored::Yes, state, b);
            if !nfa.is_special(state) {
                continue;
            }
            if nfa.is_dead(state) {
                break;
            }
            if nfa.is_match(state) {
                // A state may also carry a match that started later (a suffix, for
                // unanchored searches): only those that start at `at` count.
                let end = at + i + 1;
                let pattern = nfa.match_pattern(state, 0);
                if end - nfa.pattern_len(pattern) == at {
                    found.push((end, pattern));
                }
            }
        }
    }

    /// Whether a pattern may start at `at`, inside a token that ends at `token_end`;
    /// `word` is the [`word_len`] and the word-list hash of the token when `at` is its
    /// start.
    fn may_start(
        &self,
        text: &str,
        at: usize,
        token_end: usize,
        word: Option<(usize, u64)>,
    ) -> bool {
        let rest = &text[at..token_end];
        let (n, key) = match word {
            Some((n, key)) => (n, Some(key)),
            None => (word_len(rest), None),
        };
        if n == 0 {
            // A mark: few patterns start with one ("(P)").
            let b = rest.as_bytes().first().map_or(0, |&b| if b < 0x80 { b } else { 0 });
            return self.first_words.marks & (1 << b) != 0;
        }
        if n == rest.len() && text[token_end..].chars().next().is_some_and(char::is_alphanumeric) {
            return true; // glued words go on past the token: let the automaton decide
        }
        match key {
            // The word is the whole token: its hash is known.
            Some(key) if n == rest.len() && key != NOT_ASCII => self.first_words.contains_hash(key),
            _ => self.first_words.contains_hash(hash_lower(&rest.as_bytes()[..n])),
        }
    }
}

fn case_ok(form: &Form, written: &str) -> bool {
    match form.case {
        Case::Any => true,
        Case::Exact => written == form.surface,
        Case::Capitalized => written
            .rsplit(|c: char| c.is_whitespace() || c == '.')
            .find(|w| !w.is_empty())
            .and_then(|w| w.chars().next())
            .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()),
    }
}

fn is_boundary_end(text: &str, tokens: &[Token<'_>], at: usize) -> bool {
    let after = text[at..].chars().next();
    let last = text[..at].chars().next_back();
    match (last, after) {
        (_, None) => true,
        (Some(l), Some(a)) if !(l.is_alphanumeric() && a.is_alphanumeric()) => true,
        _ => tokens.binary_search_by_key(&at, |t| t.span.end).is_ok(),
    }
}

/// Whether `span` overlaps one of the sorted, non-overlapping `spans`.
pub(crate) fn overlaps_any(spans: &[Span], span: Span) -> bool {
    let i = spans.partition_point(|s| s.end <= span.start);
    spans.get(i).is_some_and(|s| s.start < span.end)
}
