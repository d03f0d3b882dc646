//! Line classification for scraped news: which lines are the article and which are page
//! furniture (share buttons, "Baca juga" teasers, tag lists, leftover HTML).

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

use crate::span::Span;
use crate::token::UnknownKind;

/// One non-blank line of the input and whether it belongs to the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Line {
    /// The line's content, trimmed of surrounding white space.
    pub span: Span,
    /// Whether the line is part of the article text.
    pub article: bool,
    /// Why the line is not article text (`None` for article lines).
    pub reason: Option<Furniture>,
}

/// Why a line is page furniture rather than article text.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Furniture {
    /// A teaser for another article: "Baca juga …", "BACA JUGA: …".
    ReadAlso,
    /// A share button: "Sebarkan artikel ini", "Share".
    Share,
    /// An invitation to follow the site: "Cek Berita dan Artikel yang lain di Google News".
    Follow,
    /// Site navigation: "Lihat Selengkapnya", "Related Articles", "Back to top button".
    Navigation,
    /// A tag list heading: "Tag", "Tags: …".
    Tags,
    /// A source credit line left by the scraper: "Sumber:".
    Source,
    /// Leftover HTML: `ght="300">`, `<div …>`, `&nbsp;`.
    Markup,
    /// A line of symbols or a stray letter with no word in it: "×", "--", "o".
    Fragment,
}

impl Furniture {
    /// Every reason, in declaration order.
    pub const ALL: &'static [Furniture] = &[
        Furniture::ReadAlso,
        Furniture::Share,
        Furniture::Follow,
        Furniture::Navigation,
        Furniture::Tags,
        Furniture::Source,
        Furniture::Markup,
        Furniture::Fragment,
    ];

    /// The stable name used in JSON ("read_also", "share" …).
    pub const fn as_str(self) -> &'static str {
        match self {
            Furniture::ReadAlso => "read_also",
            Furniture::Share => "share",
            Furniture::Follow => "follow",
            Furniture::Navigation => "navigation",
            Furniture::Tags => "tags",
            Furniture::Source => "source",
            Furniture::Markup => "markup",
            Furniture::Fragment => "fragment",
        }
    }
}

impl fmt::Display for Furniture {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Furniture {
    type Err = UnknownKind;

    fn from_str(s: &str) -> Result<Furniture, UnknownKind> {
        Furniture::ALL
            .iter()
            .copied()
            .find(|f| f.as_str() == s)
            .ok_or_else(|| UnknownKind(s.to_owned()))
    }
}

impl Serialize for Furniture {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Each line of `text` as `Some(trimmed span)`, or `None` for a blank line.
pub(crate) fn raw_lines(text: &str) -> impl Iterator<Item = Option<Span>> + '_ {
    let bytes = text.as_bytes();
    let mut offset = 0;
    std::iter::from_fn(move || {
        if offset >= bytes.len() {
            return None;
        }
        let start = offset;
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i + 1);
        offset = end;
        let (first, last) = trim_space(text, start, end);
        Some((first < last).then(|| Span::new(first, last)))
    })
}

/// The bounds of `text[start..end]` without leading and trailing [`is_space`]
/// characters; `start..end` must lie on char boundaries.
///
/// [`is_space`]: crate::is_space
#[inline]
fn trim_space(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    while start < end {
        let b = bytes[start];
        if b < 0x80 {
            if !is_ascii_space(b) {
                break;
            }
            start += 1;
        } else {
            match text[start..end].chars().next() {
                Some(c) if crate::is_space(c) => start += c.len_utf8(),
                _ => break,
            }
        }
    }
    while start < end {
        let b = bytes[end - 1];
        if b < 0x80 {
            if !is_ascii_space(b) {
                break;
            }
            end -= 1;
        } else {
            match text[start..end].chars().next_back() {
                Some(c) if crate::is_space(c) => end -= c.len_utf8(),
                _ => break,
            }
        }
    }
    (start, end)
}

