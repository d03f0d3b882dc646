//! The extractor: binds attributes to people, resolves mentions, finds quotations,
//! representation and frames.

use warta_gazetteer::{EntryKind, Gazetteer};
use warta_ner::{Entity, WordSet};
use warta_tokenize::near::Near;
use warta_tokenize::{Analysis, Line, Sentence, Span, Token};

use crate::{Extraction, frame, people, quote, represent};

/// Extracts relations from an article and its entities.
///
/// Built once from a gazetteer (it reads the speech verbs and representation cues) and
/// reused for every document.
#[derive(Clone, Debug)]
pub struct Extractor {
    speech: WordSet,
}

impl Extractor {
    /// An extractor using the speech verbs of `gazetteer`.
    pub fn new(gazetteer: &Gazetteer) -> Extractor {
        let speech = WordSet::new(gazetteer.of_kind(EntryKind::Speech).flat_map(|e| {
            std::iter::once(e.name()).chain(e.variants().iter().map(String::as_str))
        }));
        Extractor { speech }
    }

    /// Relations, people, quotations and frames of one article.
    ///
    /// `entities` are the top-level entities `warta-ner` found in `analysis.text`.
    pub fn extract(&self, analysis: &Analysis<'_>, entities: &[Entity]) -> Extraction {
        let ctx = Ctx {
            text: analysis.text,
            tokens: &analysis.tokens,
            entities,
            analysis,
            extractor: self,
            near_entities: Near::new(entities),
            near_tokens: Near::new(&analysis.tokens),
            near_sentences: Near::new(&analysis.sentences),
            near_paragraphs: Near::new(&analysis.paragraphs),
            near_lines: Near::new(&analysis.lines),
        };
        let raw = quote::spans(&ctx);
        let outer: Vec<_> = raw.iter().map(|q| q.outer).collect();
        let mut state = people::resolve(&ctx, &outer);
        let quotes = quote::attribute(&ctx, &state, &raw);
        let mut relations = std::mem::take(&mut state.relations);
        for q in &quotes {
            if let (Some(speaker), Some(anchor)) = (q.speaker, state.first_mention(q.speaker)) {
                relations.push(crate::Relation {
                    kind: crate::RelationKind::Said,
                    head: anchor,
                    tail: q.span,
                    person: Some(speaker),
                    other: None,
                    source: q.source,
                });
            }
        }
        relations.extend(represent::find(&ctx, &state));
        let relations = sort_relations(relations);
        let frames = frame::find(&ctx);
        Extraction { people: state.people, relations, quotes, frames }
    }

    pub(crate) fn is_speech(&self, word: &str) -> bool {
        self.speech.contains(word)
    }
}

/// `relations` in a stable sort by the starts of head and tail. The sort moves small
/// keys, not whole relations: each key is (head, tail, index), so an unstable sort of
/// distinct keys gives the stable order; packed in a `u128` when the offsets fit 32 bits.
fn sort_relations(relations: Vec<crate::Relation>) -> Vec<crate::Relation> {
    let fits = |n: usize| u32::try_from(n).is_ok();
    if relations.iter().all(|r| fits(r.head.start) && fits(r.tail.start)) && fits(relations.len()) {
        let mut keys: Vec<u128> = relations
            .iter()
            .enumerate()
            .map(|(i, r)| (r.head.start as u128) << 64 | (r.tail.start as u128) << 32 | i as u128)
            .collect();
        keys.sort_unstable();
        keys.iter().map(|&k| relations[(k & 0xffff_ffff) as usize].clone()).collect()
    } else {
        let mut keys: Vec<(usize, usize, usize)> =
            relations.iter().enumerate().map(|(i, r)| (r.head.start, r.tail.start, i)).collect();
        keys.sort_unstable();
        keys.iter().map(|&(_, _, i)| relations[i].clone()).collect()
    }
}

/// What the rules share about one article.
pub(crate) struct Ctx<'a, 't> {
    pub text: &'t str,
    pub tokens: &'a [Token<'t>],
    pub entities: &'a [Entity],
    pub analysis: &'a Analysis<'t>,
    pub extractor: &'a Extractor,
    // Lookups start where the last one ended (rules move through the text in order).
    near_entities: Near<'a, Entity>,
    near_tokens: Near<'a, Token<'t>>,
    near_sentences: Near<'a, Sentence>,
    near_paragraphs: Near<'a, Span>,
    near_lines: Near<'a, Line>,
}

impl Ctx<'_, '_> {
    /// The text between two offsets (empty when they are out of order).
    pub(crate) fn gap(&self, from: usize, to: usize) -> &str {
        self.text.get(from..to).unwrap_or("")
    }

    /// Whether only spaces stand between the offsets.
    pub(crate) fn adjacent(&self, from: usize, to: usize) -> bool {
        from <= to && self.gap(from, to).chars().all(|c| c == ' ' || c == '\t' || c == '\u{a0}')
    }

    /// Whether only spaces and one comma stand between the offsets.
    pub(crate) fn comma_between(&self, from: usize, to: usize) -> bool {
        let gap = self.gap(from, to);
        from <= to && !gap.contains('\n') && gap.trim() == ","
    }

    /// The top-level entity starting at byte `at`.
    pub(crate) fn entity_at(&self, at: usize) -> Option<&Entity> {
        let i = self.near_entities.partition(|e| e.span.start < at);
        self.entities.get(i).filter(|e| e.span.start == at)
    }

    /// The top-level entities starting in `from..to`.
    pub(crate) fn entities_in(&self, from: usize, to: usize) -> &[Entity] {
        let first = self.near_entities.partition(|e| e.span.start < from);
        let last = self.near_entities.partition(|e| e.span.start < to).max(first);
        &self.entities[first..last]
    }

    /// The index of the first token starting at or after `at`.
    pub(crate) fn token_from(&self, at: usize) -> usize {
        self.near_tokens.partition(|t| t.span.start < at)
    }

    /// The sentence containing byte `at`.
    pub(crate) fn sentence_of(&self, at: usize) -> Option<Span> {
        let s = &self.analysis.sentences;
        let i = self.near_sentences.partition(|s| s.span.end <= at);
        s.get(i).map(|s| s.span).filter(|s| s.start <= at)
    }

    /// The paragraph containing byte `at`.
    pub(crate) fn paragraph_of(&self, at: usize) -> Option<Span> {
        let p = &self.analysis.paragraphs;
        let i = self.near_paragraphs.partition(|p| p.end <= at);
        p.get(i).copied().filter(|p| p.start <= at)
    }

    /// Whether `at` is on an article line.
    pub(crate) fn is_article(&self, at: usize) -> bool {
        let lines = &self.analysis.lines;
        let i = self.near_lines.partition(|l| l.span.end <= at);
        lines.get(i).is_some_and(|l| l.span.start <= at && l.article)
    }
}
