//! Typed gazetteer entries.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use serde::Serialize;

macro_rules! named_enum {
    ($(#[$meta:meta])* $ty:ident { $($(#[$doc:meta])* $variant:ident => $name:literal),* $(,)? }) => {
        $(#[$meta])*
        #[non_exhaustive]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $ty {
            $($(#[$doc])* $variant,)*
        }

        impl $ty {
            /// Every value, in declaration order.
            pub const ALL: &'static [$ty] = &[$($ty::$variant,)*];
            /// The names used in TSV and JSON, in declaration order.
            pub const NAMES: &'static [&'static str] = &[$($name,)*];

            /// The stable name used in TSV and JSON.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $name,)*
                }
            }
        }

        impl FromStr for $ty {
            type Err = ();

            fn from_str(s: &str) -> Result<$ty, ()> {
                match s {
                    $($name => Ok($ty::$variant),)*
                    _ => Err(()),
                }
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}

named_enum! {
    /// What an entry names.
    EntryKind {
        /// A country ("Indonesia"), for the rare article that names it as a place.
        Country => "country",
        /// A province (provinsi).
        Province => "province",
        /// A regency (kabupaten).
        Kabupaten => "kabupaten",
        /// A city (kota).
        Kota => "kota",
        /// A kabupaten's seat that news names instead of the kabupaten ("Sungailiat").
        Town => "town",
        /// A Polri or TNI rank ("AKBP", "Letkol").
        Rank => "rank",
        /// A TNI corps or specialty suffix ("Inf", "Arm", "(P)", "Pnb").
        Corps => "corps",
        /// An office (jabatan): "Kapolres", "Dandim", "Bupati", "Ketua KPU".
        Position => "position",
        /// A body or a unit scheme: "KPU", "Brimob", "Polres", "Kodim".
        Organization => "organization",
        /// A kind of election: "Pemilu", "Pilkada", "Pilkades".
        Election => "election",
        /// A named police or military operation: "Mantap Praja", "Ketupat".
        Operation => "operation",
        /// The regional name a Polda gives an operation: "Semeru", "Menumbing".
        OperationRegion => "operation_region",
        /// An academic, professional or religious title: "S.I.K.", "M.H.", "H.".
        Title => "title",
        /// A speech verb that attributes a quotation: "ujar", "kata", "pungkas".
        Speech => "speech",
        /// A cue with the principal before and the agent after: "diwakili".
        RepresentPassive => "represent_passive",
        /// A cue with the agent before and the principal after: "mewakili".
        RepresentActive => "represent_active",
        /// "melalui": an office acting through someone, sometimes representation.
        Via => "via",
        /// "selaku", "sebagai": a role appositive.
        Role => "role",
    }
}

impl EntryKind {
    /// Whether the kind is an administrative region.
    pub const fn is_region(self) -> bool {
        matches!(
            self,
            EntryKind::Province | EntryKind::Kabupaten | EntryKind::Kota | EntryKind::Town
        )
    }
}

named_enum! {
    /// The service a rank or corps belongs to.
    Branch {
        /// The national police.
        Polri => "polri",
        /// The army (TNI Angkatan Darat).
        TniAd => "tni-ad",
        /// The navy (TNI Angkatan Laut).
        TniAl => "tni-al",
        /// The air force (TNI Angkatan Udara).
        TniAu => "tni-au",
    }
}

named_enum! {
    /// What may follow an organization's name to make a specific unit.
    Takes {
        /// Nothing: the name stands alone ("Forkopimda", "Brimob").
        Nothing => "-",
        /// A region: "Polres Bangkalan", "KPU Bangka".
        Region => "region",
        /// A region, or the name of a kecamatan or desa that the gazetteer does not list:
        /// "Polsek Pasar Jambi", "PPK Sambelia".
        Subdistrict => "subdistrict",
        /// A number: "Yonif 512".
        Number => "number",
        /// A number and/or a name: "Kodim 0820/Probolinggo", "Korem 083/Baladhika Jaya".
        NumberName => "number_name",
        /// A proper name: "Lanal Babel", "Lanud Iswahjudi".
        Name => "name",
    }
}

named_enum! {
    /// Where a title is written: before the name ("Dr.", "H.", "Ustadz", "Raden") or
    /// after it ("S.I.K.", "M.H.").
    TitlePlace {
        /// Before the name.
        Before => "before",
        /// After the name, usually behind a comma.
        After => "after",
    }
}

/// Region kinds that a position may head besides an organization.
pub const REGION_UNITS: &[&str] =
    &["province", "kabupaten", "kota", "kecamatan", "desa", "kelurahan"];

/// Where an entry was defined.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Origin {
    pub(crate) source: Arc<str>,
    pub(crate) line: usize,
}

impl Origin {
    /// The file (or source name) of the entry.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Its 1-based line.
    pub fn line(&self) -> usize {
        self.line
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.source, self.line)
    }
}

/// One gazetteer entry: a canonical name, its surface forms and its attributes.
///
/// Which attributes are set depends on the kind: regions have a province (and towns the
/// kabupaten they are the seat of); ranks a branch and an order; positions the unit they
/// head; organizations what may follow their name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub(crate) kind: EntryKind,
    pub(crate) name: String,
    pub(crate) long_form: Option<String>,
    pub(crate) variants: Vec<String>,
    pub(crate) category: Option<String>,
    pub(crate) branch: Option<Branch>,
    pub(crate) order: Option<u16>,
    pub(crate) province: Option<String>,
    pub(crate) seat_of: Option<String>,
    pub(crate) heads: Option<String>,
    pub(crate) takes: Option<Takes>,
    pub(crate) place: Option<TitlePlace>,
    pub(crate) origin: Origin,
}

