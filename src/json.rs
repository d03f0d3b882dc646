//! JSON views with character offsets.
//!
//! The Rust API speaks in byte spans; JSON readers (Python, spaCy, jq) count characters.
//! These views convert through a [`CharIndex`] built once per document.

use serde::Serialize;
use warta_ner::{Entity, Label, Value};
use warta_relation::{Frame, Person, Quote, Relation, RelationKind};
use warta_tokenize::{CharIndex, Span};

use crate::facts::Facts;
use crate::pipeline::Document;

/// A `[start, end]` pair of character offsets.
pub type CharSpan = [usize; 2];

fn chars(index: &CharIndex, span: Span) -> CharSpan {
    let (start, end) = index.char_span(span);
    [start, end]
}

/// An entity with character offsets.
#[derive(Debug, Serialize)]
pub struct EntityView<'e> {
    /// Its label.
    pub label: Label,
    /// Character offset of its start.
    pub start: usize,
    /// Character offset of its end.
    pub end: usize,
    /// Its text.
    pub text: &'e str,
    /// Its normalized value.
    pub value: &'e Value,
    /// The rule or gazetteer entry that produced it.
    pub source: &'e str,
    /// Entities inside it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<EntityView<'e>>,
}

impl<'e> EntityView<'e> {
    /// The view of `entity`, whose spans index the text `index` was built from.
    pub fn new(entity: &'e Entity, index: &CharIndex) -> EntityView<'e> {
        let [start, end] = chars(index, entity.span);
        EntityView {
            label: entity.label,
            start,
            end,
            text: &entity.text,
            value: &entity.value,
            source: &entity.source,
            parts: entity.parts.iter().map(|p| EntityView::new(p, index)).collect(),
        }
    }
}

#[derive(Serialize)]
struct RelationView<'r> {
    kind: RelationKind,
    head: CharSpan,
    tail: CharSpan,
    person: Option<usize>,
    other: Option<usize>,
    source: &'r str,
}

#[derive(Serialize)]
struct PersonView<'p> {
    name: &'p str,
    rank: Option<&'p str>,
    position: Option<&'p str>,
    titles: &'p [String],
    mentions: Vec<CharSpan>,
    byline: bool,
}

#[derive(Serialize)]
struct QuoteView<'q> {
    start: usize,
    end: usize,
    text: &'q str,
    speaker: Option<usize>,
    source: &'q str,
}

#[derive(Serialize)]
struct FrameView<'f> {
    kind: &'f str,
    start: usize,
    end: usize,
    dates: &'f [String],
    places: &'f [String],
    participants: &'f [String],
    quantities: &'f [String],
    events: &'f [String],
}

/// The whole document as JSON.
#[derive(Serialize)]
pub(crate) struct DocumentView<'d> {
    entities: Vec<EntityView<'d>>,
    people: Vec<PersonView<'d>>,
    relations: Vec<RelationView<'d>>,
    quotes: Vec<QuoteView<'d>>,
    frames: Vec<FrameView<'d>>,
    facts: &'d Facts,
}

impl<'d> DocumentView<'d> {
    pub(crate) fn new(doc: &'d Document, index: &CharIndex) -> DocumentView<'d> {
        DocumentView {
            entities: doc.entities.iter().map(|e| EntityView::new(e, index)).collect(),
            people: doc
                .people
                .iter()
                .map(|p: &Person| PersonView {
                    name: &p.name,
                    rank: p.rank.as_deref(),
                    position: p.position.as_deref(),
                    titles: &p.titles,
                    mentions: p.mentions.iter().map(|&m| chars(index, m)).collect(),
                    byline: p.byline,
                })
                .collect(),
            relations: doc
                .relations
                .iter()
                .map(|r: &Relation| RelationView {
                    kind: r.kind,
                    head: chars(index, r.head),
                    tail: chars(index, r.tail),
                    person: r.person,
                    other: r.other,
                    source: r.source,
                })
                .collect(),
            quotes: doc
                .quotes
                .iter()
                .map(|q: &Quote| {
                    let [start, end] = chars(index, q.span);
                    QuoteView { start, end, text: &q.text, speaker: q.speaker, source: q.source }
                })
                .collect(),
            frames: doc
                .frames
                .iter()
                .map(|f: &Frame| {
                    let [start, end] = chars(index, f.span);
                    FrameView {
                        kind: &f.kind,
                        start,
                        end,
                        dates: &f.dates,
                        places: &f.places,
                        participants: &f.participants,
                        quantities: &f.quantities,
                        events: &f.events,
                    }
                })
                .collect(),
            facts: &doc.facts,
        }
    }
}
