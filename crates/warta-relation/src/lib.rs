//! Relations over the entities of Indonesian election-security news: who holds which rank,
//! office and title, who is the same person, who represented whom, and who said what.
//!
//! # Overview
//!
//! [`Extractor`] takes a tokenized article ([`Analysis`](warta_tokenize::Analysis)) and
//! its entities (from `warta-ner`) and returns an [`Extraction`]:
//!
//! * [`Person`]s, one per real person: later short mentions ("AKBP Dewa"), bare or
//!   lowercase offices ("Kapolres", "kapolres") and pronouns ("Ia", "Dia", "Beliau",
//!   "-nya" on a speech verb) resolve to the person named in full earlier;
//! * [`Relation`]s: `HAS_RANK`, `HOLDS_POSITION`, `UNIT_OF`, `HAS_TITLE`,
//!   `REPRESENTED_BY` and `SAID`, each with the spans that justify it;
//! * [`Quote`]s with their speakers, including quotations whose opening mark was lost in
//!   scraping and quotations over several paragraphs;
//! * [`Frame`]s: a rakor, apel or patroli, or a deployment, with its date, place,
//!   participants, counts and operation, where a sentence gives them.
//!
//! # Example
//!
//! ```
//! use warta_ner::Recognizer;
//! use warta_relation::Extractor;
//!
//! let text = "Kapolres Klaten AKBP Budi Santoso, S.I.K., hadir. “Semua sudah aman,” ujarnya.";
//! let recognizer = Recognizer::embedded();
//! let analysis = recognizer.tokenizer().analyze(text);
//! let entities = recognizer.recognize_analysis(&analysis, &Default::default());
//! let extraction = Extractor::new(recognizer.gazetteer()).extract(&analysis, &entities);
//!
//! let budi = &extraction.people[0];
//! assert_eq!(budi.name, "Budi Santoso");
//! assert_eq!(budi.rank.as_deref(), Some("AKBP"));
//! assert_eq!(budi.titles, ["S.I.K."]);
//! assert_eq!(extraction.quotes[0].speaker, Some(0));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod extractor;
mod frame;
mod people;
mod quote;
mod represent;

use std::fmt;

use serde::Serialize;
use warta_tokenize::Span;

pub use extractor::Extractor;

/// What a relation says.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RelationKind {
    /// A person has a rank.
    HasRank,
    /// A person holds an office.
    HoldsPosition,
    /// An office belongs to a unit or region.
    UnitOf,
    /// A person carries an academic or religious title.
    HasTitle,
    /// A person (the principal) was represented by another (the agent).
    RepresentedBy,
    /// A person said a quotation.
    Said,
}

impl RelationKind {
    /// The name used in JSON ("HAS_RANK" …).
    pub const fn as_str(self) -> &'static str {
        match self {
            RelationKind::HasRank => "HAS_RANK",
            RelationKind::HoldsPosition => "HOLDS_POSITION",
            RelationKind::UnitOf => "UNIT_OF",
            RelationKind::HasTitle => "HAS_TITLE",
            RelationKind::RepresentedBy => "REPRESENTED_BY",
            RelationKind::Said => "SAID",
        }
    }
}

impl fmt::Display for RelationKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One relation between two spans of the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Relation {
    /// What it says.
    pub kind: RelationKind,
    /// The subject's span (a person mention, or an office for `UNIT_OF`).
    pub head: Span,
    /// The object's span (rank, office, unit, title, agent, or quotation).
    pub tail: Span,
    /// The subject person, an index into [`Extraction::people`].
    pub person: Option<usize>,
    /// For `REPRESENTED_BY`: the agent, an index into [`Extraction::people`].
    pub other: Option<usize>,
    /// The rule that found it.
    pub source: &'static str,
}

/// One real person, with every mention that refers to them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Person {
    /// The fullest form of the name in the article.
    pub name: String,
    /// The rank as the article writes it ("AKBP", "Kombes Pol", "Letkol Arm").
    pub rank: Option<String>,
    /// The office with its unit as written ("Kapolres Bangkalan").
    pub position: Option<String>,
    /// Academic or religious titles attached to the name, as written.
    pub titles: Vec<String>,
    /// Spans of the mentions: names, offices and pronouns that refer to this person.
    pub mentions: Vec<Span>,
    /// Whether the person is only named in a byline or credit.
    pub byline: bool,
}

/// A direct quotation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote {
    /// The quotation's own text (without the marks).
    pub span: Span,
    /// Its text.
    pub text: String,
    /// The speaker, an index into [`Extraction::people`], when one can be identified.
    pub speaker: Option<usize>,
    /// The rule that attributed it.
    pub source: &'static str,
}

/// An event frame: what happened, when, where, who took part, how many.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Frame {
    /// "rakor", "apel", "patroli" or "deployment".
    pub kind: String,
    /// The sentence that gives it.
    pub span: Span,
    /// ISO dates in or near the sentence.
    pub dates: Vec<String>,
    /// Places named in the sentence.
    pub places: Vec<String>,
    /// Organizations and people taking part.
    pub participants: Vec<String>,
    /// Counts ("363 personel").
    pub quantities: Vec<String>,
    /// Operations or elections it serves.
    pub events: Vec<String>,
}

/// Everything the extractor found in one article.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Extraction {
    /// People, in order of first mention.
    pub people: Vec<Person>,
    /// Relations, in text order.
    pub relations: Vec<Relation>,
    /// Quotations, in text order.
    pub quotes: Vec<Quote>,
    /// Event frames, in text order.
    pub frames: Vec<Frame>,
}

#[cfg(test)]
mod tests;
