//! Reading a batch: command-line inputs (files, directories, standard input; plain text or
//! JSONL) turned into a lazy stream of [`Job`]s, one per document.
//!
//! Reading is sequential and bounded: a text document is read whole but never beyond
//! `--max-bytes`, a JSONL line is read up to `--max-bytes` and the rest of an oversized
//! line is skipped without being kept. Decoding and JSON parsing happen later, in the
//! workers ([`Job::prepare`]), so they run in parallel.

use std::borrow::Cow;
use std::fmt;
use std::fs::{self, File, FileType};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::cli::InputFormat;

/// A document's id in the output: the path of a text file (`-` for standard input), or a
/// JSONL record's `id` as given (a string or a number).
#[derive(Clone, Debug, PartialEq)]
pub enum Id {
    /// A string id (and every path).
    Text(String),
    /// A numeric id, written back as the same number.
    Number(serde_json::Number),
}

impl Serialize for Id {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Id::Text(t) => s.serialize_str(t),
            Id::Number(n) => n.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Id, D::Error> {
        struct IdVisitor;
        impl serde::de::Visitor<'_> for IdVisitor {
            type Value = Id;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string or a number")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Id, E> {
                Ok(Id::Text(v.to_owned()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Id, E> {
                Ok(Id::Text(v))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Id, E> {
                Ok(Id::Number(v.into()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Id, E> {
                Ok(Id::Number(v.into()))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Id, E> {
                serde_json::Number::from_f64(v)
                    .map(Id::Number)
                    .ok_or_else(|| E::custom("the id is not a finite number"))
            }
        }
        d.deserialize_any(IdVisitor)
    }
}

/// Where a document (or the problem with it) is: the input's name, the JSONL line, and a
/// byte offset in the file or stream.
#[derive(Clone, Debug)]
pub struct Place {
    /// The path as given on the command line or found in a directory, `-` for standard input.
    pub path: Arc<str>,
    /// The 1-based line of a JSONL record.
    pub line: Option<u64>,
    /// Byte offset in the file or stream: of the offending byte when known, else of the
    /// start of the JSONL line.
    pub offset: Option<u64>,
}

impl Place {
    fn file(path: Arc<str>) -> Place {
        Place { path, line: None, offset: None }
    }

    /// The id a document has when its input gives none: the path of a text document,
    /// `path:line` of a JSONL record.
    pub fn fallback_id(&self) -> Id {
        match self.line {
            Some(line) => Id::Text(format!("{}:{line}", self.path)),
            None => Id::Text(self.path.to_string()),
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        Ok(())
    }
}

/// Why one document could not be processed. Its [`DocError::kind`] names it in the error
/// record.
#[derive(Debug, thiserror::Error)]
pub enum DocError {
    /// The file, directory or stream could not be read.
    #[error("cannot read: {0}")]
    Unreadable(io::Error),
    /// The bytes are not UTF-8; `offset` is the first invalid byte in the file or stream.
    #[error("not valid UTF-8 at byte {offset} (pass --lossy to replace invalid bytes)")]
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: u64,
    },
    /// The document (or JSONL line) is larger than `--max-bytes`.
    #[error("larger than --max-bytes ({limit} bytes)")]
    TooLarge {
        /// The limit in force.
        limit: u64,
    },
    /// A JSONL line is not JSON.
    #[error("not valid JSON: {0}")]
    InvalidJson(String),
    /// A JSONL line is JSON but not a record: not an object, no `text`, a wrong type.
    #[error("not a valid record: {0}")]
    InvalidRecord(String),
    /// A JSONL record's `date` is not a valid `YYYY-MM-DD` date.
    #[error("invalid date {0:?} (expected YYYY-MM-DD)")]
    InvalidDate(String),
    /// warta itself failed on this document (a bug; please report it with the document).
    #[error("internal error: {0}")]
    Internal(String),
}

impl DocError {
    /// The machine-readable name of the failure, the `error.kind` of the record.
    pub fn kind(&self) -> &'static str {
        match self {
            DocError::Unreadable(_) => "unreadable",
            DocError::InvalidUtf8 { .. } => "invalid_utf8",
            DocError::TooLarge { .. } => "too_large",
            DocError::InvalidJson(_) => "invalid_json",
            DocError::InvalidRecord(_) => "invalid_record",
            DocError::InvalidDate(_) => "invalid_date",
            DocError::Internal(_) => "internal",
        }
    }
}

/// A document that failed, with its id and where the failure is.
#[derive(Debug)]
pub struct Failure {
    /// The document's id (its record's own id when it could be read).
    pub id: Id,
    /// What went wrong.
    pub error: DocError,
    /// Where.
    pub place: Place,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.error)
    }
}

/// A document ready for the pipeline.
#[derive(Debug)]
pub struct Doc {
    /// Its id.
    pub id: Id,
    /// Its text.
    pub text: String,
    /// Its date: the record's own, else `--doc-date`.
    pub date: Option<NaiveDate>,
    /// Where it comes from.
    pub place: Place,
}

/// One document as read: its raw bytes (or why there are none) and where it comes from.
#[derive(Debug)]
pub struct Job {
    /// Where the document is; for JSONL, `offset` is the start of its line.
    pub place: Place,
    /// How many input bytes it stands for (progress and the memory budget).
    pub size: u64,
    body: Body,
}

#[derive(Debug)]
enum Body {
    /// A whole plain-text document, not yet decoded.
    Text(Vec<u8>),
    /// One JSONL line without its line break, not yet decoded or parsed.
    Json(Vec<u8>),
    /// Reading failed; the id is known when it could be read (an oversized JSONL line).
    Failed(DocError, Option<Id>),
}

/// How jobs are turned into documents.
#[derive(Clone, Copy, Debug)]
pub struct Decode {
    /// Replace invalid UTF-8 instead of failing.
    pub lossy: bool,
    /// The date of documents that give none (`--doc-date`).
    pub doc_date: Option<NaiveDate>,
}

/// A JSONL record; other fields are ignored.
#[derive(Deserialize)]
struct Record {
    #[serde(default)]
    id: Option<Id>,
    text: String,
    #[serde(default)]
    date: Option<String>,
}

impl Job {
    fn failed(place: Place, error: DocError) -> Job {
        Job { place, size: 0, body: Body::Failed(error, None) }
    }

    /// Decodes (and for JSONL parses) the document: the work done in parallel before the
    /// pipeline runs.
    pub fn prepare(self, decode: Decode) -> Result<Doc, Failure> {
        let Job { place, body, .. } = self;
        match body {
            Body::Failed(error, id) => {
                Err(Failure { id: id.unwrap_or_else(|| place.fallback_id()), error, place })
            }
            Body::Text(bytes) => match crate::input::decode(bytes, decode.lossy) {
                Ok(text) => Ok(Doc { id: place.fallback_id(), text, date: decode.doc_date, place }),
                Err(at) => {
                    let offset = at as u64;
                    let place = Place { offset: Some(offset), ..place };
                    Err(Failure {
                        id: place.fallback_id(),
                        error: DocError::InvalidUtf8 { offset },
                        place,
                    })
                }
            },
            Body::Json(bytes) => parse_record(&bytes, place, decode),
        }
    }
}

/// Parses one JSONL line into a document; failures keep the record's id when it has one.
fn parse_record(bytes: &[u8], place: Place, decode: Decode) -> Result<Doc, Failure> {
    let start = place.offset.unwrap_or(0);
    let fail = |error: DocError, offset: u64, id: Option<Id>| {
        let place = Place { offset: Some(offset), ..place.clone() };
        Failure { id: id.unwrap_or_else(|| place.fallback_id()), error, place }
    };
    let json: Cow<'_, str> = if decode.lossy {
        String::from_utf8_lossy(bytes)
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => Cow::Borrowed(s),
            Err(e) => {
                let offset = start + e.valid_up_to() as u64;
                return Err(fail(DocError::InvalidUtf8 { offset }, offset, None));
            }
        }
    };
    // A byte-order mark is not JSON, but editors put one at the start of files.
    let (json, bom) = match json.strip_prefix('\u{feff}') {
        Some(rest) if place.line == Some(1) => (rest, 3),
        _ => (&*json, 0),
    };
    let record: Record = match serde_json::from_str(json) {
        Ok(r) => r,
        Err(e) => {
            let id = salvage_id(json.as_bytes());
            return Err(match e.classify() {
                serde_json::error::Category::Data => {
                    fail(DocError::InvalidRecord(without_position(&e)), start, id)
                }
                _ => {
                    let column = e.column().saturating_sub(1) as u64;
                    let offset = if decode.lossy { start } else { start + bom + column };
                    fail(DocError::InvalidJson(without_position(&e)), offset, id)
                }
            });
        }
    };
    let id = record.id.unwrap_or_else(|| place.fallback_id());
    let date = match record.date {
        None => decode.doc_date,
        Some(d) => match d.parse::<NaiveDate>() {
            Ok(date) => Some(date),
            Err(_) => return Err(fail(DocError::InvalidDate(d), start, Some(id))),
        },
    };
    Ok(Doc { id, text: record.text, date, place })
}

/// The id of a line that is not a valid record, when its `id` is a string or number that
/// comes before the problem (a truncated line keeps its id).
fn salvage_id(json: &[u8]) -> Option<Id> {
    struct Seek<'a>(&'a mut Option<Id>);
    impl<'de> serde::de::Visitor<'de> for Seek<'_> {
        type Value = ();
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            while let Some(key) = map.next_key::<String>()? {
                if key == "id" {
                    *self.0 = Some(map.next_value::<Id>()?);
                    return Ok(());
                }
                map.next_value::<serde::de::IgnoredAny>()?;
            }
            Ok(())
        }
    }
    let mut found = None;
    let mut deserializer = serde_json::Deserializer::from_slice(json);
    // Errors are expected: the line is known to be bad; whatever was found before counts.
    let _ = serde::Deserializer::deserialize_map(&mut deserializer, Seek(&mut found));
    found
}

