//! The Indonesian gazetteer behind warta: every name its recognizer looks for.
//!
//! `warta-gazetteer` holds typed [`Entry`]s for all 38 provinces, 416 kabupaten and 98
//! kota (with the short forms news uses and the seat towns it names instead), the Polri
//! and TNI rank ladders with corps suffixes, positions (jabatan) and the units they head,
//! organizations and unit schemes, election and operation names, academic and religious
//! titles, and the speech and representation cues later stages need.
//!
//! # Overview
//!
//! * The defaults are TSV files in the workspace's `gazetteers/` folder, embedded at build
//!   time and parsed once on first use: [`Gazetteer::embedded`]. The binary needs no
//!   files at run time.
//! * [`Gazetteer::builder`] extends or replaces them: add the defaults, add your own files
//!   or entries, remove or override entries. The same API serves embedded-only,
//!   user-only and both, as ripgrep's type definitions do.
//! * Bad data never panics: every problem names its file, line and column
//!   (`regions.tsv:12: expected 5 tab-separated columns, found 1`); a strict build fails
//!   on any, [`GazetteerBuilder::build_lenient`] skips bad lines and reports each.
//! * [`Gazetteer::lookup`] finds entries by surface form, case-insensitive and tolerant
//!   of dots and spacing ("Kab. Bangkalan" = "kabupaten bangkalan");
//!   [`Gazetteer::surfaces`] lists every surface form with its entry, for compiling one
//!   automaton.
//!
//! # Example
//!
//! ```
//! use warta_gazetteer::{Branch, EntryKind, Gazetteer};
//!
//! let g = Gazetteer::embedded();
//! let bangkalan = g.lookup_kind("Kab. Bangkalan", EntryKind::Kabupaten).unwrap();
//! assert_eq!(bangkalan.province(), Some("Jawa Timur"));
//!
//! let akbp = g.lookup_kind("AKBP", EntryKind::Rank).unwrap();
//! assert_eq!(akbp.branch(), Some(Branch::Polri));
//!
//! let kapolres = g.lookup_kind("Kepala Kepolisian Resor", EntryKind::Position).unwrap();
//! assert_eq!((kapolres.name(), kapolres.heads()), ("Kapolres", Some("Polres")));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod builder;
mod embedded;
mod entry;
mod error;
mod parse;

use std::collections::HashMap;

use once_cell::sync::Lazy;

pub use builder::GazetteerBuilder;
pub use entry::{Branch, Entry, EntryKind, Origin, REGION_UNITS, Takes, TitlePlace, normalize};
pub use error::{Error, Problem, ProblemKind};

/// The index of an entry in its [`Gazetteer`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntryId(u32);

impl EntryId {
    /// The position of the entry in [`Gazetteer::entries`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A built gazetteer: entries with an index by normalized surface form and by kind.
///
/// Built once and shared: it is immutable, `Send` and `Sync`.
#[derive(Clone, Debug)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    by_surface: HashMap<String, Vec<EntryId>, foldhash::fast::RandomState>,
    by_kind: Vec<Vec<EntryId>>,
}

static EMBEDDED: Lazy<Gazetteer> = Lazy::new(|| {
    // The embedded data is checked by the crate's tests; should it ever be broken, the
    // valid lines still load rather than taking the program down.
    GazetteerBuilder::new().add_defaults().build_lenient().0
});

impl Gazetteer {
    /// The default gazetteer compiled into the crate, parsed on first use.
    pub fn embedded() -> &'static Gazetteer {
        &EMBEDDED
    }

    /// A builder starting empty; call [`GazetteerBuilder::add_defaults`] to start from the
    /// defaults.
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::new()
    }

    pub(crate) fn from_entries(entries: Vec<Entry>) -> Gazetteer {
        let mut by_surface: HashMap<String, Vec<EntryId>, foldhash::fast::RandomState> =
            HashMap::default();
        let mut by_kind = vec![Vec::new(); EntryKind::ALL.len()];
        for (i, entry) in entries.iter().enumerate() {
            let id = EntryId(i as u32);
            by_kind[entry.kind as usize].push(id);
            for surface in entry.surfaces() {
                let ids = by_surface.entry(normalize(&surface)).or_default();
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        Gazetteer { entries, by_surface, by_kind }
    }

    /// Every entry, in the order of the sources and lines they came from.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry with this id.
    ///
    /// # Panics
    ///
    /// Panics if the id comes from another gazetteer with fewer entries.
    pub fn entry(&self, id: EntryId) -> &Entry {
        &self.entries[id.index()]
    }

    /// The id of `entry` when it is one of this gazetteer's entries (a reference
    /// obtained from [`Gazetteer::entry`], a lookup or [`Gazetteer::entries`]).
    ///
    /// ```
    /// let g = warta_gazetteer::Gazetteer::embedded();
    /// let e = g.lookup("Kapolres").next().unwrap();
    /// assert!(std::ptr::eq(g.entry(g.id_of(e).unwrap()), e));
    /// ```
    pub fn id_of(&self, entry: &Entry) -> Option<EntryId> {
        // An address inside the entry slice; plain arithmetic, no pointer is dereferenced.
        let size = std::mem::size_of::<Entry>();
        let base = self.entries.as_ptr() as usize;
        let at = (entry as *const Entry as usize).checked_sub(base)?;
        let index = at / size;
        (at % size == 0 && index < self.entries.len()).then_some(EntryId(index as u32))
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the gazetteer has no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries of one kind, in source order.
    pub fn of_kind(&self, kind: EntryKind) -> impl Iterator<Item = &Entry> + '_ {
        self.by_kind[kind as usize].iter().map(|&id| self.entry(id))
    }

    /// Every entry one of whose surface forms equals `surface` after [`normalize`]: case,
    /// dots and spacing do not matter. Several entries may share a surface ("Probolinggo"
    /// is a kabupaten and a kota).
    pub fn lookup(&self, surface: &str) -> impl Iterator<Item = &Entry> + '_ {
        self.lookup_ids(surface).iter().map(|&id| self.entry(id))
    }

    /// Like [`lookup`](Gazetteer::lookup), returning ids.
    pub fn lookup_ids(&self, surface: &str) -> &[EntryId] {
        self.by_surface.get(&normalize(surface)).map_or(&[], Vec::as_slice)
    }

    /// The first entry of `kind` with this surface form.
    pub fn lookup_kind(&self, surface: &str, kind: EntryKind) -> Option<&Entry> {
        self.lookup(surface).find(|e| e.kind() == kind)
    }

    /// Every surface form with the entry it belongs to, for compiling a matcher. A form
    /// shared by several entries appears once per entry.
    pub fn surfaces(&self) -> impl Iterator<Item = (String, EntryId)> + '_ {
        self.entries
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.surfaces().into_iter().map(move |s| (s, EntryId(i as u32))))
    }

    /// The province entry named `name` (canonical or variant form).
    pub fn province(&self, name: &str) -> Option<&Entry> {
        self.lookup_kind(name, EntryKind::Province)
    }

    /// Entry counts per source file and kind, in source order.
    pub fn stats(&self) -> Vec<(String, EntryKind, usize)> {
        let mut out: Vec<(String, EntryKind, usize)> = Vec::new();
        for e in &self.entries {
            match out.iter_mut().find(|(s, k, _)| s == e.origin.source() && *k == e.kind) {
                Some((_, _, n)) => *n += 1,
                None => out.push((e.origin.source().to_owned(), e.kind, 1)),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests;
