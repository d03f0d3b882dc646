//! Composition: gazetteer atoms and token rules become entities, left to right.
//!
//! At every stop (a token start or an atom start) the rules are tried in a fixed order,
//! which is the overlap priority: date, quantity, venue, administrative division,
//! position (with modifier and unit), organization (with its region, number or name),
//! rank (with corps), event (with year, region, operation name), then a bare atom. The
//! first rule that matches claims its span; the walk goes on after it. Entities built
//! from parts keep them: a position knows its unit, an organization its region.

use std::cell::Cell;

use once_cell::sync::Lazy;

use warta_gazetteer::{Entry, EntryKind, Gazetteer, Takes, TitlePlace};
use warta_tokenize::{Span, Token, TokenKind};

use std::borrow::Cow;

use compact_str::CompactString;

use crate::entity::{Entity, Label, Value};
use crate::intern::EntryStrings;
use crate::matcher::{Atom, kind_bit};
use crate::wordset::WordSet;
use warta_tokenize::near::{Near, gallop};

/// Words that open a venue name ("Pendopo Agung Bangkalan", "Aula Mapolres Klaten").
const VENUE_HEADS: &[&str] = &[
    "alun-alun",
    "aula",
    "balai",
    "ballroom",
    "gedung",
    "gelanggang",
    "gor",
    "graha",
    "hotel",
    "lapangan",
    "markas",
    "masjid",
    "pendopo",
    "pendapa",
    "ruang",
    "rumah dinas",
    "rumdin",
    "stadion",
    "command center",
    "wisma",
    "taman",
    "islamic center",
    "sport center",
    "lapas",
    "rutan",
];

/// Venue heads that are ordinary nouns too, heads only when capitalized: "Pasar Youtefa"
/// is a place, "di halaman Mapolres X" names the Mapolres.
const CAPITALIZED_HEADS: &[&str] = &[
    "bandara",
    "bundaran",
    "dermaga",
    "gereja",
    "gudang",
    "halaman",
    "kantor",
    "kompleks",
    "pasar",
    "pelabuhan",
    "ponpes",
    "pondok pesantren",
    "posko",
    "puskesmas",
    "rumah sakit",
    "terminal",
];

/// Generic offices that head whatever body follows them ("Kepala DPMD Rejang Lebong",
/// "Ketua MPU Kota Banda Aceh"); the gazetteer lists the common pairs ("Ketua KPU") as
/// offices of their own.
const GENERIC_OFFICES: &[&str] =
    &["kepala", "ketua", "sekretaris", "komandan", "direktur", "koordinator", "kabid", "kasi"];

/// Words that open an administrative division below the kabupaten ("Kecamatan Sukamaju").
const DIVISIONS: &[(&str, &str)] = &[
    ("kecamatan", "kecamatan"),
    ("kec.", "kecamatan"),
    ("desa", "desa"),
    ("ds.", "desa"),
    ("kelurahan", "kelurahan"),
    ("kel.", "kelurahan"),
    ("dusun", "desa"),
    ("kampung", "desa"),
    ("nagari", "desa"),
    // West Sumatra's dusun.
    ("jorong", "desa"),
    ("gampong", "desa"),
    ("pulau", "island"),
    // Papua's kecamatan.
    ("distrik", "kecamatan"),
];

/// Modifiers written before an office.
const MODIFIERS: &[&str] = &["pj", "pj.", "plt", "plt.", "plh", "plh.", "pjs", "pjs.", "wakil"];

/// Words after which a seat town is a place ("di Sungailiat").
const LOCATIVE: &[&str] =
    &["di", "ke", "dari", "wilayah", "daerah", "kawasan", "sekitar", "kota", "menuju", "asal"];

/// Words that end a place name and seldom begin a person's: "Pangkalan Baru", "Sukamaju
/// Utara", "Gunung Kidul".
const PLACE_SUFFIXES: &[&str] = &[
    "baru", "lama", "utara", "selatan", "timur", "barat", "tengah", "hilir", "hulu", "ilir", "ulu",
    "kidul", "lor", "wetan", "kulon", "raya",
];

/// Prefix meaning "headquarters of": "Mapolres Bangka", "Makodim 0820".
const HQ_PREFIXES: &[&str] = &["mako", "ma"];

/// The document being composed: text, tokens, atoms and precomputed rule mentions.
pub(crate) struct Doc<'a, 't> {
    pub text: &'t str,
    pub tokens: &'a [Token<'t>],
    /// The word-list hash of every token (see [`crate::wordset::token_keys`]).
    pub keys: &'a [u64],
    pub gazetteer: &'a Gazetteer,
    pub atoms: &'a [Atom],
    pub blocked: &'a [Span],
    /// Headlines in Title Case, where a capitalized word need not be part of a name.
    pub title_case: &'a [Span],
    /// Entities found by other rules (dates, quantities), sorted by start, one per start.
    pub found: Vec<Entity>,
    /// The strings of every gazetteer entry, by entry index.
    pub strings: &'a [EntryStrings],
    /// The first two letters (lowercase) of every police or military organization's
    /// surface form: what may follow "Ma(ko)" in a headquarters.
    pub hq_heads: &'a [[u8; 2]],
    /// See [`Tables::fused`].
    fused: &'a [(String, String)],
    stops: Vec<usize>,
    /// Where the last lookups ended: the walk moves left to right, so the next lookup
    /// starts near (see [`warta_tokenize::near`]).
    token_hint: Near<'a, Token<'t>>,
    atom_hint: Near<'a, Atom>,
    stop_hint: Cell<usize>,
}

/// What composition reads from the recognizer: built once, shared by every document.
pub(crate) struct Tables<'a> {
    pub gazetteer: &'a Gazetteer,
    /// The strings of every gazetteer entry, by entry index.
    pub strings: &'a [EntryStrings],
    /// See [`Doc::hq_heads`].
    pub hq_heads: &'a [[u8; 2]],
    /// Organizations named by another and more words, as the other's name and the first
    /// word after it, lowercase: ("polda", "metro") for "Polda Metro Jaya".
    pub fused: &'a [(String, String)],
}