/// [`is_space`](crate::is_space) for an ASCII byte: tab, line feed, vertical tab, form
/// feed, carriage return, space.
#[inline]
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// Classifies every non-blank line of `text`.
///
/// Blank lines are left out. A line is furniture only when it *is* the furniture: a
/// paragraph that merely contains "baca juga", "share" or "sumber" stays article text.
pub fn classify_lines(text: &str) -> Vec<Line> {
    raw_lines(text).flatten().map(|span| classify(text, span)).collect()
}

/// The [`Line`] of the non-blank line at `span` of `text`.
#[inline]
pub(crate) fn classify(text: &str, span: Span) -> Line {
    let reason = furniture(span.slice(text));
    Line { span, article: reason.is_none(), reason }
}

/// Whole-line share and navigation labels (lowercase, without a trailing colon).
const SHARE: &[&str] = &[
    "bagikan",
    "bagikan artikel ini",
    "copy link",
    "salin link",
    "salin tautan",
    "sebarkan artikel ini",
    "share",
    "share this",
    "share this article",
    "tweet",
];
const NAVIGATION: &[&str] = &[
    "advertisement",
    "artikel terkait",
    "back to top",
    "back to top button",
    "baca selengkapnya",
    "beranda",
    "berita lainnya",
    "berita terkait",
    "berita terpopuler",
    "close",
    "home",
    "iklan",
    "lihat selengkapnya",
    "loading",
    "loading...",
    "menu",
    "next",
    "prev",
    "previous",
    "related articles",
    "related posts",
    "scroll to continue with content",
    "selengkapnya",
    "terpopuler",
    "tutup",
];
const TAGS: &[&str] = &["tag", "tags", "topik", "kata kunci"];
const READ_ALSO: &[&str] = &["baca juga", "baca", "simak juga", "lihat juga", "baca pula"];
const FOLLOW: &[&str] = &[
    "cek berita dan artikel",
    "dapatkan update berita",
    "ikuti berita",
    "ikuti kami",
    "ikuti saluran",
    "ikuti update berita",
    "follow us",
    "simak berita dan artikel",
    "klik di sini untuk",
];

/// How much of a line the label and prefix tests read: every label and prefix is shorter,
/// so a long paragraph is lowercased only this far.
const HEAD: usize = 48;

/// The first letters of every label and prefix above, as a bit set over ASCII.
const LABEL_STARTS: u128 = {
    let tables: [&[&str]; 6] = [SHARE, NAVIGATION, TAGS, READ_ALSO, FOLLOW, &["sumber"]];
    let mut set = 0u128;
    let mut t = 0;
    while t < tables.len() {
        let mut i = 0;
        while i < tables[t].len() {
            set |= 1 << tables[t][i].as_bytes()[0];
            i += 1;
        }
        t += 1;
    }
    set
};

/// Whether a lowercased line may begin with a label or prefix, judged from its first
/// char. A line that starts with white space is left to the full test (its label is
/// trimmed); otherwise the lowercase of the first char starts every label and prefix
/// test, and all of them begin with an ASCII letter of [`LABEL_STARTS`].
fn may_start_label(line: &str) -> bool {
    let Some(c) = line.chars().next() else { return true };
    let lower = if c.is_whitespace() {
        return true;
    } else if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        match c.to_lowercase().next() {
            Some(l) => l,
            None => return true,
        }
    };
    lower.is_ascii() && LABEL_STARTS & (1 << lower as u32) != 0
}

