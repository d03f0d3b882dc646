//! The document-level facts summary, in the contract of `shared/eval/README.md`.

use std::collections::HashSet as StdHashSet;

/// Sets over one document's strings: foldhash is seeded at random per process, so a
/// crafted article cannot force collisions, and hashes short strings far faster than
/// the standard SipHash.
type HashSet<K> = StdHashSet<K, foldhash::fast::RandomState>;
use std::hash::{Hash, Hasher};

use serde::{Deserialize, Serialize};
use warta_ner::{Entity, Label, Value};
use warta_relation::{Extraction, RelationKind};

/// One person in the facts: the fullest name, with rank, office and titles as written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonFact {
    /// The fullest form of the name, without rank, office or titles.
    pub name: String,
    /// The rank as the article abbreviates it, or null.
    pub rank: Option<String>,
    /// The office with its unit or region as written, or null.
    pub position: Option<String>,
    /// Academic or religious titles attached to the name.
    pub titles: Vec<String>,
}

/// A date as written and as ISO 8601.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateFact {
    /// As written ("Kamis (8/8)").
    pub text: String,
    /// With the year resolved ("2024-08-08"), or null when it cannot be.
    pub iso: Option<String>,
}

/// A count with its unit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuantityFact {
    /// As written ("363 personel").
    pub text: String,
    /// The number.
    pub value: f64,
    /// The unit ("personel").
    pub unit: String,
}

/// A direct quotation with an identified speaker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteFact {
    /// The speaker's name, as in `people`.
    pub speaker: String,
    /// The quotation.
    pub text: String,
}

/// Who was represented by whom.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RepresentationFact {
    /// The person represented.
    pub principal: String,
    /// The person who stood in.
    pub agent: String,
}

/// The document-level summary: every field present, lists possibly empty.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    /// Every named person once.
    pub people: Vec<PersonFact>,
    /// Distinct organizations as written.
    pub organizations: Vec<String>,
    /// Distinct places as written.
    pub locations: Vec<String>,
    /// Calendar dates.
    pub dates: Vec<DateFact>,
    /// Named elections and operations.
    pub events: Vec<String>,
    /// Counts with units.
    pub quantities: Vec<QuantityFact>,
    /// Quotations with their speakers.
    pub quotes: Vec<QuoteFact>,
    /// Representation between named people.
    pub represented_by: Vec<RepresentationFact>,
}

/// A string that hashes and compares ignoring ASCII case, without a lowercase copy.
#[derive(Clone, Copy)]
struct Caseless<'a>(&'a str);

impl PartialEq for Caseless<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(other.0)
    }
}

impl Eq for Caseless<'_> {}

impl Hash for Caseless<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // The bytes of the ASCII-lowercase form, in chunks through a stack buffer.
        let mut buf = [0u8; 32];
        for chunk in self.0.as_bytes().chunks(buf.len()) {
            let lower = &mut buf[..chunk.len()];
            lower.copy_from_slice(chunk);
            lower.make_ascii_lowercase();
            state.write(lower);
        }
        state.write_u8(0xff);
    }
}

/// Pushes `s` unless an equal string (ignoring ASCII case and surrounding spaces) is
/// there; `seen` holds the forms already in `list`, so a long document with many
/// distinct facts stays linear.
fn push_distinct<'a>(list: &mut Vec<String>, seen: &mut HashSet<Caseless<'a>>, s: &'a str) {
    let s = s.trim();
    if !s.is_empty() && seen.insert(Caseless(s)) {
        list.push(s.to_owned());
    }
}

impl Facts {
    /// Builds the facts from the entities and the extraction of one article.
    pub fn build(entities: &[Entity], extraction: &Extraction) -> Facts {
        let mut facts =
            Facts { people: Vec::with_capacity(extraction.people.len()), ..Facts::default() };
        // Sets sized for every candidate up front: growing one rehashes every key in it.
        let mut counts = [0usize; 5];
        for e in entities {
            let slot = match e.label {
                Label::Organization => 0,
                Label::Location => 1,
                Label::Date => 2,
                Label::Event => 3,
                Label::Quantity => 4,
                _ => 5,
            };
            if let Some(n) = counts.get_mut(slot) {
                *n += 1;
            }
            if matches!(e.label, Label::Position | Label::Location) {
                counts[0] += e.parts.len();
            }
        }
        let [n_orgs, n_places, n_dates, n_events, n_quantities] = counts;
        let mut orgs = HashSet::with_capacity_and_hasher(n_orgs, Default::default());
        let mut places = HashSet::with_capacity_and_hasher(n_places, Default::default());
        let mut events = HashSet::with_capacity_and_hasher(n_events, Default::default());
        let mut dates: HashSet<(&str, Option<&str>)> =
            HashSet::with_capacity_and_hasher(n_dates, Default::default());
        let mut quantities: HashSet<(u64, &str)> =
            HashSet::with_capacity_and_hasher(n_quantities, Default::default());
        for p in &extraction.people {
            facts.people.push(PersonFact {
                name: p.name.clone(),
                rank: p.rank.clone(),
                position: p.position.clone(),
                titles: p.titles.clone(),
            });
        }
        for e in entities {
            match (e.label, &e.value) {
                (Label::Organization, _) => {
                    push_distinct(&mut facts.organizations, &mut orgs, &e.text)
                }
                (Label::Location, _) => push_distinct(&mut facts.locations, &mut places, &e.text),
                (Label::Date, Value::Date { iso })
                    if dates.insert((e.text.as_str(), iso.as_deref())) =>
                {
                    facts.dates.push(DateFact {
                        text: String::from(e.text.as_str()),
                        iso: iso.as_ref().map(|i| String::from(i.as_str())),
                    });
                }
                (Label::Event, Value::Event { named: true, name, .. }) => {
                    push_distinct(&mut facts.events, &mut events, name)
                }
                (Label::Quantity, Value::Quantity { value, unit })
                    if quantities.insert((value.to_bits(), unit.as_str())) =>
                {
                    facts.quantities.push(QuantityFact {
                        text: String::from(e.text.as_str()),
                        value: *value,
                        unit: String::from(unit.as_str()),
                    });
                }
                _ => {}
            }
            // A unit written as its own words inside an office or venue is an organization
            // too ("Kabag Ops Polresta Banyuwangi", "Ketua KPU Riau"); a region inside one
            // is not a place.
            if matches!(e.label, Label::Position | Label::Location) {
                for part in &e.parts {
                    // A bare unit number ("0820/Probolinggo" of "Dandim 0820/Probolinggo") is
                    // fused into the office, not an organization written out.
                    if part.label == Label::Organization && part.source.starts_with("gazetteer:") {
                        push_distinct(&mut facts.organizations, &mut orgs, &part.text);
                    }
                }
            }
        }
        for q in &extraction.quotes {
            if let Some(p) = q.speaker.and_then(|s| extraction.people.get(s)) {
                facts.quotes.push(QuoteFact { speaker: p.name.clone(), text: q.text.clone() });
            }
        }
        let mut pairs = HashSet::default();
        for r in extraction.relations.iter().filter(|r| r.kind == RelationKind::RepresentedBy) {
            let name = |i: Option<usize>| {
                i.and_then(|i| extraction.people.get(i)).map(|p| p.name.as_str())
            };
            if let (Some(principal), Some(agent)) = (name(r.person), name(r.other)) {
                if pairs.insert((principal, agent)) {
                    facts.represented_by.push(RepresentationFact {
                        principal: principal.to_owned(),
                        agent: agent.to_owned(),
                    });
                }
            }
        }
        facts
    }
}
