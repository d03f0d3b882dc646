//! Building a gazetteer from the defaults, user files and entries.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use crate::entry::{Entry, EntryKind, REGION_UNITS, normalize};
use crate::error::{Error, Problem, ProblemKind};
use crate::{Gazetteer, embedded, parse};

/// One step of a build, applied in the order the builder was called.
#[derive(Clone, Debug)]
enum Step {
    Entries(Vec<Entry>),
    Remove(EntryKind, String),
}

/// Builds a [`Gazetteer`]: start empty or from the defaults, add files or entries, remove
/// or override entries.
///
/// Steps apply in the order they are called. An entry whose kind, name and scope
/// (province for regions, branch for ranks) match an earlier one is a *conflicting
/// duplicate* unless both say the same thing; with [`allow_override`] the later one
/// replaces the earlier instead.
///
/// ```
/// use warta_gazetteer::{EntryKind, Gazetteer};
///
/// let extra = "kind\tname\tprovince\tseat_of\tvariants\n\
///              town\tKota Contoh\tJawa Timur\tMalang\tKoton\n";
/// let gazetteer = Gazetteer::builder()
///     .add_defaults()
///     .add_tsv("mine.tsv", extra)
///     .remove(EntryKind::Town, "Negara")
///     .build()?;
/// assert_eq!(gazetteer.lookup_kind("Koton", EntryKind::Town).unwrap().seat_of(), Some("Malang"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// [`allow_override`]: GazetteerBuilder::allow_override
#[derive(Clone, Debug, Default)]
pub struct GazetteerBuilder {
    steps: Vec<Step>,
    problems: Vec<Problem>,
    allow_override: bool,
}

impl GazetteerBuilder {
    /// An empty builder: no entries at all.
    pub fn new() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// Adds the default data embedded in the crate (every file of `gazetteers/`).
    pub fn add_defaults(&mut self) -> &mut GazetteerBuilder {
        for (name, text) in embedded::FILES {
            self.add_tsv(name, text);
        }
        self
    }

    /// Adds the entries of one TSV text; `source` names it in error messages. The table
    /// is recognized by its header row, so the name does not matter.
    pub fn add_tsv(&mut self, source: &str, text: &str) -> &mut GazetteerBuilder {
        let mut entries = Vec::new();
        parse::parse(source, text, &mut entries, &mut self.problems);
        self.steps.push(Step::Entries(entries));
        self
    }

