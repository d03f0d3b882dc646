//! Dates: "Kamis (25/01/2024)", "Senin pagi, 25 November 2024", "Nov 23, 2024",
//! "2024-11-27"; and the year of a date written without one ("Kamis (16/11)").
//!
//! [`find`] reads the token stream left to right and takes, at each token, the longest
//! date that starts there:
//!
//! * a weekday ("Kamis", "JUMAT", "Jum'at"), an optional time of day ("pagi", "dini
//!   hari") and an optional comma, then one of the forms below, optionally in
//!   parentheses; the span runs from the weekday to the closing parenthesis;
//! * a numeric date token ("25/01/2024", "5/2/24", "2024-11-27", "27-11-2024"); without
//!   a weekday it must carry a year, since a bare "8/8" may be a fraction or a code;
//! * a day and a month name, Indonesian or English, full or short ("14 Februari 2024",
//!   "1 Okt 2024", "27 Nov. 2024", "27 November", "14 Februari tahun 2024");
//! * the English order, which must carry a year ("Nov 23, 2024", "November 23 2024").
//!
//! Every part of a date must stand on the same line as the part before it, with only
//! white space between. Dates that do not exist ("31/02/2024", "32 Januari") are not
//! dates; neither are bare weekdays, bare months, a month with a year, or a bare year.
//!
//! [`year_hints`] and [`resolve`] give a year to dates written without one: from the
//! document date when it is known, else from the years the article mentions.

// wired into the recognizer by the lead

use std::cell::OnceCell;

use chrono::{Datelike, NaiveDate, Weekday};
use warta_tokenize::{Span, Token, TokenKind, is_space};

use super::lex::{self, Lexicon};

/// A calendar date found in text, before its year is resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DateMention {
    /// Byte span in the text: from the weekday (when one is attached) to the end of the
    /// date, including a closing parenthesis that belongs to it.
    pub span: Span,
    /// Day of the month, 1 to 31.
    pub day: u32,
    /// Month, 1 to 12.
    pub month: u32,
    /// The year as written (two-digit years become 20xx); None when the text gives none.
    pub year: Option<i32>,
    /// The weekday written with the date, if any.
    pub weekday: Option<Weekday>,
    /// Which rule found it: "weekday_numeric", "numeric", "day_month_name",
    /// "month_name_day" (English "Nov 23, 2024"), "iso".
    pub rule: &'static str,
}

/// Weekday names, lowercase, apostrophes removed ("Jum'at" is looked up as "jumat").
const WEEKDAYS: [(&str, Weekday); 15] = [
    ("senin", Weekday::Mon),
    ("selasa", Weekday::Tue),
    ("rabu", Weekday::Wed),
    ("kamis", Weekday::Thu),
    ("jumat", Weekday::Fri),
    ("sabtu", Weekday::Sat),
    ("minggu", Weekday::Sun),
    ("ahad", Weekday::Sun),
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// Words for the time of day that may stand between a weekday and its date.
const DAY_PARTS: &[&str] = &["pagi", "siang", "sore", "petang", "malam", "dini"];

/// Month names, lowercase: Indonesian (with the spellings "Pebruari", "Nopember") and
/// English, full and short. The flag says whether the name is a short form, which may be
/// followed by a dot ("Nov.").
const MONTHS: [(&str, (u32, bool)); 43] = [
    ("januari", (1, false)),
    ("january", (1, false)),
    ("jan", (1, true)),
    ("februari", (2, false)),
    ("pebruari", (2, false)),
    ("february", (2, false)),
    ("feb", (2, true)),
    ("peb", (2, true)),
    ("maret", (3, false)),
    ("march", (3, false)),
    ("mar", (3, true)),
    ("april", (4, false)),
    ("apr", (4, true)),
    ("mei", (5, false)),
    ("may", (5, false)),
    ("juni", (6, false)),
    ("june", (6, false)),
    ("jun", (6, true)),
    ("juli", (7, false)),
    ("july", (7, false)),
    ("jul", (7, true)),
    ("agustus", (8, false)),
    ("august", (8, false)),
    ("agu", (8, true)),
    ("agt", (8, true)),
    ("ags", (8, true)),
    ("agust", (8, true)),
    ("aug", (8, true)),
    ("september", (9, false)),
    ("sep", (9, true)),
    ("sept", (9, true)),
    ("oktober", (10, false)),
    ("october", (10, false)),
    ("okt", (10, true)),
    ("oct", (10, true)),
    ("november", (11, false)),
    ("nopember", (11, false)),
    ("nov", (11, true)),
    ("nop", (11, true)),
    ("desember", (12, false)),
    ("december", (12, false)),
    ("des", (12, true)),
    ("dec", (12, true)),
];

/// The number of weekday and month names.
const N_NAMES: usize = WEEKDAYS.len() + MONTHS.len();

/// [`WEEKDAYS`] and [`MONTHS`] for [`named`]. Above the lengths of the names, bit
/// `16 + n` of the filter is set when [`LONGER_WEEKDAYS`] has bit `n`.
static NAME_LEX: Lexicon<Named, N_NAMES> =
    Lexicon::new(names()).with_filter_bits(&longer_lengths());

/// For the first byte of a token, a bit per length (bit `n` for `n` bytes) a token that
/// names a weekday or month may have: the name, a month with a final dot, a weekday up
/// to ten bytes (dots, apostrophes and characters beyond ASCII make it longer).
static NAME_FIRST: [u32; 256] = name_first();

/// [`NAME_FIRST`].
const fn name_first() -> [u32; 256] {
    let mut out = [0u32; 256];
    let names = names();
    let mut i = 0;
    while i < names.len() {
        let w = names[i].0.as_bytes();
        let bits = match names[i].1 {
            Named::Weekday(_) => (1u32 << 11) - (1 << w.len()),
            Named::Month(..) => 3 << w.len(),
        };
        out[w[0] as usize] |= bits;
        out[w[0].to_ascii_uppercase() as usize] |= bits;
        i += 1;
    }
    out
}

/// The lengths of [`LONGER_WEEKDAYS`], 16 bits up.
const fn longer_lengths() -> [[u32; 26]; 26] {
    let longer = longer_weekdays();
    let mut out = [[0u32; 26]; 26];
    let mut a = 0;
    while a < 26 {
        let mut b = 0;
        while b < 26 {
            out[a][b] = ((longer[a][b] & 0xFFFF) as u32) << 16;
            b += 1;
        }
        a += 1;
    }
    out
}

/// For the first two letters of a weekday, the tokens that may name it with apostrophes
/// or characters beyond ASCII ("Jum'at", "Jum’at"), which make them longer than the name:
/// bit `n` (below 16) when such a token may have `n` bytes, bit `32 + l` when it may end
/// in letter `l` (after a final dot is dropped; it may also end in an apostrophe or a
/// byte beyond ASCII).
static LONGER_WEEKDAYS: [[u64; 26]; 26] = longer_weekdays();

/// [`LONGER_WEEKDAYS`].
const fn longer_weekdays() -> [[u64; 26]; 26] {
    let mut out = [[0u64; 26]; 26];
    let mut i = 0;
    while i < WEEKDAYS.len() {
        let w = WEEKDAYS[i].0.as_bytes();
        let (a, b) = ((w[0] - b'a') as usize, (w[1] - b'a') as usize);
        // weekday_of reads tokens of up to 9 bytes.
        let mut n = w.len() + 1;
        while n <= 9 {
            out[a][b] |= 1 << n;
            n += 1;
        }
        out[a][b] |= 1 << (32 + (w[w.len() - 1] - b'a'));
        i += 1;
    }
    out
}

/// [`WEEKDAYS`] and [`MONTHS`] in one table.
const fn names() -> [(&'static str, Named); N_NAMES] {
    let mut out = [("", Named::Month(0, false)); N_NAMES];
    let mut i = 0;
    while i < WEEKDAYS.len() {
        out[i] = (WEEKDAYS[i].0, Named::Weekday(WEEKDAYS[i].1));
        i += 1;
    }
    let mut j = 0;
    while j < MONTHS.len() {
        let (month, short) = MONTHS[j].1;
        out[i + j] = (MONTHS[j].0, Named::Month(month, short));
        j += 1;
    }
    out
}

/// Words after a number that make it a count, not a year ("2000 personel").
const COUNTED: &[&str] = &[
    "aparat",
    "anggota",
    "buah",
    "jiwa",
    "kendaraan",
    "kotak",
    "kursi",
    "lembar",
    "orang",
    "pasukan",
    "pemilih",
    "personel",
    "personil",
    "petugas",
    "prajurit",
    "suara",
    "surat",
    "tps",
    "unit",
    "warga",
];

/// Words before a number that make it a count or a sum, not a year ("sebanyak 2000").
const COUNTING: &[&str] = &["berjumlah", "idr", "rp", "sebanyak", "sejumlah"];

/// [`COUNTED`] for [`hints_from`].
static COUNTED_LEX: Lexicon<(), { COUNTED.len() }> = Lexicon::new(unit_values(COUNTED));

/// [`COUNTING`] for [`hints_from`].
static COUNTING_LEX: Lexicon<(), { COUNTING.len() }> = Lexicon::new(unit_values(COUNTING));

/// The words of a table, each with the value `()`.
const fn unit_values<const N: usize>(words: &[&'static str]) -> [(&'static str, ()); N] {
    let mut out = [("", ()); N];
    let mut i = 0;
    while i < N {
        out[i] = (words[i], ());
        i += 1;
    }
    out
}

/// A word after a year or "tahun" that places it in time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rel {
    /// "lalu", "silam", "kemarin".
    Past,
    /// "mendatang".
    Mendatang,
    /// "nanti" (after a year).
    Nanti,
    /// "depan" (after "tahun").
    Depan,
}

/// The words of [`Rel`].
static REL_LEX: Lexicon<Rel, 6> = Lexicon::new([
    ("lalu", Rel::Past),
    ("silam", Rel::Past),
    ("kemarin", Rel::Past),
    ("mendatang", Rel::Mendatang),
    ("nanti", Rel::Nanti),
    ("depan", Rel::Depan),
]);

/// Number words that make "N tahun lalu" an offset of more than one year.
const NUMBER_WORDS: &[&str] = &[
    "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "beberapa",
    "belasan", "puluhan",
];

/// The word of a word-like token, lowercase, without a final dot or apostrophes.
fn word<'t>(t: &Token<'t>) -> Option<std::borrow::Cow<'t, str>> {
    // Every word the tables below hold is short; longer ones need no lowercasing.
    if !matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation) || t.text.len() > 16 {
        return None;
    }
    let w = t.text.strip_suffix('.').unwrap_or(t.text);
    if w.bytes().all(|b| b.is_ascii_lowercase()) {
        return Some(std::borrow::Cow::Borrowed(w)); // the common case: no allocation
    }
    Some(w.chars().filter(|c| !matches!(c, '\'' | '’')).flat_map(char::to_lowercase).collect())
}

