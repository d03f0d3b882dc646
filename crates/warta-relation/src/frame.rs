//! Event frames: a rakor, apel or patroli, or a deployment, with what the sentence says
//! about it.

use warta_ner::{Label, Value};

use crate::Frame;
use crate::extractor::Ctx;

/// Trigger words and the frame they open. Lowercase.
const TRIGGERS: &[(&str, &str)] = &[
    ("rakor", "rakor"),
    ("koordinasi", "rakor"),
    ("apel", "apel"),
    ("patroli", "patroli"),
    ("menerjunkan", "deployment"),
    ("diterjunkan", "deployment"),
    ("mengerahkan", "deployment"),
    ("dikerahkan", "deployment"),
    ("melibatkan", "deployment"),
    ("dilibatkan", "deployment"),
    ("menyiagakan", "deployment"),
    ("disiagakan", "deployment"),
    ("menurunkan", "deployment"),
    ("diturunkan", "deployment"),
];

/// The frame `word` opens, if it is a trigger. Every trigger is 4, 5, 7, 10 or 11 bytes
/// long and is told by its length and its first and last letters: other words are
/// turned away before the list is scanned.
fn trigger(word: &str) -> Option<&'static str> {
    let b = word.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else { return None };
    let possible = matches!(
        (b.len(), first | 0x20, last | 0x20),
        (4, b'a', b'l')
            | (5, b'r', b'r')
            | (7, b'p', b'i')
            | (10, b'k', b'i')
            | (10 | 11, b'm' | b'd', b'n')
    );
    if !possible {
        return None;
    }
    TRIGGERS.iter().find(|(k, _)| k.eq_ignore_ascii_case(word)).map(|(_, f)| *f)
}

/// One frame per sentence that has a trigger and says at least one thing about it.
pub(crate) fn find(ctx: &Ctx<'_, '_>) -> Vec<Frame> {
    let mut out = Vec::new();
    for s in &ctx.analysis.sentences {
        if !ctx.is_article(s.span.start) {
            continue;
        }
        let tokens = &ctx.tokens[s.tokens.clone()];
        let Some(kind) = tokens.iter().find_map(|t| trigger(t.text)) else {
            continue;
        };
        let mut frame = Frame { kind: kind.to_owned(), span: s.span, ..Frame::default() };
        let first = ctx.entities.partition_point(|e| e.span.start < s.span.start);
        let last = ctx.entities.partition_point(|e| e.span.start < s.span.end).max(first);
        for e in ctx.entities[first..last].iter().filter(|e| s.span.contains(e.span)) {
            match (&e.label, &e.value) {
                (Label::Date, Value::Date { iso: Some(iso) }) => {
                    frame.dates.push(String::from(iso.as_str()))
                }
                (Label::Location, _) => frame.places.push(String::from(e.text.as_str())),
                (Label::Organization | Label::Person, _) => {
                    frame.participants.push(String::from(e.text.as_str()))
                }
                (Label::Quantity, _) => frame.quantities.push(String::from(e.text.as_str())),
                (Label::Event, Value::Event { named: true, name, .. }) => {
                    frame.events.push(String::from(name.as_str()))
                }
                _ => {}
            }
        }
        let deployment_without_count = kind == "deployment" && frame.quantities.is_empty();
        let empty = frame.dates.is_empty()
            && frame.places.is_empty()
            && frame.participants.is_empty()
            && frame.quantities.is_empty()
            && frame.events.is_empty();
        if !empty && !deployment_without_count {
            out.push(frame);
        }
    }
    out
}
