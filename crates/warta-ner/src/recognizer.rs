//! The recognizer: tokenize, match the gazetteer, apply the rules, compose entities.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

use chrono::NaiveDate;
use once_cell::sync::Lazy;
use warta_gazetteer::{EntryKind, Gazetteer};
use warta_tokenize::{Analysis, Span, Token, TokenKind, Tokenizer};

use crate::compose::{Doc, Tables};
use crate::entity::{Entity, Label, Value};
use crate::intern::EntryStrings;
use crate::matcher::Matcher;
use crate::rules::{date, person, quantity};
use crate::wordset::{WordSet, token_keys};
use compact_str::CompactString;
use warta_tokenize::near::Near;

/// Options for one document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The article's own date, used to resolve years that the text leaves out.
    pub doc_date: Option<NaiveDate>,
}

impl Options {
    /// Options with the article's date set.
    pub fn with_doc_date(doc_date: Option<NaiveDate>) -> Options {
        Options { doc_date }
    }
}

/// The error of building a [`Recognizer`]: the gazetteer could not be compiled.
#[derive(Clone, Debug)]
pub struct Error {
    message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot compile the gazetteer into a matcher: {}", self.message)
    }
}

impl std::error::Error for Error {}

/// Finds entities in Indonesian news text.
///
/// Built once (the automaton compiles every surface form of the gazetteer) and reused for
/// every document, from any number of threads.
#[derive(Clone, Debug)]
pub struct Recognizer {
    gazetteer: Arc<Gazetteer>,
    matcher: Matcher,
    tokenizer: Tokenizer,
    /// Speech verbs and their forms, lowercase, for the person rule.
    speech: WordSet,
    /// The strings every entry gives its entities, by entry index, shared once.
    strings: Vec<EntryStrings>,
    /// First two letters of police and military organization names (headquarters).
    hq_heads: Vec<[u8; 2]>,
    /// See [`crate::compose::Tables::fused`].
    fused: Vec<(String, String)>,
}

static EMBEDDED: Lazy<Recognizer> = Lazy::new(|| {
    // The embedded gazetteer is small and checked by tests; a failure to compile it would
    // be a bug in this crate, not a condition a caller could handle.
    #[allow(clippy::expect_used)]
    Recognizer::new(Gazetteer::embedded().clone()).expect("the embedded gazetteer compiles")
});

