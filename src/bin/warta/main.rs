//! The `warta` command line: parse arguments, run one subcommand, map errors to exit codes.
#![forbid(unsafe_code)]

mod batch;
mod cli;
mod extract;
mod gazetteer;
mod input;
mod ner;
mod output;
mod progress;
mod runner;
mod tokenize;

use std::io;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    let result = match &args.command {
        cli::Command::Extract(cmd) => extract::run(cmd),
        cli::Command::Tokenize(cmd) => tokenize::run(cmd),
        cli::Command::Gazetteer(cmd) => gazetteer::run(cmd),
        cli::Command::Ner(cmd) => ner::run(cmd),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`warta tokenize x | head`) is how a reader says it has enough.
        Err(err) if err.is_broken_pipe() => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("warta: {err}");
            ExitCode::from(err.exit_code())
        }
    }
}

/// An error that ends the command, with the exit code it maps to.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input could not be read or decoded (exit code 1).
    #[error(transparent)]
    Input(#[from] input::InputError),
    /// The one document of `warta extract` could not be read (exit code 1).
    #[error("{0}")]
    Document(batch::Failure),
    /// Writing the output failed (exit code 1, or success for a broken pipe).
    #[error("cannot write output: {0}")]
    Output(#[from] io::Error),
    /// User data (a gazetteer file) has problems, already reported (exit code 1).
    #[error("{0}")]
    Data(String),
    /// Options that contradict each other (exit code 2, as clap's own errors).
    #[error("{0}")]
    Usage(String),
    /// Some documents of a batch failed; the rest was written (exit code 3).
    #[error("{failed} of {total} documents failed; their error records are in the output")]
    SomeFailed {
        /// Documents that failed.
        failed: u64,
        /// Documents read.
        total: u64,
    },
}

impl Error {
    fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Output(e) if e.kind() == io::ErrorKind::BrokenPipe)
    }

    fn exit_code(&self) -> u8 {
        match self {
            Error::Input(_) | Error::Document(_) | Error::Output(_) | Error::Data(_) => {
                cli::EXIT_FAILURE
            }
            Error::Usage(_) => cli::EXIT_USAGE,
            Error::SomeFailed { .. } => cli::EXIT_SOME_FAILED,
        }
    }
}