/// `f` of the [`word`] of a token, without allocating for ASCII words (the lowercase
/// copy of those is made on the stack).
fn with_word<R>(t: &Token<'_>, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    if !matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation) || t.text.len() > 16 {
        return None;
    }
    if !t.text.is_ascii() {
        return word(t).map(|w| f(w.as_bytes()));
    }
    let w = t.text.strip_suffix('.').unwrap_or(t.text).as_bytes();
    let mut buf = [0u8; 16];
    let mut n = 0;
    for &b in w.iter().filter(|&&b| b != b'\'') {
        buf[n] = b.to_ascii_lowercase();
        n += 1;
    }
    Some(f(&buf[..n]))
}

/// The value in `lex` of the [`word`] of a token, without allocating.
fn word_in<V: Copy, const N: usize>(t: &Token<'_>, lex: &Lexicon<V, N>) -> Option<V> {
    if !matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation) || t.text.len() > 16 {
        return None;
    }
    let w = t.text.strip_suffix('.').unwrap_or(t.text).as_bytes();
    // A word found as it stands is ASCII letters, which `word` only lowercases; another
    // may still be found once apostrophes are dropped and characters beyond ASCII
    // lowercased.
    lex.get(w).or_else(|| {
        if w.iter().any(|&b| b == b'\'' || !b.is_ascii()) {
            with_word(t, |w| lex.get(w)).flatten()
        } else {
            None
        }
    })
}

/// Whether the token is the word `w` (lowercase), in any case.
fn is_word(t: &Token<'_>, w: &str) -> bool {
    t.kind == TokenKind::Word && t.text.eq_ignore_ascii_case(w)
}

/// What a word names in a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Named {
    /// A weekday, as [`weekday_of`] reads it.
    Weekday(Weekday),
    /// A month and whether the name is short, as [`month_of`] reads it.
    Month(u32, bool),
}

/// The weekday or month a token names: [`weekday_of`], else [`month_of`] (no name is
/// both), at a cost of a few instructions for most words.
#[inline(always)]
fn named(t: &Token<'_>) -> Option<Named> {
    if !matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation) {
        return None;
    }
    let b = t.text.as_bytes();
    // Names have 3 to 9 letters, and a token may add a final dot.
    if !(3..=10).contains(&b.len()) || NAME_FIRST[usize::from(b[0])] >> b.len() & 1 == 0 {
        return None;
    }
    let (Some(l0), Some(l1)) = (lex::letter(b[0]), lex::letter(b[1])) else {
        return named_oddly(t);
    };
    // The length without a final dot.
    let n = b.len() - usize::from(b[b.len() - 1] == b'.');
    let filter = NAME_LEX.filter(l0, l1);
    if filter >> n & 1 != 0 {
        return named_closely(t);
    }
    // Most words end here, but a weekday may be longer for its apostrophes.
    if filter >> (16 + b.len()) & 1 == 0 {
        return None;
    }
    let longer = LONGER_WEEKDAYS[l0][l1];
    let last = b[n - 1];
    let may_end = last == b'\''
        || !last.is_ascii()
        || lex::letter(last).is_some_and(|l| longer >> (32 + l) & 1 != 0);
    if may_end { named_longer(t) } else { None }
}

/// [`named`] of a token of 3 to 10 bytes that does not start with two ASCII letters.
#[cold]
#[inline(never)]
fn named_oddly(t: &Token<'_>) -> Option<Named> {
    let b = t.text.as_bytes();
    // "J'umat", or a character beyond ASCII after the first letter: the general reading.
    if lex::letter(b[0]).is_some() && (b[1] == b'\'' || !b[1].is_ascii()) {
        return named_slowly(t);
    }
    None
}

