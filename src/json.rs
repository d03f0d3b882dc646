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

/// A list of document items, each serialized through a view made while it is written
/// (see [`Viewed`]), with character offsets from `at`.
struct Seq<'d, 'c, T> {
    items: &'d [T],
    at: &'c Cursor<'d>,
}

impl<T> Seq<'_, '_, T> {
    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl<T: Viewed> Serialize for Seq<'_, '_, T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.items.iter().map(|item| View { item, at: self.at }))
    }
}

/// One item of a [`Seq`] with the cursor its view reads.
struct View<'d, 'c, T> {
    item: &'d T,
    at: &'c Cursor<'d>,
}

impl<T: Viewed> Serialize for View<'_, '_, T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.item.view(self.at, s)
    }
}

/// How a document item is written in JSON.
trait Viewed: Sized {
    /// Serializes the view of `self`, spans converted by `at`.
    fn view<'d, S: serde::Serializer>(&'d self, at: &Cursor<'d>, s: S) -> Result<S::Ok, S::Error>;
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
    #[serde(skip_serializing_if = "Seq::is_empty")]
    parts: Seq<'d, 'c, Entity>,
}

impl Viewed for Entity {
    fn view<'d, S: serde::Serializer>(&'d self, at: &Cursor<'d>, s: S) -> Result<S::Ok, S::Error> {
        let [start, end] = at.span(self.span);
        LazyEntity {
            label: self.label,
            start,
            end,
            text: &self.text,
            value: &self.value,
            source: &self.source,
            parts: Seq { items: &self.parts, at },
        }
        .serialize(s)
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

impl Viewed for Relation {
    fn view<'d, S: serde::Serializer>(&'d self, at: &Cursor<'d>, s: S) -> Result<S::Ok, S::Error> {
        RelationView {
            kind: self.kind,
            head: at.span(self.head),
            tail: at.span(self.tail),
            person: self.person,
            other: self.other,
            source: self.source,
        }
        .serialize(s)
    }
}

impl Viewed for Span {
    fn view<'d, S: serde::Serializer>(&'d self, at: &Cursor<'d>, s: S) -> Result<S::Ok, S::Error> {
        at.span(*self).serialize(s)
    }
}

#[derive(Serialize)]
struct PersonView<'p, 'c> {
    name: &'p str,
    rank: Option<&'p str>,
    position: Option<&'p str>,
    titles: &'p [String],
    mentions: Seq<'p, 'c, Span>,
    byline: bool,
}

impl Viewed for Person {
    fn view<'d, S: serde::Serializer>(&'d self, at: &Cursor<'d>, s: S) -> Result<S::Ok, S::Error> {
        PersonView {
            name: &self.name,
            rank: self.rank.as_deref(),
            position: self.position.as_deref(),
            titles: &self.titles,
            mentions: Seq { items: &self.mentions, at },
            byline: self.byline,
        }
        .serialize(s)
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

impl Viewed for Quote {
    fn view<'d, S: serde::Serializer>(&'d self, at: &Cursor<'d>, s: S) -> Result<S::Ok, S::Error> {
        let [start, end] = at.span(self.span);
        QuoteView { start, end, text: &self.text, speaker: self.speaker, source: self.source }
            .serialize(s)
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

impl Viewed for Frame {
    fn view<'d, S: serde::Serializer>(&'d self, at: &Cursor<'d>, s: S) -> Result<S::Ok, S::Error> {
        let [start, end] = at.span(self.span);
        FrameView {
            kind: &self.kind,
            start,
            end,
            dates: &self.dates,
            places: &self.places,
            participants: &self.participants,
            quantities: &self.quantities,
            events: &self.events,
        }
        .serialize(s)
    }
}

/// The whole document as JSON. The lists are views made while they are serialized.
#[derive(Serialize)]
#[serde(rename = "DocumentView")]
struct DocumentFields<'d, 'c> {
    entities: Seq<'d, 'c, Entity>,
    people: Seq<'d, 'c, Person>,
    relations: Seq<'d, 'c, Relation>,
    quotes: Seq<'d, 'c, Quote>,
    frames: Seq<'d, 'c, Frame>,
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
        entities: Seq { items: &doc.entities, at },
        people: Seq { items: &doc.people, at },
        relations: Seq { items: &doc.relations, at },
        quotes: Seq { items: &doc.quotes, at },
        frames: Seq { items: &doc.frames, at },
        facts: &doc.facts,
    }
    .serialize(s)
}
