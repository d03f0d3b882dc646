//! JSON views with character offsets.
//!
//! The Rust API speaks in byte spans; JSON readers (Python, spaCy, jq) count characters.
//! These views convert through a [`CharIndex`] built once per document.

use serde::Serialize;
use warta_ner::{Entity, Label, Value};
use warta_relation::{Frame, Person, Quote, Relation, RelationKind};
use warta_tokenize::near::Near;
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

/// Byte offsets to character offsets, as [`CharIndex`] computes them: for each
/// multi-byte character, the byte offset just past it and the extra bytes so far. Built
/// skipping ASCII 16 bytes at a time.
#[derive(Clone, Debug, Default)]
pub(crate) struct CharSteps {
    steps: Vec<(usize, usize)>,
}

impl CharSteps {
    /// Indexes `text`.
    pub(crate) fn new(text: &str) -> CharSteps {
        let bytes = text.as_bytes();
        let mut steps = Vec::new();
        let mut extra = 0;
        let mut i = 0;
        while i < bytes.len() {
            if bytes.get(i..i + 16).is_some_and(<[u8]>::is_ascii) {
                i += 16;
                continue;
            }
            let n = match bytes[i] {
                0..0x80 => 1,
                0xf0.. => 4,
                0xe0.. => 3,
                _ => 2,
            };
            if n > 1 {
                extra += n - 1;
                steps.push((i + n, extra));
            }
            i += n;
        }
        CharSteps { steps }
    }

    /// Both ends of `span` as character offsets (as [`CharIndex::char_span`]).
    pub(crate) fn char_span(&self, span: Span) -> (usize, usize) {
        let at = |byte: usize| {
            let k = self.steps.partition_point(|&(end, _)| end <= byte);
            byte - if k == 0 { 0 } else { self.steps[k - 1].1 }
        };
        (at(span.start), at(span.end))
    }
}

/// Character offsets of a document, looked up from where the last lookup ended (views
/// convert spans mostly in text order).
struct Cursor<'d> {
    steps: Near<'d, (usize, usize)>,
    items: &'d [(usize, usize)],
}

impl<'d> Cursor<'d> {
    fn new(steps: &'d CharSteps) -> Cursor<'d> {
        Cursor { steps: Near::new(&steps.steps), items: &steps.steps }
    }

    fn offset(&self, byte: usize) -> usize {
        if self.items.is_empty() {
            return byte;
        }
        let k = self.steps.partition(|&(end, _)| end <= byte);
        byte - if k == 0 { 0 } else { self.items[k - 1].1 }
    }

    fn span(&self, span: Span) -> CharSpan {
        [self.offset(span.start), self.offset(span.end)]
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

/// Serializes `doc`, whose spans index the text `steps` was built from.
pub(crate) fn serialize_document<S: serde::Serializer>(
    doc: &Document,
    steps: &CharSteps,
    s: S,
) -> Result<S::Ok, S::Error> {
    let at = &Cursor::new(steps);
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

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use warta_tokenize::{CharIndex, Span};

    use super::{CharSteps, Cursor};

    proptest! {
        /// The steps and the cursor give CharIndex's offsets for every byte offset, on a
        /// boundary or not, past the end too, in any order.
        #[test]
        fn char_steps_agree_with_char_index(
            text in "(a|é|–|“|日本|𝄞|🇮🇩| |\\n){0,60}",
            probes in proptest::collection::vec(0usize..200, 0..40),
        ) {
            let index = CharIndex::new(&text);
            let steps = CharSteps::new(&text);
            let cursor = Cursor::new(&steps);
            for &p in &probes {
                let span = Span::new(p.min(p / 2 + 3), p);
                prop_assert_eq!(steps.char_span(span), index.char_span(span));
                let (start, end) = index.char_span(span);
                prop_assert_eq!(cursor.span(span), [start, end]);
            }
        }
    }

    #[test]
    fn long_ascii_runs_are_skipped_but_counted() {
        let text = format!("{}é{}𝄞{}", "x".repeat(37), "y".repeat(16), "z".repeat(5));
        let (index, steps) = (CharIndex::new(&text), CharSteps::new(&text));
        for b in 0..text.len() + 3 {
            let span = Span::new(b, b);
            assert_eq!(steps.char_span(span), index.char_span(span));
        }
    }
}