/// [`named`] of a Word or Abbreviation token of 3 to 10 bytes with the first two letters
/// and the length of a name.
#[inline(never)]
fn named_closely(t: &Token<'_>) -> Option<Named> {
    let b = t.text.as_bytes();
    let w = b.strip_suffix(b".").unwrap_or(b);
    // Both readings compare a token of ASCII without apostrophes ignoring ASCII case.
    match NAME_LEX.get(w) {
        Some(Named::Weekday(_)) if b.len() > 9 => None,
        Some(n) => Some(n),
        None => named_longer(t),
    }
}

/// [`named`] of a Word or Abbreviation token of 3 to 10 bytes that is no name as it
/// stands: it may still name a weekday when it holds apostrophes or characters beyond
/// ASCII, which the general reading drops or lowercases.
#[inline(never)]
fn named_longer(t: &Token<'_>) -> Option<Named> {
    if t.text.bytes().any(|x| x == b'\'' || !x.is_ascii()) { named_slowly(t) } else { None }
}

/// [`named`] by the general readings.
fn named_slowly(t: &Token<'_>) -> Option<Named> {
    weekday_of(t)
        .map(Named::Weekday)
        .or_else(|| month_of(t).map(|(m, short)| Named::Month(m, short)))
}

/// The weekday a token names.
pub(crate) fn weekday_of(t: &Token<'_>) -> Option<Weekday> {
    // Cheap first-letter filter: weekdays start with one of these (Indonesian, English).
    if !t.text.starts_with([
        'S', 's', 'R', 'r', 'K', 'k', 'J', 'j', 'M', 'm', 'A', 'a', 'T', 't', 'W', 'w', 'F', 'f',
    ]) || t.text.len() > 9
    {
        return None;
    }
    if !matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation) {
        return None;
    }
    if t.text.is_ascii() {
        // Lowercase on the stack, without the apostrophe of "Jum'at".
        let mut buf = [0u8; 9];
        let mut n = 0;
        for b in t.text.strip_suffix('.').unwrap_or(t.text).bytes().filter(|&b| b != b'\'') {
            buf[n] = b.to_ascii_lowercase();
            n += 1;
        }
        let w = std::str::from_utf8(&buf[..n]).ok()?;
        return WEEKDAYS.iter().find(|(name, _)| *name == w).map(|&(_, d)| d);
    }
    let w = word(t)?;
    WEEKDAYS.iter().find(|(name, _)| *name == w).map(|&(_, d)| d)
}

/// The month a token names, and whether the name is a short form.
fn month_of(t: &Token<'_>) -> Option<(u32, bool)> {
    if !matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation) {
        return None;
    }
    // Month names have no apostrophes: compare without lowercasing into a new string.
    let w = t.text.strip_suffix('.').unwrap_or(t.text);
    // Most words are out on length or first letter before the table is read.
    let first = w.as_bytes().first()?.to_ascii_lowercase();
    if !(3..=9).contains(&w.len()) || !b"adfjmnops".contains(&first) {
        return None;
    }
    MONTHS.iter().find(|(name, _)| name.eq_ignore_ascii_case(w)).map(|&(_, m)| m)
}

/// The month a token names, and whether the name is short: [`month_of`] by [`named`].
fn month_named(t: &Token<'_>) -> Option<(u32, bool)> {
    match named(t)? {
        Named::Month(m, short) => Some((m, short)),
        Named::Weekday(_) => None,
    }
}

/// A number token of one or two digits from 1 to 31.
#[inline]
fn day_of(t: &Token<'_>) -> Option<u32> {
    if t.kind != TokenKind::Number
        || t.text.len() > 2
        || !t.text.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    t.text.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A number token of four digits read as a year of a date.
fn year_of(t: &Token<'_>) -> Option<i32> {
    if t.kind != TokenKind::Number
        || t.text.len() != 4
        || !t.text.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    t.text.parse().ok().filter(|y| (1000..=2999).contains(y))
}

/// Whether day and month (and the year, when given) make a real date; without a year,
/// 29 February counts.
fn valid(day: u32, month: u32, year: Option<i32>) -> bool {
    NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day).is_some()
}

/// A numeric date as the tokenizer cuts it: (day, month, year, whether it is hyphenated).
///
/// Shapes: "d/m", "d/m/yyyy", "d/m/yy", "d-m-yyyy", "d.m.yyyy", "yyyy-m-d".
fn parse_numeric(s: &str) -> Option<(u32, u32, Option<i32>, bool)> {
    let sep = s.chars().find(|c| matches!(c, '/' | '-' | '.'))?;
    // Two or three parts of one to four digits; more parts make no date either.
    let mut parts = [""; 3];
    let mut n = 0;
    for p in s.split(sep) {
        if n == 3 || p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        parts[n] = p;
        n += 1;
    }
    let parts = &parts[..n];
    let n = |p: &str| p.parse::<u32>().ok();
    let y = |p: &str| p.parse::<i32>().ok();
    let (day, month, year) = match parts {
        [d, m] if sep == '/' && d.len() <= 2 && m.len() <= 2 => (n(d)?, n(m)?, None),
        [yy, m, d] if sep == '-' && yy.len() == 4 && m.len() <= 2 && d.len() <= 2 => {
            (n(d)?, n(m)?, Some(y(yy)?))
        }
        [d, m, yy] if d.len() <= 2 && m.len() <= 2 && yy.len() == 4 => (n(d)?, n(m)?, Some(y(yy)?)),
        [d, m, yy] if sep == '/' && d.len() <= 2 && m.len() <= 2 && yy.len() == 2 => {
            (n(d)?, n(m)?, Some(2000 + y(yy)?))
        }
        _ => return None,
    };
    valid(day, month, year).then_some((day, month, year, sep == '-'))
}

/// The form a date was written in, before the weekday is considered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    /// One numeric date token with slashes or dots.
    Numeric,
    /// One numeric date token with hyphens.
    Iso,
    /// Day, month name, year.
    DayMonthName,
    /// Month name, day, year.
    MonthNameDay,
}

/// A date without its weekday, by token indices.
#[derive(Clone, Copy, Debug)]
struct Core {
    /// Index of the first token of the date proper (after an opening parenthesis).
    first: usize,
    /// Index of the last token of the date proper.
    last: usize,
    /// Index of the last token including a closing parenthesis.
    end: usize,
    /// Day of the month.
    day: u32,
    /// Month.
    month: u32,
    /// Year as written.
    year: Option<i32>,
    /// How it was written.
    form: Form,
}

/// A date mention with the indices of its last tokens.
struct Indexed {
    /// The mention.
    mention: DateMention,
    /// Index of the last token of the date proper (before a closing parenthesis).
    last: usize,
    /// Index of the last token of the mention.
    end: usize,
}

/// The tokens of one text, with the checks the date rules share.
struct Scan<'a, 't> {
    /// The text the tokens were cut from.
    text: &'a str,
    /// The tokens, in order.
    tokens: &'a [Token<'t>],
}