/// serde_json's message without " at line 1 column N" (the record gives the place).
fn without_position(e: &serde_json::Error) -> String {
    let message = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    match message.strip_suffix(&suffix) {
        Some(m) => m.to_owned(),
        None => message,
    }
}

/// The command-line inputs as a lazy stream of jobs, in order: each argument in turn, a
/// directory's files in sorted order, a JSONL input line by line.
pub struct Reader {
    format: InputFormat,
    max_bytes: u64,
    args: std::vec::IntoIter<PathBuf>,
    walker: Option<Walker>,
    jsonl: Option<JsonlStream>,
}

impl Reader {
    /// Reads `inputs` (`-` is standard input) as `format`; documents (or JSONL lines) over
    /// `max_bytes` become failed jobs.
    pub fn new(inputs: Vec<PathBuf>, format: InputFormat, max_bytes: u64) -> Reader {
        Reader { format, max_bytes, args: inputs.into_iter(), walker: None, jsonl: None }
    }

    /// The job for one file (given or found in a directory).
    fn open(&mut self, path: &Path) -> Option<Job> {
        let name: Arc<str> = path.display().to_string().into();
        match self.format {
            InputFormat::Text => Some(read_text_file(path, name, self.max_bytes)),
            InputFormat::Jsonl => match File::open(path) {
                Ok(file) => {
                    self.jsonl = Some(JsonlStream::new(name, Box::new(file)));
                    None
                }
                Err(e) => Some(Job::failed(Place::file(name), DocError::Unreadable(e))),
            },
        }
    }
}

