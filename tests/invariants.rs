//! What every analysis and every document must satisfy, whatever the input.
//!
//! Shared by the property tests (`properties.rs`), the edge-case tests (`robustness.rs`)
//! and the fuzz targets (`fuzz/fuzz_targets/`, which include this file by path), so the
//! three check the same things. Each check returns the first violation as a message.
//!
//! "Traceable" is checked as precisely as the API allows: every string in the facts is
//! the text of a span in the document (an entity, a person's mention, the tail of one of
//! their relations, a quotation), or, for an event name, which may put an acronym in
//! place of the long form, made of words found in that order in the event's span.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use warta::ner::{Entity, Label, Value};
use warta::relation::RelationKind;
use warta::tokenize::{Analysis, CharIndex, Span};
use warta::{Document, Facts};

/// Fails with the formatted message unless `cond` holds.
macro_rules! ensure {
    ($cond:expr, $($msg:tt)+) => {
        if !$cond {
            return Err(format!($($msg)+));
        }
    };
}

/// The span lies inside `text`, starts and ends on char boundaries, and is not reversed.
pub fn check_span(text: &str, span: Span, what: &str) -> Result<(), String> {
    ensure!(span.start <= span.end, "{what}: reversed span {span:?}");
    ensure!(span.end <= text.len(), "{what}: span {span:?} past the end ({})", text.len());
    ensure!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} splits a character"
    );
    Ok(())
}

/// The tokenizer's output: tokens, sentences, paragraphs and lines in bounds, on char
/// boundaries, ordered and non-overlapping; token text is the text of its span;
/// sentences partition the tokens.
pub fn check_analysis(text: &str, a: &Analysis<'_>) -> Result<(), String> {
    ensure!(a.text == text, "the analysis is of another text");
    let mut prev = 0;
    for t in &a.tokens {
        check_span(text, t.span, "token")?;
        ensure!(!t.span.is_empty(), "empty token at {:?}", t.span);
        ensure!(t.span.start >= prev, "tokens overlap or are out of order at {:?}", t.span);
        ensure!(t.span.slice(text) == t.text, "token text differs from its span {:?}", t.span);
        prev = t.span.end;
    }
    let mut next = 0;
    for s in &a.sentences {
        check_span(text, s.span, "sentence")?;
        ensure!(s.tokens.start == next && s.tokens.end > s.tokens.start, "sentence tokens gap");
        ensure!(
            s.span.start == a.tokens[s.tokens.start].span.start
                && s.span.end == a.tokens[s.tokens.end - 1].span.end,
            "sentence span {:?} is not the span of its tokens",
            s.span
        );
        next = s.tokens.end;
    }
    ensure!(next == a.tokens.len(), "sentences leave tokens out");
    let lines: Vec<Span> = a.lines.iter().map(|l| l.span).collect();
    for (what, spans) in [("line", &lines), ("paragraph", &a.paragraphs)] {
        for s in spans.iter() {
            check_span(text, *s, what)?;
        }
        for w in spans.windows(2) {
            ensure!(w[0].end <= w[1].start, "{what}s overlap: {:?} {:?}", w[0], w[1]);
        }
    }
    Ok(())
}

fn check_entity(text: &str, e: &Entity, parent: Option<Span>) -> Result<(), String> {
    check_span(text, e.span, "entity")?;
    ensure!(!e.span.is_empty(), "empty {} entity at {:?}", e.label, e.span);
    ensure!(
        e.span.slice(text) == e.text,
        "{} entity text {:?} differs from its span {:?}",
        e.label,
        e.text,
        e.span
    );
    if let Some(p) = parent {
        ensure!(p.contains(e.span), "part {:?} lies outside its entity {p:?}", e.text);
    }
    match &e.value {
        Value::Date { iso: Some(iso) } => ensure!(
            NaiveDate::parse_from_str(iso, "%Y-%m-%d").is_ok(),
            "date {:?} has ISO {iso:?}",
            e.text
        ),
        Value::Quantity { value, .. } => {
            ensure!(value.is_finite(), "quantity {:?} has value {value}", e.text)
        }
        _ => {}
    }
    for part in &e.parts {
        check_entity(text, part, Some(e.span))?;
    }
    Ok(())
}

/// Whether the words of `name` occur in `haystack` in this order.
fn words_in_order(name: &str, haystack: &str) -> bool {
    let mut rest = haystack;
    name.split_whitespace().all(|w| match rest.find(w) {
        Some(i) => {
            rest = &rest[i + w.len()..];
            true
        }
        None => false,
    })
}