impl<'t> Scan<'_, 't> {
    /// The token at `i`.
    fn at(&self, i: usize) -> Option<&Token<'t>> {
        self.tokens.get(i)
    }

    /// The index of the token after `i` when it stands on the same line with only white
    /// space between.
    fn next(&self, i: usize) -> Option<usize> {
        let (a, b) = (self.tokens.get(i)?, self.tokens.get(i + 1)?);
        // Mostly one space (a byte that ends no line and leaves both ends on characters).
        if b.span.start == a.span.end + 1 && self.text.as_bytes().get(a.span.end) == Some(&b' ') {
            return Some(i + 1);
        }
        let gap = self.text.get(a.span.end..b.span.start)?;
        // Mostly one plain space.
        let on_line = gap.bytes().all(|c| c == b' ')
            || gap
                .chars()
                .all(|c| is_space(c) && !matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}'));
        on_line.then_some(i + 1)
    }

    /// The index of the token after `i` when it follows with nothing between.
    fn glued(&self, i: usize) -> Option<usize> {
        let (a, b) = (self.tokens.get(i)?, self.tokens.get(i + 1)?);
        (a.span.end == b.span.start).then_some(i + 1)
    }

    /// The index of the token after `i` when it is the punctuation `p`.
    fn next_punct(&self, i: usize, p: &str) -> Option<usize> {
        self.next(i).filter(|&j| self.tokens[j].text == p)
    }

    /// A year after token `i`: "2024" or "tahun 2024"; its index and value.
    fn year_after(&self, i: usize) -> Option<(usize, i32)> {
        let j = self.next(i)?;
        if let Some(y) = year_of(&self.tokens[j]) {
            return Some((j, y));
        }
        if !is_word(&self.tokens[j], "tahun") {
            return None;
        }
        let k = self.next(j)?;
        year_of(&self.tokens[k]).map(|y| (k, y))
    }

    /// The date mention that starts at token `i`, if any.
    fn mention_at(&self, i: usize) -> Option<Indexed> {
        let first = self.at(i)?;
        if let Some(Named::Weekday(weekday)) = named(first) {
            let mut j = i;
            if let Some(k) = self.next(j).filter(|&k| {
                with_word(&self.tokens[k], |w| DAY_PARTS.iter().any(|p| p.as_bytes() == w))
                    .unwrap_or(false)
            }) {
                j = k;
                if is_word(&self.tokens[k], "dini") {
                    j = self.next(k).filter(|&h| is_word(&self.tokens[h], "hari"))?;
                }
            }
            if let Some(k) = self.next_punct(j, ",") {
                j = k;
            }
            let core = self.dated(self.next(j)?, true)?;
            // Lowercase "minggu" is also "week": it is no weekday when the date says otherwise.
            let week = first.text == "minggu"
                && core.year.is_some_and(|y| {
                    NaiveDate::from_ymd_opt(y, core.month, core.day)
                        .is_some_and(|d| d.weekday() != weekday)
                });
            if !week {
                let rule = match core.form {
                    Form::Numeric | Form::Iso => "weekday_numeric",
                    Form::DayMonthName => "day_month_name",
                    Form::MonthNameDay => "month_name_day",
                };
                let span = Span::new(first.span.start, self.tokens[core.end].span.end);
                return Some(indexed(core, span, Some(weekday), rule, core.end));
            }
            return None;
        }
        let core = self.dated(i, false)?;
        let rule = match core.form {
            Form::Numeric => "numeric",
            Form::Iso => "iso",
            Form::DayMonthName => "day_month_name",
            Form::MonthNameDay => "month_name_day",
        };
        let span = Span::new(self.tokens[core.first].span.start, self.tokens[core.last].span.end);
        Some(indexed(core, span, None, rule, core.last))
    }

    /// A date at token `i`, optionally in parentheses.
    fn dated(&self, i: usize, with_weekday: bool) -> Option<Core> {
        if self.at(i)?.text != "(" {
            return self.core(i, with_weekday);
        }
        let mut core = self.core(self.next(i)?, with_weekday)?;
        if let Some(close) = self.next_punct(core.last, ")") {
            core.end = close;
        }
        Some(core)
    }

    /// A date written at token `i`, without weekday or parentheses.
    fn core(&self, i: usize, with_weekday: bool) -> Option<Core> {
        let t = self.at(i)?;
        let core = |last: usize, day: u32, month: u32, year: Option<i32>, form: Form| {
            valid(day, month, year).then_some(Core {
                first: i,
                last,
                end: last,
                day,
                month,
                year,
                form,
            })
        };
        match t.kind {
            TokenKind::Date => {
                let (day, month, year, hyphen) = parse_numeric(t.text)?;
                if year.is_none() && !with_weekday {
                    return None;
                }
                core(i, day, month, year, if hyphen { Form::Iso } else { Form::Numeric })
            }
            TokenKind::Number => {
                let day = day_of(t)?;
                let m = self.next(i)?;
                let (month, short) = month_named(&self.tokens[m])?;
                let dot = self
                    .glued(m)
                    .filter(|_| short && !self.tokens[m].text.ends_with('.'))
                    .filter(|&d| self.tokens[d].text == ".");
                // "27 Nov. 2024" keeps the dot; "pada 27 Nov." leaves it to the sentence.
                let (last, year) = match dot.and_then(|d| self.year_after(d)) {
                    Some((k, y)) => (k, Some(y)),
                    None => match self.year_after(m) {
                        Some((k, y)) => (k, Some(y)),
                        None => (m, None),
                    },
                };
                core(last, day, month, year, Form::DayMonthName)
            }
            TokenKind::Word | TokenKind::Abbreviation => {
                let (month, short) = month_named(t)?;
                let mut k = i;
                if short && !t.text.ends_with('.') {
                    if let Some(d) = self.glued(i).filter(|&d| self.tokens[d].text == ".") {
                        k = d;
                    }
                }
                let d = self.next(k)?;
                let day = day_of(&self.tokens[d])?;
                let k = self.next_punct(d, ",").unwrap_or(d);
                let y = self.next(k)?;
                let year = year_of(&self.tokens[y])?;
                core(y, day, month, Some(year), Form::MonthNameDay)
            }
            _ => None,
        }
    }
}

/// The mention of a date found with [`Scan::dated`]; `end` is the index of its last token.
fn indexed(
    core: Core,
    span: Span,
    weekday: Option<Weekday>,
    rule: &'static str,
    end: usize,
) -> Indexed {
    let mention =
        DateMention { span, day: core.day, month: core.month, year: core.year, weekday, rule };
    Indexed { mention, last: core.last, end }
}

/// Every date mention with the indices of its last tokens.
fn find_indexed(text: &str, tokens: &[Token<'_>]) -> Vec<Indexed> {
    let scan = Scan { text, tokens };
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        i = next_start(tokens, i);
        if i >= tokens.len() {
            break;
        }
        match scan.mention_at(i) {
            Some(found) => {
                i = found.end.max(i) + 1;
                out.push(found);
            }
            None => i += 1,
        }
    }
    out
}