impl Iterator for Reader {
    type Item = Job;

    fn next(&mut self) -> Option<Job> {
        loop {
            if let Some(stream) = &mut self.jsonl {
                match stream.next_job(self.max_bytes) {
                    Some(job) => return Some(job),
                    None => self.jsonl = None,
                }
            }
            if let Some(walker) = &mut self.walker {
                match walker.next() {
                    Some(Ok(path)) => match self.open(&path) {
                        Some(job) => return Some(job),
                        None => continue,
                    },
                    Some(Err((path, e))) => {
                        let place = Place::file(path.display().to_string().into());
                        return Some(Job::failed(place, DocError::Unreadable(e)));
                    }
                    None => self.walker = None,
                }
                continue;
            }
            let arg = self.args.next()?;
            if is_stdin(&arg) {
                let stdin = io::stdin().lock();
                match self.format {
                    InputFormat::Text => {
                        return Some(read_text(stdin, 0, "-".into(), self.max_bytes));
                    }
                    InputFormat::Jsonl => {
                        self.jsonl = Some(JsonlStream::new("-".into(), Box::new(stdin)));
                    }
                }
            } else if fs::metadata(&arg).is_ok_and(|m| m.is_dir()) {
                self.walker = Some(Walker::new(arg, self.format.extension()));
            } else if let Some(job) = self.open(&arg) {
                return Some(job);
            }
        }
    }
}

