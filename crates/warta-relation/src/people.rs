//! People: binding ranks, offices and titles to names, and resolving every mention
//! (short names, bare offices, pronouns) to one person.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

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
        // "Tgk. H. Abdurrahman": prefix titles, one or more.
        while before > 0
            && is_prefix_title(&es[before - 1])
            && ctx.adjacent(es[before - 1].span.end, start)
        {
            before -= 1;
            start = es[before].span.start;
            b.titles.insert(0, before);
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
                // "X, salah satu Ketua KPPS di Kelurahan Y, …": a place may close it.
                let mut close = p.span.end;
                if let Some(place) = es.get(next + 1).filter(|l| {
                    l.label == Label::Location && ctx.gap(close, l.span.start) == " di "
                }) {
                    close = place.span.end;
                }
                let after = ctx.gap(close, ctx.text.len()).trim_start();
                let one_of =
                    matches!(gap.as_str(), ", salah satu" | ", salah seorang" | ", seorang");
                let appositive = (gap == "," || one_of)
                    && (after.starts_with(',') || after.starts_with('.') || after.is_empty());
                if appositive || is_role_gap(&gap) {
                    b.position = Some(next);
                }
            }
        }
        out.push(b);
    }
    out
}

/// Whether the words between a name and an office say that the person holds it: "selaku",
/// "sebagai", ", yang juga", "yang kini menjabat sebagai", "yang merupakan".
fn is_role_gap(gap: &str) -> bool {
    const FILLERS: &[&str] = &["yang", "kini", "saat", "ini", "juga"];
    const ROLES: &[&str] =
        &["juga", "menjabat", "merupakan", "adalah", "selaku", "sebagai", "merangkap"];
    let words = || gap.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty());
    words().all(|w| FILLERS.contains(&w) || ROLES.contains(&w))
        && words().any(|w| ROLES.contains(&w))
}

/// Hash maps over one document's words: foldhash is seeded at random per process (so a
/// crafted text cannot aim at collisions it cannot see) and hashes a short word several
/// times faster than SipHash.
type Map<K, V> = HashMap<K, V, foldhash::fast::RandomState>;
type Set<K> = HashSet<K, foldhash::fast::RandomState>;

/// Interned lowercase strings: equal strings get equal ids.
#[derive(Default)]
struct Interner {
    ids: Map<String, u32>,
}

impl Interner {
    fn id(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
        self.ids.insert(s.to_owned(), id);
        id
    }

    fn len(&self) -> usize {
        self.ids.len()
    }
}

/// `s` in lowercase, in `buf` when it is ASCII (no allocation), else in a new string.
fn lower<'b>(s: &str, buf: &'b mut String) -> Cow<'b, str> {
    if s.is_ascii() {
        buf.clear();
        buf.push_str(s);
        buf.make_ascii_lowercase();
        Cow::Borrowed(buf.as_str())
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

/// The lowercase words of the names of one document, as interned ids, computed once
/// per distinct name.
struct Names<'t> {
    words: Interner,
    /// Name as written → its words, a range of `pool`.
    cache: Map<&'t str, (u32, u32)>,
    pool: Vec<u32>,
    buf: String,
}

impl<'t> Names<'t> {
    fn new() -> Names<'t> {
        Names {
            words: Interner::default(),
            cache: Map::default(),
            pool: Vec::new(),
            buf: String::new(),
        }
    }

    /// The words of `name`: split at spaces, dots and commas, lowercased.
    fn words(&mut self, name: &'t str) -> (u32, u32) {
        if let Some(&r) = self.cache.get(name) {
            return r;
        }
        let start = self.pool.len();
        for w in name.split(|c: char| c.is_whitespace() || c == '.' || c == ',') {
            if w.is_empty() {
                continue;
            }
            let l = lower(w, &mut self.buf);
            let id = self.words.id(&l);
            self.pool.push(id);
        }
        let r = (to_u32(start), to_u32(self.pool.len()));
        self.cache.insert(name, r);
        r
    }

    fn slice(&self, r: (u32, u32)) -> &[u32] {
        &self.pool[r.0 as usize..r.1 as usize]
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Whether every word of `short` appears in `long`, in order.
fn contained(short: &[u32], long: &[u32]) -> bool {
    let mut it = long.iter();
    short.iter().all(|w| it.any(|l| l == w))
}

/// Offices and units of one document, interned in their normalized forms.
struct Offices<'t> {
    names: Interner,
    units: Interner,
    /// Canonical office as written → id of its lowercase form.
    name_ids: Map<&'t str, u32>,
    /// Unit as written → id of its lowercase form with single spaces.
    unit_ids: Map<&'t str, u32>,
    buf: String,
}