impl<'a, 't> Doc<'a, 't> {
    pub(crate) fn new(
        text: &'t str,
        tokens: &'a [Token<'t>],
        keys: &'a [u64],
        tables: Tables<'a>,
        atoms: &'a [Atom],
        blocked: &'a [Span],
        found: Vec<Entity>,
    ) -> Doc<'a, 't> {
        let Tables { gazetteer, strings, hq_heads, fused } = tables;
        // Token and atom starts are each sorted already: merge them.
        let mut stops: Vec<usize> = Vec::with_capacity(tokens.len() + atoms.len());
        let (mut a, mut b) = (tokens.iter().peekable(), atoms.iter().peekable());
        loop {
            let next = match (a.peek(), b.peek()) {
                (Some(t), Some(m)) if t.span.start <= m.span.start => {
                    a.next().map(|t| t.span.start)
                }
                (_, Some(_)) => b.next().map(|m| m.span.start),
                (Some(_), None) => a.next().map(|t| t.span.start),
                (None, None) => break,
            };
            if let Some(at) = next {
                if stops.last() != Some(&at) {
                    stops.push(at);
                }
            }
        }
        Doc {
            text,
            tokens,
            keys,
            gazetteer,
            atoms,
            blocked,
            title_case: &[],
            found,
            strings,
            hq_heads,
            fused,
            stops,
            token_hint: Near::new(tokens),
            atom_hint: Near::new(atoms),
            stop_hint: Cell::new(0),
        }
    }

    /// The strings an entity built on `entry` carries.
    fn strs(&self, entry: &Entry) -> Cow<'a, EntryStrings> {
        match self.gazetteer.id_of(entry).and_then(|id| self.strings.get(id.index())) {
            Some(strings) => Cow::Borrowed(strings),
            None => Cow::Owned(EntryStrings::of(entry)),
        }
    }

    /// Why an entity built on `entry` was found.
    fn source(&self, entry: &Entry) -> CompactString {
        self.strs(entry).source.clone()
    }

    /// The canonical name of `entry`.
    fn name_of(&self, entry: &Entry) -> CompactString {
        self.strs(entry).name.clone()
    }

    fn atom(&self, at: usize) -> Option<&'a Atom> {
        let i = self.atom_hint.partition(|a| a.span.start < at);
        self.atoms.get(i).filter(|a| a.span.start == at)
    }

    fn token(&self, at: usize) -> Option<&'a Token<'t>> {
        let i = self.token_hint.partition(|t| t.span.start < at);
        self.tokens.get(i).filter(|t| t.span.start == at)
    }

    /// The next stop at or after `at` if only spaces (no line break) stand between.
    fn next(&self, at: usize) -> Option<usize> {
        let i = gallop(&self.stops, self.stop_hint.get(), |&s| s < at);
        self.stop_hint.set(i);
        let stop = *self.stops.get(i)?;
        let gap = &self.text[at..stop];
        gap.chars().all(|c| c == ' ' || c == '\t' || c == '\u{a0}').then_some(stop)
    }

    fn entries<'s>(&'s self, atom: &'s Atom) -> impl Iterator<Item = &'a Entry> + 's {
        atom.ids().iter().map(|&id| self.gazetteer.entry(id))
    }

    fn entry_where(&self, atom: &Atom, pred: impl Fn(&Entry) -> bool) -> Option<&'a Entry> {
        let gazetteer = self.gazetteer;
        atom.ids().iter().map(|&id| gazetteer.entry(id)).find(|e| pred(e))
    }

    /// A location named by the text of `span` itself (a venue, a unit name).
    fn named_place(
        &self,
        span: Span,
        kind: &'static str,
        source: &'static str,
        parts: Vec<Entity>,
    ) -> Entity {
        let value = Value::Location {
            kind: CompactString::const_new(kind),
            canonical: self.slice(span).into(),
            province: None,
        };
        self.entity(Label::Location, span, value, CompactString::const_new(source), parts)
    }

    fn slice(&self, span: Span) -> &'t str {
        &self.text[span.start..span.end]
    }

    fn entity(
        &self,
        label: Label,
        span: Span,
        value: Value,
        source: CompactString,
        parts: Vec<Entity>,
    ) -> Entity {
        Entity { label, span, text: self.slice(span).into(), value, source, parts }
    }

    /// Walks the document and returns its top-level entities in order.
    pub(crate) fn compose(mut self) -> Vec<Entity> {
        let mut out = Vec::new();
        let mut end = 0;
        // Taken in place (an entity is large; peeking an iterator would move each one at
        // every stop).
        let mut found: Vec<Option<Entity>> =
            std::mem::take(&mut self.found).into_iter().map(Some).collect();
        let mut fi = 0;
        // Cursors over the sorted tokens, atoms and blocked spans: the walk is monotone, so
        // the plain words that make most stops cost no search.
        let (mut ti, mut ai, mut bi) = (0, 0, 0);
        for i in 0..self.stops.len() {
            let at = self.stops[i];
            while self.tokens.get(ti).is_some_and(|t| t.span.start < at) {
                ti += 1;
            }
            while self.atoms.get(ai).is_some_and(|a| a.span.start < at) {
                ai += 1;
            }
            while self.blocked.get(bi).is_some_and(|b| b.end <= at) {
                bi += 1;
            }
            if at < end || self.blocked.get(bi).is_some_and(|b| b.start <= at) {
                continue;
            }
            // Found entities at stops skipped above are covered by others: dropped.
            let start_of = |f: &Option<Entity>| f.as_ref().map_or(0, |e| e.span.start);
            while found.get(fi).is_some_and(|f| start_of(f) < at) {
                fi += 1;
            }
            let found = match found.get_mut(fi) {
                Some(f) if start_of(f) == at => {
                    fi += 1;
                    f.take()
                }
                _ => None,
            };
            // Most stops are plain words: no rule can start there.
            let has_atom = self.atoms.get(ai).is_some_and(|a| a.span.start == at);
            let opens = self
                .tokens
                .get(ti)
                .is_some_and(|t| t.span.start == at && may_open(t, self.keys[ti]));
            if found.is_none() && !has_atom && !opens {
                continue;
            }
            let atom = self.atoms.get(ai).filter(|a| a.span.start == at);
            let token = self.tokens.get(ti).filter(|t| t.span.start == at);
            let entity = match found {
                Some(e) => Some(e),
                None => self.first_match(at, atom, token),
            };
            // "kecamatan, yakni A, B dan C": a division word that introduces a list.
            let intro = match &entity {
                None => token.filter(|t| !t.is_capitalized()).map(|t| (t.text, t.span.end)),
                // "lima kecamatan, yakni …"
                Some(e @ Entity { value: Value::Quantity { unit, .. }, .. }) => {
                    Some((unit.as_str(), e.span.end))
                }
                Some(_) => None,
            };
            let listed = intro.map_or_else(Vec::new, |(word, end)| self.introduced_list(word, end));
            if let Some(e) = entity {
                end = e.span.end;
                let division = e.source == "rule:division";
                out.push(e);
                if division {
                    // "Kecamatan Pontianak Utara dan Pontianak Timur": the places that
                    // go on the list are divisions of the same kind.
                    if let Some(Value::Location { kind, .. }) = out.last().map(|e| &e.value) {
                        let kind = kind.clone();
                        for item in self.division_list(end, &kind) {
                            end = item.span.end;
                            out.push(item);
                        }
                    }
                }
            }
            for item in listed {
                end = item.span.end;
                out.push(item);
            }
        }
        out
    }

    /// The entity of the first rule that matches at `at`, in priority order.
    ///
    /// Each rule is tried only where it can match: an atom of its kind, or its opening
    /// word (the same tests the rules make first, done once here). Each returns as soon
    /// as it matches: an entity is large, and passing it down a chain of `or_else` would
    /// copy it at every link.
    fn first_match(
        &self,
        at: usize,
        atom: Option<&Atom>,
        token: Option<&Token<'_>>,
    ) -> Option<Entity> {
        let kinds = atom.map_or(0, |a| a.kinds());
        let m = &*MASKS;
        if self.may_be_venue(at, token) {
            if let Some(e) = self.venue(at) {
                return Some(e);
            }
        }
        if token.is_some_and(|t| is_division_word(t.text)) {
            if let Some(e) = self.division(at) {
                return Some(e);
            }
        }
        let modifier = atom.is_none() && token.is_some_and(|t| is_modifier(t.text));
        if modifier || kinds & m.position != 0 {
            if let Some(e) = self.position(at) {
                return Some(e);
            }
        }
        if atom.is_none() && token.is_some_and(|t| is_generic_office(t.text)) {
            if let Some(e) = self.office_of_body(at) {
                return Some(e);
            }
        }
        if kinds & m.organization != 0 {
            if let Some(e) = self.organization(at) {
                return Some(e);
            }
        }
        if kinds & m.rank != 0 {
            if let Some(e) = self.rank(at) {
                return Some(e);
            }
        }
        if token.is_some_and(|t| is_operation_word(t.text)) || kinds & m.event != 0 {
            if let Some(e) = self.event(at) {
                return Some(e);
            }
        }
        if kinds & m.bare != 0 {
            return self.bare(at);
        }
        None
    }

    // ----- regions -----------------------------------------------------------------

    fn region_entry(&self, atom: &Atom) -> Option<&'a Entry> {
        let written = self.slice(atom.span).as_bytes();
        let starts =
            |p: &str| written.get(..p.len()).is_some_and(|w| w.eq_ignore_ascii_case(p.as_bytes()));
        let prefer: &[EntryKind] = if starts("kota ") {
            &[EntryKind::Kota]
        } else if starts("kab") {
            &[EntryKind::Kabupaten]
        } else if starts("prov") {
            &[EntryKind::Province]
        } else {
            &[
                EntryKind::Kabupaten,
                EntryKind::Kota,
                EntryKind::Province,
                EntryKind::Country,
                EntryKind::Town,
            ]
        };
        prefer.iter().find_map(|&k| self.entry_where(atom, |e| e.kind() == k))
    }

    fn location(&self, atom: &Atom, entry: &Entry) -> Entity {
        let strs = self.strs(entry);
        let value = Value::Location {
            kind: CompactString::const_new(entry.kind().as_str()),
            canonical: strs.name.clone(),
            province: strs.province.clone(),
        };
        self.entity(Label::Location, atom.span, value, strs.source.clone(), Vec::new())
    }

    /// Whether `at` is in a headline written in Title Case.
    fn in_title_case(&self, at: usize) -> bool {
        crate::rules::person::in_spans(self.title_case, at)
    }

    /// Whether no gazetteer entry that could stand for itself starts at `at`: no atom, or
    /// only the regional name of an operation ("Jaya", "Semeru"), which place names
    /// share ("Desa Mekar Jaya").
    fn unclaimed(&self, at: usize) -> bool {
        self.atom(at).is_none_or(|a| a.kinds() & !kind_bit(EntryKind::OperationRegion) == 0)
    }

    /// A region atom at `at` (any region kind), as a location entity.
    fn region_at(&self, at: usize) -> Option<Entity> {
        let atom = self.atom(at)?;
        let entry = self.region_entry(atom)?;
        Some(self.location(atom, entry))
    }

    // ----- venues and divisions ------------------------------------------------------

    /// "Pendopo Agung Bangkalan", "Aula Mapolres Klaten", "Mapolres Bangka".
    fn venue(&self, at: usize) -> Option<Entity> {
        let rest = &self.text[at..];
        // A head's first word is the text's first word: most stops are turned away here.
        let head_len = starts_venue_head(rest)
            .then(|| {
                VENUE_HEADS.iter().chain(CAPITALIZED_HEADS).find_map(|h| {
                    let n = h.len();
                    (rest.len() >= n
                        && rest.is_char_boundary(n)
                        && rest[..n].eq_ignore_ascii_case(h)
                        && rest[n..].chars().next().is_none_or(|c| !c.is_alphanumeric())
                        && (rest.starts_with(|c: char| c.is_ascii_uppercase())
                            || !CAPITALIZED_HEADS.contains(h)))
                    .then_some((n, CAPITALIZED_HEADS.contains(h)))
                })
            })
            .flatten();
        // "Kantor KPU" is the body's office anywhere: a common head needs more than a
        // bare organization to name a place ("Kantor KPU Kota Tanjungpinang").
        let common = head_len.is_some_and(|(_, common)| common);
        let (mut end, mut named, mut parts) = match head_len {
            Some((n, _)) => (at + n, false, Vec::new()),
            None => {
                let hq = self.headquarters(at)?;
                (hq.span.end, true, hq.parts.clone())
            }
        };
        // The name: capitalized words, regions, organizations and headquarters.
        while let Some(next) = self.next(end) {
            if let Some(hq) = self.headquarters(next) {
                end = hq.span.end;
                parts.push(hq);
            } else if let Some(org) = self.organization(next) {
                end = org.span.end;
                let bare = matches!(org.value, Value::Organization { unit: None, .. });
                parts.push(org);
                if bare && common {
                    continue;
                }
            } else if let Some(region) = self.region_at(next) {
                end = region.span.end;
                parts.push(region);
            } else if let Some(t) =
                self.token(next).filter(|t| is_name_word(t) && !self.in_title_case(next))
            {
                end = t.span.end;
            } else {
                break;
            }
            named = true;
        }
        if !named {
            return None;
        }
        Some(self.named_place(Span::new(at, end), "venue", "rule:venue", parts))
    }

    /// Whether [`Doc::venue`] can match at `at`: a venue head's first word, or a word
    /// that opens a headquarters ("Ma…").
    fn may_be_venue(&self, at: usize, token: Option<&Token<'_>>) -> bool {
        let rest = &self.text[at..];
        starts_venue_head(rest)
            || token.is_some_and(|t| t.kind == TokenKind::Word && t.text.starts_with(['M', 'm']))
    }

    /// "Mapolres Bangka", "Mapolresta Banyuwangi", "Makodim 0820": "Ma(ko)" glued to an
    /// organization with its unit.
    fn headquarters(&self, at: usize) -> Option<Entity> {
        let token = self.token(at)?;
        let word = token.text;
        if token.kind != TokenKind::Word || !word.starts_with(['M', 'm']) {
            return None;
        }
        for prefix in HQ_PREFIXES {
            let n = prefix.len();
            if word.len() <= n
                || !word.is_char_boundary(n)
                || !word[..n].eq_ignore_ascii_case(prefix)
            {
                continue;
            }
            let rest = &word[n..];
            // Most words that start with "ma" are no headquarters ("masyarakat"): test the
            // unit's first letters against the police and military names first.
            let known = rest.get(..2).is_some_and(|head| {
                let head = [
                    head.as_bytes()[0].to_ascii_lowercase(),
                    head.as_bytes()[1].to_ascii_lowercase(),
                ];
                self.hq_heads.contains(&head)
            });
            if !known {
                continue;
            }
            let Some(org) = self.gazetteer.lookup(rest).find(|e| {
                e.kind() == EntryKind::Organization
                    && matches!(e.category(), Some("police" | "military"))
            }) else {
                continue;
            };
            let mut end = token.span.end;
            let mut parts = Vec::new();
            if let Some(unit) = self.next(end).and_then(|n| self.unit_of(org, n)) {
                end = unit.span.end;
                parts.push(unit);
            }
            return Some(self.named_place(Span::new(at, end), "venue", "rule:headquarters", parts));
        }
        None
    }

    /// The places that go on a list after a division ending at `end`: ", B, C dan D",
    /// "dan B". A list of names separated by commas counts only when "dan" or "serta"
    /// closes it, so that a name in apposition after a place is not taken for one
    /// ("Desa Sukamaju, Budi Santoso mengatakan").
    fn division_list(&self, end: usize, kind: &CompactString) -> Vec<Entity> {
        let mut items = Vec::new();
        let mut at = end;
        let mut closed = false;
        // A list is short: the bound keeps a run of "Desa A, Desa B, …" that no "dan"
        // closes from being read again at each of its divisions.
        while !closed && items.len() < 32 {
            let rest = &self.text[at..];
            let skip = [", dan ", ", serta ", " dan ", " serta ", ", "]
                .into_iter()
                .find(|sep| rest.starts_with(sep));
            let Some(sep) = skip else { break };
            closed = sep != ", ";
            let Some(item) = self.next(at + sep.len()).and_then(|n| self.place_name(n)) else {
                return Vec::new();
            };
            at = item.end;
            items.push(item);
        }
        if !closed || items.is_empty() {
            return Vec::new();
        }
        // The last item ends the list: no name goes on after it.
        if self.next(at).and_then(|n| self.token(n)).is_some_and(|t| is_name_word(t)) {
            return Vec::new();
        }
        items
            .into_iter()
            .map(|span| {
                let value = Value::Location {
                    kind: kind.clone(),
                    canonical: self.slice(span).into(),
                    province: None,
                };
                let source = CompactString::const_new("rule:division_list");
                self.entity(Label::Location, span, value, source, Vec::new())
            })
            .collect()
    }

    /// One to three words of a place name at `at`: capitalized words that no other
    /// gazetteer entry claims, and regions ("Teluk Ambon Baguala", "Pontianak Timur").
    fn place_name(&self, at: usize) -> Option<Span> {
        let mut end = at;
        let mut words = 0;
        while words < 3 {
            let Some(n) = self.next(end).filter(|&n| n == at || words > 0) else { break };
            // An acronym is seldom a place ("TPS 12 Kelurahan X").
            let part = self.region_at(n).map(|r| r.span).or_else(|| {
                self.token(n)
                    .filter(|t| is_name_word(t) && self.unclaimed(n) && !is_acronym(t.text))
                    .map(|t| t.span)
            });
            let Some(part) = part else { break };
            end = part.end;
            words += 1;
        }
        (words > 0).then(|| Span::new(at, end))
    }

    /// "lima kecamatan, yakni Nusaniwe, Sirimau dan Leitimur Selatan": the places a
    /// division word (`word`, ending at `end`) introduces, when they make a list.
    fn introduced_list(&self, word: &str, end: usize) -> Vec<Entity> {
        let Some(&(_, kind)) = DIVISIONS.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)) else {
            return Vec::new();
        };
        let rest = &self.text[end..];
        let Some(intro) = [", yakni ", ", yaitu ", " yakni ", " yaitu ", ": ", ", antara lain "]
            .into_iter()
            .find(|i| rest.starts_with(i))
        else {
            return Vec::new();
        };
        let Some(first) = self.next(end + intro.len()).and_then(|n| self.place_name(n)) else {
            return Vec::new();
        };
        let kind = CompactString::const_new(kind);
        let others = self.division_list(first.end, &kind);
        if others.is_empty() {
            return Vec::new(); // one name is no list: it may be anything
        }
        let value = Value::Location { kind, canonical: self.slice(first).into(), province: None };
        let source = CompactString::const_new("rule:division_list");
        let mut items = vec![self.entity(Label::Location, first, value, source, Vec::new())];
        items.extend(others);
        items
    }

    /// "Kecamatan Sukamaju", "Desa Mekarsari", "kelurahan Kota Baru".
    fn division(&self, at: usize) -> Option<Entity> {
        let token = self.token(at)?;
        let kind = DIVISIONS.iter().find(|(w, _)| w.eq_ignore_ascii_case(token.text))?.1;
        let mut end = token.span.end;
        let mut parts = Vec::new();
        let mut words = 0;
        while let Some(next) = self.next(end) {
            if let Some(region) = self.region_at(next) {
                end = region.span.end;
                parts.push(region);
            } else if let Some(t) =
                self.token(next).filter(|t| is_name_word(t) && self.unclaimed(next))
            {
                end = t.span.end;
            } else {
                break;
            }
            words += 1;
            // In a Title Case headline the words after the first may be anything
            // ("Pulau Palue", but not "Pulau Batang Dua Diangkut").
            if words == 3 || self.in_title_case(at) {
                break;
            }
        }
        if words == 0 {
            return None;
        }
        let span = Span::new(at, end);
        let canonical = self.text[token.span.end..end].trim().into();
        let kind = CompactString::const_new(kind);
        let value = Value::Location { kind, canonical, province: None };
        let source = CompactString::const_new("rule:division");
        Some(self.entity(Label::Location, span, value, source, parts))
    }

    // ----- units ---------------------------------------------------------------------

    /// What follows an organization of scheme `org` at `at`: a region, a number or code
    /// (with an optional name), or a proper name.
    fn unit_of(&self, org: &Entry, at: usize) -> Option<Entity> {
        self.unit_after(org, at, true)
    }

    /// The unit of `org` written at `at`. `standalone` is false after an office, where a
    /// name may follow the unit: there an unlisted kecamatan is left to
    /// [`Doc::position_unit`], which asks for a rank after it.
    fn unit_after(&self, org: &Entry, at: usize, standalone: bool) -> Option<Entity> {
        match org.takes()? {
            Takes::Nothing => None,
            Takes::Subdistrict if self.region_at(at).is_none() => {
                standalone.then(|| self.subdistrict_name(at)).flatten()
            }
            Takes::Region | Takes::Subdistrict => {
                let mut region = self.region_at(at)?;
                // "Polres Probolinggo Kota": the kota, written after its name; "Polsek
                // Pontianak Selatan": a kecamatan named after its town and a direction.
                if let Some(t) = self.next(region.span.end).and_then(|n| self.token(n)) {
                    let suffix = t.text == "Kota"
                        || is_name_word(t)
                            && PLACE_SUFFIXES.iter().any(|p| p.eq_ignore_ascii_case(t.text));
                    if suffix && self.atom(t.span.start).is_none() {
                        region.span.end = t.span.end;
                        region.text = self.slice(region.span).into();
                    }
                }
                Some(region)
            }
            Takes::Number | Takes::NumberName => {
                let t = self.token(at)?;
                let numbered = matches!(t.kind, TokenKind::Number | TokenKind::Code)
                    || t.kind == TokenKind::Initial && t.text.chars().all(|c| "IVX".contains(c))
                    || t.kind == TokenKind::Word
                        && t.text.len() <= 5
                        && t.text.chars().all(|c| "IVX".contains(c));
                if !numbered {
                    return None;
                }
                let mut end = t.span.end;
                if org.takes() == Some(Takes::NumberName) {
                    // "Kodim 0413 Bangka", "Koramil 0805/05 Paron Kapten Inf …": a region, or
                    // a word no gazetteer knows when a rank follows it.
                    let next = self.next(end);
                    // "Kodim 0101/Kota Banda Aceh": a region that starts after the code's
                    // mark and goes on past the token.
                    let glued = t.text.rfind('/').and_then(|i| {
                        let region = self.region_at(t.span.start + i + 1)?;
                        (region.span.end > t.span.end).then_some(region.span.end)
                    });
                    if let Some(region_end) = glued {
                        end = region_end;
                    } else if let Some(region) = next.and_then(|n| self.region_at(n)) {
                        end = region.span.end;
                    } else if let Some(word) = next.and_then(|n| self.plain_name(n)) {
                        if self.next(word.span.end).and_then(|n| self.rank(n)).is_some() {
                            end = word.span.end;
                        }
                    }
                    // "Korem 083/Baladhika Jaya": a code that ends in a name goes on with
                    // the name's other words, unless a name of a person may follow.
                    if t.kind == TokenKind::Code
                        && t.text
                            .rsplit('/')
                            .next()
                            .is_some_and(|n| n.chars().all(char::is_alphabetic))
                    {
                        for _ in 0..2 {
                            // Its words may be gazetteer entries of other kinds ("Jaya").
                            let Some(word) =
                                self.next(end).and_then(|n| self.token(n)).filter(|w| {
                                    is_name_word(w)
                                        && self.atom(w.span.start).is_none_or(|a| {
                                            self.entry_where(a, |e| {
                                                matches!(
                                                    e.kind(),
                                                    EntryKind::Rank
                                                        | EntryKind::Position
                                                        | EntryKind::Organization
                                                )
                                            })
                                            .is_none()
                                        })
                                })
                            else {
                                break;
                            };
                            let after = self.next(word.span.end);
                            let person_may_follow = after.is_some_and(|n| {
                                self.atom(n).is_none() && self.token(n).is_some_and(is_name_word)
                            });
                            if person_may_follow {
                                break;
                            }
                            end = word.span.end;
                        }
                    }
                }
                let span = Span::new(at, end);
                let value = Value::Organization {
                    canonical: self.name_of(org),
                    unit: Some(self.slice(span).into()),
                };
                let source = CompactString::const_new("rule:unit_number");
                Some(self.entity(Label::Organization, span, value, source, Vec::new()))
            }
            Takes::Name => {
                if let Some(region) = self.region_at(at) {
                    return Some(region);
                }
                let mut end = at;
                let mut words = 0;
                while let Some(t) = self
                    .next(end)
                    .and_then(|n| self.token(n))
                    .filter(|t| is_name_word(t) && self.unclaimed(t.span.start))
                {
                    end = t.span.end;
                    words += 1;
                    if words == 3 {
                        break;
                    }
                }
                if words == 0 {
                    return None;
                }
                Some(self.named_place(Span::new(at, end), "name", "rule:unit_name", Vec::new()))
            }
            _ => None,
        }
    }

    /// An organization atom at `at`, extended by its unit.
    fn organization(&self, at: usize) -> Option<Entity> {
        let atom = self.atom(at)?;
        let org = self.entry_where(atom, |e| e.kind() == EntryKind::Organization)?;
        let mut span = atom.span;
        let mut parts = Vec::new();
        let mut unit = None;
        // "Komisi Pemilihan Umum (KPU)" is two organizations; the walk finds the second.
        if let Some(u) = self.next(span.end).and_then(|n| self.unit_of(org, n)) {
            span.end = u.span.end;
            unit = Some(self.slice(u.span).into());
            if u.label == Label::Location {
                parts.push(u);
            }
        }
        let value = Value::Organization { canonical: self.name_of(org), unit };
        Some(self.entity(Label::Organization, span, value, self.source(org), parts))
    }

    // ----- positions -----------------------------------------------------------------

    fn position(&self, at: usize) -> Option<Entity> {
        let (modifier, start_atom) = match self.token(at) {
            Some(t) if is_modifier(t.text) && self.atom(at).is_none() => {
                let next = self.next(t.span.end)?;
                (Some(t.text.trim_end_matches('.').into()), next)
            }
            _ => (None, at),
        };
        let atom = self.atom(start_atom)?;
        let pos = self.entry_where(atom, |e| e.kind() == EntryKind::Position)?;
        let mut end = atom.span.end;
        let mut parts = Vec::new();
        let mut unit_text = None;
        if let Some(heads) = pos.heads() {
            if let Some((unit, written_org)) = self.position_unit(heads, atom, end) {
                end = unit.span.end;
                unit_text = Some(self.slice(unit.span).into());
                if let Some(org) = written_org {
                    parts.push(org);
                }
                parts.push(unit);
            } else if let Some(org) = self
                .gazetteer
                .lookup(heads)
                .find(|e| e.kind() == EntryKind::Organization && e.name() == heads)
                .and_then(|org| self.written_scheme(org, atom, None))
            {
                // "Ketua KPPS" with no unit still names the KPPS.
                parts.push(org);
            }
        }
        // "Komisioner KPU Sulsel Divisi Sosialisasi": the portfolio belongs to the office.
        if let Some(t) = self.next(end).and_then(|n| self.token(n)) {
            if t.text.eq_ignore_ascii_case("divisi") {
                // Up to four words, "dan" among them ("Divisi Hukum dan Pengawasan"); the
                // portfolio ends at its last capitalized word.
                let mut at = t.span.end;
                for _ in 0..4 {
                    match self.next(at).and_then(|n| self.token(n)) {
                        Some(w) if is_name_word(w) => {
                            at = w.span.end;
                            end = at;
                        }
                        Some(w) if w.text == "dan" => at = w.span.end,
                        _ => break,
                    }
                }
            }
        }
        let strs = self.strs(pos);
        let value = Value::Position {
            canonical: strs.name.clone(),
            modifier,
            unit: unit_text,
            heads: strs.heads.clone(),
        };
        let source = strs.source.clone();
        Some(self.entity(Label::Position, Span::new(at, end), value, source, parts))
    }

    /// "Kepala DPMD Rejang Lebong": a generic office before a body the gazetteer knows,
    /// which the office heads.
    fn office_of_body(&self, at: usize) -> Option<Entity> {
        let word = self.token(at)?;
        let org = self.next(word.span.end).and_then(|n| self.organization(n))?;
        let (heads, unit) = match &org.value {
            Value::Organization { canonical, .. } => (canonical.clone(), org.text.clone()),
            _ => return None,
        };
        let mut canonical = CompactString::default();
        let mut chars = word.text.chars();
        canonical.extend(chars.next().map(|c| c.to_ascii_uppercase()));
        canonical.push_str(chars.as_str());
        let value =
            Value::Position { canonical, modifier: None, unit: Some(unit), heads: Some(heads) };
        let span = Span::new(at, org.span.end);
        let source = CompactString::const_new("rule:office_of_body");
        Some(self.entity(Label::Position, span, value, source, vec![org]))
    }

    /// The unit written after an office, and the organization it names in its own words
    /// when the office's name ends in it ("Ketua KPU Riau" → "KPU Riau").
    fn position_unit(
        &self,
        heads: &str,
        atom: &Atom,
        end: usize,
    ) -> Option<(Entity, Option<Entity>)> {
        let mut next = self.next(end)?;
        // "Asisten 1 Setda Bangka", "Asisten III Setda".
        if let Some(t) = self.token(next) {
            let numbered = t.kind == TokenKind::Number && t.text.len() <= 2
                || t.text.len() <= 4 && t.text.chars().all(|c| "IVX".contains(c));
            if numbered && self.atom(next).is_none() {
                if let Some(after) = self.next(t.span.end) {
                    if self.organization(after).is_some() {
                        next = after;
                    }
                }
            }
        }
        if let Some(org) = self.organization(next) {
            return Some((org, None));
        }
        if let Some(unit) = self.fused_scheme(heads, next) {
            return Some((unit, None));
        }
        let org_scheme = self
            .gazetteer
            .lookup(heads)
            .find(|e| e.kind() == EntryKind::Organization && e.name() == heads);
        let unit = match org_scheme {
            Some(org) => self.unit_after(org, next, false),
            None => match heads {
                "kecamatan" | "desa" | "kelurahan" => {
                    self.region_at(next).or_else(|| self.plain_name(next))
                }
                _ => self.region_at(next),
            },
        };
        // "Bhabinkamtibmas Desa Sukadana", "Babinsa Kelurahan Kota Baru": a division.
        let unit = unit.or_else(|| self.division(next));
        // "Kapolsek Pangkalan Baru AKP Dedi": words no gazetteer knows, between an office
        // and a rank, are the office's unit.
        let unit = unit.or_else(|| {
            let mut end = self.plain_name(next)?.span.end;
            for _ in 0..2 {
                if self.next(end).and_then(|n| self.rank(n)).is_some() {
                    break;
                }
                // "Kapolsek Pasar Jambi Iptu …": a kecamatan named after its town.
                let n = self.next(end)?;
                end = self.plain_name(n).or_else(|| self.region_at(n))?.span.end;
            }
            self.next(end).and_then(|n| self.rank(n))?;
            Some(self.named_place(Span::new(next, end), "name", "rule:unit_name", Vec::new()))
        });
        // "Ketua PPK Sambelia, Muhammad Sahri, …": one word no gazetteer knows, then a
        // name in apposition, is the unit of an office that heads a local body.
        let unit = unit.or_else(|| {
            let word = self.plain_name(next)?;
            let after = word.span.end + 2;
            if !self.text[word.span.end..].starts_with(", ") {
                return None;
            }
            // The name is closed by a comma too.
            let mut at = after;
            let mut words = 0;
            while let Some(t) =
                self.token(at).filter(|t| is_name_word(t) && self.atom(at).is_none())
            {
                words += 1;
                if self.text[t.span.end..].starts_with(',') {
                    return Some(word);
                }
                if words == 4 {
                    break;
                }
                at = self.next(t.span.end)?;
            }
            None
        })?;
        let org_part = org_scheme.and_then(|org| self.written_scheme(org, atom, Some(&unit)));
        Some((unit, org_part))
    }

    /// The name of a kecamatan or desa that no gazetteer lists, after a body below the
    /// kabupaten ("Polsek Pasar Jambi bersama …", "PPK Teluk Ambon Baguala", "PPS Desa
    /// Mekar Jaya"): a division, or up to three capitalized words, regions among them, that start with a word no gazetteer
    /// knows and that no rank, office or body interrupts.
    fn subdistrict_name(&self, at: usize) -> Option<Entity> {
        if let Some(division) = self.division(at) {
            return Some(division);
        }
        let mut end = self.plain_name(at)?.span.end;
        let mut words = 1;
        while words < 3 {
            let Some(n) = self.next(end) else { break };
            let Some(part) = self.plain_name(n).or_else(|| self.region_at(n)) else { break };
            end = part.span.end;
            words += 1;
        }
        Some(self.named_place(Span::new(at, end), "name", "rule:unit_name", Vec::new()))
    }

    /// "Kapolda Metro Jaya", "Kapolres Metro Tangerang Kota": the words after an office
    /// that, joined to the scheme it heads, name a body of their own ("Polda Metro Jaya",
    /// the "Polres Metro" scheme), with that body's unit. The body is fused into the
    /// office, so it is kept as a part but listed as no organization of its own.
    fn fused_scheme(&self, heads: &str, at: usize) -> Option<Entity> {
        let first = self.token(at).filter(|t| t.kind == TokenKind::Word && t.is_capitalized())?;
        // Most offices are followed by no such words: ask the short table first.
        let known = self.fused.iter().any(|(scheme, next)| {
            scheme.eq_ignore_ascii_case(heads) && next.eq_ignore_ascii_case(first.text)
        });
        if !known {
            return None;
        }
        let second = self
            .next(first.span.end)
            .and_then(|n| self.token(n))
            .filter(|t| t.kind == TokenKind::Word && t.is_capitalized());
        let spans = [second.map(|s| s.span.end), Some(first.span.end)];
        let (org, mut end) = spans.into_iter().flatten().find_map(|end| {
            let words = self.slice(Span::new(at, end));
            let name = format!("{heads} {words}");
            let org = self.gazetteer.lookup_kind(&name, EntryKind::Organization)?;
            Some((org, end))
        })?;
        let mut unit = None;
        if let Some(u) = self.next(end).and_then(|n| self.unit_of(org, n)) {
            unit = Some(self.slice(u.span).into());
            end = u.span.end;
        }
        let value = Value::Organization { canonical: self.name_of(org), unit };
        let source = CompactString::const_new("rule:fused_scheme");
        Some(self.entity(Label::Organization, Span::new(at, end), value, source, Vec::new()))
    }

    /// "Ketua KPU Riau", "Kepala Kejaksaan Negeri Kediri", "Ketua KPPS": the scheme an
    /// office heads, written as its own words (its name, long form or a variant) at the
    /// end of the office, is an organization, with the unit written after it.
    fn written_scheme(&self, org: &Entry, atom: &Atom, unit: Option<&Entity>) -> Option<Entity> {
        let written = self.slice(atom.span);
        let forms = std::iter::once(org.name())
            .chain(org.long_form())
            .chain(org.variants().iter().map(String::as_str));
        let tail = forms.filter(|f| !f.is_empty() && f.len() < written.len()).find(|f| {
            let cut = written.len() - f.len();
            written.is_char_boundary(cut)
                && written[cut..].eq_ignore_ascii_case(f)
                && written[..cut].ends_with(' ')
        })?;
        let start = atom.span.end - tail.len();
        let span = Span::new(start, unit.map_or(atom.span.end, |u| u.span.end));
        let value = Value::Organization {
            canonical: self.name_of(org),
            unit: unit.map(|u| self.slice(u.span).into()),
        };
        Some(self.entity(Label::Organization, span, value, self.source(org), Vec::new()))
    }

    /// A kecamatan or desa name that is no gazetteer entry, after an office: one
    /// capitalized word, since a name usually follows ("Camat Sukamaju Ahmad Salim"),
    /// and the place words that go on with it ("Camat Pangkalan Baru Zulkarnain",
    /// "Kades Sukamaju Utara Ahmad").
    fn plain_name(&self, at: usize) -> Option<Entity> {
        let t = self.token(at).filter(|t| is_name_word(t) && self.unclaimed(at))?;
        let mut end = t.span.end;
        for _ in 0..2 {
            let Some(w) = self.next(end).and_then(|n| self.token(n)) else { break };
            if !(is_name_word(w) && PLACE_SUFFIXES.iter().any(|p| p.eq_ignore_ascii_case(w.text))) {
                break;
            }
            end = w.span.end;
        }
        Some(self.named_place(Span::new(at, end), "name", "rule:unit_name", Vec::new()))
    }

    // ----- ranks ---------------------------------------------------------------------

    fn rank(&self, at: usize) -> Option<Entity> {
        let atom = self.atom(at)?;
        let mut ranks: Vec<&Entry> =
            self.entries(atom).filter(|e| e.kind() == EntryKind::Rank).collect();
        if ranks.is_empty() {
            return None;
        }
        let mut end = atom.span.end;
        let mut corps = None;
        if let Some(next) = self.next(end) {
            if let Some(c) = self
                .atom(next)
                .and_then(|a| self.entry_where(a, |e| e.kind() == EntryKind::Corps).map(|e| (a, e)))
            {
                end = c.0.span.end;
                corps = Some(self.name_of(c.1));
                // The corps tells the branch: "Letkol Laut (P)" is navy, "Mayor Pnb" air force.
                if let Some(b) = c.1.branch() {
                    if ranks.iter().any(|r| r.branch() == Some(b)) {
                        ranks.retain(|r| r.branch() == Some(b));
                    }
                }
            }
        }
        // Without a corps, the police reading wins, then the army's.
        ranks.sort_by_key(|r| r.branch());
        let rank = ranks[0];
        let value = Value::Rank {
            canonical: self.name_of(rank),
            branch: rank.branch(),
            order: rank.order(),
            corps,
        };
        Some(self.entity(Label::Rank, Span::new(at, end), value, self.source(rank), Vec::new()))
    }

    // ----- events --------------------------------------------------------------------

    fn event(&self, at: usize) -> Option<Entity> {
        let (op_word, atom_at) = match self.token(at) {
            Some(t) if is_operation_word(t.text) => (true, self.next(t.span.end)?),
            _ => (false, at),
        };
        let atom = self.atom(atom_at)?;
        let entry = self.entry_where(atom, |e| {
            matches!(e.kind(), EntryKind::Election | EntryKind::Operation)
        })?;
        let operation = entry.kind() == EntryKind::Operation;
        if op_word != operation && op_word {
            return None;
        }
        let mut end = atom.span.end;
        let mut name: CompactString = if op_word {
            compact_str::format_compact!(
                "{} {}",
                self.slice(Span::new(at, at + self.token(at)?.text.len())),
                self.slice(atom.span)
            )
        } else {
            self.slice(atom.span).into()
        };
        let mut year = None;
        let mut region = false;
        let mut parts = Vec::new();
        while let Some(next) = self.next(end) {
            let t = self.token(next);
            let word = t.map_or("", |t| t.text);
            if let (Some(t), false) = (t, operation) {
                // "Pemilihan Kepala Daerah (Pilkada)": the acronym names it.
                if t.text == "(" {
                    let inner = self.next(t.span.end).and_then(|n| self.atom(n));
                    let close =
                        inner.and_then(|a| self.next(a.span.end)).and_then(|n| self.token(n));
                    if let (Some(a), Some(c)) = (inner, close) {
                        if c.text == ")"
                            && self.entry_where(a, |e| e.kind() == EntryKind::Election).is_some()
                        {
                            name = self.slice(a.span).into();
                            end = c.span.end;
                            continue;
                        }
                    }
                    break;
                }
            }
            if word.eq_ignore_ascii_case("serentak")
                || word.eq_ignore_ascii_case("tahun")
                    && self.next(next + word.len()).and_then(|n| self.token(n)).is_some_and(is_year)
            {
                end = next + word.len();
                name.push(' ');
                name.push_str(self.slice(Span::new(next, end)));
                continue;
            }
            if let Some(t) = t.filter(|t| is_year(t) || is_year_range(t)) {
                year = t.text[..4].parse().ok();
                end = t.span.end;
                name.push(' ');
                name.push_str(t.text);
                break;
            }
            if let Some(a) = self.atom(next) {
                let op_region = operation
                    && self.entry_where(a, |e| e.kind() == EntryKind::OperationRegion).is_some();
                let place = !operation
                    && self.region_entry(a).is_some()
                    && self.region_entry(a).is_some_and(|e| e.kind() != EntryKind::Town);
                if op_region || place {
                    if place {
                        if let Some(r) = self.region_at(next) {
                            parts.push(r);
                        }
                    }
                    region = true;
                    end = a.span.end;
                    name.push(' ');
                    name.push_str(self.slice(a.span));
                    continue;
                }
            }
            // "Operasi Mantap Praja Rencong 2024": a regional name the gazetteer lacks, one
            // or two capitalized words, counts when a year follows it.
            if operation && !region {
                if let Some(words_end) = self.words_before_year(next) {
                    region = true;
                    end = words_end;
                    name.push(' ');
                    name.push_str(self.slice(Span::new(next, words_end)));
                    continue;
                }
            }
            break;
        }
        let named = year.is_some() || region || op_word;
        if operation && !named {
            return None; // "lilin", "ketupat" without "Operasi" are not operations
        }
        let value = Value::Event {
            kind: CompactString::const_new(if operation { "operation" } else { "election" }),
            canonical: self.name_of(entry),
            name,
            year,
            named,
        };
        Some(self.entity(Label::Event, Span::new(at, end), value, self.source(entry), parts))
    }

    /// Where one or two capitalized words at `at`, claimed by no gazetteer entry, end when
    /// a year follows them.
    fn words_before_year(&self, at: usize) -> Option<usize> {
        let mut next = Some(at);
        for _ in 0..2 {
            let t = next.and_then(|n| self.token(n));
            let t = t.filter(|t| is_name_word(t) && self.unclaimed(t.span.start))?;
            let end = t.span.end;
            next = self.next(end);
            if next.and_then(|n| self.token(n)).is_some_and(|y| is_year(y)) {
                return Some(end);
            }
        }
        None
    }

    // ----- bare atoms ----------------------------------------------------------------

    fn bare(&self, at: usize) -> Option<Entity> {
        let atom = self.atom(at)?;
        if let Some(e) = self.entry_where(atom, |e| e.kind() == EntryKind::Title) {
            if self.middle_initial(atom.span) {
                return None;
            }
            let strs = self.strs(e);
            let value = Value::Title {
                canonical: strs.name.clone(),
                kind: strs.category.clone(),
                prefix: e.place() == Some(TitlePlace::Before),
            };
            return Some(self.entity(Label::Title, atom.span, value, self.source(e), Vec::new()));
        }
        let entry = self.region_entry(atom)?;
        if entry.kind() == EntryKind::Town && !self.town_in_context(atom) {
            return None;
        }
        Some(self.location(atom, entry))
    }

    /// Whether a one-letter title ("H.") stands between two words of a name, where it is
    /// an initial ("Rudi H. Siregar"), not a title ("AKP H. Rudi", "kata H. Rudi").
    fn middle_initial(&self, span: Span) -> bool {
        let written = self.slice(span).as_bytes();
        let letter = written.first().is_some_and(u8::is_ascii_uppercase);
        if !(letter && (written.len() == 1 || written.len() == 2 && written[1] == b'.')) {
            return false;
        }
        let i = self.token_hint.partition(|t| t.span.end <= span.start);
        let (Some(prev), Some(next)) =
            (i.checked_sub(1).map(|p| &self.tokens[p]), self.token(span.end + 1))
        else {
            return false;
        };
        prev.span.end + 1 == span.start
            && next.kind == TokenKind::Word
            && is_name_word(prev)
            && is_name_word(next)
            && prev.kind == TokenKind::Word
            && !self.in_atom(prev.span)
            && !crate::rules::person::not_name(prev.text, self.keys[i - 1])
    }

    /// Whether an atom covers `span` (one that starts at it or before it).
    fn in_atom(&self, span: Span) -> bool {
        let i = self.atom_hint.partition(|a| a.span.start <= span.start);
        i > 0 && self.atoms[i - 1].span.end >= span.end
    }

    /// A seat town counts as a place in a dateline (all capitals) or after a locative word.
    fn town_in_context(&self, atom: &Atom) -> bool {
        let written = self.slice(atom.span);
        if written.chars().any(char::is_alphabetic) && !written.chars().any(char::is_lowercase) {
            return true;
        }
        let i = self.token_hint.partition(|t| t.span.end <= atom.span.start);
        // A dateline in title case: the town opens its line, a comma and a date follow
        // ("Selong, 4 Desember 2024 –").
        let line_start =
            i == 0 || self.text[..atom.span.start].trim_end_matches([' ', '\t']).ends_with('\n');
        if line_start && self.text[atom.span.end..].starts_with(", ") {
            let dated = self.token(atom.span.end + 2).is_some_and(|t| {
                matches!(t.kind, TokenKind::Number | TokenKind::Date)
                    || crate::rules::date::weekday_of(t).is_some()
            });
            if dated {
                return true;
            }
        }
        // The word before, on the same line.
        i > 0
            && !self.text[self.tokens[i - 1].span.end..atom.span.start].contains('\n')
            && LOCATIVE.contains(&self.tokens[i - 1].text.to_lowercase().as_str())
    }
}