/// Whether a command-line input means standard input.
pub fn is_stdin(arg: &Path) -> bool {
    arg.as_os_str() == "-"
}

fn read_text_file(path: &Path, name: Arc<str>, max_bytes: u64) -> Job {
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => return Job::failed(Place::file(name), DocError::Unreadable(e)),
    };
    let len = match file.metadata() {
        Ok(m) => m.len(),
        Err(e) => return Job::failed(Place::file(name), DocError::Unreadable(e)),
    };
    if len > max_bytes {
        let mut job = Job::failed(Place::file(name), DocError::TooLarge { limit: max_bytes });
        job.size = len;
        return job;
    }
    read_text(file, len, name, max_bytes)
}

/// Reads a whole plain-text document, at most `max_bytes` of it (a file may grow, a pipe
/// has no length).
fn read_text(source: impl Read, expected: u64, name: Arc<str>, max_bytes: u64) -> Job {
    let mut bytes = Vec::with_capacity(usize::try_from(expected).unwrap_or(0));
    let place = Place::file(name);
    match source.take(max_bytes.saturating_add(1)).read_to_end(&mut bytes) {
        Err(e) => Job::failed(place, DocError::Unreadable(e)),
        Ok(n) if n as u64 > max_bytes => {
            let mut job = Job::failed(place, DocError::TooLarge { limit: max_bytes });
            job.size = expected;
            job
        }
        Ok(n) => Job { place, size: n as u64, body: Body::Text(bytes) },
    }
}

/// A JSONL file or stream being read line by line.
struct JsonlStream {
    name: Arc<str>,
    reader: BufReader<Box<dyn Read>>,
    /// Number of the last line read.
    line: u64,
    /// Bytes consumed so far.
    offset: u64,
    /// Bytes consumed up to the end of the last job (blank lines count towards the next).
    reported: u64,
    done: bool,
}

/// How a line read ended.
enum LineEnd {
    /// No more input.
    Eof,
    /// A whole line is in the buffer.
    Complete,
    /// The line was longer than the limit; it was skipped.
    TooLong,
}

impl JsonlStream {
    fn new(name: Arc<str>, source: Box<dyn Read>) -> JsonlStream {
        JsonlStream {
            name,
            reader: BufReader::with_capacity(256 * 1024, source),
            line: 0,
            offset: 0,
            reported: 0,
            done: false,
        }
    }

