//! Quotations and their speakers.

use warta_ner::Label;
use warta_tokenize::{Clitic, Span, Token, TokenKind};

use crate::Quote;
use crate::extractor::Ctx;
use crate::people::State;

/// A quotation before attribution.
pub(crate) struct Raw {
    /// From the opening mark (or the paragraph start) to the closing mark (or the
    /// paragraph end).
    pub outer: Span,
    /// The quoted text itself.
    pub inner: Span,
    /// The closing mark's token index, when there is one.
    close: Option<usize>,
    /// The opening mark's token index, when there is one.
    open: Option<usize>,
}

/// Longest quotation followed across paragraphs, in bytes.
const MAX_QUOTE: usize = 4000;

fn is_double(t: &Token<'_>) -> bool {
    t.kind.is_quote() && matches!(t.text, "\"" | "“" | "”" | "„" | "‟" | "«" | "»" | "″")
}

/// Finds quotation spans: paired marks, an opening mark whose quotation runs to the end
/// of its paragraph, and a closing mark whose opening was lost (the quotation starts at
/// its paragraph). Neither runs past another quotation mark, so quotations never overlap
/// and a paragraph full of unpaired marks costs linear time, not a copy per mark.
pub(crate) fn spans(ctx: &Ctx<'_, '_>) -> Vec<Raw> {
    let mut marks: Vec<usize> = Vec::new();
    for (i, t) in ctx.tokens.iter().enumerate() {
        if t.kind.is_quote() && is_double(t) && ctx.is_article(t.span.start) {
            marks.push(i);
        }
    }
    let mut out: Vec<Raw> = Vec::new();
    let mut k = 0;
    while k < marks.len() {
        let i = marks[k];
        let t = ctx.tokens[i];
        if t.kind == TokenKind::OpenQuote {
            let close = marks[k + 1..]
                .first()
                .copied()
                .filter(|&j| ctx.tokens[j].kind == TokenKind::CloseQuote);
            match close {
                Some(j) if ctx.tokens[j].span.start - t.span.end <= MAX_QUOTE => {
                    push(
                        ctx,
                        &mut out,
                        t.span.start,
                        t.span.end,
                        ctx.tokens[j].span.start,
                        ctx.tokens[j].span.end,
                        Some(i),
                        Some(j),
                    );
                    k += 2;
                }
                _ => {
                    let end = ctx.paragraph_of(t.span.start).map_or(t.span.end, |p| p.end);
                    let next_mark = marks.get(k + 1).map_or(end, |&j| ctx.tokens[j].span.start);
                    let end = end.min(next_mark);
                    push(ctx, &mut out, t.span.start, t.span.end, end, end, Some(i), None);
                    k += 1;
                }
            }
        } else {
            // The opening mark was lost: the quotation starts at the paragraph, or after
            // the previous quotation or mark in it.
            let para = ctx.paragraph_of(t.span.start).unwrap_or(t.span);
            let previous_mark = k.checked_sub(1).map_or(0, |p| ctx.tokens[marks[p]].span.end);
            let start = out.last().map_or(para.start, |q| q.outer.end.max(para.start));
            let start = start.max(previous_mark);
            push(ctx, &mut out, start, start, t.span.start, t.span.end, None, Some(i));
            k += 1;
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn push(
    ctx: &Ctx<'_, '_>,
    out: &mut Vec<Raw>,
    outer_start: usize,
    inner_start: usize,
    inner_end: usize,
    outer_end: usize,
    open: Option<usize>,
    close: Option<usize>,
) {
    let raw = ctx.gap(inner_start, inner_end);
    let lead = raw.len() - raw.trim_start().len();
    let trimmed = raw.trim().trim_end_matches([',', ' ']).trim_end();
    if trimmed.split_whitespace().count() < 3 {
        return; // scare quotes around a term, not a quotation
    }
    let inner = Span::new(inner_start + lead, inner_start + lead + trimmed.len());
    out.push(Raw { outer: Span::new(outer_start, outer_end), inner, close, open });
}

/// Whether the token is a speech verb, and whether it carries -nya ("ujarnya").
fn speech_verb(ctx: &Ctx<'_, '_>, t: &Token<'_>) -> Option<bool> {
    if t.kind != TokenKind::Word {
        return None;
    }
    if ctx.extractor.is_speech(t.text) {
        return Some(false);
    }
    (t.clitic() == Some(Clitic::Nya) && ctx.extractor.is_speech(t.base())).then_some(true)
}

/// The person a mention at token `i` (a name, an office, a rank before a name, or a
/// pronoun) refers to, stepping over ranks, titles and offices without a holder.
fn speaker_from(ctx: &Ctx<'_, '_>, state: &State, i: usize, before: usize) -> Option<usize> {
    let mut k = i;
    for _ in 0..6 {
        let t = ctx.tokens.get(k)?;
        let Some(e) = ctx.entity_at(t.span.start) else {
            let pronoun = ["dia", "ia", "beliau"].iter().any(|p| p.eq_ignore_ascii_case(t.text));
            return pronoun.then(|| state.salient(before)).flatten();
        };
        match e.label {
            Label::Person => return state.person_in(e.span),
            Label::Position if state.person_at(e.span.start).is_some() => {
                return state.person_at(e.span.start);
            }
            Label::Position | Label::Rank | Label::Title => k = ctx.token_from(e.span.end),
            _ => return None,
        }
    }
    None
}

/// Attributes each quotation to a speaker.
pub(crate) fn attribute(ctx: &Ctx<'_, '_>, state: &State, raw: &[Raw]) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::with_capacity(raw.len());
    for q in raw {
        let (speaker, source) = after_close(ctx, state, q)
            .or_else(|| before_open(ctx, state, q))
            .map_or((None, "rule:quote/unattributed"), |(p, s)| (p, s));
        out.push(Quote {
            span: q.inner,
            text: ctx.gap(q.inner.start, q.inner.end).to_owned(),
            speaker,
            source,
        });
    }
    // A quotation left open at a paragraph's end continues in the next paragraph, whose
    // speaker it shares.
    for k in (0..out.len().saturating_sub(1)).rev() {
        if out[k].speaker.is_none() && raw[k].close.is_none() {
            let next_para = ctx.paragraph_of(raw[k + 1].outer.start);
            let this_para = ctx.paragraph_of(raw[k].outer.start);
            if next_para.is_some() && next_para != this_para && out[k + 1].speaker.is_some() {
                out[k].speaker = out[k + 1].speaker;
                out[k].source = "rule:quote/continued";
            }
        }
    }
    out
}

/// `,” ujarnya`, `,” kata AKBP Dewa`, `," jelas Kapolres`.
fn after_close(ctx: &Ctx<'_, '_>, state: &State, q: &Raw) -> Option<(Option<usize>, &'static str)> {
    let close = q.close?;
    let mut i = close + 1;
    while ctx.tokens.get(i).is_some_and(|t| t.text == "," && t.kind == TokenKind::Punct) {
        i += 1;
    }
    let t = ctx.tokens.get(i)?;
    if ctx.gap(ctx.tokens[close].span.end, t.span.start).contains('\n') {
        return None;
    }
    match speech_verb(ctx, t) {
        Some(true) => {
            let speaker = subject(ctx, state, q).or_else(|| state.salient(q.outer.start));
            Some((speaker, "rule:quote/verb_nya_after"))
        }
        Some(false) => {
            Some((speaker_from(ctx, state, i + 1, q.outer.start), "rule:quote/verb_after"))
        }
        None => {
            // `,” Budi menambahkan`: a name, then the verb.
            let p = speaker_from(ctx, state, i, q.outer.start)?;
            let verb_follows =
                ctx.tokens[i..].iter().take(8).any(|t| speech_verb(ctx, t).is_some());
            verb_follows.then_some((Some(p), "rule:quote/name_verb_after"))
        }
    }
}

/// Whom "-nya" on the verb after a quotation refers to: the subject of the paragraph
/// before the quotation (of the paragraph before, when the quotation opens its own). That
/// is the person written right before a speech verb ("Sertu Marulitua menambahkan, …"),
/// else the first person the paragraph names: people named later in it are mostly
/// objects ("Kasdim X, mewakili Dandim Y, mengatakan …"). Only the first eight mentions
/// of the paragraph are read.
fn subject(ctx: &Ctx<'_, '_>, state: &State, q: &Raw) -> Option<usize> {
    let start = q.outer.start;
    let para = ctx.paragraph_of(start)?;
    let lo = |region: Span| state.mentions.partition_point(|(s, _)| s.start < region.start);
    let hi = |region: Span| state.mentions.partition_point(|(s, _)| s.end <= region.end);
    let mut region = Span::new(para.start, start);
    if lo(region) >= hi(region) {
        let prev_end = ctx.gap(0, para.start).trim_end().len();
        region = ctx.paragraph_of(prev_end.checked_sub(1)?)?;
    }
    // The subject stands among the first mentions; a paragraph of hundreds of quotations
    // must not be rescanned for each.
    let first = lo(region);
    let mentions = state.mentions.get(first..hi(region).min(first + 8))?;
    let named = |p: usize| !state.people[p].byline;
    let before_verb = mentions.iter().find(|&&(s, p)| {
        named(p)
            && ctx.tokens.get(ctx.token_from(s.end)).is_some_and(|t| {
                ctx.adjacent(s.end, t.span.start) && speech_verb(ctx, t) == Some(false)
            })
    });
    before_verb.or_else(|| mentions.iter().find(|&&(_, p)| named(p))).map(|&(_, p)| p)
}

/// `X mengatakan, “…”`, `Menurut X, “…”`, and an introduction ending in a colon.
fn before_open(ctx: &Ctx<'_, '_>, state: &State, q: &Raw) -> Option<(Option<usize>, &'static str)> {
    let start = q.outer.start;
    let para = ctx.paragraph_of(start)?;
    let sentence = ctx.sentence_of(start).unwrap_or(para);
    let from = if q.open.is_some() { sentence.start.max(para.start) } else { para.start };
    let mut region = Span::new(from, start);
    if region.is_empty() {
        // The quotation opens its paragraph: an introduction ending in ":" before it.
        let prev_end = ctx.gap(0, para.start).trim_end().len();
        if !ctx.gap(0, prev_end).ends_with(':') {
            return None;
        }
        region = ctx.paragraph_of(prev_end.saturating_sub(1))?;
    }
    let first = ctx.token_from(region.start);
    let last = ctx.token_from(region.end);
    let verb = ctx.tokens[first..last].iter().position(|t| speech_verb(ctx, t).is_some())?;
    let verb_at = ctx.tokens[first + verb].span.start;
    // The subject before the verb, or the name right after "menurut" / "kata".
    let upto = state.mentions.partition_point(|(s, _)| s.start < verb_at);
    let subject = state.mentions[..upto]
        .iter()
        .rev()
        .take_while(|(s, _)| s.start >= region.start)
        .find(|(s, _)| s.end <= verb_at)
        .map(|&(_, p)| p)
        .or_else(|| speaker_from(ctx, state, first + verb + 1, start));
    subject.map(|p| (Some(p), "rule:quote/verb_before"))
}
