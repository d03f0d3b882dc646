//! `warta extract`: entities, relations and facts of one article as one JSON document, or
//! of a batch of articles as JSON lines in input order, in parallel.

use std::io::{self, BufWriter, Write};
use std::num::NonZeroUsize;
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;

use serde::Serialize;
use warta::{Document, Pipeline};

use crate::Error;
use crate::batch::{Decode, Doc, DocError, Failure, Id, Job, Reader, is_stdin};
use crate::cli::{ExtractArgs, InputFormat, OutputFormat};
use crate::progress::Progress;
use crate::runner::{self, Window};

/// Groups of documents in flight per worker thread: enough to keep every thread busy
/// while the calling thread reads and writes.
const GROUPS_PER_THREAD: usize = 4;

/// Input bytes in flight at most (unless one document is larger).
const WINDOW_BYTES: u64 = 64 << 20;

/// Small documents go to the workers in groups of consecutive documents, up to this many
/// input bytes or documents (the group ends with the document that reaches the limit), so
/// that handing out work and collecting results costs little per document.
const GROUP_BYTES: u64 = 64 << 10;
const GROUP_DOCS: usize = 64;

/// Runs `warta extract`: one article prints one JSON document, anything that may hold
/// several documents prints JSONL (see [`output_format`]).
pub fn run(args: &ExtractArgs) -> Result<(), Error> {
    let inputs =
        if args.inputs.is_empty() { vec![PathBuf::from("-")] } else { args.inputs.clone() };
    let format = output_format(args, &inputs)?;
    let pipeline = Pipeline::new();
    let decode = Decode { lossy: args.read.lossy, doc_date: args.doc_date };
    match format {
        OutputFormat::Json => single(args, &pipeline, decode, inputs),
        OutputFormat::Jsonl => batch(args, &pipeline, decode, inputs),
    }
}

/// The output format the inputs call for: one JSON document for one article, JSONL for
/// anything that may hold several.
fn output_format(args: &ExtractArgs, inputs: &[PathBuf]) -> Result<OutputFormat, Error> {
    if inputs.iter().filter(|p| is_stdin(p)).count() > 1 {
        return Err(Error::Usage("standard input (-) can be read only once".to_owned()));
    }
    let several = if args.input == InputFormat::Jsonl {
        Some("--input jsonl")
    } else if inputs.len() > 1 {
        Some("more than one input")
    } else if inputs.iter().any(|p| !is_stdin(p) && p.is_dir()) {
        Some("a directory")
    } else {
        None
    };
    let format = match (args.format, several) {
        (Some(OutputFormat::Json), Some(what)) => {
            return Err(Error::Usage(format!(
                "--format json prints one document, but {what} may give several; \
                 use --format jsonl (the default for them)"
            )));
        }
        (Some(format), _) => format,
        (None, Some(_)) => OutputFormat::Jsonl,
        (None, None) => OutputFormat::Json,
    };
    if args.pretty && format == OutputFormat::Jsonl {
        return Err(Error::Usage(
            "--pretty needs --format json (JSONL puts each record on one line)".to_owned(),
        ));
    }
    Ok(format)
}

/// One article, one JSON document; a failure ends the command (exit code 1).
fn single(
    args: &ExtractArgs,
    pipeline: &Pipeline,
    decode: Decode,
    inputs: Vec<PathBuf>,
) -> Result<(), Error> {
    for job in Reader::new(inputs, InputFormat::Text, args.max_bytes) {
        let doc = job.prepare(decode).map_err(Error::Document)?;
        let document = pipeline.extract_with(&doc.text, doc.date);
        crate::output::json(&document, args.pretty)?;
    }
    Ok(())
}

/// A batch: one record per document on its own line, in input order.
fn batch(
    args: &ExtractArgs,
    pipeline: &Pipeline,
    decode: Decode,
    inputs: Vec<PathBuf>,
) -> Result<(), Error> {
    let mut progress = Progress::new(args.quiet, known_size(&inputs));
    let dirs = inputs.iter().filter(|p| !is_stdin(p) && p.is_dir()).cloned().collect();
    progress.count_dirs(dirs, args.input.extension());
    let threads = args
        .jobs
        .or_else(|| std::thread::available_parallelism().ok())
        .map_or(1, NonZeroUsize::get);
    let window = Window { jobs: threads * GROUPS_PER_THREAD, bytes: WINDOW_BYTES };
    let groups = Groups(Reader::new(inputs, args.input, args.max_bytes));
    let mut out = BufWriter::with_capacity(64 * 1024, io::stdout().lock());
    let (mut total, mut failed) = (0u64, 0u64);
    let result = runner::run(
        threads,
        window,
        groups,
        |group| group.iter().map(|job| job.size).sum(),
        |group| group.into_iter().map(|job| process(job, pipeline, decode)).collect::<Vec<_>>(),
        |outcomes| {
            for outcome in outcomes {
                total += 1;
                if let Some(failure) = &outcome.failure {
                    failed += 1;
                    if !args.quiet {
                        progress.suspend(|| eprintln!("warta: {failure}"));
                    }
                }
                progress.done(outcome.size);
                out.write_all(&outcome.line)?;
            }
            Ok::<(), io::Error>(())
        },
    );
    progress.finish();
    result?;
    out.flush()?;
    if total == 0 && !args.quiet {
        eprintln!("warta: no documents in the input");
    }
    if failed > 0 { Err(Error::SomeFailed { failed, total }) } else { Ok(()) }
}