impl<'t> Offices<'t> {
    fn new() -> Offices<'t> {
        Offices {
            names: Interner::default(),
            units: Interner::default(),
            name_ids: Map::default(),
            unit_ids: Map::default(),
            buf: String::new(),
        }
    }

    /// The office's canonical name and normalized unit.
    fn key(&mut self, e: &'t Entity) -> Option<(u32, Option<u32>)> {
        let Value::Position { canonical, unit, .. } = &e.value else { return None };
        let name = match self.name_ids.get(canonical.as_str()) {
            Some(&id) => id,
            None => {
                let l = lower(canonical, &mut self.buf);
                let id = self.names.id(&l);
                self.name_ids.insert(canonical.as_str(), id);
                id
            }
        };
        let unit = unit.as_ref().map(|u| match self.unit_ids.get(u.as_str()) {
            Some(&id) => id,
            None => {
                let id = if u.is_ascii() {
                    // Lowercase with single spaces, without the intermediate strings.
                    self.buf.clear();
                    for w in u.split_whitespace() {
                        if !self.buf.is_empty() {
                            self.buf.push(' ');
                        }
                        self.buf.push_str(w);
                    }
                    self.buf.make_ascii_lowercase();
                    self.units.id(&self.buf)
                } else {
                    let normal =
                        u.as_str().to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
                    self.units.id(&normal)
                };
                self.unit_ids.insert(u.as_str(), id);
                id
            }
        });
        Some((name, unit))
    }
}

/// The people a word of a name may refer to.
#[derive(Clone, Copy)]
enum Echo {
    One(usize),
    Many,
}

/// Whether `word` is one of [`PRONOUNS`], in any ASCII case.
fn is_pronoun(word: &str) -> bool {
    matches!(word.len(), 2 | 3 | 6) && PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(word))
}

/// Merges `extra` into `mentions`, as a stable sort by start of the two concatenated
/// would: on equal starts the mentions already there come first.
fn merge(mentions: &mut Vec<(Span, usize)>, extra: Vec<(Span, usize)>) {
    let sorted = |v: &[(Span, usize)]| v.windows(2).all(|w| w[0].0.start <= w[1].0.start);
    if extra.is_empty() {
        if !sorted(mentions) {
            mentions.sort_by_key(|(s, _)| s.start);
        }
        return;
    }
    if !sorted(mentions) || !sorted(&extra) {
        mentions.extend(extra);
        mentions.sort_by_key(|(s, _)| s.start);
        return;
    }
    if mentions.last().is_none_or(|(s, _)| s.start <= extra[0].0.start) {
        mentions.extend(extra);
        return;
    }
    let old = std::mem::take(mentions);
    mentions.reserve(old.len() + extra.len());
    let mut a = old.into_iter().peekable();
    let mut b = extra.into_iter().peekable();
    loop {
        let take_a = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => x.0.start <= y.0.start,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        let next = if take_a { a.next() } else { b.next() };
        mentions.extend(next);
    }
}

