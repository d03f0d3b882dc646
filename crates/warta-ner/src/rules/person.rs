//! People: names after a rank or office, after a prefix title or a speech verb, before an
//! academic title, and in bylines.

use std::collections::{BTreeMap, HashSet};

use warta_tokenize::{Span, Token, TokenKind};

use crate::compose::is_name_word;
use compact_str::CompactString;

use crate::entity::{Entity, Label, Value};
use crate::wordset::{NOT_ASCII, WordSet};
use once_cell::sync::Lazy;
use warta_tokenize::near::Near;

/// Capitalized words that follow offices and ranks in this register but are not names.
/// Lowercase; compared case-insensitively.
const NOT_NAMES: &[&str] = &[
    // Words that open a place, never a name ("Di Desa Mekar, Bhabinkamtibmas …").
    "desa",
    "kecamatan",
    "kelurahan",
    "dusun",
    "distrik",
    "kabupaten",
    // … and words of institutions and roles ("Pengasuh Pondok Pesantren X, KH. Y").
    "pengasuh",
    "pondok",
    "pesantren",
    "ponpes",
    "yayasan",
    "ahad",
    "apel",
    "bapak",
    "bersama",
    "beserta",
    "bu",
    "dalam",
    "dan",
    "di",
    "hal",
    "ibu",
    "jajaran",
    "jumat",
    "kamis",
    "ke",
    "kemudian",
    "ketika",
    "melalui",
    "menurut",
    "minggu",
    "pada",
    "pak",
    "para",
    "patroli",
    "periode",
    "rabu",
    "rakor",
    "rapat",
    "saat",
    "sabtu",
    "sdr",
    "sebagai",
    "selaku",
    "selain",
    "selasa",
    "seluruh",
    "sementara",
    "senin",
    "serta",
    "setempat",
    "tahun",
    "terpilih",
    "untuk",
    "yang",
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
    "wib",
    "humas",
    "istimewa",
    "ist",
    "dok",
    "dokumentasi",
    "redaksi",
    "admin",
    "tim",
    "antara",
    "wita",
    "wit",
    "pukul",
    "dengan",
    "atas",
    "kepada",
    "mengatakan",
    "asn",
    "pns",
    "namun",
    "adapun",
    "selanjutnya",
    "sebelumnya",
    "bahkan",
];

/// Whether `word` (of word-list hash `key`) is in [`NOT_NAMES`], ignoring ASCII case.
pub(crate) fn not_name(word: &str, key: u64) -> bool {
    static SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(NOT_NAMES.iter().copied()));
    // The list is ASCII: no other word equals one of its words ignoring ASCII case.
    key != NOT_ASCII && SET.contains_keyed(word, key)
}