    /// Reads and adds a TSV file. A file that cannot be read becomes a problem reported by
    /// [`build`](GazetteerBuilder::build); so does each line that is not UTF-8, with its
    /// line and field, while the file's other lines are read as usual.
    pub fn add_file(&mut self, path: impl AsRef<Path>) -> &mut GazetteerBuilder {
        let path = path.as_ref();
        let source = path.display().to_string();
        match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => self.add_tsv(&source, &text),
                Err(e) => {
                    let text = self.blank_lines_not_utf8(&source, e.as_bytes());
                    self.add_tsv(&source, &text)
                }
            },
            Err(e) => {
                self.problems.push(Problem {
                    source,
                    line: 0,
                    column: None,
                    text: String::new(),
                    kind: ProblemKind::Io(e.to_string()),
                });
                self
            }
        }
    }

    /// Reports each line of `bytes` that is not UTF-8 and returns the text with those
    /// lines left empty, so that the other lines are read and keep their numbers.
    fn blank_lines_not_utf8(&mut self, source: &str, bytes: &[u8]) -> String {
        let mut text = String::with_capacity(bytes.len());
        let mut offset = 0;
        for (i, line) in bytes.split_inclusive(|&b| b == b'\n').enumerate() {
            match std::str::from_utf8(line) {
                Ok(valid) => text.push_str(valid),
                Err(e) => {
                    let at = e.valid_up_to();
                    self.problems.push(Problem {
                        source: source.to_owned(),
                        line: i + 1,
                        column: Some(line[..at].iter().filter(|&&b| b == b'\t').count() + 1),
                        text: String::from_utf8_lossy(line.trim_ascii_end()).into_owned(),
                        kind: ProblemKind::NotUtf8 { offset: offset + at },
                    });
                    text.push('\n');
                }
            }
            offset += line.len();
        }
        text
    }

    /// Adds entries built in code (see [`Entry::new`]).
    pub fn add_entries(
        &mut self,
        entries: impl IntoIterator<Item = Entry>,
    ) -> &mut GazetteerBuilder {
        self.steps.push(Step::Entries(entries.into_iter().collect()));
        self
    }

    /// Removes every entry of `kind` named `name` (compared in normalized form) that was
    /// added before this call: for example a town whose name is also a common word.
    pub fn remove(&mut self, kind: EntryKind, name: &str) -> &mut GazetteerBuilder {
        self.steps.push(Step::Remove(kind, normalize(name)));
        self
    }

    /// Whether a later entry may replace an earlier one with the same key instead of
    /// being reported as a conflicting duplicate (default `false`).
    pub fn allow_override(&mut self, yes: bool) -> &mut GazetteerBuilder {
        self.allow_override = yes;
        self
    }

    /// Builds the gazetteer, or reports every problem found in the data.
    ///
    /// # Errors
    ///
    /// Any malformed line, unknown value, conflicting duplicate or dangling reference
    /// (a province, seat or unit that does not exist) makes the build fail; the error
    /// lists all of them with source, line and column.
    pub fn build(&self) -> Result<Gazetteer, Error> {
        let (gazetteer, problems) = self.build_lenient();
        if problems.is_empty() { Ok(gazetteer) } else { Err(Error::new(problems)) }
    }

    /// Builds the gazetteer from every line that is valid, and returns the problems of the
    /// lines it skipped.
    pub fn build_lenient(&self) -> (Gazetteer, Vec<Problem>) {
        let mut problems = self.problems.clone();
        let mut entries: Vec<Option<Entry>> = Vec::new();
        let mut keys: HashMap<_, usize, foldhash::fast::RandomState> = HashMap::default();
        for step in &self.steps {
            match step {
                Step::Entries(new) => {
                    for entry in new {
                        let key = entry.key();
                        match keys.get(&key) {
                            Some(&i)
                                if entries[i].as_ref().is_some_and(|old| old.same_as(entry)) => {}
                            Some(&i) if !self.allow_override && entries[i].is_some() => {
                                let first = entries[i]
                                    .as_ref()
                                    .map(|e| e.origin.to_string())
                                    .unwrap_or_default();
                                problems.push(Problem {
                                    source: entry.origin.source.to_string(),
                                    line: entry.origin.line,
                                    column: Some(1),
                                    text: entry.name.clone(),
                                    kind: ProblemKind::Duplicate { first },
                                });
                            }
                            Some(&i) => entries[i] = Some(entry.clone()),
                            None => {
                                keys.insert(key, entries.len());
                                entries.push(Some(entry.clone()));
                            }
                        }
                    }
                }
                Step::Remove(kind, name) => {
                    for slot in &mut entries {
                        if slot
                            .as_ref()
                            .is_some_and(|e| e.kind == *kind && normalize(&e.name) == *name)
                        {
                            *slot = None;
                        }
                    }
                }
            }
        }
        let entries: Vec<Entry> = entries.into_iter().flatten().collect();
        let entries = check_references(entries, &mut problems);
        problems.sort_by(|a, b| (&a.source, a.line).cmp(&(&b.source, b.line)));
        (Gazetteer::from_entries(entries), problems)
    }
}

/// Drops entries that refer to something that does not exist, reporting each.
fn check_references(entries: Vec<Entry>, problems: &mut Vec<Problem>) -> Vec<Entry> {
    let provinces: HashSet<&str> =
        entries.iter().filter(|e| e.kind == EntryKind::Province).map(|e| e.name.as_str()).collect();
    let kabupaten: HashSet<(&str, &str)> = entries
        .iter()
        .filter(|e| e.kind == EntryKind::Kabupaten)
        .filter_map(|e| Some((e.name.as_str(), e.province.as_deref()?)))
        .collect();
    let organizations: HashSet<&str> = entries
        .iter()
        .filter(|e| e.kind == EntryKind::Organization)
        .map(|e| e.name.as_str())
        .collect();

    let mut bad = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        let (column, why) = match e.kind {
            k if k.is_region() && !matches!(k, EntryKind::Province | EntryKind::Country) => {
                let province = e.province.as_deref().unwrap_or_default();
                if !provinces.contains(province) {
                    (3, format!("no province named {province:?}"))
                } else if let Some(seat) =
                    e.seat_of.as_deref().filter(|s| !kabupaten.contains(&(*s, province)))
                {
                    (4, format!("no kabupaten {seat:?} in {province}"))
                } else {
                    continue;
                }
            }
            EntryKind::OperationRegion => match e.province.as_deref() {
                Some(p) if !provinces.contains(p) => (3, format!("no province named {p:?}")),
                _ => continue,
            },
            EntryKind::Position => match e.heads.as_deref() {
                Some(h) if !REGION_UNITS.contains(&h) && !organizations.contains(h) => {
                    (3, format!("heads {h:?}, which is neither a region kind nor an organization"))
                }
                _ => continue,
            },
            _ => continue,
        };
        problems.push(Problem {
            source: e.origin.source.to_string(),
            line: e.origin.line,
            column: Some(column),
            text: e.name.clone(),
            kind: ProblemKind::BadAttribute(why),
        });
        bad.push(i);
    }
    entries.into_iter().enumerate().filter(|(i, _)| !bad.contains(i)).map(|(_, e)| e).collect()
}