impl Recognizer {
    /// The recognizer over the embedded default gazetteer, built on first use.
    pub fn embedded() -> &'static Recognizer {
        &EMBEDDED
    }

    /// A recognizer over `gazetteer` (for example one extended with user files).
    ///
    /// # Errors
    ///
    /// Fails if the automaton cannot be built (far beyond any realistic gazetteer size).
    pub fn new(gazetteer: Gazetteer) -> Result<Recognizer, Error> {
        let matcher = Matcher::new(&gazetteer).map_err(|e| Error { message: e.to_string() })?;
        let speech = WordSet::new(gazetteer.of_kind(EntryKind::Speech).flat_map(|e| {
            std::iter::once(e.name()).chain(e.variants().iter().map(String::as_str))
        }));
        let strings = gazetteer.entries().iter().map(EntryStrings::of).collect();
        let mut hq_heads: Vec<[u8; 2]> = gazetteer
            .of_kind(EntryKind::Organization)
            .filter(|e| matches!(e.category(), Some("police" | "military")))
            .flat_map(|e| e.surfaces())
            .filter_map(|s| {
                let b = s.as_bytes();
                Some([b.first()?.to_ascii_lowercase(), b.get(1)?.to_ascii_lowercase()])
            })
            .collect();
        hq_heads.sort_unstable();
        hq_heads.dedup();
        // "Polda Metro Jaya": organizations whose name is another's and more words.
        let orgs: Vec<&str> =
            gazetteer.of_kind(EntryKind::Organization).map(|e| e.name()).collect();
        let mut fused: Vec<(String, String)> = orgs
            .iter()
            .filter_map(|name| {
                let (scheme, rest) = name.split_once(' ')?;
                orgs.contains(&scheme).then(|| {
                    let next = rest.split(' ').next().unwrap_or(rest);
                    (scheme.to_lowercase(), next.to_lowercase())
                })
            })
            .collect();
        fused.sort_unstable();
        fused.dedup();
        Ok(Recognizer {
            strings,
            hq_heads,
            fused,
            gazetteer: Arc::new(gazetteer),
            matcher,
            tokenizer: Tokenizer::new(),
            speech,
        })
    }

    /// The gazetteer this recognizer matches.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The tokenizer it uses.
    pub fn tokenizer(&self) -> &Tokenizer {
        &self.tokenizer
    }

    /// The entities of `text`, in order of their spans, with default options.
    pub fn recognize(&self, text: &str) -> Vec<Entity> {
        self.recognize_with(text, &Options::default())
    }

    /// The entities of `text` with `options`.
    pub fn recognize_with(&self, text: &str, options: &Options) -> Vec<Entity> {
        let analysis = self.tokenizer.analyze(text);
        self.recognize_analysis(&analysis, options)
    }

    /// The entities of an already tokenized text (so later stages can share the tokens).
    pub fn recognize_analysis(&self, analysis: &Analysis<'_>, options: &Options) -> Vec<Entity> {
        let text = analysis.text;
        let tokens = &analysis.tokens;
        let article: Vec<Span> =
            analysis.lines.iter().filter(|l| l.article).map(|l| l.span).collect();
        let blocked = blocked_spans(analysis);
        // The tokens outside blocked spans; most articles block nothing, and then the
        // tokens are used as they are.
        let article_tokens: Cow<'_, [Token<'_>]> = if blocked.is_empty() {
            Cow::Borrowed(tokens.as_slice())
        } else {
            let mut b = 0;
            let mut kept = Vec::with_capacity(tokens.len());
            for t in tokens {
                while blocked.get(b).is_some_and(|s| s.end <= t.span.start) {
                    b += 1;
                }
                if blocked.get(b).is_none_or(|s| s.start >= t.span.end) {
                    kept.push(*t);
                }
            }
            Cow::Owned(kept)
        };

        let sentences = Near::new(&analysis.sentences);
        let in_one_sentence = |span: Span| {
            let i = sentences.partition(|s| s.span.end <= span.start);
            analysis.sentences.get(i).is_some_and(|s| s.span.contains(span))
        };
        let keys = token_keys(text, tokens);
        let mut atoms = self.matcher.atoms(text, tokens, &keys, &blocked);
        atoms.retain(|a| in_one_sentence(a.span));

        let mut found: Vec<Entity> = Vec::new();
        let (dates, hints) = date::find_with_hints(text, &article_tokens);
        for m in dates {
            let iso = date::resolve(&m, options.doc_date, &hints).map(iso_date);
            let e = entity(
                text,
                Label::Date,
                m.span,
                Value::Date { iso },
                rule_source("rule:date/", m.rule),
            );
            found.push(e);
        }
        for m in quantity::find(text, &article_tokens) {
            let value = Value::Quantity { value: m.value, unit: CompactString::const_new(m.unit) };
            let source = rule_source("rule:quantity/", m.rule);
            let e = entity(text, Label::Quantity, m.span, value, source);
            found.push(e);
        }
        // One entity per start, dates first: a stable sort keeps a date before a
        // quantity at the same start, and dedup keeps the first.
        found.sort_by_key(|e| e.span.start);
        found.dedup_by_key(|e| e.span.start);

        let tables = Tables {
            gazetteer: &self.gazetteer,
            strings: &self.strings,
            hq_heads: &self.hq_heads,
            fused: &self.fused,
        };
        let title_case = person::title_case_lines(text, tokens, &article);
        let mut doc = Doc::new(text, tokens, &keys, tables, &atoms, &blocked, found);
        doc.title_case = &title_case;
        let mut entities = doc.compose();
        // Rules join neighbours across spaces only, but a sentence may end without one
        // (glued scraping); nothing may span two sentences.
        entities.retain(|e| in_one_sentence(e.span));

        let people = person::PersonRule::new(
            text,
            tokens,
            &entities,
            &self.speech,
            &keys,
            &article,
            &title_case,
        )
        .find();
        if !people.is_empty() {
            // A name wins over a region that only looked like one inside it ("Bima Sakti").
            let person_spans: Vec<Span> = people.iter().map(|p| p.span).collect();
            entities.retain(|e| {
                !(e.label == Label::Location && crate::matcher::overlaps_any(&person_spans, e.span))
            });
            entities = merge_by_start(entities, people);
            split_known_places(text, &mut entities);
        }
        entities
    }
}

