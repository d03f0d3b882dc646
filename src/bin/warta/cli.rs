//! Argument definitions.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Exit code for a run that failed on its input or output.
pub const EXIT_FAILURE: u8 = 1;

/// Exit code for a wrong command line (clap uses the same).
pub const EXIT_USAGE: u8 = 2;

/// Exit code for a batch in which some documents failed (each has an error record).
pub const EXIT_SOME_FAILED: u8 = 3;

const EXIT_CODES: &str = "\
Exit codes:
  0  success (also when the reader closes the pipe early)
  1  the input could not be read or is not valid UTF-8 (a single document), gazetteer
     data has problems, or output could not be written
  2  the command line is wrong (unknown option, missing argument, conflicting options)
  3  warta extract with JSONL output: some documents failed; each has an error record
     in the output in its place and a line on stderr, and the others were processed";

/// Structured facts from Indonesian election-security news.
#[derive(Debug, Parser)]
#[command(name = "warta", version, about, after_help = EXIT_CODES)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract entities, relations and the facts summary of an article as JSON.
    ///
    /// Offsets in the JSON are character (Unicode scalar value) offsets; `facts` follows
    /// the contract in the README.
    ///
    /// Reads one article, or a batch: several files, directories (`*.txt`, recursively, in
    /// sorted order) or JSONL (`--input jsonl`, one `{"id", "text", "date"}` object per
    /// line). A batch prints one JSON record per line, `{"id": …, "entities": …, …}`, in
    /// input order, and a failed document as `{"id": …, "error": {"kind", "message",
    /// "path", "line", "offset"}}`.
    #[command(after_help = EXIT_CODES)]
    Extract(ExtractArgs),
    /// Print the tokens, sentences and line classes of an article as JSON.
    ///
    /// Offsets in the JSON are character (Unicode scalar value) offsets, as Python and
    /// spaCy count them; the Rust API uses byte offsets.
    #[command(after_help = EXIT_CODES)]
    Tokenize(TokenizeArgs),
    /// Print the entities of an article as JSON (character offsets).
    #[command(after_help = EXIT_CODES)]
    Ner(ArticleArgs),
    /// Inspect the embedded gazetteer or validate your own gazetteer files.
    #[command(after_help = EXIT_CODES)]
    Gazetteer(GazetteerArgs),
}

/// Options of `warta ner`: one article and its date.
#[derive(Debug, Args)]
pub struct ArticleArgs {
    /// The article to read: a file path, or `-` (the default) for standard input.
    #[arg(value_name = "FILE|-")]
    pub input: Option<PathBuf>,
    #[command(flatten)]
    pub read: ReadArgs,
    /// The article's date (YYYY-MM-DD), used to resolve years the text leaves out.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub doc_date: Option<chrono::NaiveDate>,
    /// Indent the JSON for reading.
    #[arg(long)]
    pub pretty: bool,
}

/// Options of `warta extract`: one article or a batch of them.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// What to read: files, directories (searched recursively for `*.txt`, or `*.jsonl`
    /// with `--input jsonl`, in sorted order), or `-` (the default) for standard input.
    #[arg(value_name = "PATH|-")]
    pub inputs: Vec<PathBuf>,
    /// How inputs are read: `text` (each file is one article) or `jsonl` (one JSON
    /// object per line with `text`, optional `id` and `date`; other fields are ignored).
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = InputFormat::Text)]
    pub input: InputFormat,
    /// What is printed: `json` (one document; the default for one article) or `jsonl`
    /// (one record per line carrying the input's id; the default, and the only choice,
    /// for several files, a directory or JSONL input).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<OutputFormat>,
    #[command(flatten)]
    pub read: ReadArgs,
    /// The articles' date (YYYY-MM-DD), used to resolve years the text leaves out; a JSONL
    /// record's own `date` overrides it.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub doc_date: Option<chrono::NaiveDate>,
    /// Documents processed in parallel (default: the number of CPU cores). The output
    /// stays in input order.
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<std::num::NonZeroUsize>,
    /// The largest document (for JSONL: the largest line) accepted; a larger one is an
    /// error record. Bytes, or with a suffix K, M or G (powers of 1024).
    #[arg(long, value_name = "SIZE", default_value = "16M", value_parser = parse_size)]
    pub max_bytes: u64,
    /// No progress bar and no per-document error lines on stderr (error records and the
    /// exit code still tell).
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Indent the JSON for reading (one-document output only).
    #[arg(long)]
    pub pretty: bool,
}

/// How `warta extract` reads its inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    /// Each file (or standard input) is one article.
    Text,
    /// One JSON object per line: `{"id": …, "text": …, "date": "YYYY-MM-DD"}`.
    Jsonl,
}

/// What `warta extract` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// One JSON document (one article only).
    Json,
    /// One JSON record per line, each with the document's `id`.
    Jsonl,
}

/// Parses a size: bytes, or a number with K, M or G (KiB, MiB, GiB also accepted).
fn parse_size(arg: &str) -> Result<u64, String> {
    let arg = arg.trim();
    let digits = arg.find(|c: char| !c.is_ascii_digit()).unwrap_or(arg.len());
    let (number, unit) = arg.split_at(digits);
    let number: u64 = number.parse().map_err(|_| format!("{arg:?} is not a size"))?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kib" => 10,
        "m" | "mib" => 20,
        "g" | "gib" => 30,
        _ => return Err(format!("unknown unit in {arg:?} (use K, M or G)")),
    };
    match number.checked_mul(1 << shift) {
        Some(0) => Err("the size must be at least 1 byte".to_owned()),
        Some(n) => Ok(n),
        None => Err(format!("{arg:?} is too large")),
    }
}

/// Options of `warta gazetteer`.
#[derive(Debug, Args)]
pub struct GazetteerArgs {
    /// What to do with the gazetteer.
    #[command(subcommand)]
    pub command: GazetteerCommand,
}

/// The `warta gazetteer` subcommands.
#[derive(Debug, Subcommand)]
pub enum GazetteerCommand {
    /// Print the number of entries per file and kind of the embedded gazetteer.
    Stats,
    /// Validate TSV files against the defaults; print every problem as FILE:LINE:COLUMN
    /// and exit 1 if there is any.
    Check {
        /// The files to check (their header row says which table each is).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
}

/// Options of `warta tokenize`.
#[derive(Debug, Args)]
pub struct TokenizeArgs {
    /// The article to read: a file path, or `-` (the default) for standard input.
    #[arg(value_name = "FILE|-")]
    pub input: Option<PathBuf>,
    #[command(flatten)]
    pub read: ReadArgs,
    /// Treat single line breaks as spaces (hard-wrapped text); by default every line is a
    /// paragraph, as in scraped news.
    #[arg(long)]
    pub wrapped: bool,
    /// Indent the JSON for reading.
    #[arg(long)]
    pub pretty: bool,
}

/// How input bytes are decoded.
#[derive(Debug, Args)]
pub struct ReadArgs {
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    #[arg(long)]
    pub lossy: bool,
}
