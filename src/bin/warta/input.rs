//! Reading one input document: a file or standard input, strict or lossy UTF-8.

use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// Why an input could not be turned into text.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The file or stream could not be read.
    #[error("cannot read {name}: {error}")]
    Read { name: String, error: io::Error },
    /// The bytes are not UTF-8; `offset` is the byte where decoding failed.
    #[error("{name}: not valid UTF-8 at byte {offset} (pass --lossy to replace invalid bytes)")]
    Utf8 { name: String, offset: usize },
}

/// Where a document comes from.
pub enum Source<'a> {
    Stdin,
    File(&'a Path),
}

impl<'a> Source<'a> {
    /// `None` and `-` mean standard input.
    pub fn from_arg(arg: Option<&'a PathBuf>) -> Source<'a> {
        match arg {
            Some(p) if p.as_os_str() != "-" => Source::File(p),
            _ => Source::Stdin,
        }
    }

    /// The name used in messages.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "<stdin>".to_owned(),
            Source::File(p) => p.display().to_string(),
        }
    }

    /// Reads the whole document as text.
    pub fn read(&self, lossy: bool) -> Result<String, InputError> {
        let mut bytes = Vec::new();
        let read = match self {
            Source::Stdin => io::stdin().lock().read_to_end(&mut bytes).map(drop),
            Source::File(p) => std::fs::read(p).map(|b| bytes = b),
        };
        read.map_err(|error| InputError::Read { name: self.name(), error })?;
        decode(bytes, lossy).map_err(|offset| InputError::Utf8 { name: self.name(), offset })
    }
}

/// Decodes `bytes` as UTF-8; `Err` carries the offset of the first invalid byte.
pub fn decode(bytes: Vec<u8>, lossy: bool) -> Result<String, usize> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(e.utf8_error().valid_up_to()),
    }
}
