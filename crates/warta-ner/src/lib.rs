//! Entity recognition for Indonesian election-security news.
//!
//! `warta-ner` finds people, ranks, positions, titles, organizations, locations, dates,
//! events and quantities in a news article, each with its byte span, its normalized value
//! and the rule or gazetteer entry that produced it.
//!
//! # Overview
//!
//! * [`Recognizer`] is the one type to build: [`Recognizer::embedded`] shares one built
//!   over the default gazetteer; [`Recognizer::new`] builds one over an extended
//!   [`Gazetteer`](warta_gazetteer::Gazetteer).
//! * The gazetteer is compiled into one aho-corasick automaton (ASCII case-insensitive);
//!   matches are snapped to word and token boundaries and checked for case (acronyms
//!   exact, regions and ranks capitalized). Dates, quantities and people come from
//!   token rules.
//! * Overlaps are resolved by a fixed priority (see `DESIGN.md`): date, quantity, venue,
//!   administrative division, position with its unit, organization with its unit, rank
//!   with corps, event, bare gazetteer entry; people last, over bare regions. Composite
//!   entities keep their parts.
//! * Lines that are not the article (furniture) and URLs contribute nothing.
//!
//! # Example
//!
//! ```
//! use warta_ner::{Label, Recognizer, Value};
//!
//! let text = "Kapolres Bangkalan AKBP Budi Santoso memimpin apel di Mapolres Bangkalan.";
//! let entities = Recognizer::embedded().recognize(text);
//! let labels: Vec<(Label, &str)> = entities.iter().map(|e| (e.label, e.text.as_str())).collect();
//! assert_eq!(
//!     labels,
//!     [
//!         (Label::Position, "Kapolres Bangkalan"),
//!         (Label::Rank, "AKBP"),
//!         (Label::Person, "Budi Santoso"),
//!         (Label::Location, "Mapolres Bangkalan"),
//!     ]
//! );
//! let Value::Position { unit, .. } = &entities[0].value else { unreachable!() };
//! assert_eq!(unit.as_deref(), Some("Bangkalan"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod compose;
mod entity;
mod intern;
mod matcher;
mod recognizer;
mod rules;
mod wordset;

/// The string type of entity texts and values (see [`Entity`]).
pub use compact_str::CompactString;
pub use entity::{Entity, Label, Value};
pub use recognizer::{Error, Options, Recognizer};
pub use wordset::WordSet;

#[cfg(test)]
mod tests;