/// Why `line` (trimmed, non-empty) is furniture, or `None` when it is article text.
pub fn furniture(line: &str) -> Option<Furniture> {
    if is_markup(line) {
        return Some(Furniture::Markup);
    }
    let mut chars = line.chars();
    let single = chars.next().is_some() && chars.next().is_none();
    if single
        || line.len() <= 3 && line.chars().all(char::is_lowercase)
        || !line.chars().any(char::is_alphanumeric)
    {
        return Some(Furniture::Fragment);
    }
    if !may_start_label(line) {
        return None;
    }
    let mut cut = line.len().min(HEAD);
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    let whole = cut == line.len();
    let head = &line[..cut];
    let mut buf = [0u8; 4 * HEAD];
    let owned;
    let lower: &str = match lowercase_into(head, &mut buf) {
        Some(lower) => lower,
        None => {
            owned = head.to_lowercase();
            &owned
        }
    };
    // Whole-line labels only match a line that was lowercased whole.
    let label = if whole { lower.trim_end_matches([':', ' ']).trim() } else { "" };
    // Counted only for lines that look like a source or follow line.
    let words = || line.split_whitespace().take(21).count();
    if SHARE.contains(&label) {
        return Some(Furniture::Share);
    }
    if NAVIGATION.contains(&label) {
        return Some(Furniture::Navigation);
    }
    if TAGS.contains(&label)
        || TAGS.iter().any(|t| lower.starts_with(t) && lower[t.len()..].starts_with(':'))
    {
        return Some(Furniture::Tags);
    }
    if (label == "sumber" || lower.starts_with("sumber:") || lower.starts_with("sumber :"))
        && words() <= 12
    {
        return Some(Furniture::Source);
    }
    for prefix in READ_ALSO {
        let Some(rest) = lower.strip_prefix(prefix) else { continue };
        let rest = rest.trim_start_matches([' ', '\u{a0}']);
        if rest.starts_with(':') || rest.starts_with('»') || rest.starts_with('-') {
            return Some(Furniture::ReadAlso);
        }
        // "Baca juga  Judul Berita Lain" with no colon: a headline, so no final stop. A
        // sentence that starts with "baca" ends like a sentence and stays.
        let ends_sentence = line.ends_with(['.', '!', '?', '"', '”', ',']);
        if *prefix != "baca" && !rest.is_empty() && !ends_sentence {
            return Some(Furniture::ReadAlso);
        }
    }
    if FOLLOW.iter().any(|f| lower.starts_with(f)) && words() <= 20 {
        return Some(Furniture::Follow);
    }
    None
}

/// `head` lowercased into `buf`, or `None` when it does not fit. The same as
/// `str::to_lowercase` but for a final capital sigma, which becomes "σ" instead of "ς":
/// either is a non-ASCII letter, and the labels and prefixes compared are ASCII.
fn lowercase_into<'b>(head: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let len = if head.is_ascii() {
        let out = buf.get_mut(..head.len())?;
        out.copy_from_slice(head.as_bytes());
        out.make_ascii_lowercase();
        head.len()
    } else {
        let mut n = 0;
        for c in head.chars() {
            if c.is_ascii() {
                *buf.get_mut(n)? = c.to_ascii_lowercase() as u8;
                n += 1;
                continue;
            }
            for l in c.to_lowercase() {
                n += l.encode_utf8(buf.get_mut(n..n + l.len_utf8())?).len();
            }
        }
        n
    };
    std::str::from_utf8(&buf[..len]).ok()
}