/// The lines written as headlines in Title Case: most words capitalized and no final
/// stop. Capitalization says nothing about names there.
pub(crate) fn title_case_lines(text: &str, tokens: &[Token<'_>], lines: &[Span]) -> Vec<Span> {
    let is_title_case = |line: &Span| {
        if text[line.start..line.end].ends_with(['.', '!', '?', '"', '”', ':']) {
            return false;
        }
        let first = tokens.partition_point(|t| t.span.start < line.start);
        let last = tokens.partition_point(|t| t.span.end <= line.end).max(first);
        let words = tokens[first..last]
            .iter()
            .filter(|t| t.kind == TokenKind::Word && t.text.chars().any(char::is_alphabetic));
        let (n, capitalized) =
            words.fold((0, 0), |(n, c), t| (n + 1, c + usize::from(t.is_capitalized())));
        n >= 4 && capitalized * 4 >= n * 3
    };
    lines.iter().copied().filter(is_title_case).collect()
}

/// Whether `at` falls in one of the sorted, disjoint `spans`.
pub(crate) fn in_spans(spans: &[Span], at: usize) -> bool {
    let i = spans.partition_point(|l| l.end <= at);
    spans.get(i).is_some_and(|l| l.start <= at)
}

/// `rest` past a place phrase that ends an apposition: " di Kelurahan Malanu, …" gives
/// ", …"; anything else is returned whole.
fn skip_place_phrase(rest: &str) -> &str {
    let Some(phrase) = rest.strip_prefix(" di ") else { return rest };
    let Some(comma) = phrase.find(',') else { return rest };
    let words = &phrase[..comma];
    let capitalized = words.split(' ').all(|w| w.starts_with(|c: char| c.is_uppercase()));
    if capitalized && !words.is_empty() && words.split(' ').count() <= 4 {
        &phrase[comma..]
    } else {
        rest
    }
}

/// Whether `word` is in [`CREDITS`], in any case.
fn is_credit(word: &str) -> bool {
    if word.is_ascii() {
        CREDITS.iter().any(|c| c.eq_ignore_ascii_case(word))
    } else {
        CREDITS.contains(&word.to_lowercase().as_str())
    }
}

/// Lowercase words for ordinary people, after which a name may stand in apposition
/// ("seorang warga, Ujang, …").
const COMMONERS: &[&str] = &[
    "warga",
    "pedagang",
    "petani",
    "nelayan",
    "pemilih",
    "relawan",
    "saksi",
    "pengunjung",
    "pengendara",
    "sopir",
    "masyarakat",
    "mahasiswa",
    "pelajar",
    "pemuda",
    "buruh",
    "karyawan",
    "guru",
    "penumpang",
    "simpatisan",
    "pendukung",
];

/// Whether `word` is one of the [`COMMONERS`], as written (lowercase).
fn is_commoner(word: &str) -> bool {
    COMMONERS.contains(&word)
}

/// Names that follow the Balinese "I" (men) and "Ni" (women): birth order and caste.
const BALINESE: &[&str] = &[
    "wayan", "putu", "gede", "made", "kadek", "nengah", "nyoman", "komang", "ketut", "gusti",
    "luh", "ida", "dewa", "dewi",
];

/// Particles that may stand inside a name in lowercase.
const PARTICLES: &[&str] = &["bin", "binti", "br", "boru", "van", "de", "al", "el"];

/// Words that open a credit line.
const CREDITS: &[&str] = &[
    "editor",
    "foto",
    "fotografer",
    "kontributor",
    "laporan",
    "liputan",
    "oleh",
    "penulis",
    "pewarta",
    "redaktur",
    "reporter",
    "wartawan",
];

pub(crate) struct PersonRule<'a, 't> {
    pub text: &'t str,
    pub tokens: &'a [Token<'t>],
    pub entities: &'a [Entity],
    /// Speech verbs and their forms, lowercase.
    pub speech: &'a WordSet,
    /// The word-list hash of every token (see [`crate::wordset::token_keys`]).
    pub keys: &'a [u64],
    /// Lines of the article (no furniture), trimmed.
    pub lines: &'a [Span],
    /// The lines among them written in Title Case (see [`title_case_lines`]).
    pub title_case: &'a [Span],
    /// Lookups into `tokens` and `entities`, starting where the last one ended.
    tok: Near<'a, Token<'t>>,
    ent: Near<'a, Entity>,
}