/// Resolves every mention to a person.
pub(crate) fn resolve<'a>(ctx: &Ctx<'a, '_>, quotes: &[Span]) -> State {
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
    let mut names = Names::new();
    let mut offices_ix = Offices::new();
    // Each person's name words, a range of `names.pool`.
    let mut words: Vec<(u32, u32)> = Vec::new();
    let mut relations = Vec::new();
    let mut mentions: Vec<(Span, usize)> = Vec::new();
    let mut held = vec![false; es.len()]; // position entities bound to a name
    // Office name → distinct (unit, person) of the offices bound to a name, in order of
    // first binding (a repeated pair cannot change `office_holder`'s answer).
    let mut holders: Vec<Vec<(Option<u32>, usize)>> = Vec::new();
    let mut holder_seen: Set<(u32, Option<u32>, usize)> = Set::default();
    let mut last_seen: Vec<usize> = Vec::new();
    // Starts of each person's mentions outside quotations, in text order.
    let mut outside: Vec<Vec<usize>> = Vec::new();
    // Indexes over `words` by word id: the people with a word, the people whose name
    // starts with it.
    let mut with_word: Vec<Vec<usize>> = Vec::new();
    let mut with_first: Vec<Vec<usize>> = Vec::new();

    for b in &bound {
        let e = &es[b.name];
        let range = names.words(&e.text);
        let w = names.slice(range);
        if w.is_empty() {
            continue;
        }
        with_word.resize_with(names.words.len(), Vec::new);
        with_first.resize_with(names.words.len(), Vec::new);
        let byline = e.source.ends_with("byline");
        // The most recently mentioned person whose name contains this one, or the reverse.
        // Such a person has this name's first word, or this name has theirs: look only
        // there, so long documents with many people stay linear. (On equal recency the
        // last candidate wins, as `max_by_key` would.)
        let mut found: Option<usize> = None;
        {
            let mut consider = |p: usize| {
                let theirs = names.slice(words[p]);
                if (contained(w, theirs) || contained(theirs, w))
                    && found.is_none_or(|f| last_seen[p] >= last_seen[f])
                {
                    found = Some(p);
                }
            };
            for &p in &with_word[w[0] as usize] {
                consider(p);
            }
            for &word in w {
                for &p in &with_first[word as usize] {
                    consider(p);
                }
            }
        }
        let p = match found {
            Some(p) => {
                if w.len() > names.slice(words[p]).len() {
                    people[p].name = String::from(e.text.as_str());
                    index_words(&mut with_word, &mut with_first, w, p);
                    words[p] = range;
                }
                if !byline {
                    people[p].byline = false;
                }
                p
            }
            None => {
                people.push(Person {
                    name: String::from(e.text.as_str()),
                    rank: None,
                    position: None,
                    titles: Vec::new(),
                    mentions: Vec::new(),
                    byline,
                });
                outside.push(Vec::new());
                let p = people.len() - 1;
                index_words(&mut with_word, &mut with_first, w, p);
                words.push(range);
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
                people[p].rank = Some(String::from(rank.text.as_str()));
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
                people[p].position = Some(String::from(office.text.as_str()));
            }
            held[pos] = true;
            if let Some((name, unit)) = offices_ix.key(office) {
                if holder_seen.insert((name, unit, p)) {
                    let name = name as usize;
                    if holders.len() <= name {
                        holders.resize_with(name + 1, Vec::new);
                    }
                    holders[name].push((unit, p));
                }
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
            let title = es[t].text.as_str();
            if !people[p].titles.iter().any(|have| have == title) {
                people[p].titles.push(String::from(title));
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
    if !holders.is_empty() {
        for (k, e) in es.iter().enumerate() {
            if e.label != Label::Position || held[k] || in_quote(e.span) {
                continue;
            }
            if let Some(p) = office_holder(&holders, &mut offices_ix, e, &outside) {
                people[p].mentions.push(e.span);
                offices.push((e.span, p));
            }
        }
    }
    merge(&mut mentions, offices);

    // A bare surname or given name already known ("Kustini mengatakan", "Yuswanto
    // menyebut") is a mention of that person, when it names only one.
    let mut by_word: Map<&str, Echo> = Map::default();
    let (mut shortest, mut longest) = (usize::MAX, 0);
    for (p, person) in people.iter().enumerate() {
        if person.byline {
            continue;
        }
        for w in person.name.split_whitespace().filter(|w| w.chars().count() >= 3) {
            shortest = shortest.min(w.len());
            longest = longest.max(w.len());
            by_word
                .entry(w)
                .and_modify(|ids| {
                    if matches!(*ids, Echo::One(q) if q != p) {
                        *ids = Echo::Many;
                    }
                })
                .or_insert(Echo::One(p));
        }
    }
    let mut echoes = Vec::new();
    if !by_word.is_empty() {
        for t in ctx.tokens {
            if t.kind != TokenKind::Word
                || t.text.len() < shortest
                || t.text.len() > longest
                || !t.is_capitalized()
            {
                continue;
            }
            let Some(&Echo::One(p)) = by_word.get(t.text) else { continue };
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
    }
    for &(span, p) in &echoes {
        people[p].mentions.push(span);
    }
    merge(&mut mentions, echoes);

    // Pronouns refer to the person most recently mentioned.
    let mut pronouns = Vec::new();
    for t in ctx.tokens {
        if t.kind == TokenKind::Word
            && is_pronoun(t.text)
            && !in_quote(t.span)
            && ctx.is_article(t.span.start)
        {
            let i = mentions.partition_point(|(s, _)| s.start < t.span.start);
            if let Some(&(_, p)) = mentions[..i].iter().rev().find(|(_, p)| !people[*p].byline) {
                pronouns.push((t.span, p));
            }
        }
    }
    for &(span, p) in &pronouns {
        people[p].mentions.push(span);
    }
    merge(&mut mentions, pronouns);
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

/// Records `p` under each word of its name `w` and under its first word.
fn index_words(with_word: &mut [Vec<usize>], with_first: &mut [Vec<usize>], w: &[u32], p: usize) {
    for &word in w {
        let ids = &mut with_word[word as usize];
        if !ids.contains(&p) {
            ids.push(p);
        }
    }
    if let Some(&first) = w.first() {
        let ids = &mut with_first[first as usize];
        if !ids.contains(&p) {
            ids.push(p);
        }
    }
}

/// Who holds the office `e`: a person bound to an office of the same name and a
/// compatible unit, the one mentioned (outside quotations) most recently before `e`,
/// else the first such holder.
fn office_holder<'t>(
    holders: &[Vec<(Option<u32>, usize)>],
    offices: &mut Offices<'t>,
    e: &'t Entity,
    outside: &[Vec<usize>],
) -> Option<usize> {
    let (name, unit) = offices.key(e)?;
    let candidates = holders
        .get(name as usize)?
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