/// Whether `rest` starts with the first word of a venue head ("Aula", "rumah" of "rumah
/// dinas"). Only a short window is read: a run of letters longer than every head word is
/// none, and glued text can run on for the rest of the document.
fn starts_venue_head(rest: &str) -> bool {
    const WINDOW: usize = 32;
    let mut cut = rest.len().min(WINDOW);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let n = crate::matcher::word_len(&rest[..cut]);
    if n == cut && cut < rest.len() {
        return false; // the word goes on past the window: longer than any head word
    }
    VENUE_FIRST_WORDS.contains(&rest[..n])
}

/// The kinds of atom each rule of [`Doc::compose`] starts from.
struct Masks {
    position: u32,
    organization: u32,
    rank: u32,
    event: u32,
    bare: u32,
}

static MASKS: Lazy<Masks> = Lazy::new(|| {
    let bits = |kinds: &[EntryKind]| kinds.iter().fold(0, |m, &k| m | kind_bit(k));
    Masks {
        position: bits(&[EntryKind::Position]),
        organization: bits(&[EntryKind::Organization]),
        rank: bits(&[EntryKind::Rank]),
        event: bits(&[EntryKind::Election, EntryKind::Operation]),
        bare: bits(&[
            EntryKind::Title,
            EntryKind::Kabupaten,
            EntryKind::Kota,
            EntryKind::Province,
            EntryKind::Country,
            EntryKind::Town,
        ]),
    }
});