    /// The next record (blank lines are not records), or `None` at the end. A read error
    /// becomes a failed job at its line and ends the stream.
    fn next_job(&mut self, max_bytes: u64) -> Option<Job> {
        while !self.done {
            let start = self.offset;
            let mut line = Vec::new();
            let end = self.read_line(&mut line, max_bytes);
            let mut place =
                Place { path: self.name.clone(), line: Some(self.line), offset: Some(start) };
            let size = self.offset - self.reported;
            let body = match end {
                Err(e) => {
                    // The line being read when the stream failed.
                    self.done = true;
                    place.line = Some(self.line + 1);
                    place.offset = Some(self.offset);
                    Body::Failed(DocError::Unreadable(e), None)
                }
                Ok(LineEnd::Eof) => {
                    self.done = true;
                    return None;
                }
                Ok(LineEnd::TooLong) => {
                    Body::Failed(DocError::TooLarge { limit: max_bytes }, salvage_id(&line))
                }
                Ok(LineEnd::Complete) if line.iter().all(u8::is_ascii_whitespace) => continue,
                Ok(LineEnd::Complete) => Body::Json(line),
            };
            self.reported = self.offset;
            return Some(Job { place, size, body });
        }
        None
    }

    /// Reads one line into `line` (without the line break), keeping at most `limit`
    /// bytes: a longer line is consumed to its end, and only its first `limit` bytes are
    /// kept (to find its id).
    fn read_line(&mut self, line: &mut Vec<u8>, limit: u64) -> io::Result<LineEnd> {
        let mut consumed = 0u64;
        let mut too_long = false;
        loop {
            let available = match self.reader.fill_buf() {
                Ok(bytes) => bytes,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if available.is_empty() {
                if consumed == 0 {
                    return Ok(LineEnd::Eof);
                }
                self.line += 1;
                return Ok(if too_long { LineEnd::TooLong } else { LineEnd::Complete });
            }
            let newline = available.iter().position(|&b| b == b'\n');
            let content = &available[..newline.unwrap_or(available.len())];
            if !too_long {
                let room = usize::try_from(limit).unwrap_or(usize::MAX).saturating_sub(line.len());
                if content.len() > room {
                    too_long = true;
                    line.extend_from_slice(&content[..room]);
                } else {
                    line.extend_from_slice(content);
                }
            }
            let used = newline.map_or(available.len(), |i| i + 1);
            self.reader.consume(used);
            consumed += used as u64;
            self.offset += used as u64;
            if newline.is_some() {
                self.line += 1;
                return Ok(if too_long { LineEnd::TooLong } else { LineEnd::Complete });
            }
        }
    }
}

/// Walks a directory depth first, yielding the files with one extension in sorted order
/// (entries sorted by name within each directory). Symbolic links to files are followed,
/// links to directories are not (no cycles). Only one listing per level is held.
pub struct Walker {
    extension: &'static str,
    root: Option<PathBuf>,
    stack: Vec<std::vec::IntoIter<(PathBuf, FileType)>>,
}

impl Walker {
    /// Walks `root` for files ending in `.extension` (ASCII case-insensitive).
    pub fn new(root: PathBuf, extension: &'static str) -> Walker {
        Walker { extension, root: Some(root), stack: Vec::new() }
    }

    fn wanted(&self, path: &Path, kind: FileType) -> bool {
        let extension_matches = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case(self.extension));
        extension_matches && (kind.is_file() || (kind.is_symlink() && path.is_file()))
    }
}

fn list(dir: &Path) -> io::Result<std::vec::IntoIter<(PathBuf, FileType)>> {
    let mut entries = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        entries.push((entry.path(), entry.file_type()?));
    }
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(entries.into_iter())
}