/// Everything a document of `text` holds: spans valid, relations and quotations pointing
/// at people that exist, every fact traceable to a span of the text (see the module
/// docs), and the whole document serializable to JSON with character offsets that
/// select the same text as the byte spans.
pub fn check_document(text: &str, doc: &Document) -> Result<(), String> {
    let mut prev_end = 0;
    let mut by_label: HashMap<Label, HashSet<&str>> = HashMap::new();
    let mut dates: HashSet<(&str, Option<&str>)> = HashSet::new();
    let mut events: Vec<(&str, &Entity)> = Vec::new();
    let mut quantities: Vec<&Entity> = Vec::new();
    for e in &doc.entities {
        ensure!(e.span.start >= prev_end, "top-level entities overlap at {:?}", e.span);
        prev_end = e.span.end;
        check_entity(text, e, None)?;
        for part in e.walk() {
            by_label.entry(part.label).or_default().insert(part.text.trim());
            match &part.value {
                Value::Date { iso } => {
                    dates.insert((&part.text, iso.as_deref()));
                }
                Value::Event { named: true, name, .. } => events.push((name, part)),
                Value::Quantity { .. } => quantities.push(part),
                _ => {}
            }
        }
    }
    let n = doc.people.len();
    for (i, p) in doc.people.iter().enumerate() {
        for &m in &p.mentions {
            check_span(text, m, "mention")?;
        }
        ensure!(
            p.mentions.iter().any(|m| m.slice(text) == p.name),
            "person {i} {:?} is the text of none of their mentions",
            p.name
        );
    }
    for r in &doc.relations {
        check_span(text, r.head, "relation head")?;
        check_span(text, r.tail, "relation tail")?;
        ensure!(r.person.is_none_or(|p| p < n), "{} relation to person {:?}", r.kind, r.person);
        ensure!(r.other.is_none_or(|p| p < n), "{} relation to person {:?}", r.kind, r.other);
    }
    let mut prev_end = 0;
    for q in &doc.quotes {
        check_span(text, q.span, "quotation")?;
        // Quotations do not nest or overlap, so together they are no longer than the text.
        ensure!(q.span.start >= prev_end, "quotations overlap at {:?}", q.span);
        prev_end = q.span.end;
        ensure!(q.span.slice(text) == q.text, "quotation text differs from its span {:?}", q.span);
        ensure!(q.speaker.is_none_or(|p| p < n), "quotation speaker {:?}", q.speaker);
    }
    for f in &doc.frames {
        check_span(text, f.span, "frame")?;
        let sentence = f.span.slice(text);
        for s in f.places.iter().chain(&f.participants).chain(&f.quantities) {
            ensure!(sentence.contains(s.as_str()), "frame item {s:?} is not in its sentence");
        }
        for iso in &f.dates {
            ensure!(NaiveDate::parse_from_str(iso, "%Y-%m-%d").is_ok(), "frame date {iso:?}");
        }
        for name in &f.events {
            ensure!(words_in_order(name, sentence), "frame event {name:?} not in its sentence");
        }
    }
    check_facts(text, doc, &by_label, &dates, &events, &quantities)?;
    check_json(text, doc)
}

fn check_facts(
    text: &str,
    doc: &Document,
    by_label: &HashMap<Label, HashSet<&str>>,
    dates: &HashSet<(&str, Option<&str>)>,
    events: &[(&str, &Entity)],
    quantities: &[&Entity],
) -> Result<(), String> {
    let facts: &Facts = &doc.facts;
    ensure!(facts.people.len() == doc.people.len(), "facts.people is not one per person");
    // Rank, office and titles are the tails of the person's own relations.
    let tails = |i: usize, kind: RelationKind| {
        doc.relations
            .iter()
            .filter(move |r| r.kind == kind && r.person == Some(i))
            .map(|r| r.tail.slice(text))
    };
    for (i, (fact, person)) in facts.people.iter().zip(&doc.people).enumerate() {
        ensure!(fact.name == person.name, "facts.people[{i}] is not person {i}");
        if let Some(rank) = &fact.rank {
            ensure!(
                tails(i, RelationKind::HasRank).any(|t| t == rank),
                "rank {rank:?} of {:?} is no HAS_RANK span",
                fact.name
            );
        }
        if let Some(position) = &fact.position {
            ensure!(
                tails(i, RelationKind::HoldsPosition).any(|t| t == position),
                "position {position:?} of {:?} is no HOLDS_POSITION span",
                fact.name
            );
        }
        for title in &fact.titles {
            ensure!(
                tails(i, RelationKind::HasTitle).any(|t| t == title),
                "title {title:?} of {:?} is no HAS_TITLE span",
                fact.name
            );
        }
    }
    let has = |label: Label, s: &str| by_label.get(&label).is_some_and(|set| set.contains(s));
    for org in &facts.organizations {
        ensure!(has(Label::Organization, org), "organization {org:?} is no entity's text");
    }
    for place in &facts.locations {
        ensure!(has(Label::Location, place), "location {place:?} is no entity's text");
    }
    for d in &facts.dates {
        ensure!(
            dates.contains(&(d.text.as_str(), d.iso.as_deref())),
            "date {:?} is no date entity",
            d.text
        );
    }
    for name in &facts.events {
        ensure!(
            events.iter().any(|(n, e)| n.trim() == name && words_in_order(name, &e.text)),
            "event {name:?} is no named event's words"
        );
    }
    for q in &facts.quantities {
        ensure!(
            quantities.iter().any(|e| e.text == q.text
                && matches!(&e.value, Value::Quantity { value, unit }
                    if *value == q.value && *unit == q.unit)),
            "quantity {:?} is no quantity entity",
            q.text
        );
    }
    let name = |i: Option<usize>| i.and_then(|i| doc.people.get(i)).map(|p| p.name.as_str());
    for q in &facts.quotes {
        ensure!(
            doc.quotes.iter().any(|d| d.text == q.text && name(d.speaker) == Some(&q.speaker)),
            "quotation fact of {:?} is no attributed quotation",
            q.speaker
        );
    }
    for r in &facts.represented_by {
        ensure!(
            doc.relations.iter().any(|d| d.kind == RelationKind::RepresentedBy
                && name(d.person) == Some(&r.principal)
                && name(d.other) == Some(&r.agent)),
            "{:?} represented by {:?} is no REPRESENTED_BY relation",
            r.principal,
            r.agent
        );
    }
    Ok(())
}

