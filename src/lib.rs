//! warta turns Indonesian regional news about election security into structured facts.
//!
//! It is a pipeline of rule-based stages, each its own crate and re-exported here as a
//! module:
//!
//! * [`tokenize`] (`warta-tokenize`): zero-copy tokens, sentences, paragraphs, and which
//!   lines of a scraped page are the article.
//! * [`gazetteer`] (`warta-gazetteer`): the embedded Indonesian gazetteer (regions, ranks,
//!   positions, organizations, events, titles, cues) and the builder that extends it.
//!
//! Recognition of people, ranks, positions, units, places, dates, events and quantities,
//! and the relations and document-level facts built on them, arrive as further stages.
//!
//! # Example
//!
//! ```
//! use warta::tokenize::{TokenKind, Tokenizer};
//!
//! let text = "Dandim 0820/Probolinggo Letkol Arm Heri memimpin apel, Kamis (16/11).";
//! let tokens: Vec<_> = Tokenizer::new().tokens(text).collect();
//! assert!(tokens.iter().any(|t| t.text == "0820/Probolinggo" && t.kind == TokenKind::Code));
//! assert!(tokens.iter().any(|t| t.text == "16/11" && t.kind == TokenKind::Date));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub use warta_gazetteer as gazetteer;
pub use warta_tokenize as tokenize;

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
