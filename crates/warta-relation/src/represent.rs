//! Representation: "X yang diwakili Y", "X diwakili oleh Y", "Y mewakili X", "X melalui Y".

use warta_ner::Label;
use warta_tokenize::Span;

use crate::extractor::Ctx;
use crate::people::State;
use crate::{Relation, RelationKind};

/// Representation relations between resolved people.
pub(crate) fn find(ctx: &Ctx<'_, '_>, state: &State) -> Vec<Relation> {
    let mut out = Vec::new();
    for (i, t) in ctx.tokens.iter().enumerate() {
        // The cues are 7, 8 or 10 bytes long and start with "d" or "m".
        if !matches!(t.text.len(), 7 | 8 | 10)
            || !matches!(t.text.as_bytes()[0] | 0x20, b'd' | b'm')
        {
            continue;
        }
        let is = |w: &str| t.text.eq_ignore_ascii_case(w);
        let cue = if is("diwakili") || is("diwakilkan") {
            Cue::Passive
        } else if is("mewakili") {
            Cue::Active
        } else if is("melalui") {
            Cue::Via
        } else {
            continue;
        };
        if !ctx.is_article(t.span.start) {
            continue;
        }
        let Some(sentence) = ctx.sentence_of(t.span.start) else { continue };
        let before = mention_before(ctx, state, sentence, t.span.start, cue == Cue::Via);
        let after = mention_after(ctx, state, sentence, i + 1, cue == Cue::Via);
        let (Some((ps, p)), Some((as_, a))) = (before, after) else { continue };
        let ((principal, pspan), (agent, aspan)) = match cue {
            Cue::Passive | Cue::Via => ((p, ps), (a, as_)),
            Cue::Active => ((a, as_), (p, ps)),
        };
        if principal == agent {
            continue;
        }
        let source = match cue {
            Cue::Passive => "rule:represent/diwakili",
            Cue::Active => "rule:represent/mewakili",
            Cue::Via => "rule:represent/melalui",
        };
        out.push(Relation {
            kind: RelationKind::RepresentedBy,
            head: pspan,
            tail: aspan,
            person: Some(principal),
            other: Some(agent),
            source,
        });
    }
    out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Cue {
    Passive,
    Active,
    Via,
}

/// The nearest mention before `at` in the sentence. With `tight`, only one directly before
/// the cue (commas, titles and "yang" may stand between).
fn mention_before(
    ctx: &Ctx<'_, '_>,
    state: &State,
    sentence: Span,
    at: usize,
    tight: bool,
) -> Option<(Span, usize)> {
    // Mentions are sorted by start: look back from the cue, within the sentence only.
    let upto = state.mentions.partition_point(|(s, _)| s.start < at);
    let &(span, p) = state.mentions[..upto]
        .iter()
        .rev()
        .take_while(|(s, _)| s.start >= sentence.start)
        .find(|(s, _)| s.end <= at)?;
    if tight {
        let mut end = span.end;
        for e in ctx.entities_in(span.end, at).iter().filter(|e| e.span.end <= at) {
            if e.label == Label::Title {
                end = e.span.end;
            }
        }
        let gap = ctx.gap(end, at).trim().trim_matches(',').trim();
        if !gap.is_empty() {
            return None;
        }
    }
    Some((span, p))
}

/// The first person mention after token `i` in the sentence: a name (perhaps after an
/// office and rank), or an office whose holder is known. With `tight`, it must start
/// right after the cue.
fn mention_after(
    ctx: &Ctx<'_, '_>,
    state: &State,
    sentence: Span,
    i: usize,
    tight: bool,
) -> Option<(Span, usize)> {
    let start = ctx.tokens.get(i)?.span.start;
    let limit = ctx.tokens.get(i + 10).map_or(sentence.end, |t| t.span.start.min(sentence.end));
    let mut ok_start = start;
    if ctx.tokens[i].text.eq_ignore_ascii_case("oleh") {
        ok_start = ctx.tokens.get(i + 1)?.span.start;
    }
    let mut office_end = None;
    for e in ctx.entities_in(start, limit) {
        // "mewakili Kapolres, Dandim X Letkol Inf Y, …": an office after an office whose
        // holder is not known starts a list of other officials.
        if e.label == Label::Position
            && office_end.is_some_and(|end| !ctx.gap(end, e.span.start).trim().is_empty())
        {
            return None;
        }
        if tight && e.span.start > ok_start {
            let between = ctx.gap(ok_start, e.span.start).trim();
            if !between.is_empty() {
                return None;
            }
        }
        match e.label {
            Label::Person => return state.person_in(e.span).map(|p| (e.span, p)),
            Label::Position | Label::Rank | Label::Title => {
                if let Some(p) = state.person_at(e.span.start) {
                    if e.label == Label::Position
                        && !ctx.entities_in(e.span.end, limit).iter().any(|n| {
                            n.label == Label::Person
                                && n.span.start > e.span.end
                                && n.span.start < limit
                        })
                    {
                        return Some((e.span, p));
                    }
                }
                if e.label == Label::Position {
                    office_end = Some(e.span.end);
                }
                ok_start = e.span.end;
            }
            _ => {
                if tight {
                    return None;
                }
            }
        }
    }
    None
}