/// Whether `word` opens an administrative division ("Kecamatan", "Ds.").
fn is_division_word(word: &str) -> bool {
    DIVISIONS.iter().any(|(w, _)| w.eq_ignore_ascii_case(word))
}

/// Whether `word` is written in capitals, as an acronym is ("TPS", "KPPS").
fn is_acronym(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether `word` is a generic office ("Kepala", "Ketua" …).
fn is_generic_office(word: &str) -> bool {
    GENERIC_OFFICES.iter().any(|o| o.eq_ignore_ascii_case(word))
}

/// Whether `word` is an office modifier ("Pj", "Plt." …).
fn is_modifier(word: &str) -> bool {
    // The list is ASCII: no other word equals one of its words ignoring ASCII case.
    word.is_ascii() && MODIFIER_SET.contains(word)
}

/// Whether `word` names an operation before its name ("Operasi", "Ops").
fn is_operation_word(word: &str) -> bool {
    word.eq_ignore_ascii_case("operasi") || word.eq_ignore_ascii_case("ops")
}

/// The first words of the venue heads ("rumah" of "rumah dinas", "alun" of "alun-alun").
static VENUE_FIRST_WORDS: Lazy<WordSet> = Lazy::new(|| {
    WordSet::new(
        VENUE_HEADS.iter().chain(CAPITALIZED_HEADS).map(|h| &h[..crate::matcher::word_len(h)]),
    )
});

/// The office modifiers ("Pj", "Plt." …), for [`Doc::position`].
static MODIFIER_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(MODIFIERS.iter().copied()));

