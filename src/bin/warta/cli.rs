//! Argument definitions.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Exit code for a run that failed on its input or output.
pub const EXIT_FAILURE: u8 = 1;

const EXIT_CODES: &str = "\
Exit codes:
  0  success (also when the reader closes the pipe early)
  1  the input could not be read or is not valid UTF-8, gazetteer data has problems,
     or output could not be written
  2  the command line is wrong (unknown option, missing argument)";

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
    #[command(after_help = EXIT_CODES)]
    Extract(ArticleArgs),
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

/// Options of `warta extract` and `warta ner`: one article and its date.
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