/// The source of an entity found by a date or quantity rule: `prefix` + the rule's name,
/// a static string for the rules there are (no formatting, no allocation per entity).
fn rule_source(prefix: &'static str, rule: &'static str) -> CompactString {
    const SOURCES: &[&str] = &[
        "rule:date/weekday_numeric",
        "rule:date/numeric",
        "rule:date/iso",
        "rule:date/day_month_name",
        "rule:date/month_name_day",
        "rule:quantity/digits",
        "rule:quantity/words",
    ];
    let known = SOURCES.iter().find(|s| {
        s.len() == prefix.len() + rule.len() && s.starts_with(prefix) && s.ends_with(rule)
    });
    match known {
        Some(source) => CompactString::const_new(source),
        None => compact_str::format_compact!("{prefix}{rule}"),
    }
}

/// `date` as ISO 8601 ("2024-11-27"), written digit by digit for the years news has
/// (chrono's formatter for the others).
fn iso_date(date: NaiveDate) -> CompactString {
    use chrono::Datelike;
    let year = date.year();
    if !(0..=9999).contains(&year) {
        return compact_str::format_compact!("{}", date.format("%Y-%m-%d"));
    }
    let digit = |n: u32| char::from(b'0' + (n % 10) as u8);
    let (y, m, d) = (year as u32, date.month(), date.day());
    let mut iso = CompactString::with_capacity(10);
    for c in [
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        '-',
        digit(m / 10),
        digit(m),
        '-',
        digit(d / 10),
        digit(d),
    ] {
        iso.push(c);
    }
    iso
}

/// Two lists sorted by start merged into one, `a` first on equal starts (as a stable
/// sort of `a` then `b` would).
///
/// Merged in place, from the back, in `a`'s buffer (which nearly always has room, having
/// grown by doubling): only the entities of `a` after the first of `b` move, and they
/// move within memory that is already in the cache, instead of every entity being copied
/// to a new list of a few megabytes on a long document.
fn merge_by_start(mut a: Vec<Entity>, mut b: Vec<Entity>) -> Vec<Entity> {
    let mut kept = a.len(); // a[..kept] are not merged yet
    a.resize_with(kept + b.len(), placeholder);
    let mut dest = a.len();
    while let Some(last) = b.last() {
        dest -= 1;
        if kept > 0 && a[kept - 1].span.start > last.span.start {
            kept -= 1;
            a.swap(kept, dest);
        } else if let Some(e) = b.pop() {
            a[dest] = e;
        }
    }
    a
}

/// An entity that holds no memory, to fill a slot that is about to be overwritten.
fn placeholder() -> Entity {
    Entity {
        label: Label::Date,
        span: Span::new(0, 0),
        text: CompactString::const_new(""),
        value: Value::Date { iso: None },
        source: CompactString::const_new(""),
        parts: Vec::new(),
    }
}

fn entity(text: &str, label: Label, span: Span, value: Value, source: CompactString) -> Entity {
    Entity {
        label,
        span,
        text: text[span.start..span.end].into(),
        value,
        source,
        parts: Vec::new(),
    }
}

/// Spans where nothing may be recognized: furniture lines and web tokens, sorted.
fn blocked_spans(analysis: &Analysis<'_>) -> Vec<Span> {
    let mut blocked: Vec<Span> =
        analysis.lines.iter().filter(|l| !l.article).map(|l| l.span).collect();
    blocked.extend(
        analysis
            .tokens
            .iter()
            .filter(|t| {
                matches!(
                    t.kind,
                    TokenKind::Url
                        | TokenKind::Domain
                        | TokenKind::Email
                        | TokenKind::Link
                        | TokenKind::Hashtag
                        | TokenKind::Mention
                )
            })
            .map(|t| t.span),
    );
    blocked.sort_by_key(|s| s.start);
    // Web tokens sit inside furniture lines sometimes; merge so the list stays disjoint.
    let mut merged: Vec<Span> = Vec::with_capacity(blocked.len());
    for s in blocked {
        match merged.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => merged.push(s),
        }
    }
    merged
}

#[cfg(test)]
mod iso_tests {
    use super::{iso_date, rule_source};

    #[test]
    fn rule_sources_are_static_for_known_rules() {
        let known = rule_source("rule:date/", "numeric");
        assert_eq!(known, "rule:date/numeric");
        assert!(!known.is_heap_allocated());
        assert_eq!(rule_source("rule:quantity/", "words"), "rule:quantity/words");
        // "rule:date/" + "words" is no known source, though its parts are.
        assert_eq!(rule_source("rule:date/", "words"), "rule:date/words");
        assert_eq!(rule_source("rule:date/", "new_form"), "rule:date/new_form");
    }
    use chrono::NaiveDate;

