//! People: binding ranks, offices and titles to names, and resolving every mention
//! (short names, bare offices, pronouns) to one person.

use std::collections::HashMap;

use warta_ner::{Entity, Label, Value};
use warta_tokenize::near::Near;
use warta_tokenize::{Span, TokenKind};

use crate::extractor::Ctx;
use crate::{Person, Relation, RelationKind};

/// Pronouns that refer to the salient person.
const PRONOUNS: &[&str] = &["ia", "dia", "beliau"];

/// What the rules know about people after resolution.
pub(crate) struct State {
    pub people: Vec<Person>,
    pub relations: Vec<Relation>,
    /// Every resolved mention outside quotations: (span, person), in text order.
    pub mentions: Vec<(Span, usize)>,
}

impl State {
    /// The person most recently mentioned before `at`.
    pub(crate) fn salient(&self, at: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|(s, _)| s.start < at);
        self.mentions[..i].iter().rev().map(|&(_, p)| p).find(|&p| !self.people[p].byline)
    }

    /// The person a mention starting at `at` refers to.
    pub(crate) fn person_at(&self, at: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|(s, _)| s.start < at);
        self.mentions.get(i).filter(|(s, _)| s.start == at).map(|&(_, p)| p)
    }

    /// The person whose mention covers `span`.
    pub(crate) fn person_in(&self, span: Span) -> Option<usize> {
        let i = self.mentions.partition_point(|(s, _)| s.start < span.end);
        self.mentions[..i].iter().rev().take(4).find(|(s, _)| s.overlaps(span)).map(|&(_, p)| p)
    }

    pub(crate) fn first_mention(&self, person: Option<usize>) -> Option<Span> {
        let p = person?;
        self.people.get(p)?.mentions.first().copied()
    }
}

/// A name with the attributes written around it.
struct Bound {
    name: usize,
    rank: Option<usize>,
    position: Option<usize>,
    titles: Vec<usize>,
}

fn is_prefix_title(e: &Entity) -> bool {
    matches!(e.value, Value::Title { prefix: true, .. })
}

/// Binds the rank, office and titles written around each name.
fn bind(ctx: &Ctx<'_, '_>) -> Vec<Bound> {
    let es = ctx.entities;
    let mut out = Vec::new();
    for (k, e) in es.iter().enumerate() {
        if e.label != Label::Person {
            continue;
        }
        let mut b = Bound { name: k, rank: None, position: None, titles: Vec::new() };
        let mut before = k;
        let mut start = e.span.start;
        if before > 0
            && is_prefix_title(&es[before - 1])
            && ctx.adjacent(es[before - 1].span.end, start)
        {
            before -= 1;
            start = es[before].span.start;
            b.titles.push(before);
        }
        if before > 0 {
            let prev = &es[before - 1];
            if prev.label == Label::Rank && ctx.adjacent(prev.span.end, start) {
                b.rank = Some(before - 1);
                if before > 1 {
                    let pp = &es[before - 2];
                    if pp.label == Label::Position
                        && (ctx.adjacent(pp.span.end, prev.span.start)
                            || ctx.comma_between(pp.span.end, prev.span.start))
                    {
                        b.position = Some(before - 2);
                    }
                }
            } else if prev.label == Label::Position
                && (ctx.adjacent(prev.span.end, start) || ctx.comma_between(prev.span.end, start))
            {
                b.position = Some(before - 1);
            }
        }
        // Titles after the name: "Budi, S.I.K., M.H."
        let mut end = e.span.end;
        let mut next = k + 1;
        while let Some(t) = es.get(next) {
            let gap = ctx.gap(end, t.span.start);
            if t.label == Label::Title
                && !gap.contains('\n')
                && matches!(gap.trim(), "" | ",")
                && !is_prefix_title(t)
            {
                b.titles.push(next);
                end = t.span.end;
                next += 1;
            } else {
                break;
            }
        }
        // "X, Kapolres Y," and "X selaku Kapolres Y".
        if b.position.is_none() {
            if let Some(p) = es.get(next).filter(|p| p.label == Label::Position) {
                let gap = ctx.gap(end, p.span.start).trim().to_lowercase();
                let after = ctx.gap(p.span.end, ctx.text.len()).trim_start();
                let appositive = gap == ","
                    && (after.starts_with(',') || after.starts_with('.') || after.is_empty());
                if appositive || gap == "selaku" || gap == "sebagai" || gap == ", selaku" {
                    b.position = Some(next);
                }
            }
        }
        out.push(b);
    }
    out
}

