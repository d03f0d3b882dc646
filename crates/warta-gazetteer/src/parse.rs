//! Reading gazetteer TSV: a header row that names the table, `#` comments, one entry per
//! line. Every problem is recorded with its source, line and column; bad lines are
//! skipped, never panicked on.

use std::sync::Arc;

use crate::entry::{Branch, Entry, EntryKind, Origin, Takes, TitlePlace};
use crate::error::{Problem, ProblemKind};

/// The tables warta knows, told apart by their header rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Table {
    Regions,
    Ranks,
    Corps,
    Positions,
    Organizations,
    Events,
    Titles,
    /// Titles with the column that says where they are written.
    PlacedTitles,
    Cues,
}

impl Table {
    const ALL: [Table; 9] = [
        Table::Regions,
        Table::Ranks,
        Table::Corps,
        Table::Positions,
        Table::Organizations,
        Table::Events,
        Table::Titles,
        Table::PlacedTitles,
        Table::Cues,
    ];

    /// The exact header row of the table.
    pub(crate) const fn header(self) -> &'static [&'static str] {
        match self {
            Table::Regions => &["kind", "name", "province", "seat_of", "variants"],
            Table::Ranks => &["rank", "branch", "order", "long_form", "variants"],
            Table::Corps => &["suffix", "branch", "long_form", "variants"],
            Table::Positions => &["position", "branch", "heads", "long_form", "variants"],
            Table::Organizations => &["name", "kind", "takes", "long_form", "variants"],
            Table::Events => &["name", "kind", "region", "long_form", "variants"],
            Table::Titles => &["title", "kind", "long_form", "variants"],
            Table::PlacedTitles => &["title", "kind", "place", "long_form", "variants"],
            Table::Cues => &["word", "kind", "variants"],
        }
    }

    fn from_header(fields: &[&str]) -> Option<Table> {
        Table::ALL.into_iter().find(|t| t.header() == fields)
    }
}

const REGION_KINDS: &[&str] = &["country", "province", "kabupaten", "kota", "town"];
const EVENT_KINDS: &[&str] = &["election", "operation", "operation_region"];
const CUE_KINDS: &[&str] = &["speech", "represent_passive", "represent_active", "via", "role"];
/// Allowed `branch` values of positions.
pub(crate) const POSITION_BRANCHES: &[&str] =
    &["polri", "tni", "civil", "election", "judiciary", "legislature", "other"];
/// Allowed `kind` values of organizations.
pub(crate) const ORGANIZATION_KINDS: &[&str] = &[
    "police",
    "military",
    "government",
    "election",
    "judiciary",
    "security",
    "legislature",
    "forum",
    "party",
    "media",
    "other",
];
const TITLE_KINDS: &[&str] = &["academic", "professional", "religious", "honorific"];

/// One data line being read: its fields and where it stands.
struct Row<'a> {
    source: &'a Arc<str>,
    line: usize,
    fields: Vec<&'a str>,
    problems: Vec<Problem>,
}

impl<'a> Row<'a> {
    fn problem(&mut self, column: usize, kind: ProblemKind) {
        let text = self.fields.get(column).copied().unwrap_or_default().to_owned();
        self.problems.push(Problem {
            source: self.source.to_string(),
            line: self.line,
            column: Some(column + 1),
            text,
            kind,
        });
    }

    /// The field, or `None` for `-`.
    fn optional(&mut self, column: usize) -> Option<String> {
        let value = self.fields[column];
        if value.trim() != value {
            self.problem(column, ProblemKind::Whitespace);
            return None;
        }
        (value != "-" && !value.is_empty()).then(|| value.to_owned())
    }

    fn required(&mut self, column: usize) -> String {
        let value = self.optional(column);
        if value.is_none() && self.problems.is_empty() {
            self.problem(column, ProblemKind::EmptyField);
        }
        value.unwrap_or_default()
    }

    fn one_of(&mut self, column: usize, allowed: &'static [&'static str]) -> Option<&'static str> {
        let value = self.fields[column];
        let found = allowed.iter().copied().find(|a| *a == value);
        if found.is_none() {
            self.problem(column, ProblemKind::UnknownValue { allowed });
        }
        found
    }

    fn list(&mut self, column: usize) -> Vec<String> {
        let Some(value) = self.optional(column) else { return Vec::new() };
        let mut out = Vec::new();
        for item in value.split('|') {
            if item.is_empty() || item.trim() != item {
                self.problem(
                    column,
                    ProblemKind::BadAttribute(
                        "list items are separated by a bare `|` and may not be empty".into(),
                    ),
                );
                continue;
            }
            out.push(item.to_owned());
        }
        out
    }
}