impl<'a, 't> PersonRule<'a, 't> {
    pub(crate) fn new(
        text: &'t str,
        tokens: &'a [Token<'t>],
        entities: &'a [Entity],
        speech: &'a WordSet,
        keys: &'a [u64],
        lines: &'a [Span],
        title_case: &'a [Span],
    ) -> PersonRule<'a, 't> {
        PersonRule {
            text,
            tokens,
            entities,
            speech,
            keys,
            lines,
            title_case,
            tok: Near::new(tokens),
            ent: Near::new(entities),
        }
    }

    /// Every person found, in order, without overlaps.
    pub(crate) fn find(&self) -> Vec<Entity> {
        // Keyed by start, so overlap checks look at two neighbours only.
        // Spans and sources only: entities are large, and a B-tree shifts its values.
        let mut out: BTreeMap<usize, (Span, &'static str)> = BTreeMap::new();
        let in_title_case = |at: usize| in_spans(self.title_case, at);
        // A cursor over the tokens: entities come in order, so the tokens around each are
        // found by walking forward, not by searching (on a long document each search step
        // would be a cache miss).
        let mut ti = 0;
        for e in self.entities {
            while self.tokens.get(ti).is_some_and(|t| t.span.start < e.span.start) {
                ti += 1;
            }
            if in_title_case(e.span.start) {
                continue;
            }
            let after = || {
                let mut i = ti;
                while self.tokens.get(i).is_some_and(|t| t.span.start < e.span.end) {
                    i += 1;
                }
                i
            };
            let start = match e.label {
                Label::Rank => self.next_token_at(after(), e.span.end, false),
                Label::Position => self.next_token_at(after(), e.span.end, true),
                Label::Title if matches!(e.value, Value::Title { prefix: true, .. }) => {
                    self.next_token_at(after(), e.span.end, false)
                }
                _ => None,
            };
            if let Some(i) = start {
                let name = self.name_from(i).filter(|n| {
                    // "Kapolsek Sukamaju AKP Budi": a word between an office and a rank is
                    // the office's unit, not a name.
                    !(e.label == Label::Position
                        && self
                            .entity_at(self.next_start(n.end))
                            .is_some_and(|r| r.label == Label::Rank))
                });
                self.push(
                    &mut out,
                    name,
                    match e.label {
                        Label::Rank => "rule:person/after_rank",
                        Label::Position => "rule:person/after_position",
                        _ => "rule:person/after_title",
                    },
                );
            }
            // "Sri Lestari, Ketua KPU Lampung Selatan, …": a name in apposition before an office.
            if e.label == Label::Position {
                // "Habel, salah satu Ketua KPPS di Kelurahan Malanu, mengaku …".
                let i = ti - self.one_of_before(ti);
                if i > 0
                    && self.tokens[i - 1].text == ","
                    && !self.breaks_line(self.tokens[i - 1].span.end, e.span.start)
                {
                    // One word is a name only in a closed apposition before a verb:
                    // "Rahmadi, Ketua KPU Kota Jambi, menyebut …".
                    let closed = {
                        let rest = skip_place_phrase(&self.text[e.span.end..]);
                        rest.strip_prefix(", ")
                            .and_then(|r| r.chars().next())
                            .is_some_and(char::is_lowercase)
                    };
                    let name = self
                        .name_before(i - 1)
                        .filter(|n| self.words_in(*n) >= 2 || closed && self.opens_clause(n.start));
                    self.push(&mut out, name, "rule:person/before_office");
                }
            }
        }
        let mut line = 0; // the first article line not ending before the token
        for (i, t) in self.tokens.iter().enumerate() {
            // Three kinds of token open a rule here; most tokens are none of them, and
            // are turned away before the lines are looked at.
            let word = t.kind == TokenKind::Word && t.text.len() <= 16;
            // "warga bernama Tono": a name introduced as such.
            let bernama = word && t.text.eq_ignore_ascii_case("bernama");
            // "kata Budi Santoso", "ujar Rina": a speech verb without clitic, then a name.
            let speech =
                word && self.speech.contains_keyed(t.text, self.keys[i]) && t.clitic().is_none();
            // "Andi Wijaya, S.H.": a name before a comma and an academic title.
            let comma = t.text == ",";
            if !(bernama || speech || comma) {
                continue;
            }
            while self.lines.get(line).is_some_and(|l| l.end <= t.span.start) {
                line += 1;
            }
            let on_article = self.lines.get(line).is_some_and(|l| l.start <= t.span.start);
            if !on_article || in_title_case(t.span.start) {
                continue;
            }
            if bernama {
                if let Some(n) = self.next_token(t.span.end, false) {
                    self.push(&mut out, self.name_from(n), "rule:person/bernama");
                }
            }
            if speech {
                if let Some(n) = self.next_token(t.span.end, false) {
                    self.push(&mut out, self.name_from(n), "rule:person/after_speech");
                }
            }
            if comma && self.title_at(i + 1) {
                self.push(&mut out, self.name_before(i), "rule:person/before_title");
            }
            // "Salah seorang warga, Ujang (45), mengaku …": a name in apposition after a
            // word for an ordinary person, closed by a comma or an age in brackets.
            let commoner_before = || {
                (1..=3).any(|k| {
                    i >= k
                        && is_commoner(self.tokens[i - k].text)
                        && self.tokens[i - k + 1..i].iter().all(|w| {
                            w.kind == TokenKind::Word
                                && w.text.starts_with(|c: char| c.is_lowercase())
                        })
                })
            };
            if comma && commoner_before() {
                let name = self.next_token(t.span.end, false).and_then(|n| self.name_from(n));
                let closed = name.is_some_and(|n| {
                    self.text[n.end..].starts_with(',') || self.text[n.end..].starts_with(" (")
                });
                if closed {
                    self.push(&mut out, name, "rule:person/after_commoner");
                }
            }
        }
        for (i, t) in self.tokens.iter().enumerate() {
            if t.text == "(" {
                if let Some(span) = self.bracketed_credit(i) {
                    self.push(&mut out, Some(span), "rule:person/byline");
                }
            }
        }
        for &line in self.lines {
            // "Penulis: Wa Ode Rahmawati | Editor: Sudirman": credits share a line.
            let mut from = line.start;
            for part in self.text[line.start..line.end].split('|') {
                let trimmed = part.trim();
                let lead = part.len() - part.trim_start().len();
                let start = from + lead;
                from += part.len() + 1;
                if trimmed.is_empty() {
                    continue;
                }
                if let Some(span) = self.byline(Span::new(start, start + trimmed.len())) {
                    self.push(&mut out, Some(span), "rule:person/byline");
                }
            }
        }
        // A name first written without any trigger ("Syamsul Bahri bin Ismail, tokoh
        // masyarakat, …") and later with one ("ujar Syamsul"): the fuller run is the name.
        let known: HashSet<&str, foldhash::fast::RandomState> =
            out.values().map(|(s, _)| s.slice(self.text)).filter(|n| !n.contains(' ')).collect();
        let mut fuller = Vec::new();
        for (i, t) in self.tokens.iter().enumerate() {
            if known.is_empty() {
                break;
            }
            if t.kind != TokenKind::Word || !t.is_capitalized() || !known.contains(t.text) {
                continue;
            }
            let taken =
                out.range(..t.span.end).next_back().is_some_and(|(_, (s, _))| s.overlaps(t.span));
            if !taken {
                if let Some(span) = self.name_from(i).filter(|s| self.words_in(*s) >= 2) {
                    fuller.push(span);
                }
            }
        }
        for span in fuller {
            self.push(&mut out, Some(span), "rule:person/fuller_form");
        }
        out.into_values().map(|(span, source)| self.person(span, source)).collect()
    }

    fn person(&self, span: Span, source: &'static str) -> Entity {
        let name = CompactString::from(span.slice(self.text));
        Entity {
            label: Label::Person,
            span,
            text: name.clone(),
            value: Value::Person { name },
            source: CompactString::const_new(source),
            parts: Vec::new(),
        }
    }

    fn push(
        &self,
        out: &mut BTreeMap<usize, (Span, &'static str)>,
        span: Option<Span>,
        source: &'static str,
    ) {
        let Some(span) = span else { return };
        let taken = |(s, _): &(Span, &str)| s.overlaps(span);
        let before = out.range(..span.start).next_back().map(|(_, e)| e);
        let after = out.range(span.start..).next().map(|(_, e)| e);
        let i = self.ent.partition(|e| e.span.start < span.end);
        let blocked = self.entities[..i]
            .iter()
            .rev()
            .take_while(|e| e.span.end > span.start)
            .any(|e| e.label != Label::Location);
        if before.is_some_and(taken) || after.is_some_and(taken) || blocked {
            return;
        }
        out.insert(span.start, (span, source));
    }

    /// How many tokens before token `i` say "one of": "salah satu", "salah seorang",
    /// "seorang" (0 when none).
    fn one_of_before(&self, i: usize) -> usize {
        let word = |k: usize| i.checked_sub(k).map(|j| self.tokens[j].text.to_ascii_lowercase());
        match (word(2).as_deref(), word(1).as_deref()) {
            (Some("salah"), Some("satu" | "seorang")) => 2,
            (_, Some("seorang")) => 1,
            _ => 0,
        }
    }

    /// Whether the token at byte `at` opens a clause: the first of its line, or after a
    /// comma or a full stop.
    fn opens_clause(&self, at: usize) -> bool {
        let before = self.text[..at].trim_end_matches([' ', '\t']);
        before.is_empty() || before.ends_with(['\n', ',', '.'])
    }

    /// Whether a line break stands in the text between byte offsets `from` and `to`.
    fn breaks_line(&self, from: usize, to: usize) -> bool {
        self.text[from..to].contains('\n')
    }

    /// The index of the first token after `end` on the same line, optionally past a comma.
    fn next_token(&self, end: usize, comma: bool) -> Option<usize> {
        self.next_token_at(self.tok.partition(|t| t.span.start < end), end, comma)
    }

    /// [`PersonRule::next_token`] when `i`, the first token starting at or after `end`,
    /// is known.
    fn next_token_at(&self, i: usize, end: usize, comma: bool) -> Option<usize> {
        let t = self.tokens.get(i)?;
        if self.breaks_line(end, t.span.start) {
            return None;
        }
        if comma && t.text == "," {
            let n = self.tokens.get(i + 1)?;
            return (!self.breaks_line(t.span.end, n.span.start)).then_some(i + 1);
        }
        Some(i)
    }

    fn entity_at(&self, at: Option<usize>) -> Option<&Entity> {
        let at = at?;
        let i = self.ent.partition(|e| e.span.start < at);
        self.entities.get(i).filter(|e| e.span.start == at)
    }

    /// The start of the first token after `end`, on the same line.
    fn next_start(&self, end: usize) -> Option<usize> {
        self.next_token(end, false).map(|i| self.tokens[i].span.start)
    }

    fn words_in(&self, span: Span) -> usize {
        let first = self.tok.partition(|t| t.span.start < span.start);
        let last = self.tok.partition(|t| t.span.end <= span.end);
        last.saturating_sub(first)
    }

    /// Whether a place covers the token: a name may contain a region's word ("Febri
    /// Isman Jaya") but not start with one ("menyebut Kabupaten Tegal").
    fn in_place(&self, t: &Token<'_>) -> bool {
        let i = self.ent.partition(|e| e.span.start < t.span.end);
        i > 0 && {
            let e = &self.entities[i - 1];
            e.span.overlaps(t.span) && e.label == Label::Location
        }
    }

    /// Whether an entity other than a place covers the token: top-level entities are
    /// sorted and disjoint, so only the last one starting before its end can.
    fn covered(&self, t: &Token<'_>) -> bool {
        let i = self.ent.partition(|e| e.span.start < t.span.end);
        i > 0 && {
            let e = &self.entities[i - 1];
            e.span.overlaps(t.span) && e.label != Label::Location
        }
    }

    /// Whether token `i` may be part of a name.
    fn name_word(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        is_name_word(t) && !not_name(t.text, self.keys[i]) && !self.covered(t)
    }

    /// The longest name that starts at token `i`.
    fn name_from(&self, i: usize) -> Option<Span> {
        let first = self.tokens.get(i)?;
        // "I Made Dharma", "Ni Luh Ayu": a Balinese name opens with "I" or "Ni" before a
        // birth-order or caste name; any other lone initial opens none.
        let balinese = matches!(first.text, "I" | "Ni")
            && self.tokens.get(i + 1).is_some_and(|n| {
                n.span.start == first.span.end + 1
                    && BALINESE.iter().any(|b| b.eq_ignore_ascii_case(n.text))
            });
        if !balinese
            && (!self.name_word(i) || first.kind == TokenKind::Initial && first.text.len() == 1)
            || self.in_place(first)
        {
            return None;
        }
        let mut end = i;
        let mut j = i + 1;
        while j < self.tokens.len() && j - i < 6 {
            let t = &self.tokens[j];
            if self.breaks_line(self.tokens[j - 1].span.end, t.span.start) {
                break;
            }
            let particle =
                PARTICLES.contains(&t.text) && j + 1 < self.tokens.len() && self.name_word(j + 1);
            // "Moh. Rizal", "Abd. Rahman": a short name word abbreviated with a dot.
            let prev = &self.tokens[j - 1];
            let abbreviated = t.text == "."
                && t.span.start == prev.span.end
                && prev.kind == TokenKind::Word
                && prev.text.len() <= 4
                && self.tokens.get(j + 1).is_some_and(|n| n.span.start == t.span.end + 1)
                && j + 1 < self.tokens.len()
                && self.name_word(j + 1);
            if self.name_word(j) || particle || abbreviated {
                end = j;
                j += 1;
            } else {
                break;
            }
        }
        // "Menurut Kapolres, TPS yang …": one word in capitals is an acronym, not a name.
        let acronym = first.text.len() >= 2 && first.text.bytes().all(|b| b.is_ascii_uppercase());
        if end == i && acronym {
            return None;
        }
        Some(Span::new(first.span.start, self.tokens[end].span.end))
    }

    /// The longest name that ends at token `i - 1`, on the line of token `i`.
    fn name_before(&self, i: usize) -> Option<Span> {
        if i == 0 {
            return None;
        }
        let last = i - 1;
        let next_start = self.tokens.get(i).map_or(self.text.len(), |t| t.span.start);
        if self.breaks_line(self.tokens[last].span.end, next_start) || !self.name_word(last) {
            return None;
        }
        let mut start = last;
        while start > 0 && last - start < 5 {
            let t = &self.tokens[start - 1];
            if self.breaks_line(t.span.end, self.tokens[start].span.start)
                || !self.name_word(start - 1)
            {
                break;
            }
            start -= 1;
        }
        // A sentence-initial capital alone is no evidence of a name.
        Some(Span::new(self.tokens[start].span.start, self.tokens[last].span.end))
    }

    /// Whether a title starts at token `i`, on the line of the token before it.
    fn title_at(&self, i: usize) -> bool {
        let (Some(prev), Some(t)) =
            (i.checked_sub(1).and_then(|p| self.tokens.get(p)), self.tokens.get(i))
        else {
            return false;
        };
        !self.breaks_line(prev.span.end, t.span.start)
            && self.entity_at(Some(t.span.start)).is_some_and(|e| e.label == Label::Title)
    }

    /// "Reporter: Dimas Prasetyo", "-Tri Harmoko-", "Hariyono - [SITUS.ID](…)".
    fn byline(&self, line: Span) -> Option<Span> {
        let first = self.tok.partition(|t| t.span.start < line.start);
        let last = self.tok.partition(|t| t.span.end <= line.end);
        let toks = self.tokens.get(first..last)?;
        let (lead, rest) = match toks.first()? {
            t if is_credit(t.text) => {
                let skip =
                    if toks.get(1).is_some_and(|t| t.text == ":" || t.text == "|") { 2 } else { 1 };
                (true, first + skip)
            }
            t if t.kind == TokenKind::Dash => (true, first + 1),
            _ => (false, first),
        };
        let name = self.name_from_plain(rest, last)?;
        let after = self.tok.partition(|t| t.span.start < name.end);
        let tail = &self.tokens[after..last];
        let ok = match tail.first() {
            None => lead,
            Some(t) if t.kind == TokenKind::Dash => {
                lead && tail.len() == 1
                    || tail.get(1).is_some_and(|t| {
                        matches!(t.kind, TokenKind::Link | TokenKind::Domain | TokenKind::Url)
                    })
            }
            _ => false,
        };
        ok.then_some(name)
    }

    /// Capitalized words from token `i` (before `end`), for bylines: no gazetteer check.
    /// A short word glued to a dot before more of the name is an abbreviation of it:
    /// "Muh. Ikbal", "Abd. Rahman".
    fn name_from_plain(&self, i: usize, end: usize) -> Option<Span> {
        let mut j = i;
        let mut words = 0;
        while j < end
            && words < 6
            && is_name_word(&self.tokens[j])
            && !not_name(self.tokens[j].text, self.keys[j])
        {
            let t = &self.tokens[j];
            let dot = self.tokens.get(j + 1).filter(|d| {
                d.text == "." && d.span.start == t.span.end && t.text.chars().count() <= 4
            });
            let more = self.tokens.get(j + 2).is_some_and(|n| j + 2 < end && is_name_word(n));
            j += if dot.is_some() && more { 2 } else { 1 };
            words += 1;
        }
        (j > i).then(|| Span::new(self.tokens[i].span.start, self.tokens[j - 1].span.end))
    }

    /// "(Foto: Reza Tuhulele)", "(Foto: Andi/Humas)": a credit in brackets, anywhere.
    fn bracketed_credit(&self, i: usize) -> Option<Span> {
        let toks = self.tokens.get(i..i + 4)?;
        if toks[0].text != "(" || !is_credit(toks[1].text) || toks[2].text != ":" {
            return None;
        }
        let end = self.tokens[i..].iter().take(12).position(|t| t.text == ")")? + i;
        let name = self.name_from_plain(i + 3, end)?;
        let next = self.tok.partition(|t| t.span.start < name.end);
        matches!(self.tokens.get(next).map(|t| t.text), Some(")" | "/")).then_some(name)
    }
}
