//! Errors: every problem in user data names its source, line and column.

use std::fmt;

/// What is wrong with one line (or one file) of gazetteer data.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file could not be read.
    Io(String),
    /// The line is not UTF-8; the column is the field the first invalid byte is in.
    NotUtf8 {
        /// Byte offset of the first invalid byte in the file.
        offset: usize,
    },
    /// The file has no header row.
    MissingHeader,
    /// The header row names no known table.
    UnknownHeader,
    /// A line has the wrong number of tab-separated columns.
    ColumnCount {
        /// Columns the table has.
        expected: usize,
        /// Columns the line has.
        found: usize,
    },
    /// A required column is empty or `-`.
    EmptyField,
    /// A field has surrounding white space.
    Whitespace,
    /// A `kind` (or `branch`, `takes` …) value outside the allowed set.
    UnknownValue {
        /// The values the column allows.
        allowed: &'static [&'static str],
    },
    /// A value is not of the column's type (a number, a name that must exist …).
    BadAttribute(String),
    /// The same entry is defined twice with different attributes.
    Duplicate {
        /// Where the first definition is, as `source:line`.
        first: String,
    },
}

/// One problem found in gazetteer data, with where it is.
///
/// Displays as `regions.tsv:12: expected 5 tab-separated columns, found 1`, or with a
/// column as `ranks.tsv:7:3: "satu" is not a number`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub(crate) source: String,
    pub(crate) line: usize,
    pub(crate) column: Option<usize>,
    pub(crate) text: String,
    pub(crate) kind: ProblemKind,
}

impl Problem {
    /// The file (or source name) the problem is in.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The 1-based line number, or 0 for a problem with the whole source.
    pub fn line(&self) -> usize {
        self.line
    }

    /// The 1-based column (tab-separated field), when one field is at fault.
    pub fn column(&self) -> Option<usize> {
        self.column
    }

    /// The offending text: the field or the line.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// What is wrong.
    pub fn kind(&self) -> &ProblemKind {
        &self.kind
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.source)?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
        }
        if let Some(col) = self.column {
            write!(f, ":{col}")?;
        }
        f.write_str(": ")?;
        let text = &self.text;
        match &self.kind {
            ProblemKind::Io(e) => write!(f, "cannot read: {e}"),
            ProblemKind::NotUtf8 { offset } => {
                write!(f, "not UTF-8 at byte {offset} (save the file as UTF-8)")
            }
            ProblemKind::MissingHeader => f.write_str("no header row"),
            ProblemKind::UnknownHeader => write!(
                f,
                "header {text:?} names no gazetteer table (see gazetteers/README.md for the headers)"
            ),
            ProblemKind::ColumnCount { expected, found } => {
                write!(f, "expected {expected} tab-separated columns, found {found}")
            }
            ProblemKind::EmptyField => f.write_str("required field is empty"),
            ProblemKind::Whitespace => write!(f, "field {text:?} has surrounding white space"),
            ProblemKind::UnknownValue { allowed } => {
                write!(f, "unknown value {text:?}; expected one of {}", allowed.join(", "))
            }
            ProblemKind::BadAttribute(why) => write!(f, "{text:?}: {why}"),
            ProblemKind::Duplicate { first } => {
                write!(f, "{text:?} is already defined differently at {first}")
            }
        }
    }
}

/// The error of building a [`Gazetteer`](crate::Gazetteer): every problem found, in the
/// order of the sources and lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    problems: Vec<Problem>,
}

impl Error {
    pub(crate) fn new(problems: Vec<Problem>) -> Error {
        Error { problems }
    }

    /// Each problem found.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}
