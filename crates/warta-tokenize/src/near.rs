//! Searches that start where the last one ended.
//!
//! ```
//! use warta_tokenize::near::Near;
//! let starts = [0, 4, 9, 15, 22];
//! let near = Near::new(&starts);
//! assert_eq!(near.partition(|&s| s < 10), 3);
//! assert_eq!(near.partition(|&s| s < 16), 4); // found a step away from the last answer
//! ```
//!
//! Recognition walks a document left to right and looks up tokens, atoms and entities a
//! few places ahead of or behind the walk. A binary search over the whole array costs a
//! cache miss per step on a long document; searching outward from the last answer
//! (galloping) touches a handful of neighbouring elements instead, so the cost per lookup
//! stays flat from a 1 KB article to a 10 MB one.

use std::cell::Cell;

/// A sorted slice with a remembered position. Not `Sync` (the position is a `Cell`):
/// make one per document and thread.
pub struct Near<'a, T> {
    items: &'a [T],
    hint: Cell<usize>,
}

impl<'a, T> Near<'a, T> {
    /// Wraps a slice sorted for the predicates it will be searched with.
    pub fn new(items: &'a [T]) -> Near<'a, T> {
        Near { items, hint: Cell::new(0) }
    }

    /// Like `<[T]>::partition_point`: the index of the first item for which `pred` is
    /// false, `pred` being true on a prefix. Starts from the last answer.
    pub fn partition(&self, pred: impl Fn(&T) -> bool) -> usize {
        let i = gallop(self.items, self.hint.get(), pred);
        self.hint.set(i);
        i
    }
}

/// `items.partition_point(pred)`, searching outward from `hint`.
pub fn gallop<T>(items: &[T], hint: usize, pred: impl Fn(&T) -> bool) -> usize {
    let len = items.len();
    let hint = hint.min(len);
    // Most lookups ask again for the last answer or the one after it.
    let at_hint = |i: usize| (i == 0 || pred(&items[i - 1])) && (i == len || !pred(&items[i]));
    if at_hint(hint) {
        return hint;
    }
    if hint < len && at_hint(hint + 1) {
        return hint + 1;
    }
    let (mut lo, mut hi);
    if hint < len && pred(&items[hint]) {
        // The answer lies after `hint`.
        lo = hint + 1;
        hi = len;
        let mut step = 1;
        while lo < len {
            let probe = (lo + step - 1).min(len - 1);
            if pred(&items[probe]) {
                lo = probe + 1;
                step *= 2;
            } else {
                hi = probe;
                break;
            }
        }
    } else {
        // The answer is at or before `hint`.
        lo = 0;
        hi = hint;
        let mut step = 1;
        while hi > 0 {
            let probe = hi.saturating_sub(step);
            if pred(&items[probe]) {
                lo = probe + 1;
                break;
            }
            hi = probe;
            step *= 2;
        }
    }
    lo + items[lo..hi.max(lo)].partition_point(pred)
}

#[cfg(test)]
mod tests {
    use super::{Near, gallop};

    #[test]
    fn gallop_agrees_with_partition_point_from_every_hint() {
        let items: Vec<u32> = vec![1, 2, 2, 3, 5, 8, 8, 8, 13, 21, 34, 34, 55];
        for x in 0..60 {
            let want = items.partition_point(|&v| v < x);
            for hint in 0..items.len() + 3 {
                assert_eq!(gallop(&items, hint, |&v| v < x), want, "x={x} hint={hint}");
            }
        }
        assert_eq!(gallop(&[] as &[u32], 5, |&v| v < 3), 0);
    }

    #[test]
    fn near_remembers_its_last_answer() {
        let items: Vec<usize> = (0..1000).map(|i| i * 2).collect();
        let near = Near::new(&items);
        for x in (0..2100).step_by(7).chain((0..2100).rev().step_by(13)) {
            assert_eq!(near.partition(|&v| v < x), items.partition_point(|&v| v < x));
        }
    }
}
