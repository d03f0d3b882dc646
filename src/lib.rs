//! warta turns Indonesian regional news about election security into structured facts.
//!
//! Start with [`Pipeline`]: build it once, call [`Pipeline::extract`] for each article,
//! and read the [`Document`]'s entities, people, relations, quotations and [`Facts`].
//!
//! It is a pipeline of rule-based stages, each its own crate and re-exported here as a
//! module:
//!
//! * [`tokenize`] (`warta-tokenize`): zero-copy tokens, sentences, paragraphs, and which
//!   lines of a scraped page are the article.
//! * [`gazetteer`] (`warta-gazetteer`): the embedded Indonesian gazetteer (regions, ranks,
//!   positions, organizations, events, titles, cues) and the builder that extends it.
//! * [`ner`] (`warta-ner`): entities (people, ranks, positions, titles, organizations,
//!   locations, dates, events, quantities) with spans, values and provenance.
//! * [`relation`] (`warta-relation`): ranks, offices and titles bound to people,
//!   coreference, quotations with speakers, representation, event frames.
//!
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

mod facts;
pub mod json;
mod pipeline;

pub use facts::{DateFact, Facts, PersonFact, QuantityFact, QuoteFact, RepresentationFact};
pub use pipeline::{Document, Pipeline};

pub use warta_gazetteer as gazetteer;
pub use warta_ner as ner;
pub use warta_relation as relation;
pub use warta_tokenize as tokenize;

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