/// The index of the first token from `from` on that may start a date.
///
/// Only a weekday, a month name, a day number or a numeric date starts a date. A "("
/// before a date starts the same date as the token after it, which is tried next.
#[inline(never)]
fn next_start(tokens: &[Token<'_>], from: usize) -> usize {
    let mut i = from;
    while let Some(t) = tokens.get(i) {
        let may_start = match t.kind {
            TokenKind::Number => day_of(t).is_some(),
            TokenKind::Date => true,
            TokenKind::Word | TokenKind::Abbreviation => named(t).is_some(),
            _ => false,
        };
        if may_start {
            return i;
        }
        i += 1;
    }
    i
}

/// Finds every calendar date in the tokens (all cut from `text`, in order).
#[cfg(test)]
pub(crate) fn find(text: &str, tokens: &[Token<'_>]) -> Vec<DateMention> {
    find_indexed(text, tokens).into_iter().map(|found| found.mention).collect()
}

/// One year the article mentions, and what the text around it says of it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct YearHint {
    /// The year.
    year: i32,
    /// How strongly the article names it: 1 for each bare mention ("Pemilu 2024"), 3 for
    /// each date written with it.
    weight: u32,
    /// "tahun depan" / "tahun mendatang" stands near it: it is the year after the article's.
    next_year: bool,
    /// "tahun lalu" / "tahun kemarin" stands near it: it is the year before the article's.
    last_year: bool,
    /// It is still to come ("2024 mendatang", "2024 nanti"): the article is not later.
    upcoming: bool,
    /// It is past ("2019 lalu", "2019 silam"): the article is later.
    past: bool,
}

/// What the article says about years, for resolving dates written without one.
#[derive(Clone, Debug, Default)]
pub(crate) struct YearHints {
    /// The years mentioned, in order of first mention.
    years: Vec<YearHint>,
    /// [`YearHints::candidates`], worked out once for all the dates of the article.
    ranked: OnceCell<Vec<i32>>,
}

impl YearHints {
    /// The hint for `year`, added if new.
    fn entry(&mut self, year: i32) -> &mut YearHint {
        self.ranked = OnceCell::new();
        match self.years.iter().position(|h| h.year == year) {
            Some(p) => &mut self.years[p],
            None => {
                self.years.push(YearHint { year, ..YearHint::default() });
                let last = self.years.len() - 1;
                &mut self.years[last]
            }
        }
    }

    /// Whether the article mentions no year at all.
    #[cfg(test)]
    pub(crate) fn is_empty(&self) -> bool {
        self.years.is_empty()
    }

    /// [`YearHints::candidates`], worked out on first use.
    fn ranked(&self) -> &[i32] {
        self.ranked.get_or_init(|| self.candidates())
    }

    /// Candidate years for the article, most likely first: years shifted by "tahun depan"
    /// or "tahun lalu"; then the mentioned years (most weight first, ties: the latest;
    /// past years last); then a year before and after each of them.
    fn candidates(&self) -> Vec<i32> {
        let mut ranked: Vec<&YearHint> = self.years.iter().collect();
        ranked.sort_by(|a, b| {
            a.past.cmp(&b.past).then(b.weight.cmp(&a.weight)).then(b.year.cmp(&a.year))
        });
        let mut out: Vec<i32> = Vec::new();
        let mut push = |y: i32| {
            if !out.contains(&y) {
                out.push(y);
            }
        };
        for h in &ranked {
            if h.next_year {
                push(h.year.saturating_sub(1));
            }
            if h.last_year {
                push(h.year.saturating_add(1));
            }
        }
        for h in &ranked {
            push(h.year);
        }
        for h in &ranked {
            push(h.year.saturating_sub(1));
            if !h.upcoming {
                push(h.year.saturating_add(1));
            }
        }
        out
    }
}

/// Collects year hints: 4-digit years 1990..=2099 the article mentions (as Number tokens,
/// e.g. "Pemilu 2024", "tahun 2024"), how often, years of dates written with a year, and
/// relative phrases like "tahun depan" / "tahun lalu" / "mendatang".
///
/// A number counted in persons or money ("2000 personel", "sebanyak 2000") is no year.
/// "tahun depan" or "tahun lalu" is tied to the nearest year mention within eight tokens
/// on the same line; "dua tahun lalu" and the like shift by more than a year and are
/// ignored.
#[cfg(test)]
pub(crate) fn year_hints(text: &str, tokens: &[Token<'_>]) -> YearHints {
    hints_from(text, tokens, &find_indexed(text, tokens))
}

/// Every date of the text and the year hints, finding the dates once.
pub(crate) fn find_with_hints(text: &str, tokens: &[Token<'_>]) -> (Vec<DateMention>, YearHints) {
    let dates = find_indexed(text, tokens);
    let hints = hints_from(text, tokens, &dates);
    (dates.into_iter().map(|found| found.mention).collect(), hints)
}

fn hints_from(text: &str, tokens: &[Token<'_>], dates: &[Indexed]) -> YearHints {
    let scan = Scan { text, tokens };
    let in_range = |y: i32| (1990..=2099).contains(&y);
    // (index of the token that ends the mention, year, whether it is a bare year)
    let mut mentions: Vec<(usize, i32, bool)> = Vec::new();
    // The tokens "tahun" and "setahun", for the relative phrases.
    let mut tahun: Vec<usize> = Vec::new();
    // The first date that does not end before the token, and its end.
    let mut covered = 0;
    let end_of = |c: usize| dates.get(c).map_or(usize::MAX, |d| d.mention.span.end);
    let mut covered_end = end_of(0);
    for (i, t) in tokens.iter().enumerate() {
        if covered_end <= t.span.start {
            while end_of(covered) <= t.span.start {
                covered += 1;
            }
            covered_end = end_of(covered);
        }
        let b = t.text.as_bytes();
        if b.len() != 4 || t.kind != TokenKind::Number {
            let tahun_like = match b.len() {
                5 => b[0] | 0x20 == b't' && t.text.eq_ignore_ascii_case("tahun"),
                7 => b[0] | 0x20 == b's' && t.text.eq_ignore_ascii_case("setahun"),
                _ => false,
            };
            if tahun_like {
                tahun.push(i);
            }
            continue; // no year (see year_of)
        }
        if dates.get(covered).is_some_and(|d| d.mention.span.start < t.span.end) {
            continue;
        }
        let Some(year) = year_of(t).filter(|&y| in_range(y)) else { continue };
        let counted = scan.next(i).is_some_and(|j| word_in(&tokens[j], &COUNTED_LEX).is_some());
        let counting = i
            .checked_sub(1)
            .and_then(|p| scan.next(p).map(|_| p))
            .is_some_and(|p| word_in(&tokens[p], &COUNTING_LEX).is_some());
        if !counted && !counting {
            mentions.push((i, year, true));
        }
    }
    for d in dates {
        if let Some(y) = d.mention.year.filter(|&y| in_range(y)) {
            mentions.push((d.last, y, false));
        }
    }
    mentions.sort_unstable();

    let rel_after = |i: usize| scan.next(i).and_then(|j| word_in(&tokens[j], &REL_LEX));

    let mut hints = YearHints::default();
    for &(i, year, bare) in &mentions {
        let after = rel_after(i);
        let h = hints.entry(year);
        h.weight += if bare { 1 } else { 3 };
        match after {
            Some(Rel::Mendatang | Rel::Nanti) => h.upcoming = true,
            Some(Rel::Past) if bare => h.past = true,
            _ => {}
        }
    }

    for i in tahun {
        let t = &tokens[i];
        if !matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation) {
            continue; // no word (see word)
        }
        let setahun = t.text.len() == 7;
        let next_year = match (setahun, rel_after(i)) {
            (false, Some(Rel::Depan | Rel::Mendatang)) => true,
            (_, Some(Rel::Past)) => false,
            _ => continue,
        };
        let several = !setahun
            && i.checked_sub(1).and_then(|p| scan.next(p).map(|_| p)).is_some_and(|p| {
                tokens[p].kind == TokenKind::Number
                    || with_word(&tokens[p], |n| NUMBER_WORDS.iter().any(|x| x.as_bytes() == n))
                        .unwrap_or(false)
            });
        if several {
            continue;
        }
        // The mentions are sorted by token: only those within eight tokens are read.
        let from = mentions.partition_point(|&(m, ..)| m < i.saturating_sub(8));
        let near = mentions[from..]
            .iter()
            .take_while(|&&(m, ..)| m <= i + 8)
            .filter(|&&(m, ..)| m.abs_diff(i) <= 8 && same_line(text, tokens, m.min(i), m.max(i)))
            .min_by_key(|&&(m, ..)| m.abs_diff(i));
        if let Some(&(_, year, _)) = near {
            let h = hints.entry(year);
            if next_year {
                h.next_year = true;
            } else {
                h.last_year = true;
            }
        }
    }
    hints
}

/// Whether tokens `a..=b` stand on one line.
fn same_line(text: &str, tokens: &[Token<'_>], a: usize, b: usize) -> bool {
    match (tokens.get(a), tokens.get(b)) {
        (Some(x), Some(y)) => text.get(x.span.start..y.span.end).is_some_and(|s| !s.contains('\n')),
        _ => false,
    }
}

/// The full date of a mention: its own year if written; else a year chosen from the
/// document date (when known) and the hints, so that the weekday, when written, matches.
///
/// With a document date the candidates are its year and the years either side: the
/// document's year when the weekday fits it, else the fitting date closest to the
/// document date; without a weekday, simply the closest date. Without a document date the
/// candidates come from [`YearHints`], and the first that fits the weekday wins, or the
/// first at all when there is no weekday. A weekday that fits no candidate is taken for a
/// slip of the pen and ignored.
pub(crate) fn resolve(
    mention: &DateMention,
    doc_date: Option<NaiveDate>,
    hints: &YearHints,
) -> Option<NaiveDate> {
    if let Some(y) = mention.year {
        return NaiveDate::from_ymd_opt(y, mention.month, mention.day);
    }
    let on = |y: i32| NaiveDate::from_ymd_opt(y, mention.month, mention.day);
    let fits = |d: &NaiveDate| mention.weekday.is_none_or(|w| d.weekday() == w);
    if let Some(doc) = doc_date {
        let y = doc.year();
        let years = [y, y.saturating_sub(1), y.saturating_add(1)];
        let dates = years.into_iter().filter_map(on);
        let distance = |d: &NaiveDate| (*d - doc).num_days().abs();
        if let Some(d) =
            dates.clone().find(|d| mention.weekday.is_some() && d.year() == y && fits(d))
        {
            return Some(d);
        }
        if let Some(d) = dates.clone().filter(fits).min_by_key(distance) {
            return Some(d);
        }
        return dates.min_by_key(distance);
    }
    let mut dates = hints.ranked().iter().filter_map(|&y| on(y));
    let first = dates.clone().next();
    dates.find(fits).or(first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use warta_tokenize::Tokenizer;

    fn tokens(text: &str) -> Vec<Token<'_>> {
        Tokenizer::new().tokens(text).collect()
    }

    fn mentions(text: &str) -> Vec<DateMention> {
        find(text, &tokens(text))
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a valid test date")
    }

    /// What a test expects of one date: (text of the span, rule, day, month, year, weekday).
    type Found<'a> = (&'a str, &'static str, u32, u32, Option<i32>, Option<Weekday>);

    /// Every date in `text`, as [`Found`].
    fn found(text: &str) -> Vec<Found<'_>> {
        mentions(text)
            .into_iter()
            .map(|m| (&text[m.span.start..m.span.end], m.rule, m.day, m.month, m.year, m.weekday))
            .collect()
    }

    /// The dates of `text` resolved with `doc` and the article's own hints, as ISO strings.
    fn resolved(text: &str, doc: Option<NaiveDate>) -> Vec<(String, Option<String>)> {
        let toks = tokens(text);
        let hints = year_hints(text, &toks);
        find(text, &toks)
            .iter()
            .map(|m| {
                let iso = resolve(m, doc, &hints).map(|d| d.to_string());
                (text[m.span.start..m.span.end].to_owned(), iso)
            })
            .collect()
    }

    #[test]
    fn forms() {
        use Weekday::*;
        #[rustfmt::skip]
        let cases: &[(&str, Found<'_>)] = &[
            ("Apel digelar Kamis (25/01/2024) di Mapolres Pamekasan.", ("Kamis (25/01/2024)", "weekday_numeric", 25, 1, Some(2024), Some(Thu))),
            ("Apel digelar Kamis, (25/01/2024) pagi.", ("Kamis, (25/01/2024)", "weekday_numeric", 25, 1, Some(2024), Some(Thu))),
            ("Patroli Jumat (22/11/2024) malam.", ("Jumat (22/11/2024)", "weekday_numeric", 22, 11, Some(2024), Some(Fri))),
            ("Patroli KAMIS (16/11) di Sumenep.", ("KAMIS (16/11)", "weekday_numeric", 16, 11, None, Some(Thu))),
            ("Rakor kamis (8/8) kemarin.", ("kamis (8/8)", "weekday_numeric", 8, 8, None, Some(Thu))),
            ("Rapat Senin (5/2/24) di Sampang.", ("Senin (5/2/24)", "weekday_numeric", 5, 2, Some(2024), Some(Mon))),
            ("Digelar Jum'at (8/11) sore.", ("Jum'at (8/11)", "weekday_numeric", 8, 11, None, Some(Fri))),
            ("Digelar Ahad (10/11).", ("Ahad (10/11)", "weekday_numeric", 10, 11, None, Some(Sun))),
            ("Digelar Selasa malam (12/11).", ("Selasa malam (12/11)", "weekday_numeric", 12, 11, None, Some(Tue))),
            ("Digelar Minggu dini hari (10/11).", ("Minggu dini hari (10/11)", "weekday_numeric", 10, 11, None, Some(Sun))),
            ("Digelar Rabu, 27/11/2024 di Bangkalan.", ("Rabu, 27/11/2024", "weekday_numeric", 27, 11, Some(2024), Some(Wed))),
            ("Digelar Rabu (2024-11-27).", ("Rabu (2024-11-27)", "weekday_numeric", 27, 11, Some(2024), Some(Wed))),
            ("Rapat pada 25/01/2024 di aula.", ("25/01/2024", "numeric", 25, 1, Some(2024), None)),
            ("Rapat pleno (22/11/2024) berjalan.", ("22/11/2024", "numeric", 22, 11, Some(2024), None)),
            ("Rapat pada 25.01.2024 di aula.", ("25.01.2024", "numeric", 25, 1, Some(2024), None)),
            ("Diperbarui 2024-11-27 pukul 10.00.", ("2024-11-27", "iso", 27, 11, Some(2024), None)),
            ("Diperbarui 27-11-2024 pukul 10.00.", ("27-11-2024", "iso", 27, 11, Some(2024), None)),
            ("Pencoblosan 14 Februari 2024 nanti.", ("14 Februari 2024", "day_month_name", 14, 2, Some(2024), None)),
            ("Pencoblosan 27 November 2024 mendatang.", ("27 November 2024", "day_month_name", 27, 11, Some(2024), None)),
            ("Sejak 1 Okt 2024 patroli rutin.", ("1 Okt 2024", "day_month_name", 1, 10, Some(2024), None)),
            ("Sejak 27 Nov. 2024 patroli rutin.", ("27 Nov. 2024", "day_month_name", 27, 11, Some(2024), None)),
            ("Sejak 3 Agt 2024 patroli rutin.", ("3 Agt 2024", "day_month_name", 3, 8, Some(2024), None)),
            ("Sejak 9 Sept 2024 patroli rutin.", ("9 Sept 2024", "day_month_name", 9, 9, Some(2024), None)),
            ("Sejak 2 Nopember 2024 patroli.", ("2 Nopember 2024", "day_month_name", 2, 11, Some(2024), None)),
            ("Apel Senin pagi, 25 November 2024 di Pamekasan.", ("Senin pagi, 25 November 2024", "day_month_name", 25, 11, Some(2024), Some(Mon))),
            ("Apel Rabu, 27 November 2024.", ("Rabu, 27 November 2024", "day_month_name", 27, 11, Some(2024), Some(Wed))),
            ("Apel Rabu (27 November 2024) pagi.", ("Rabu (27 November 2024)", "day_month_name", 27, 11, Some(2024), Some(Wed))),
            ("Pencoblosan 27 November mendatang.", ("27 November", "day_month_name", 27, 11, None, None)),
            ("Pada tanggal 14 Februari warga memilih.", ("14 Februari", "day_month_name", 14, 2, None, None)),
            ("Pada tanggal 14 Februari tahun 2024 warga memilih.", ("14 Februari tahun 2024", "day_month_name", 14, 2, Some(2024), None)),
            ("Selesai pada 27 Nov.", ("27 Nov.", "day_month_name", 27, 11, None, None)),
            ("Sejak 3 Agt. 2024 patroli.", ("3 Agt. 2024", "day_month_name", 3, 8, Some(2024), None)),
            ("Selesai pada 3 Agt.", ("3 Agt", "day_month_name", 3, 8, None, None)),
            ("Rilis 23 December 2024 in English.", ("23 December 2024", "day_month_name", 23, 12, Some(2024), None)),
            ("Diunggah Nov 23, 2024 - 22:57", ("Nov 23, 2024", "month_name_day", 23, 11, Some(2024), None)),
            ("Diunggah November 23, 2024 pukul 22:57.", ("November 23, 2024", "month_name_day", 23, 11, Some(2024), None)),
            ("Posted Saturday, Nov. 23, 2024.", ("Saturday, Nov. 23, 2024", "month_name_day", 23, 11, Some(2024), Some(Sat))),
            ("Sejak 17 Agustus 1945 merdeka.", ("17 Agustus 1945", "day_month_name", 17, 8, Some(1945), None)),
        ];
        for &(text, want) in cases {
            assert_eq!(found(text), [want], "{text:?}");
        }
    }

    #[test]
    fn quick_reading_of_names_agrees_with_the_general_one() {
        let words = "Kamis kamis KAMIS Jum'at Jum’at J'umat Ka'mis Kamis' Kamis’ Sab'tu. \
            Mi'ng'gu SE'NIN. Ra'bu' Wed'nesday Wednesday Wednesday. Ahad ahad. Minggu. \
            Nov Nov. nov NOPEMBER Agt Agt. Sept sept. Mei mei may Mei' Ju'ni Se'p Selasa \
            sebanyak serta sampai Kapolres juga kata \u{212A}amis Sé Kam\u{e9}s agustus \
            AGUSTUS. oktober. Oct desember. Decembers Jumat- Rabu2 R4bu sab.tu";
        for t in tokens(words) {
            assert_eq!(named(&t), named_slowly(&t), "{:?}", t.text);
        }
        assert_eq!(named(&tokens("Jum'at")[0]), Some(Named::Weekday(Weekday::Fri)));
        assert_eq!(named(&tokens("Sept.")[0]), Some(Named::Month(9, true)));
    }

    #[test]
    fn a_parenthesis_starts_no_date_of_its_own() {
        assert_eq!(
            found("Rapat (16/11/2023) dan (Kamis 16/11) lalu."),
            [
                ("16/11/2023", "numeric", 16, 11, Some(2023), None),
                ("Kamis 16/11", "weekday_numeric", 16, 11, None, Some(Weekday::Thu)),
            ]
        );
    }

    #[test]
    fn several_dates() {
        let text = "Kamis (14/11) dan Jumat (15/11), lalu 27 November 2024.";
        let spans: Vec<_> = found(text).into_iter().map(|f| f.0).collect();
        assert_eq!(spans, ["Kamis (14/11)", "Jumat (15/11)", "27 November 2024"]);
    }

    #[test]
    fn not_dates() {
        let texts = [
            "Rapat digelar Kamis lalu.",
            "Pada November nanti warga memilih.",
            "Pada November 2024 warga memilih.",
            "Tahun 2024 penting bagi Sampang.",
            "Sebanyak 1.316 personel siaga.",
            "Skor babak pertama 1/2 dan 3/4.",
            "Rasio (8/8) tercapai.",
            "Pada 31/02/2024 tidak ada.",
            "Pada 32 Januari tidak ada.",
            "Pada 31 Februari 2024 tidak ada.",
            "Pada 29 Februari 2023 tidak ada.",
            "Nov 23 tanpa tahun.",
            "Surat No.7/2024 terbit.",
            "Kodim 0820/Probolinggo siaga.",
            "Kamis\n(16/11) terpisah baris.",
            "14\nFebruari 2024 terpisah baris.",
            "Kamis (",
            "Kamis (99/99)",
            "(",
            ")",
            "",
            "   ",
            "Kamis , (",
            "Senin pagi,",
            "27",
            "Nov.",
            "Nov 23,",
            "dini hari Kamis dini",
        ];
        for text in texts {
            assert!(found(text).is_empty(), "{text:?}: {:?}", found(text));
        }
    }

    #[test]
    fn invalid_with_weekday_is_skipped() {
        assert_eq!(
            found("Kamis (31/2) lalu, Jumat (1/3)."),
            [("Jumat (1/3)", "weekday_numeric", 1, 3, None, Some(Weekday::Fri))]
        );
        assert_eq!(found("Senin, 29 Februari 2023 dan 14 Februari 2024")[0].0, "14 Februari 2024");
    }

    #[test]
    fn minggu_as_week() {
        // "minggu" lowercase that contradicts the date is the noun "week".
        assert_eq!(
            found("Dalam satu minggu, 25 November 2024 jadi batas."),
            [("25 November 2024", "day_month_name", 25, 11, Some(2024), None)]
        );
        assert_eq!(found("Apel Minggu (24/11/2024).")[0].5, Some(Weekday::Sun));
    }

    #[test]
    fn no_panic_on_odd_input() {
        let texts = [
            "(",
            "Kamis (",
            "Kamis (99/99)",
            "31 Februari 2024",
            "",
            "Kamis ( 16/11",
            "16/11)",
            "Nov. .",
            "Jum’at (8/11)",
            "Kamis (0/0) (00/00/0000) 0 Januari 0000 Januari 0, 0000",
            "9999-99-99 2024-02-30 2024-2-29 2023-2-29 00/00/00",
            "Rabu, 27 November 99999999999999999999",
            "\u{200B}Kamis\u{200B}(16/11)\u{FEFF}",
            "Kamis 🙂 (16/11) ééé 14 Februari 2024",
        ];
        for text in texts {
            let toks = tokens(text);
            let hints = year_hints(text, &toks);
            for m in find(text, &toks) {
                assert!(m.span.start < m.span.end && m.span.end <= text.len(), "{text:?}");
                assert!(text.get(m.span.start..m.span.end).is_some(), "{text:?}");
                assert!(toks.iter().any(|t| t.span.start == m.span.start), "{text:?}");
                assert!(toks.iter().any(|t| t.span.end == m.span.end), "{text:?}");
                let _ = resolve(&m, None, &hints);
                let _ = resolve(&m, Some(ymd(2024, 2, 29)), &hints);
            }
        }
        // Tokens not cut from this text do not panic either.
        let other = "Kamis (16/11) dan 14 Februari 2024";
        let toks = tokens(other);
        let _ = find("Kamis", &toks);
        let _ = year_hints("", &toks);
        // Extreme document dates.
        let m = &mentions("Kamis (16/11)")[0];
        let _ = resolve(m, Some(NaiveDate::MAX), &YearHints::default());
        let _ = resolve(m, Some(NaiveDate::MIN), &YearHints::default());
    }

    #[test]
    fn written_years_resolve_to_themselves() {
        let cases = [
            ("Kamis (25/01/2024)", "2024-01-25"),
            ("Senin (5/2/24)", "2024-02-05"),
            ("14 Februari 2024", "2024-02-14"),
            ("Nov 23, 2024", "2024-11-23"),
            ("27-11-2024", "2024-11-27"),
        ];
        for (text, iso) in cases {
            for doc in [None, Some(ymd(2019, 6, 1))] {
                assert_eq!(resolved(text, doc), [(text.to_owned(), Some(iso.to_owned()))]);
            }
        }
    }

    #[test]
    fn years_from_the_document_date() {
        #[rustfmt::skip]
        let cases: &[(&str, NaiveDate, &str)] = &[
            // No weekday: the closest date.
            ("Pencoblosan 27 November mendatang.", ymd(2024, 11, 23), "2024-11-27"),
            ("Rapat 30 Desember lalu.", ymd(2025, 1, 2), "2024-12-30"),
            ("Libur 2 Januari nanti.", ymd(2024, 12, 28), "2025-01-02"),
            // The weekday fits the document's year.
            ("Rakor Kamis (8/8).", ymd(2024, 8, 10), "2024-08-08"),
            // It does not: the fitting year next to it.
            ("Apel Kamis (28/12).", ymd(2024, 1, 3), "2023-12-28"),
            ("Patroli Kamis (16/11).", ymd(2024, 11, 23), "2023-11-16"),
            // It fits none: a slip, and the closest date.
            ("Apel Senin (17/11).", ymd(2023, 11, 18), "2023-11-17"),
            // 29 February only in a leap year.
            ("Kamis (29/2).", ymd(2024, 3, 1), "2024-02-29"),
            ("Rapat 29 Februari lalu.", ymd(2025, 1, 10), "2024-02-29"),
        ];
        for &(text, doc, iso) in cases {
            let got = resolved(text, Some(doc));
            assert_eq!(got.len(), 1, "{text:?}");
            assert_eq!(got[0].1.as_deref(), Some(iso), "{text:?} on {doc}");
        }
    }

    #[test]
    fn years_from_the_article() {
        #[rustfmt::skip]
        let cases: &[(&str, Option<&str>)] = &[
            // "tahun depan" near 2024: the article is from 2023.
            ("Pemilu 2024 digelar awal tahun depan. Patroli Kamis (16/11) sore.", Some("2023-11-16")),
            ("Pemilu 2024 digelar awal tahun depan. Patroli 16 November lalu.", Some("2023-11-16")),
            // "tahun lalu" near 2023: the article is from 2024.
            ("Pemilu tahun lalu, 2023, sepi. Apel 16 November.", Some("2024-11-16")),
            // 2024 and 2019 both fit Thursday 8 August; 2024 is named more, and later.
            ("Pilkada 2024 berbeda dari Pilkada 2019. Pilkada 2024 aman. Rakor Kamis (8/8).", Some("2024-08-08")),
            ("Pilkada 2019 dan Pilkada 2024. Rakor Kamis (8/8).", Some("2024-08-08")),
            // The weekday picks the neighbouring year: 16 Nov 2024 is a Saturday.
            ("Menjelang Pilkada 2024 polisi patroli Kamis (16/11).", Some("2023-11-16")),
            // Without a weekday, the most likely year.
            ("Menjelang Pilkada 2024 polisi patroli 16 November.", Some("2024-11-16")),
            // Dated mentions weigh more than bare ones.
            ("Pemilu 2024 dan Pemilu 2024. Rapat Kamis (16/11/2023), lalu apel 20 November.", Some("2023-11-20")),
            // Counts of people are no years.
            ("Sebanyak 2019 personel siaga, 2019 pemilih terdaftar. Rakor Kamis (8/8) jelang Pilkada 2024.", Some("2024-08-08")),
            // No year anywhere: no resolution.
            ("Patroli Kamis (16/11) tahun depan.", None),
            ("Patroli 16 November.", None),
        ];
        for &(text, iso) in cases {
            let got = resolved(text, None);
            let last = got.last().unwrap_or_else(|| panic!("no date in {text:?}"));
            assert_eq!(last.1.as_deref(), iso, "{text:?}: {got:?}");
        }
    }

    #[test]
    fn hints() {
        let text = "Pilkada 2024 mendatang beda dengan Pemilu 2019 lalu. Anggaran 2000 personel.";
        let toks = tokens(text);
        let h = year_hints(text, &toks);
        assert_eq!(h.years.len(), 2);
        assert!(h.years.iter().any(|y| y.year == 2024 && y.upcoming && !y.past));
        assert!(h.years.iter().any(|y| y.year == 2019 && y.past));
        assert_eq!(h.candidates(), [2024, 2019, 2023, 2018, 2020]);
        // "dua tahun lalu" is no one-year shift.
        let text = "Pemilu 2022 dua tahun lalu.";
        let h = year_hints(text, &tokens(text));
        assert!(h.years.iter().all(|y| !y.last_year));
        assert!(year_hints("", &[]).is_empty());
    }

    #[test]
    fn proptest_like_no_panic() {
        // Every prefix and suffix of a dense sample, cut on char boundaries.
        let text =
            "Rabu, 27 November 2024 (27/11/2024) Nov. 23, 2024 Jum’at dini hari (8/8) 2024-11-27";
        for (i, _) in text.char_indices() {
            for part in [&text[..i], &text[i..]] {
                let toks = tokens(part);
                let hints = year_hints(part, &toks);
                for m in find(part, &toks) {
                    assert!(part.get(m.span.start..m.span.end).is_some());
                    let _ = resolve(&m, None, &hints);
                }
            }
        }
    }
}