impl Entry {
    /// A new entry built in code, with no attributes yet; its origin is `<code>`.
    ///
    /// ```
    /// use warta_gazetteer::{Entry, EntryKind};
    /// let e = Entry::new(EntryKind::Kabupaten, "Contoh").with_province("Jawa Timur").with_variant("Cth");
    /// assert_eq!(e.surfaces()[..3], ["Contoh", "Kabupaten Contoh", "Kab. Contoh"]);
    /// ```
    pub fn new(kind: EntryKind, name: impl Into<String>) -> Entry {
        Entry {
            kind,
            name: name.into(),
            long_form: None,
            variants: Vec::new(),
            category: None,
            branch: None,
            order: None,
            province: None,
            seat_of: None,
            heads: None,
            takes: None,
            place: None,
            origin: Origin { source: Arc::from("<code>"), line: 0 },
        }
    }

    /// Sets the long form.
    pub fn with_long_form(mut self, long_form: impl Into<String>) -> Entry {
        self.long_form = Some(long_form.into());
        self
    }

    /// Adds a variant surface form.
    pub fn with_variant(mut self, variant: impl Into<String>) -> Entry {
        self.variants.push(variant.into());
        self
    }

    /// Sets the province (regions, operation region names).
    pub fn with_province(mut self, province: impl Into<String>) -> Entry {
        self.province = Some(province.into());
        self
    }

    /// Sets the kabupaten a town is the seat of.
    pub fn with_seat_of(mut self, kabupaten: impl Into<String>) -> Entry {
        self.seat_of = Some(kabupaten.into());
        self
    }

    /// Sets a rank's branch and order, or a corps' branch (order ignored when 0).
    pub fn with_ladder(mut self, branch: Branch, order: u16) -> Entry {
        self.branch = Some(branch);
        self.order = (order > 0).then_some(order);
        self
    }

    /// Sets the unit a position heads.
    pub fn with_heads(mut self, heads: impl Into<String>) -> Entry {
        self.heads = Some(heads.into());
        self
    }

    /// Sets what may follow an organization's name.
    pub fn with_takes(mut self, takes: Takes) -> Entry {
        self.takes = Some(takes);
        self
    }

    /// Sets where a title is written (see [`Entry::place`]).
    pub fn with_place(mut self, place: TitlePlace) -> Entry {
        self.place = Some(place);
        self
    }

    /// Sets the category (organization kind, position branch, title kind).
    pub fn with_category(mut self, category: impl Into<String>) -> Entry {
        self.category = Some(category.into());
        self
    }
}

impl Entry {
    /// Where a title is written; `None` for other kinds. A title without a written place
    /// (one from a four-column titles table, or built in code) is placed by its kind:
    /// religious titles and honorifics before the name, degrees and professions after.
    pub fn place(&self) -> Option<TitlePlace> {
        if self.kind != EntryKind::Title {
            return None;
        }
        self.place.or(match self.category.as_deref() {
            Some("religious" | "honorific") => Some(TitlePlace::Before),
            _ => Some(TitlePlace::After),
        })
    }

    /// What the entry names.
    pub fn kind(&self) -> EntryKind {
        self.kind
    }

    /// The canonical form ("Bangkalan", "AKBP", "Kapolres", "S.I.K.").
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The official long form ("Ajun Komisaris Besar Polisi", "Kepala Kepolisian Resor").
    pub fn long_form(&self) -> Option<&str> {
        self.long_form.as_deref()
    }

