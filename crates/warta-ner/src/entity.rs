//! Entities and their normalized values.

use std::fmt;

use compact_str::CompactString;
use serde::Serialize;
use warta_gazetteer::Branch;
use warta_tokenize::Span;

/// What an entity is.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Label {
    /// A named person.
    Person,
    /// A Polri or TNI rank, with its corps ("AKBP", "Letkol Arm").
    Rank,
    /// An office (jabatan), with its modifier and unit ("Pj Bupati Bangkalan").
    Position,
    /// An academic, professional or religious title ("S.I.K.", "H.").
    Title,
    /// A body or unit ("KPU", "Polres Bangkalan", "Kodim 0820/Probolinggo").
    Organization,
    /// A region or a named venue ("Bangkalan", "Kecamatan Sukamaju", "Mapolres Bangka").
    Location,
    /// A calendar date ("Kamis (8/8)").
    Date,
    /// An election or a named operation ("Pilkada Serentak 2024").
    Event,
    /// A count with its unit ("363 personel").
    Quantity,
}

impl Label {
    /// The label as written in JSON ("PERSON" …).
    pub const fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Rank => "RANK",
            Label::Position => "POSITION",
            Label::Title => "TITLE",
            Label::Organization => "ORGANIZATION",
            Label::Location => "LOCATION",
            Label::Date => "DATE",
            Label::Event => "EVENT",
            Label::Quantity => "QUANTITY",
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The normalized value of an entity; which variant depends on the label.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Value {
    /// A person's name as written, without rank, position or titles.
    Person {
        /// The name.
        name: CompactString,
    },
    /// A rank from the gazetteer.
    Rank {
        /// Canonical rank ("Kombes Pol" for "Kombespol").
        canonical: CompactString,
        /// Its service.
        branch: Option<Branch>,
        /// Its place in the ladder, 1 the lowest.
        order: Option<u16>,
        /// The corps or specialty written after it ("Arm", "(P)").
        corps: Option<CompactString>,
    },
    /// An office.
    Position {
        /// Canonical office ("Kapolres" for "Kepala Kepolisian Resor").
        canonical: CompactString,
        /// "Pj", "Plt", "Plh", "Pjs" or "Wakil" when written before it.
        modifier: Option<CompactString>,
        /// The unit or region written after it ("Bangkalan", "0820/Probolinggo",
        /// "Polresta Banyuwangi").
        unit: Option<CompactString>,
        /// The kind of unit it heads, from the gazetteer ("Polres", "kabupaten").
        heads: Option<CompactString>,
    },
    /// A title.
    Title {
        /// Canonical title ("S.I.K." for "S.I.K").
        canonical: CompactString,
        /// "academic", "religious" …
        kind: Option<CompactString>,
        /// Whether it is written before a name ("Dr.", "H.", "Ustadz") rather than after.
        prefix: bool,
    },
    /// A body or unit.
    Organization {
        /// Canonical body or scheme ("KPU" for "Komisi Pemilihan Umum", "Kejari" for
        /// "Kejaksaan Negeri").
        canonical: CompactString,
        /// The region, number or name that makes it a specific unit ("Bangkalan",
        /// "0820/Probolinggo").
        unit: Option<CompactString>,
    },
    /// A place.
    Location {
        /// "country", "province", "kabupaten", "kota", "town", "kecamatan", "desa",
        /// "kelurahan", "island" or "venue".
        kind: CompactString,
        /// Canonical name of the region ("Jawa Timur" for "Jatim"); the text for venues.
        canonical: CompactString,
        /// The province of a kabupaten, kota or town.
        province: Option<CompactString>,
    },
    /// A date.
    Date {
        /// ISO 8601 date, when the year could be resolved.
        iso: Option<CompactString>,
    },
    /// An election or operation.
    Event {
        /// "election" or "operation".
        kind: CompactString,
        /// Canonical name ("Pilkada", "Mantap Praja").
        canonical: CompactString,
        /// The event as written, with an acronym in parentheses preferred over the long
        /// form ("Pilkada Serentak 2024" for "Pemilihan Kepala Daerah (Pilkada) Serentak
        /// 2024").
        name: CompactString,
        /// The year written with it.
        year: Option<i32>,
        /// Whether it is a named event (with a year, region or name), not a bare generic
        /// word such as "Pilkada".
        named: bool,
    },
    /// A count.
    Quantity {
        /// The number.
        value: f64,
        /// The unit ("personel", "TPS").
        unit: CompactString,
    },
}

/// One entity: label, byte span, text, normalized value, the rule or gazetteer entry that
/// produced it, and the entities inside it.
///
/// Its strings are [`CompactString`]s (re-exported as [`crate::CompactString`]): they
/// deref to `str`, compare with `&str` and `String`, and serialize as strings. Up to 24
/// bytes are stored inline, and the strings that come from the gazetteer or a rule are
/// shared, so recognizing an entity seldom allocates.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity {
    /// What it is.
    pub label: Label,
    /// Byte span in the text.
    pub span: Span,
    /// The text as written.
    pub text: CompactString,
    /// The normalized value.
    pub value: Value,
    /// Why it was found: `gazetteer:<file>:<line>` or `rule:<name>`.
    pub source: CompactString,
    /// Entities inside this one: the unit of a position, the region of an organization.
    pub parts: Vec<Entity>,
}

impl Entity {
    /// This entity and all entities inside it, depth first.
    pub fn walk(&self) -> Vec<&Entity> {
        let mut out = vec![self];
        for p in &self.parts {
            out.extend(p.walk());
        }
        out
    }
}
