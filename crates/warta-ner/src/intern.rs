//! Shared strings: what the gazetteer and the rules write into every entity they find.
//!
//! An entity's source ("gazetteer:regions.tsv:512") and the canonical names, kinds and
//! provinces of gazetteer entries are the same few thousand strings in every document.
//! [`shared`] turns one into a [`CompactString`] that clones without allocating: strings
//! of up to 24 bytes are stored inline, longer ones are interned once for the life of the
//! process and referenced. The interner holds each distinct string once, so building
//! recognizers over the same gazetteer again costs no memory; only distinct strings of
//! distinct gazetteers add to it.

use std::collections::HashSet;
use std::sync::Mutex;

use compact_str::CompactString;
use once_cell::sync::Lazy;
use warta_gazetteer::Entry;

/// Longest string a [`CompactString`] stores inline.
const INLINE: usize = std::mem::size_of::<String>();

static INTERNED: Lazy<Mutex<HashSet<&'static str>>> = Lazy::new(|| Mutex::new(HashSet::new()));

/// `s` as a string that clones without allocating.
pub(crate) fn shared(s: &str) -> CompactString {
    if s.len() <= INLINE {
        return CompactString::from(s);
    }
    // A poisoned lock only means another thread panicked while inserting; the set is
    // still valid.
    let mut set = INTERNED.lock().unwrap_or_else(|e| e.into_inner());
    let interned: &'static str = match set.get(s) {
        Some(&known) => known,
        None => {
            let leaked: &'static str = Box::leak(s.to_owned().into_boxed_str());
            set.insert(leaked);
            leaked
        }
    };
    CompactString::const_new(interned)
}

/// The strings of one gazetteer entry that entities carry, made [`shared`] once when a
/// recognizer is built.
#[derive(Clone, Debug)]
pub(crate) struct EntryStrings {
    /// `gazetteer:<file>:<line>`.
    pub source: CompactString,
    /// The canonical name.
    pub name: CompactString,
    /// The province of a kabupaten, kota or town.
    pub province: Option<CompactString>,
    /// The category column ("police", "academic" …).
    pub category: Option<CompactString>,
    /// The kind of unit an office heads.
    pub heads: Option<CompactString>,
}

impl EntryStrings {
    /// The strings of `entry`.
    pub(crate) fn of(entry: &Entry) -> EntryStrings {
        EntryStrings {
            source: shared(&format!("gazetteer:{}", entry.origin())),
            name: shared(entry.name()),
            province: entry.province().map(shared),
            category: entry.category().map(shared),
            heads: entry.heads().map(shared),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_strings_are_interned_once() {
        let long = "gazetteer:an_unusually_long_file_name.tsv:1234";
        let a = shared(long);
        let copy: String = long.chars().collect();
        let b = shared(&copy);
        assert_eq!(a, long);
        assert_eq!(a.as_static_str().map(str::as_ptr), b.as_static_str().map(str::as_ptr));
        assert!(a.as_static_str().is_some(), "a long string is a static reference");
        assert_eq!(shared("rule:date"), "rule:date");
        assert!(!shared("rule:date").is_heap_allocated());
    }
}