/// Parses one TSV source, appending entries and problems.
pub(crate) fn parse(
    source: &str,
    text: &str,
    entries: &mut Vec<Entry>,
    problems: &mut Vec<Problem>,
) {
    let source: Arc<str> = Arc::from(source);
    let mut table = None;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let Some(t) = table else {
            match Table::from_header(&fields) {
                Some(t) => table = Some(t),
                None => {
                    problems.push(Problem {
                        source: source.to_string(),
                        line: i + 1,
                        column: None,
                        text: line.to_owned(),
                        kind: ProblemKind::UnknownHeader,
                    });
                    return;
                }
            }
            continue;
        };
        let expected = t.header().len();
        if fields.len() != expected {
            problems.push(Problem {
                source: source.to_string(),
                line: i + 1,
                column: None,
                text: line.to_owned(),
                kind: ProblemKind::ColumnCount { expected, found: fields.len() },
            });
            continue;
        }
        let mut row = Row { source: &source, line: i + 1, fields, problems: Vec::new() };
        let entry = read_row(t, &mut row);
        if row.problems.is_empty() {
            entries.push(entry);
        } else {
            problems.append(&mut row.problems);
        }
    }
    if table.is_none() {
        problems.push(Problem {
            source: source.to_string(),
            line: 0,
            column: None,
            text: String::new(),
            kind: ProblemKind::MissingHeader,
        });
    }
}