/// The first words of every opener [`may_open`] knows, without dots.
static OPENERS: Lazy<WordSet> = Lazy::new(|| {
    let first = |x: &'static str| x.split([' ', '.']).next().unwrap_or(x);
    WordSet::new(
        VENUE_HEADS
            .iter()
            .chain(CAPITALIZED_HEADS)
            .chain(MODIFIERS)
            .chain(GENERIC_OFFICES)
            .copied()
            .map(first)
            .chain(DIVISIONS.iter().map(|(d, _)| d.trim_end_matches('.')))
            .chain(["operasi", "ops"]),
    )
});

/// Whether a token that starts no gazetteer entry may still open an entity: a venue
/// head, a division, an office modifier, "Operasi", or a glued headquarters ("Mapolres").
fn may_open(t: &Token<'_>, key: u64) -> bool {
    if t.kind != TokenKind::Word {
        return false;
    }
    let w = t.text.as_bytes();
    // Headquarters are glued "Ma(ko)" + unit: "Mapolres", "Makodim".
    (w.len() > 2 && w[..2].eq_ignore_ascii_case(b"ma")) || OPENERS.contains_keyed(t.text, key)
}

/// Whether a token can be part of a proper name: a capitalized word or an initial.
pub(crate) fn is_name_word(t: &Token<'_>) -> bool {
    matches!(t.kind, TokenKind::Word | TokenKind::Initial) && t.is_capitalized()
}

/// "2023-2024": an operation that runs over the turn of a year.
fn is_year_range(t: &Token<'_>) -> bool {
    let b = t.text.as_bytes();
    t.kind == TokenKind::Code
        && b.len() == 9
        && b[4] == b'-'
        && b[..4].iter().chain(&b[5..]).all(u8::is_ascii_digit)
        && t.text[..4].parse::<u32>().is_ok_and(|y| (1990..=2099).contains(&y))
}

fn is_year(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Number
        && t.text.len() == 4
        && t.text.parse::<u32>().is_ok_and(|y| (1990..=2099).contains(&y))
}