/// The document serializes as JSON (streamed, so that a huge document costs no memory),
/// and the character offsets that JSON gives entities and quotations are the character
/// offsets of their byte spans, counted here independently in one pass over the text.
fn check_json(text: &str, doc: &Document) -> Result<(), String> {
    serde_json::to_writer(std::io::sink(), doc).map_err(|e| format!("document to JSON: {e}"))?;
    serde_json::to_writer(std::io::sink(), &doc.facts).map_err(|e| format!("facts: {e}"))?;

    // Byte offset -> character offset for every span end the JSON mentions.
    let mut bytes: Vec<usize> = Vec::new();
    for e in &doc.entities {
        bytes.extend([e.span.start, e.span.end]);
    }
    for q in &doc.quotes {
        bytes.extend([q.span.start, q.span.end]);
    }
    bytes.sort_unstable();
    bytes.dedup();
    let mut chars: HashMap<usize, usize> = HashMap::with_capacity(bytes.len());
    let mut wanted = bytes.iter().peekable();
    for (c, (b, _)) in text.char_indices().chain([(text.len(), ' ')]).enumerate() {
        while let Some(&w) = wanted.next_if(|&&w| w <= b) {
            if w == b {
                chars.insert(b, c);
            }
        }
    }
    let char_span = |s: Span| (chars.get(&s.start).copied(), chars.get(&s.end).copied());

    let index = CharIndex::new(text);
    for e in &doc.entities {
        let view = serde_json::to_value(warta::json::EntityView::new(e, &index))
            .map_err(|err| format!("entity to JSON: {err}"))?;
        let start = view["start"].as_u64().map(|n| n as usize);
        let end = view["end"].as_u64().map(|n| n as usize);
        ensure!(
            (start, end) == char_span(e.span),
            "entity {:?} has character offsets {start:?}..{end:?} in the JSON",
            e.text
        );
        ensure!(view["text"] == e.text.as_str(), "entity text differs in the JSON");
    }
    for q in &doc.quotes {
        let (start, end) = doc.char_span(q.span);
        ensure!(
            (Some(start), Some(end)) == char_span(q.span),
            "quotation at {:?} has character offsets {start}..{end}",
            q.span
        );
    }
    Ok(())
}

/// Tokenizes `text` and runs the whole pipeline on it, checking the analysis and the
/// document; runs the pipeline again to check that the JSON is the same (deterministic).
pub fn check_pipeline(text: &str, doc_date: Option<NaiveDate>) -> Result<(), String> {
    let pipeline = warta::Pipeline::new();
    let analysis = pipeline_tokenizer().analyze(text);
    check_analysis(text, &analysis)?;
    let doc = pipeline.extract_with(text, doc_date);
    check_document(text, &doc)?;
    let again = pipeline.extract_with(text, doc_date);
    let (a, b) = (serde_json::to_string(&doc), serde_json::to_string(&again));
    ensure!(a.is_ok() && a.ok() == b.ok(), "two runs give different JSON");
    Ok(())
}

/// The tokenizer the pipeline uses.
fn pipeline_tokenizer() -> warta::tokenize::Tokenizer {
    *warta::ner::Recognizer::embedded().tokenizer()
}
