//! Argument definitions.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Exit code for a run that failed on its input or output.
pub const EXIT_FAILURE: u8 = 1;

const EXIT_CODES: &str = "\
Exit codes:
  0  success (also when the reader closes the pipe early)
  1  the input could not be read or is not valid UTF-8, or output could not be written
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
    /// Print the tokens, sentences and line classes of an article as JSON.
    ///
    /// Offsets in the JSON are character (Unicode scalar value) offsets, as Python and
    /// spaCy count them; the Rust API uses byte offsets.
    #[command(after_help = EXIT_CODES)]
    Tokenize(TokenizeArgs),
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
