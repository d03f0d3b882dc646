//! JSON views with character offsets.
//!
//! The Rust API speaks in byte spans; JSON readers (Python, spaCy, jq) count characters.
//! These views convert through a [`CharIndex`] built once per document.

use serde::Serialize;
use warta_ner::{Entity, Label, Value};
use warta_relation::{Frame, Person, Quote, Relation, RelationKind};
use warta_tokenize::{CharCursor, CharIndex, Span};

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

/// Character offsets of a document, converted from where the last conversion ended
/// (views convert spans mostly in text order).
struct Cursor<'d>(CharCursor<'d>);

impl Cursor<'_> {
    fn span(&self, span: Span) -> CharSpan {
        let (start, end) = self.0.char_span(span);
        [start, end]
    }
}

/// An entity viewed while it is serialized: the same JSON as [`EntityView`], without
/// collecting the views of its parts first.
#[derive(Serialize)]
#[serde(rename = "EntityView")]
struct LazyEntity<'d, 'c> {
    label: Label,
    start: usize,
    end: usize,
    text: &'d str,
    value: &'d Value,
    source: &'d str,
    #[serde(skip_serializing_if = "Entities::is_empty")]
    parts: Entities<'d, 'c>,
}

/// Entities serialized as a sequence of [`LazyEntity`].
struct Entities<'d, 'c> {
    items: &'d [Entity],
    at: &'c Cursor<'d>,
}

impl Entities<'_, '_> {
    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl Serialize for Entities<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.items.iter().map(|e| {
            let [start, end] = self.at.span(e.span);
            LazyEntity {
                label: e.label,
                start,
                end,
                text: &e.text,
                value: &e.value,
                source: &e.source,
                parts: Entities { items: &e.parts, at: self.at },
            }
        }))
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

struct Relations<'d, 'c> {
    items: &'d [Relation],
    at: &'c Cursor<'d>,
}

impl Serialize for Relations<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.items.iter().map(|r| RelationView {
            kind: r.kind,
            head: self.at.span(r.head),
            tail: self.at.span(r.tail),
            person: r.person,
            other: r.other,
            source: r.source,
        }))
    }
}

#[derive(Serialize)]
struct PersonView<'p, 'c> {
    name: &'p str,
    rank: Option<&'p str>,
    position: Option<&'p str>,
    titles: &'p [String],
    mentions: Spans<'p, 'c>,
    byline: bool,
}

/// Spans serialized as a sequence of [`CharSpan`].
struct Spans<'d, 'c> {
    items: &'d [Span],
    at: &'c Cursor<'d>,
}

impl Serialize for Spans<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.items.iter().map(|&m| self.at.span(m)))
    }
}

struct People<'d, 'c> {
    items: &'d [Person],
    at: &'c Cursor<'d>,
}

impl Serialize for People<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.items.iter().map(|p| PersonView {
            name: &p.name,
            rank: p.rank.as_deref(),
            position: p.position.as_deref(),
            titles: &p.titles,
            mentions: Spans { items: &p.mentions, at: self.at },
            byline: p.byline,
        }))
    }
}

#[derive(Serialize)]
struct QuoteView<'q> {
    start: usize,
    end: usize,
    text: &'q str,
    speaker: Option<usize>,
    source: &'q str,
}

struct Quotes<'d, 'c> {
    items: &'d [Quote],
    at: &'c Cursor<'d>,
}

impl Serialize for Quotes<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.items.iter().map(|q| {
            let [start, end] = self.at.span(q.span);
            QuoteView { start, end, text: &q.text, speaker: q.speaker, source: q.source }
        }))
    }
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

struct Frames<'d, 'c> {
    items: &'d [Frame],
    at: &'c Cursor<'d>,
}

impl Serialize for Frames<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.items.iter().map(|f| {
            let [start, end] = self.at.span(f.span);
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
        }))
    }
}

/// The whole document as JSON. The lists are views made while they are serialized.
#[derive(Serialize)]
#[serde(rename = "DocumentView")]
struct DocumentFields<'d, 'c> {
    entities: Entities<'d, 'c>,
    people: People<'d, 'c>,
    relations: Relations<'d, 'c>,
    quotes: Quotes<'d, 'c>,
    frames: Frames<'d, 'c>,
    facts: &'d Facts,
}

/// Serializes `doc`, whose spans index the text `index` was built from.
pub(crate) fn serialize_document<S: serde::Serializer>(
    doc: &Document,
    index: &CharIndex,
    s: S,
) -> Result<S::Ok, S::Error> {
    let at = &Cursor(index.cursor());
    DocumentFields {
        entities: Entities { items: &doc.entities, at },
        people: People { items: &doc.people, at },
        relations: Relations { items: &doc.relations, at },
        quotes: Quotes { items: &doc.quotes, at },
        frames: Frames { items: &doc.frames, at },
        facts: &doc.facts,
    }
    .serialize(s)
}