fn name_words(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '.' || c == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether every word of `short` appears in `long`, in order.
fn contained(short: &[String], long: &[String]) -> bool {
    let mut it = long.iter();
    short.iter().all(|w| it.any(|l| l == w))
}

/// Resolves every mention to a person.
pub(crate) fn resolve(ctx: &Ctx<'_, '_>, quotes: &[Span]) -> State {
    let es = ctx.entities;
    // Quotations are in text order and disjoint.
    let quote_near = Near::new(quotes);
    let in_quote = |s: Span| {
        let i = quote_near.partition(|q| q.end <= s.start);
        quotes.get(i).is_some_and(|q| q.contains(s))
    };
    let entity_near = Near::new(es);
    let bound = bind(ctx);
    let mut people: Vec<Person> = Vec::new();
    let mut words: Vec<Vec<String>> = Vec::new();
    let mut relations = Vec::new();
    let mut mentions: Vec<(Span, usize)> = Vec::new();
    let mut held = vec![false; es.len()]; // position entities bound to a name
    // Office name → (unit, person) of every office bound to a name, in text order.
    let mut holders: HashMap<String, Vec<(Option<String>, usize)>> = HashMap::new();
    let mut last_seen: Vec<usize> = Vec::new();
    // Indexes over `words`: the people with a word, the people whose name starts with it.
    // Starts of each person's mentions outside quotations, in text order.
    let mut outside: Vec<Vec<usize>> = Vec::new();
    let mut with_word: HashMap<String, Vec<usize>> = HashMap::new();
    let mut with_first: HashMap<String, Vec<usize>> = HashMap::new();

    for b in &bound {
        let e = &es[b.name];
        let w = name_words(&e.text);
        if w.is_empty() {
            continue;
        }
        let byline = e.source.ends_with("byline");
        // The most recently mentioned person whose name contains this one, or the reverse.
        // Such a person has this name's first word, or this name has theirs: look only
        // there, so long documents with many people stay linear.
        let mut candidates: Vec<usize> = with_word.get(&w[0]).cloned().unwrap_or_default();
        for word in &w {
            candidates.extend(with_first.get(word).into_iter().flatten().copied());
        }
        let found = candidates
            .into_iter()
            .filter(|&p| contained(&w, &words[p]) || contained(&words[p], &w))
            .max_by_key(|&p| last_seen[p]);
        let p = match found {
            Some(p) => {
                if w.len() > words[p].len() {
                    people[p].name = e.text.to_string();
                    index_words(&mut with_word, &mut with_first, &w, p);
                    words[p] = w;
                }
                if !byline {
                    people[p].byline = false;
                }
                p
            }
            None => {
                people.push(Person {
                    name: e.text.to_string(),
                    rank: None,
                    position: None,
                    titles: Vec::new(),
                    mentions: Vec::new(),
                    byline,
                });
                outside.push(Vec::new());
                let p = people.len() - 1;
                index_words(&mut with_word, &mut with_first, &w, p);
                words.push(w);
                last_seen.push(0);
                p
            }
        };
        last_seen[p] = e.span.start;
        people[p].mentions.push(e.span);
        if !in_quote(e.span) {
            mentions.push((e.span, p));
            outside[p].push(e.span.start);
        }
        if let Some(r) = b.rank {
            let rank = &es[r];
            if people[p].rank.is_none() {
                people[p].rank = Some(rank.text.to_string());
            }
            relations.push(rel(
                RelationKind::HasRank,
                e.span,
                rank.span,
                p,
                "rule:rank_before_name",
            ));
        }
        if let Some(pos) = b.position {
            let office = &es[pos];
            if people[p].position.is_none() {
                people[p].position = Some(office.text.to_string());
            }
            held[pos] = true;
            if let Some(key) = office_key(office) {
                holders.entry(key.0).or_default().push((key.1, p));
            }
            relations.push(rel(
                RelationKind::HoldsPosition,
                e.span,
                office.span,
                p,
                "rule:office_with_name",
            ));
            if let Some(unit) = office
                .parts
                .iter()
                .find(|u| matches!(u.label, Label::Location | Label::Organization))
            {
                relations.push(Relation {
                    kind: RelationKind::UnitOf,
                    head: office.span,
                    tail: unit.span,
                    person: Some(p),
                    other: None,
                    source: "rule:office_unit",
                });
            }
        }
        for &t in &b.titles {
            let title = es[t].text.to_string();
            if !people[p].titles.contains(&title) {
                people[p].titles.push(title);
            }
            relations.push(rel(
                RelationKind::HasTitle,
                e.span,
                es[t].span,
                p,
                "rule:title_with_name",
            ));
        }
    }

    // Offices named without a name ("Kapolres Bangka menjelaskan", "kapolres"): the
    // person who holds that office in this article.
    let mut offices = Vec::new();
    for (k, e) in es.iter().enumerate() {
        if e.label != Label::Position || held[k] || in_quote(e.span) {
            continue;
        }
        if let Some(p) = office_holder(&holders, e, &outside) {
            people[p].mentions.push(e.span);
            offices.push((e.span, p));
        }
    }
    mentions.extend(offices);
    mentions.sort_by_key(|(s, _)| s.start);

    // A bare surname or given name already known ("Kustini mengatakan", "Yuswanto
    // menyebut") is a mention of that person, when it names only one.
    let mut by_word: HashMap<&str, Vec<usize>> = HashMap::new();
    for (p, person) in people.iter().enumerate() {
        if person.byline {
            continue;
        }
        for w in person.name.split_whitespace().filter(|w| w.chars().count() >= 3) {
            let ids = by_word.entry(w).or_default();
            if !ids.contains(&p) {
                ids.push(p);
            }
        }
    }
    let mut echoes = Vec::new();
    for t in ctx.tokens {
        if t.kind != TokenKind::Word || !t.is_capitalized() {
            continue;
        }
        let Some(&[p]) = by_word.get(t.text).map(Vec::as_slice) else { continue };
        if in_quote(t.span) || !ctx.is_article(t.span.start) {
            continue;
        }
        let covered = {
            let i = entity_near.partition(|e| e.span.start < t.span.end);
            i > 0 && es[i - 1].span.end > t.span.start
        };
        if !covered {
            echoes.push((t.span, p));
        }
    }
    for &(span, p) in &echoes {
        people[p].mentions.push(span);
    }
    mentions.extend(echoes);
    mentions.sort_by_key(|(s, _)| s.start);

    // Pronouns refer to the person most recently mentioned.
    let mut pronouns = Vec::new();
    for t in ctx.tokens {
        if t.kind == TokenKind::Word
            && PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(t.text))
            && !in_quote(t.span)
            && ctx.is_article(t.span.start)
        {
            let i = mentions.partition_point(|(s, _)| s.start < t.span.start);
            if let Some(&(_, p)) = mentions[..i].iter().rev().find(|(_, p)| !people[*p].byline) {
                pronouns.push((t.span, p));
            }
        }
    }
    for (span, p) in pronouns {
        people[p].mentions.push(span);
        mentions.push((span, p));
    }
    mentions.sort_by_key(|(s, _)| s.start);
    for person in &mut people {
        person.mentions.sort_by_key(|s| s.start);
    }
    State { people, relations, mentions }
}