fn read_row(table: Table, row: &mut Row<'_>) -> Entry {
    let origin = Origin { source: row.source.clone(), line: row.line };
    let mut e = Entry::new(EntryKind::Organization, String::new());
    e.origin = origin;
    let kind_of = |s: &str| s.parse::<EntryKind>().unwrap_or(EntryKind::Organization);
    match table {
        Table::Regions => {
            let kind = row.one_of(0, REGION_KINDS);
            e.kind = kind.map_or(EntryKind::Province, kind_of);
            e.name = row.required(1);
            e.province = row.optional(2);
            e.seat_of = row.optional(3);
            e.variants = row.list(4);
            if kind.is_none() {
                return e; // the checks below depend on the kind
            }
            let is_province = matches!(e.kind, EntryKind::Province | EntryKind::Country);
            if is_province && e.province.is_some() {
                row.problem(2, ProblemKind::BadAttribute("a province row takes `-` here".into()));
            } else if !is_province && e.province.is_none() && row.problems.is_empty() {
                row.problem(2, ProblemKind::EmptyField);
            }
            if (e.kind == EntryKind::Town) != e.seat_of.is_some() && row.problems.is_empty() {
                let why = "seat_of is required on town rows and `-` on all others";
                row.problem(3, ProblemKind::BadAttribute(why.into()));
            }
        }
        Table::Ranks | Table::Corps => {
            e.kind = if table == Table::Ranks { EntryKind::Rank } else { EntryKind::Corps };
            e.name = row.required(0);
            e.branch = row.one_of(1, Branch::NAMES).and_then(|b| b.parse().ok());
            let rest = if table == Table::Ranks {
                let order = row.fields[2];
                match order.parse::<u16>() {
                    Ok(n) if n >= 1 => e.order = Some(n),
                    _ => row.problem(
                        2,
                        ProblemKind::BadAttribute("order must be a whole number from 1".into()),
                    ),
                }
                3
            } else {
                2
            };
            e.long_form = row.optional(rest);
            e.variants = row.list(rest + 1);
        }
        Table::Positions => {
            e.kind = EntryKind::Position;
            e.name = row.required(0);
            e.category = row.one_of(1, POSITION_BRANCHES).map(str::to_owned);
            e.heads = row.optional(2);
            e.long_form = row.optional(3);
            e.variants = row.list(4);
        }
        Table::Organizations => {
            e.kind = EntryKind::Organization;
            e.name = row.required(0);
            e.category = row.one_of(1, ORGANIZATION_KINDS).map(str::to_owned);
            e.takes = row.one_of(2, Takes::NAMES).and_then(|t| t.parse().ok());
            e.long_form = row.optional(3);
            e.variants = row.list(4);
        }
        Table::Events => {
            e.name = row.required(0);
            e.kind = row.one_of(1, EVENT_KINDS).map_or(EntryKind::Election, kind_of);
            e.province = row.optional(2);
            e.long_form = row.optional(3);
            e.variants = row.list(4);
            if (e.kind == EntryKind::OperationRegion) != e.province.is_some()
                && row.problems.is_empty()
            {
                let why = "region is required on operation_region rows and `-` on all others";
                row.problem(2, ProblemKind::BadAttribute(why.into()));
            }
        }
        Table::Titles | Table::PlacedTitles => {
            e.kind = EntryKind::Title;
            e.name = row.required(0);
            e.category = row.one_of(1, TITLE_KINDS).map(str::to_owned);
            // The placed table has its `place` third; the older one has none.
            let placed = usize::from(table == Table::PlacedTitles);
            if placed == 1 {
                e.place = row.one_of(2, TitlePlace::NAMES).and_then(|p| p.parse().ok());
            }
            e.long_form = row.optional(2 + placed);
            e.variants = row.list(3 + placed);
        }
        Table::Cues => {
            e.name = row.required(0);
            e.kind = row.one_of(1, CUE_KINDS).map_or(EntryKind::Speech, kind_of);
            e.variants = row.list(2);
        }
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> (Vec<Entry>, Vec<String>) {
        let (mut entries, mut problems) = (Vec::new(), Vec::new());
        parse("user.tsv", text, &mut entries, &mut problems);
        (entries, problems.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn reads_a_table_with_comments_and_blank_lines() {
        let (entries, problems) = run("# my regions\n\nkind\tname\tprovince\tseat_of\tvariants\n\
             # a comment between rows\nkabupaten\tContoh Raya\tJawa Timur\t-\tCora|Kab Cora\n");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].kind(), EntryKind::Kabupaten);
        assert_eq!(entries[0].variants(), ["Cora", "Kab Cora"]);
        assert_eq!(entries[0].origin().line(), 5);
    }

    #[test]
    fn problems_name_source_line_and_column() {
        let cases: &[(&str, &str)] = &[
            (
                "kind\tname\tprovince\tseat_of\tvariants\nkabupaten\n",
                "user.tsv:2: expected 5 tab-separated columns, found 1",
            ),
            (
                "kind\tname\tprovince\tseat_of\tvariants\nkabupatn\tX\tJawa Timur\t-\t-\n",
                "user.tsv:2:1: unknown value \"kabupatn\"; expected one of country, province, kabupaten, kota, town",
            ),
            (
                "rank\tbranch\torder\tlong_form\tvariants\nAKBP\tpolri\tsatu\t-\t-\n",
                "user.tsv:2:3: \"satu\": order must be a whole number from 1",
            ),
            (
                "kind\tname\tprovince\tseat_of\tvariants\ntown\tKota Kecil\tJawa Timur\t-\t-\n",
                "user.tsv:2:4: \"-\": seat_of is required on town rows and `-` on all others",
            ),
            (
                "kind\tname\tprovince\tseat_of\tvariants\nkota\t Spasi\tJawa Timur\t-\t-\n",
                "user.tsv:2:2: field \" Spasi\" has surrounding white space",
            ),
            (
                "kind\tname\tprovince\tseat_of\tvariants\nkota\t-\tJawa Timur\t-\t-\n",
                "user.tsv:2:2: required field is empty",
            ),
            (
                "nama\tjenis\n",
                "user.tsv:1: header \"nama\\tjenis\" names no gazetteer table (see gazetteers/README.md for the headers)",
            ),
            ("# only comments\n", "user.tsv: no header row"),
            (
                "word\tkind\tvariants\nujar\tspeech\ta||b\n",
                "user.tsv:2:3: \"a||b\": list items are separated by a bare `|` and may not be empty",
            ),
        ];
        for &(text, want) in cases {
            let (entries, problems) = run(text);
            assert!(entries.is_empty(), "{text:?}");
            assert_eq!(problems, [want], "{text:?}");
        }
    }

    #[test]
    fn a_bad_line_does_not_stop_the_rest() {
        let (entries, problems) =
            run("word\tkind\tvariants\nujar\tspeech\t-\nkata\tspeek\t-\ntutur\tspeech\t-\n");
        assert_eq!(entries.len(), 2);
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn junk_never_panics() {
        for text in [
            "\t\t\t",
            "\u{0}\u{1}",
            "kind\tname\tprovince\tseat_of\tvariants\n\t\t\t\t\n",
            "word\tkind\tvariants\n|\tspeech\t|\n",
        ] {
            let _ = run(text);
        }
    }
}