    /// Other surface forms as listed in the data (short forms, spellings, misspellings).
    pub fn variants(&self) -> &[String] {
        &self.variants
    }

    /// The class column of organizations ("police", "election" …), positions ("polri",
    /// "civil" …) and titles ("academic", "religious" …).
    pub fn category(&self) -> Option<&str> {
        self.category.as_deref()
    }

    /// The service of a rank or corps.
    pub fn branch(&self) -> Option<Branch> {
        self.branch
    }

    /// A rank's place in its branch's ladder, 1 being the lowest.
    pub fn order(&self) -> Option<u16> {
        self.order
    }

    /// The province of a kabupaten, kota or town; the Polda province of an
    /// operation's regional name.
    pub fn province(&self) -> Option<&str> {
        self.province.as_deref()
    }

    /// For a town: the kabupaten whose seat it is.
    pub fn seat_of(&self) -> Option<&str> {
        self.seat_of.as_deref()
    }

    /// For a position: the unit it heads, an organization name ("Polres", "Kodim") or a
    /// region kind ("kabupaten", "kecamatan").
    pub fn heads(&self) -> Option<&str> {
        self.heads.as_deref()
    }

    /// For an organization: what may follow its name.
    pub fn takes(&self) -> Option<Takes> {
        self.takes
    }

    /// Where the entry was defined.
    pub fn origin(&self) -> &Origin {
        &self.origin
    }

    /// Every surface form under which the entry is looked up and matched: the name, the
    /// long form, the variants, and the forms generated for the kind ("Kabupaten X",
    /// "Kab. X", "Kota X", "Provinsi X"; a title without its final dot).
    pub fn surfaces(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::with_capacity(2 + self.variants.len() * 3);
        let mut push = |s: String| {
            if !out.contains(&s) {
                out.push(s);
            }
        };
        let own = std::iter::once(&self.name).chain(&self.long_form).chain(&self.variants);
        for form in own {
            push(form.clone());
            match self.kind {
                EntryKind::Province => {
                    for prefix in ["Provinsi ", "Prov. ", "Prov "] {
                        push(format!("{prefix}{form}"));
                    }
                }
                EntryKind::Kabupaten => {
                    for prefix in ["Kabupaten ", "Kab. ", "Kab "] {
                        push(format!("{prefix}{form}"));
                    }
                }
                EntryKind::Kota => push(format!("Kota {form}")),
                EntryKind::Title => {
                    if let Some(bare) = form.strip_suffix('.') {
                        push(bare.to_owned());
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// The key under which duplicates are detected: kind, normalized name, and the
    /// province or branch that tells same-named entries apart.
    pub(crate) fn key(&self) -> (EntryKind, String, String) {
        let scope = match (self.kind, &self.province, self.branch) {
            (k, Some(p), _) if k.is_region() => normalize(p),
            (_, _, Some(b)) => b.as_str().to_owned(),
            _ => String::new(),
        };
        (self.kind, normalize(&self.name), scope)
    }

    /// Whether two definitions say the same thing (ignoring where they stand).
    pub(crate) fn same_as(&self, other: &Entry) -> bool {
        Entry { origin: other.origin.clone(), ..self.clone() } == *other
    }
}

/// The lookup form of a surface string: lowercase, with every run of characters that are
/// not letters or digits turned into one space, trimmed. So "Kab. Bangkalan",
/// "kab bangkalan" and "KAB.  BANGKALAN" all become "kab bangkalan", and
/// "Kodim 0820/Probolinggo" becomes "kodim 0820 probolinggo".
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.extend(c.to_lowercase());
        } else {
            gap = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_folds_case_dots_and_spacing() {
        let cases = [
            ("Kab. Bangkalan", "kab bangkalan"),
            ("KAB.  BANGKALAN", "kab bangkalan"),
            (" Kodim 0820/Probolinggo ", "kodim 0820 probolinggo"),
            ("S.I.K.", "s i k"),
            ("Laut (P)", "laut p"),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(normalize(input), want, "{input:?}");
        }
    }

    #[test]
    fn enum_names_round_trip() {
        for &k in EntryKind::ALL {
            assert_eq!(k.as_str().parse(), Ok(k));
        }
        for &b in Branch::ALL {
            assert_eq!(b.as_str().parse(), Ok(b));
        }
        for &t in Takes::ALL {
            assert_eq!(t.as_str().parse(), Ok(t));
        }
        for &p in TitlePlace::ALL {
            assert_eq!(p.as_str().parse(), Ok(p));
        }
    }
}