fn rel(
    kind: RelationKind,
    head: Span,
    tail: Span,
    person: usize,
    source: &'static str,
) -> Relation {
    Relation { kind, head, tail, person: Some(person), other: None, source }
}

/// The office's canonical name and normalized unit.
fn office_key(e: &Entity) -> Option<(String, Option<String>)> {
    match &e.value {
        Value::Position { canonical, unit, .. } => Some((
            canonical.as_str().to_lowercase(),
            unit.as_ref().map(|u| {
                u.as_str().to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ")
            }),
        )),
        _ => None,
    }
}

/// Records `p` under each word of its name `w` and under its first word.
fn index_words(
    with_word: &mut HashMap<String, Vec<usize>>,
    with_first: &mut HashMap<String, Vec<usize>>,
    w: &[String],
    p: usize,
) {
    for word in w {
        let ids = with_word.entry(word.clone()).or_default();
        if !ids.contains(&p) {
            ids.push(p);
        }
    }
    if let Some(first) = w.first() {
        let ids = with_first.entry(first.clone()).or_default();
        if !ids.contains(&p) {
            ids.push(p);
        }
    }
}

/// Who holds the office `e`: a person bound to an office of the same name and a
/// compatible unit, the one mentioned (outside quotations) most recently before `e`,
/// else the first such holder.
fn office_holder(
    holders: &HashMap<String, Vec<(Option<String>, usize)>>,
    e: &Entity,
    outside: &[Vec<usize>],
) -> Option<usize> {
    let (name, unit) = office_key(e)?;
    let candidates = holders
        .get(&name)?
        .iter()
        .filter(|(u, _)| unit.is_none() || u.is_none() || *u == unit)
        .map(|&(_, p)| p);
    let last_before = |p: usize| {
        let starts = &outside[p];
        let i = starts.partition_point(|&s| s < e.span.start);
        i.checked_sub(1).map(|i| starts[i])
    };
    let mut first = None;
    let mut best: Option<(usize, usize)> = None;
    for p in candidates {
        first.get_or_insert(p);
        if let Some(at) = last_before(p) {
            if best.is_none_or(|(b, _)| at > b) {
                best = Some((at, p));
            }
        }
    }
    best.map(|(_, p)| p).or(first)
}