/// Consecutive jobs grouped by [`GROUP_BYTES`] and [`GROUP_DOCS`].
struct Groups<I>(I);

impl<I: Iterator<Item = Job>> Iterator for Groups<I> {
    type Item = Vec<Job>;

    fn next(&mut self) -> Option<Vec<Job>> {
        let mut group = Vec::new();
        let mut bytes = 0;
        while group.len() < GROUP_DOCS && bytes < GROUP_BYTES {
            let Some(job) = self.0.next() else { break };
            bytes += job.size;
            group.push(job);
        }
        (!group.is_empty()).then_some(group)
    }
}

/// The total input size when every input is a file (directories are counted later).
fn known_size(inputs: &[PathBuf]) -> Option<u64> {
    let mut total = 0;
    for input in inputs {
        if is_stdin(input) {
            return None;
        }
        total += std::fs::metadata(input).ok().filter(|m| m.is_file()).map_or(0, |m| m.len());
    }
    Some(total)
}

/// One document's output line, and what went wrong with it if anything did.
struct Outcome {
    /// The record, ending in a line break.
    line: Vec<u8>,
    /// Input bytes it stands for.
    size: u64,
    /// The message for stderr of a failed document.
    failure: Option<String>,
}

/// A successful record: the id, then the document's fields.
#[derive(Serialize)]
struct Record<'a> {
    id: &'a Id,
    #[serde(flatten)]
    document: &'a Document,
}

/// An error record: the id and what went wrong where.
#[derive(Serialize)]
struct ErrorRecord<'a> {
    id: &'a Id,
    error: ErrorBody<'a>,
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    kind: &'static str,
    message: String,
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    offset: Option<u64>,
}

/// Decodes, extracts and serializes one document; runs on a worker thread.
fn process(job: Job, pipeline: &Pipeline, decode: Decode) -> Outcome {
    let size = job.size;
    match job.prepare(decode).and_then(|doc| extract(doc, pipeline)) {
        Ok(line) => Outcome { line, size, failure: None },
        Err(failure) => {
            Outcome { line: error_line(&failure), size, failure: Some(failure.to_string()) }
        }
    }
}

fn extract(doc: Doc, pipeline: &Pipeline) -> Result<Vec<u8>, Failure> {
    let Doc { id, text, date, place } = doc;
    let internal = |message: String| Failure {
        id: id.clone(),
        error: DocError::Internal(message),
        place: place.clone(),
    };
    let document = panic::catch_unwind(AssertUnwindSafe(|| pipeline.extract_with(&text, date)))
        .map_err(|payload| internal(panic_message(payload.as_ref())))?;
    // The JSON of a document is about ten times its text (entities, parts, relations,
    // facts, character offsets): sized once, the line is never copied while it grows.
    let mut line = Vec::with_capacity(12 * text.len() + 256);
    serde_json::to_writer(&mut line, &Record { id: &id, document: &document })
        .map_err(|e| internal(format!("cannot serialize the document: {e}")))?;
    line.push(b'\n');
    Ok(line)
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    let what = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("no message");
    format!("the pipeline panicked: {what}")
}

fn error_line(failure: &Failure) -> Vec<u8> {
    let record = ErrorRecord {
        id: &failure.id,
        error: ErrorBody {
            kind: failure.error.kind(),
            message: failure.error.to_string(),
            path: &failure.place.path,
            line: failure.place.line,
            offset: failure.place.offset,
        },
    };
    let mut line = serde_json::to_vec(&record).unwrap_or_else(|_| {
        // Cannot happen (strings and numbers only), but a record must be written.
        br#"{"id":null,"error":{"kind":"internal","message":"cannot serialize the error"}}"#
            .to_vec()
    });
    line.push(b'\n');
    line
}