    #[test]
    fn iso_dates_match_chrono() {
        for (y, m, d) in
            [(2024, 11, 27), (1, 1, 1), (999, 12, 31), (9999, 2, 3), (-5, 6, 7), (10000, 1, 1)]
        {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
            assert_eq!(iso_date(date), date.format("%Y-%m-%d").to_string(), "{date:?}");
        }
    }
}

#[cfg(test)]
mod merge_tests {
    use super::{Entity, Label, Span, merge_by_start, placeholder};

    fn at(start: usize, label: Label) -> Entity {
        Entity { label, span: Span::new(start, start + 1), ..placeholder() }
    }

    #[test]
    fn merging_in_place_equals_a_stable_sort() {
        let lists: [(&[usize], &[usize]); 6] = [
            (&[1, 3, 5, 7], &[0, 3, 4, 8]),
            (&[], &[2, 4]),
            (&[2, 4], &[]),
            (&[5, 6], &[1, 2]),
            (&[1, 2], &[5, 6]),
            (&[3, 3, 3], &[3, 3]),
        ];
        for (a, b) in lists {
            let a: Vec<Entity> = a.iter().map(|&s| at(s, Label::Rank)).collect();
            let b: Vec<Entity> = b.iter().map(|&s| at(s, Label::Person)).collect();
            let mut want = a.clone();
            want.extend(b.iter().cloned());
            want.sort_by_key(|e| e.span.start);
            let got = merge_by_start(a, b);
            let key = |v: &[Entity]| v.iter().map(|e| (e.span.start, e.label)).collect::<Vec<_>>();
            assert_eq!(key(&got), key(&want));
        }
    }
}

/// "Ketua PPK Kabila Nurain Abdullah", "Wali Nagari Koto Gadang Deswandi Malik": an office
/// runs into a name with no rank between, and a kecamatan or desa no gazetteer lists may
/// stand in between. When the first words of the name are a place that the document
/// names elsewhere ("Kecamatan Kabila", "Nagari Koto Gadang"), they are the office's
/// unit, not part of the name.
fn split_known_places(text: &str, entities: &mut [Entity]) {
    // A name of two words or more right after an office: most documents have few.
    let runs_on = |k: usize| {
        let (office, person) = (&entities[k - 1], &entities[k]);
        person.label == Label::Person
            && office.label == Label::Position
            && text[office.span.end..person.span.start] == *" "
            && person.text.contains(' ')
    };
    let candidates: Vec<usize> = (1..entities.len()).filter(|&k| runs_on(k)).collect();
    if candidates.is_empty() {
        return;
    }
    // The places the document names, lowercase, without their division word.
    let places: std::collections::HashSet<String, foldhash::fast::RandomState> = entities
        .iter()
        .filter(|e| e.label == Label::Location)
        .filter_map(|e| match &e.value {
            Value::Location { canonical, .. } => Some(canonical.to_lowercase().to_string()),
            _ => None,
        })
        .collect();
    if places.is_empty() {
        return;
    }
    for k in candidates {
        let (before, rest) = entities.split_at_mut(k);
        let (office, person) = (&mut before[k - 1], &mut rest[0]);
        let Value::Position { unit, .. } = &mut office.value else { continue };
        let name = &text[person.span.start..person.span.end];
        // Word starts after the first: the name keeps at least one word.
        let cuts: Vec<usize> = name.match_indices(' ').map(|(i, _)| i).collect();
        let unit_text = unit.as_deref().unwrap_or("").to_lowercase();
        let found = cuts.iter().rev().copied().find(|&cut| {
            let words = name[..cut].to_lowercase();
            let place = if unit_text.is_empty() { words } else { format!("{unit_text} {words}") };
            places.contains(&place)
        });
        let Some(cut) = found else { continue };
        let unit_end = person.span.start + cut;
        let unit_start = match unit {
            Some(u) if office.text.ends_with(u.as_str()) => office.span.end - u.len(),
            Some(_) => continue,
            None => person.span.start,
        };
        *unit = Some(text[unit_start..unit_end].into());
        office.span.end = unit_end;
        office.text = text[office.span.start..unit_end].into();
        // The body the office names in its own words takes the unit too ("PPK Kabila").
        for part in office.parts.iter_mut().filter(|p| p.label == Label::Organization) {
            if let Value::Organization { unit: org_unit @ None, .. } = &mut part.value {
                *org_unit = Some(text[unit_start..unit_end].into());
                part.span.end = unit_end;
                part.text = text[part.span.start..unit_end].into();
            }
        }
        person.span.start = unit_end + 1;
        person.text = text[person.span.start..person.span.end].into();
    }
}