impl Iterator for Walker {
    /// A file, or a directory (or entry) that could not be read.
    type Item = Result<PathBuf, (PathBuf, io::Error)>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(root) = self.root.take() {
            match list(&root) {
                Ok(entries) => self.stack.push(entries),
                Err(e) => return Some(Err((root, e))),
            }
        }
        loop {
            let top = self.stack.last_mut()?;
            let Some((path, kind)) = top.next() else {
                self.stack.pop();
                continue;
            };
            if kind.is_dir() {
                match list(&path) {
                    Ok(entries) => self.stack.push(entries),
                    Err(e) => return Some(Err((path, e))),
                }
            } else if self.wanted(&path, kind) {
                return Some(Ok(path));
            }
        }
    }
}

impl InputFormat {
    /// The extension of the files of this format in a directory.
    pub fn extension(self) -> &'static str {
        match self {
            InputFormat::Text => "txt",
            InputFormat::Jsonl => "jsonl",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stream(bytes: &'static [u8]) -> JsonlStream {
        JsonlStream::new("t.jsonl".into(), Box::new(bytes))
    }

    #[test]
    fn long_lines_are_skipped_to_their_end_and_blank_lines_are_not_records() {
        let mut s =
            stream(b"{\"text\":\"a\"}\n\n  \n{\"text\":\"0123456789\"}\r\n{\"text\":\"b\"}");
        let lines: Vec<_> =
            std::iter::from_fn(|| s.next_job(14)).map(|j| (j.place.line, j.size, j.body)).collect();
        assert_eq!(lines.len(), 3);
        assert!(matches!(&lines[0], (Some(1), 13, Body::Json(b)) if b == b"{\"text\":\"a\"}"));
        assert!(matches!(
            &lines[1],
            (Some(4), 27, Body::Failed(DocError::TooLarge { limit: 14 }, None))
        ));
        assert!(matches!(&lines[2], (Some(5), 12, Body::Json(b)) if b == b"{\"text\":\"b\"}"));
    }

    #[test]
    fn an_oversized_line_keeps_its_id_when_the_id_comes_first() {
        let mut s = stream(b"{\"id\": \"panjang\", \"text\": \"0123456789\"}\n{\"text\":\"b\"}\n");
        let job = s.next_job(20).unwrap();
        let failure = job.prepare(Decode { lossy: false, doc_date: None }).unwrap_err();
        assert_eq!((failure.id, failure.error.kind()), (Id::Text("panjang".into()), "too_large"));
        assert!(matches!(s.next_job(20).unwrap().body, Body::Json(_)));
    }

    #[test]
    fn record_errors_keep_id_line_and_offset() {
        let decode = Decode { lossy: false, doc_date: None };
        let place = |line| Place { path: "t.jsonl".into(), line: Some(line), offset: Some(100) };
        let f = parse_record(br#"{"id": 7, "text": 5}"#, place(3), decode).unwrap_err();
        assert_eq!(
            (f.id, f.error.kind(), f.place.offset),
            (Id::Number(7.into()), "invalid_record", Some(100))
        );
        let f = parse_record(br#"{"id": "x", "text": "#, place(3), decode).unwrap_err();
        assert_eq!((f.id, f.error.kind()), (Id::Text("x".into()), "invalid_json"));
        let f = parse_record(br#"{"text": "x", "id": "#, place(3), decode).unwrap_err();
        assert_eq!((f.id, f.error.kind()), (Id::Text("t.jsonl:3".into()), "invalid_json"));
        let f = parse_record(b"{\"text\": \"a\xffb\"}", place(3), decode).unwrap_err();
        assert_eq!((f.error.kind(), f.place.offset), ("invalid_utf8", Some(111)));
        let f = parse_record(br#"{"id":"d","text":"x","date":"2024-02-30"}"#, place(3), decode)
            .unwrap_err();
        assert_eq!((f.id, f.error.kind()), (Id::Text("d".into()), "invalid_date"));
        let doc =
            parse_record(br#"{"text":"x","date":"2024-02-29","url":1}"#, place(4), decode).unwrap();
        assert_eq!(doc.id, Id::Text("t.jsonl:4".into()));
        assert_eq!(doc.date, NaiveDate::from_ymd_opt(2024, 2, 29));
    }
}