/// Leftover HTML: a tag, an attribute tail like `ght="300">`, or an entity.
fn is_markup(line: &str) -> bool {
    // Every form below has one of these bytes; most lines have none.
    if memchr::memchr3(b'<', b'>', b'&', line.as_bytes()).is_none() {
        return false;
    }
    let tag = line.starts_with('<') && line.contains('>')
        || line.contains("</")
        || line.contains("/>")
        || line.contains("=\"") && line.ends_with('>');
    tag || ["&nbsp;", "&amp;", "&quot;", "&#"].iter().any(|e| line.contains(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_table() {
        let cases: &[(&str, Option<Furniture>)] = &[
            (
                "Baca juga  Kepala Dinas Ikuti Rapat Pencegahan Banjir Bersama BPBD",
                Some(Furniture::ReadAlso),
            ),
            ("BACA JUGA:Petani Jagung Panen Raya di Lereng Gunung", Some(Furniture::ReadAlso)),
            ("Baca Juga : Warga Gotong Royong Bersihkan Pasar", Some(Furniture::ReadAlso)),
            ("Sebarkan artikel ini", Some(Furniture::Share)),
            ("Share", Some(Furniture::Share)),
            ("Cek Berita dan Artikel yang lain di Google News", Some(Furniture::Follow)),
            ("Lihat Selengkapnya", Some(Furniture::Navigation)),
            ("Related Articles", Some(Furniture::Navigation)),
            ("Back to top button", Some(Furniture::Navigation)),
            ("tutup", Some(Furniture::Navigation)),
            ("Tag", Some(Furniture::Tags)),
            ("Tags: pemilu, pilkada, polres", Some(Furniture::Tags)),
            ("Sumber:", Some(Furniture::Source)),
            ("Sumber: Humas Polres Contoh", Some(Furniture::Source)),
            ("ght=\"300\">", Some(Furniture::Markup)),
            ("<div class=\"ads\">", Some(Furniture::Markup)),
            ("×", Some(Furniture::Fragment)),
            ("--", Some(Furniture::Fragment)),
            ("o", Some(Furniture::Fragment)),
            // Real paragraphs that merely contain the words.
            ("Baca juga buku panduan pemilih agar tidak salah mencoblos, kata dia.", None),
            ("Warga diminta share informasi hoaks kepada petugas di posko terdekat.", None),
            ("Tag nama peserta dipasang di dada kiri selama apel berlangsung.", None),
            (
                "Sumber dana pengamanan berasal dari hibah pemerintah daerah setempat tahun ini.",
                None,
            ),
            ("Petugas menutup gudang logistik pukul 22.00 WIB dan memasang segel.", None),
            ("Berita", None),
            ("-Nur Aini-", None),
            ("Polres Contoh Siap Amankan Pilkada 2024", None),
        ];
        for &(line, want) in cases {
            assert_eq!(furniture(line), want, "{line:?}");
        }
    }

    #[test]
    fn classify_skips_blank_lines_and_trims() {
        let text = "  Judul Berita  \n\n\t\nSebarkan artikel ini\r\nIsi berita yang panjang.\n";
        let lines = classify_lines(text);
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0].span.slice(text), "Judul Berita");
        assert!(lines[0].article);
        assert_eq!(lines[1].span.slice(text), "Sebarkan artikel ini");
        assert_eq!(lines[1].reason, Some(Furniture::Share));
        assert!(lines[2].article);
    }

    #[test]
    fn lowercase_into_matches_to_lowercase() {
        let mut buf = [0u8; 4 * HEAD];
        for head in ["", "Baca Juga", "SUNGAILIAT – Kapolres", "\u{212A}ota İkuti", "ÀÉÎ ǅ ß Ⱥ"]
        {
            assert_eq!(lowercase_into(head, &mut buf), Some(head.to_lowercase().as_str()));
        }
        assert_eq!(lowercase_into("abc", &mut [0u8; 2]), None);
        assert_eq!(lowercase_into("İ", &mut [0u8; 2]), None);
    }

    #[test]
    fn label_starts_cover_every_label() {
        for table in [SHARE, NAVIGATION, TAGS, READ_ALSO, FOLLOW, &["sumber"]] {
            for label in table {
                assert!(may_start_label(label), "{label:?}");
                assert!(may_start_label(&label.to_uppercase()), "{label:?}");
            }
        }
        assert!(!may_start_label("Warga"));
        assert!(!may_start_label("“Kami"));
        assert!(may_start_label("\u{212A}"));
        assert!(may_start_label("\tx") && may_start_label("\u{3000}x"));
        assert_eq!(furniture("\tSebarkan artikel ini"), Some(Furniture::Share));
    }

    #[test]
    fn reason_names_round_trip() {
        for &r in Furniture::ALL {
            assert_eq!(r.as_str().parse::<Furniture>(), Ok(r));
        }
    }
}
