//! The lexer: cuts text into [`Token`]s without copying or allocating.
//!
//! It works in two steps per token. First it takes a *core*: a run of word characters
//! joined by connectors (`. / - _ @`, and `, :` between digits, an apostrophe between
//! letters). Then it classifies the core by shape and, where the shape says the core is
//! really several tokens glued together ("2024.Jika", "TimurProbolinggo",
//! "Gubernur/Wakil"), it keeps only the first one; the rest is scanned again. Cores are
//! capped at [`MAX_CORE`] bytes (at a connector, or inside a longer run of word
//! characters) so that re-scanning stays linear on junk.

use crate::abbrev;
use crate::span::Span;
use crate::token::{Token, TokenKind};

/// Longest core (in bytes) that is still extended across a connector; a run of word
/// characters is cut just past it too ("JawaTimurJawaTimur…" would otherwise be scanned
/// to its end again for every word split off its front).
const MAX_CORE: usize = 256;

/// Whether `c` separates tokens: Unicode `White_Space` plus the invisible format
/// characters that scraped pages scatter through text (zero-width space and joiners, word
/// joiner, byte-order mark). The tokenizer's invariant is stated in these terms: every
/// character for which this is false belongs to exactly one token.
#[inline]
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// Letters, digits and combining marks; also U+FFFD, so that a word read with `--lossy`
/// ("Pend\u{FFFD}po" from Latin-1 "Pendépo") stays one word.
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() || is_combining_mark(c) || c == '\u{FFFD}'
    }
}

#[inline]
fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// The char starting at byte `i` (which must be a char boundary inside `text`).
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// The char ending at byte `i`.
#[inline]
fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

#[inline]
fn word_char_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        Some(b) if *b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => char_at(text, i).is_some_and(is_word_char),
        None => false,
    }
}

/// Which quotation-mark family a mark belongs to; each keeps its own open/closed state.
#[derive(Clone, Copy)]
enum Family {
    Double,
    Single,
}

/// An iterator over the tokens of a text. Created by [`Tokenizer::tokens`](crate::Tokenizer::tokens).
///
/// It allocates nothing: each [`Token`] borrows the text.
#[derive(Clone, Debug)]
pub struct Tokens<'t> {
    text: &'t str,
    pos: usize,
    double_open: bool,
    single_open: bool,
}

impl<'t> Tokens<'t> {
    pub(crate) fn new(text: &'t str) -> Tokens<'t> {
        Tokens { text, pos: 0, double_open: false, single_open: false }
    }

    fn scan(&mut self, start: usize) -> (usize, TokenKind) {
        let text = self.text;
        let b = text.as_bytes()[start];
        if b < 0x80 {
            return match b {
                b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => scan_word(text, start),
                b'"' => (start + 1, self.quote(start, start + 1, Family::Double, None)),
                b'\'' | b'`' => (start + 1, self.quote(start, start + 1, Family::Single, None)),
                b'[' => match scan_link(text, start) {
                    Some(end) => (end, TokenKind::Link),
                    None => (start + 1, TokenKind::Punct),
                },
                b'#' | b'@' => scan_tag(text, start),
                b'-' => (scan_run(text, start, |c| c == '-' || is_dash(c)), TokenKind::Dash),
                b'.' => {
                    let dots = text.as_bytes()[start..].iter().take_while(|&&b| b == b'.').count();
                    (start + dots, TokenKind::Punct)
                }
                b'$' | b'%' | b'+' | b'<' | b'=' | b'>' | b'^' | b'|' | b'~' => {
                    (start + 1, TokenKind::Symbol)
                }
                _ if b.is_ascii_punctuation() => (start + 1, TokenKind::Punct),
                _ => (start + 1, TokenKind::Symbol),
            };
        }
        let Some(c) = char_at(text, start) else {
            return (text.len(), TokenKind::Symbol);
        };
        let end = start + c.len_utf8();
        // No mark below is a word char (see the tests), so they are matched first and
        // the common quotes and dashes skip the Unicode tables of `is_word_char`.
        match c {
            '“' | '”' | '„' | '‟' | '«' | '»' | '″' => {
                let glyph =
                    if matches!(c, '”' | '»' | '″') { Side::Close } else { Side::Open };
                (end, self.quote(start, end, Family::Double, Some(glyph)))
            }
            '‘' | '’' | '‚' | '‛' | '‹' | '›' | '′' => {
                let glyph =
                    if matches!(c, '’' | '›' | '′') { Side::Close } else { Side::Open };
                (end, self.quote(start, end, Family::Single, Some(glyph)))
            }
            _ if is_dash(c) => (scan_run(text, start, |c| c == '-' || is_dash(c)), TokenKind::Dash),
            '…' | '¡' | '¿' | '·' | '、' | '。' | '，' | '；' | '：' | '！' | '？' | '（'
            | '）' | '「' | '」' | '『' | '』' | '【' | '】' | '\u{AD}' => {
                (end, TokenKind::Punct)
            }
            _ if is_word_char(c) => scan_word(text, start),
            _ => (end, TokenKind::Symbol),
        }
    }

    /// Decides whether the quotation mark at `start..end` opens or closes, from the
    /// characters around it first, then the glyph's own direction, then the family's state.
    fn quote(
        &mut self,
        start: usize,
        end: usize,
        family: Family,
        glyph: Option<Side>,
    ) -> TokenKind {
        let prev = char_before(self.text, start);
        let next = char_at(self.text, end);
        let open_before = prev
            .is_none_or(|c| is_space(c) || matches!(c, '(' | '[' | '{' | '<' | '-') || is_dash(c));
        let close_after = next.is_none_or(|c| {
            is_space(c)
                || matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '>' | '…')
        });
        let state = match family {
            Family::Double => &mut self.double_open,
            Family::Single => &mut self.single_open,
        };
        let side = match (open_before, close_after) {
            (true, false) => Side::Open,
            (false, true) => Side::Close,
            (false, false) if prev.is_some_and(|c| matches!(c, ',' | '.' | '!' | '?')) => {
                Side::Close
            }
            _ => glyph.unwrap_or(if *state { Side::Close } else { Side::Open }),
        };
        *state = side == Side::Open;
        match side {
            Side::Open => TokenKind::OpenQuote,
            Side::Close => TokenKind::CloseQuote,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Open,
    Close,
}

impl<'t> Iterator for Tokens<'t> {
    type Item = Token<'t>;

    #[inline]
    fn next(&mut self) -> Option<Token<'t>> {
        let text = self.text;
        let bytes = text.as_bytes();
        loop {
            let b = *bytes.get(self.pos)?;
            if b < 0x80 {
                if ASCII_SPACE[b as usize] {
                    self.pos += 1;
                    continue;
                }
                break;
            }
            match char_at(text, self.pos) {
                Some(c) if is_space(c) => self.pos += c.len_utf8(),
                _ => break,
            }
        }
        let start = self.pos;
        let (end, kind) = match plain_word(text, start) {
            Some(found) => found,
            None => self.scan(start),
        };
        debug_assert!(end > start && text.is_char_boundary(end));
        self.pos = end;
        Some(Token { text: &text[start..end], span: Span::new(start, end), kind })
    }
}

impl std::iter::FusedIterator for Tokens<'_> {}

fn is_dash(c: char) -> bool {
    matches!(c, '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}')
}

/// End of the run of chars satisfying `keep` that starts at `start`.
fn scan_run(text: &str, start: usize, keep: impl Fn(char) -> bool) -> usize {
    text[start..].char_indices().find(|&(_, c)| !keep(c)).map_or(text.len(), |(i, _)| start + i)
}

/// `#tag` and `@mention`; a lone or word-internal sign is a symbol.
fn scan_tag(text: &str, start: usize) -> (usize, TokenKind) {
    let glued = char_before(text, start).is_some_and(is_word_char);
    let body_end = scan_run(text, start + 1, |c| is_word_char(c) || c == '_');
    if glued || body_end == start + 1 {
        return (start + 1, TokenKind::Symbol);
    }
    let kind = if text.as_bytes()[start] == b'#' { TokenKind::Hashtag } else { TokenKind::Mention };
    (body_end, kind)
}

/// A markdown link `[text](url)` on one line, or `None`.
fn scan_link(text: &str, start: usize) -> Option<usize> {
    let rest = &text[start..];
    let window = &rest[..floor_boundary(rest, 512)];
    let close = window.find([']', '\n'])?;
    if window.as_bytes()[close] != b']'
        || close < 2
        || rest.as_bytes().get(close + 1) != Some(&b'(')
    {
        return None;
    }
    let url_start = close + 2;
    let tail = &rest[url_start..];
    let tail = &tail[..floor_boundary(tail, 2048)];
    let paren = tail.find(|c: char| c == ')' || is_space(c))?;
    if tail.as_bytes()[paren] != b')' || paren == 0 {
        return None;
    }
    Some(start + url_start + paren + 1)
}

/// The largest char boundary of `s` not above `n`.
fn floor_boundary(s: &str, n: usize) -> usize {
    if n >= s.len() {
        return s.len();
    }
    (0..=n).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0)
}

/// A URL starting at `start` with a scheme or "www.", or `None`.
fn url_at(text: &str, start: usize) -> Option<usize> {
    let rest = text.as_bytes().get(start..)?;
    let prefix = |p: &[u8]| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
    let www = prefix(b"www.") && word_char_at(text, start + 4);
    if !(prefix(b"https://") || prefix(b"http://") || www) {
        return None;
    }
    Some(url_end(text, start))
}

/// Where a URL that starts at `start` ends: at white space or a quotation mark, without
/// trailing sentence punctuation or an unbalanced closing bracket.
fn url_end(text: &str, start: usize) -> usize {
    let mut end = scan_run(text, start, |c| {
        !is_space(c) && !matches!(c, '"' | '<' | '>' | '“' | '”' | '‘' | '’' | '«' | '»')
    });
    loop {
        let url = &text[start..end];
        let Some(last) = url.chars().next_back() else { break };
        let unbalanced = |open: char, close: char| {
            last == close && url.matches(close).count() > url.matches(open).count()
        };
        if ".,;:!?'".contains(last) || unbalanced('(', ')') || unbalanced('[', ']') {
            end -= last.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// For each byte, the [`Seen`] bits an ASCII letter or digit adds to a core when it is
/// not the first byte of its run (an uppercase letter there is an inner capital); zero
/// for every other byte.
static INNER: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = if c.is_ascii_uppercase() {
            (Seen::LETTER | Seen::INNER_UPPER) as u8
        } else if c.is_ascii_lowercase() {
            Seen::LETTER as u8
        } else if c.is_ascii_digit() {
            Seen::DIGIT as u8
        } else {
            0
        };
        b += 1;
    }
    table
};

/// Bytes that may join two runs of a core: `. / - _ @ , : '` and 0xE2, the lead byte
/// of `’`. Any other byte after a run ends the core.
static CONNECTOR: [bool; 256] = {
    let mut table = [false; 256];
    let joins = b"./-_@,:'\xE2";
    let mut i = 0;
    while i < joins.len() {
        table[joins[i] as usize] = true;
        i += 1;
    }
    table
};

/// ASCII white space as the lexer skips it: space, tab, line feed, vertical tab, form
/// feed, carriage return.
static ASCII_SPACE: [bool; 128] = {
    let mut table = [false; 128];
    table[b' ' as usize] = true;
    let mut b = b'\t';
    while b <= b'\r' {
        table[b as usize] = true;
        b += 1;
    }
    table
};

/// ASCII bytes that end a core when they follow a run of letters and digits: white
/// space, controls and the punctuation that is no connector. `,` and `:` are connectors
/// only between digits and are tested apart; non-ASCII bytes are never in the table.
static ENDS_CORE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x80 {
        let c = b as u8;
        table[b] = !c.is_ascii_alphanumeric() && !CONNECTOR[b];
        b += 1;
    }
    table
};

/// The high bit of each byte of a `u64`.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte lane of `w` that holds an ASCII lowercase letter, all others
/// clear. Lanes are computed on seven bits, so no sum carries into the next lane.
#[inline]
const fn lowercase_lanes(w: u64) -> u64 {
    const LANES: u64 = 0x0101_0101_0101_0101;
    let low7 = w & !HIGH_BITS;
    let from_a = low7 + 0x1F * LANES; // high bit set from b'a' (0x61) up
    let past_z = low7 + 0x05 * LANES; // high bit set from b'{' (0x7B) up
    from_a & !past_z & !w & HIGH_BITS
}

/// The fast path of [`Tokens::next`] for the commonest token: a run of ASCII letters and
/// digits that is a core of its own (what follows it joins nothing) and so needs none of
/// the shape checks of [`classify`]. Returns the token's end and kind exactly as
/// [`scan_word`] would, or `None` to leave the token to [`Tokens::scan`].
#[inline(always)]
fn plain_word(text: &str, start: usize) -> Option<(usize, TokenKind)> {
    let bytes = text.as_bytes();
    let first = *bytes.get(start)?;
    let first_bits = INNER[first as usize];
    if first_bits == 0 {
        return None;
    }
    // A URL ("http://", "www.") starts here only after these two bytes: leave it to `scan`.
    let second = bytes.get(start + 1).map_or(0, |b| b | 0x20);
    if matches!((first | 0x20, second), (b'h', b't') | (b'w', b'w')) {
        return None;
    }
    let limit = bytes.len().min(start + MAX_CORE + 1);
    let scope = &bytes[..limit];
    // The first byte of a run is no inner capital.
    let mut seen = u16::from(first_bits) & !Seen::INNER_UPPER;
    let mut end = start + 1;
    // Lowercase letters eight at a time, then byte by byte from the first other byte.
    while let Some(chunk) = scope.get(end..).and_then(<[u8]>::first_chunk::<8>) {
        let lower = lowercase_lanes(u64::from_le_bytes(*chunk));
        let n = (lower ^ HIGH_BITS).trailing_zeros() as usize / 8;
        if n != 0 {
            seen |= Seen::LETTER;
        }
        end += n;
        if n < 8 {
            break;
        }
    }
    while let Some(&b) = scope.get(end) {
        let bits = INNER[b as usize];
        if bits == 0 {
            break;
        }
        seen |= u16::from(bits);
        end += 1;
    }
    // Does the core end with this run? (A run cut at `limit` is followed by a letter or
    // digit, which is in no branch below.)
    let dot = match bytes.get(end) {
        None => false,
        Some(&b) if ENDS_CORE[b as usize] => false,
        Some(b',' | b':') if !bytes[end - 1].is_ascii_digit() => false,
        // A dot joins the next run when a word character follows it.
        Some(b'.') => match bytes.get(end + 1) {
            None => true,
            Some(&b) if b < 0x80 && !b.is_ascii_alphanumeric() => true,
            Some(_) => return None,
        },
        Some(_) => return None,
    };
    let kind = if seen & Seen::LETTER == 0 {
        TokenKind::Number
    } else if seen & Seen::INNER_UPPER != 0 && !first.is_ascii_digit() {
        if let Some(split) = camel_split(&bytes[start..end]) {
            return Some((start + split, TokenKind::Word));
        }
        TokenKind::Word
    } else if end - start == 1 && first.is_ascii_uppercase() {
        TokenKind::Initial
    } else {
        TokenKind::Word
    };
    // A dot right after a word is part of it when the word is an initial or an
    // abbreviation, as in `scan_word`; "..." is no such dot.
    if dot && kind != TokenKind::Number && bytes.get(end + 1) != Some(&b'.') {
        if kind == TokenKind::Initial {
            return Some((end + 1, kind));
        }
        if abbrev::is_abbreviation(&text[start..end]) {
            return Some((end + 1, TokenKind::Abbreviation));
        }
    }
    Some((end, kind))
}

/// What [`scan_core`] saw in a core, so that [`classify`] can skip the shape checks a
/// plain word does not need.
#[derive(Clone, Copy, Default)]
struct Seen(u16);

impl Seen {
    const LETTER: u16 = 1;
    const DIGIT: u16 = 1 << 1;
    const INNER_UPPER: u16 = 1 << 2;
    const NON_ASCII: u16 = 1 << 3;
    /// Any connector other than a hyphen: `. / @ _ , : '`.
    const JOINED: u16 = 1 << 4;
    const HYPHEN: u16 = 1 << 5;

    fn has(self, bits: u16) -> bool {
        self.0 & bits != 0
    }
}

/// Scans a token that starts with a word character.
fn scan_word(text: &str, start: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let first = bytes[start];
    // Only "http://", "https://" and "www." open a URL here: look at the second byte first.
    if matches!(
        (first | 0x20, bytes.get(start + 1).map(|b| b | 0x20)),
        (b'h', Some(b't')) | (b'w', Some(b'w'))
    ) {
        if let Some(end) = url_at(text, start) {
            return (end, TokenKind::Url);
        }
    }
    let (core_end, seen) = scan_core(text, start);
    let core = &text[start..core_end];
    let (len, mut kind) = if seen.has(Seen::JOINED) {
        classify(text, start, core)
    } else if seen.has(Seen::HYPHEN | Seen::INNER_UPPER) {
        // Letters, digits and hyphens only: no e-mail, domain, dotted or slashed shape, so
        // of `classify` only the numeric shapes and the camel-case split apply.
        if first.is_ascii_digit() {
            classify(text, start, core)
        } else {
            (camel_split(core.as_bytes()).unwrap_or(core.len()), TokenKind::Word)
        }
    } else if !seen.has(Seen::LETTER | Seen::NON_ASCII) {
        (core.len(), TokenKind::Number)
    } else if core.len() == 1 && first.is_ascii_uppercase() {
        (1, TokenKind::Initial)
    } else {
        (core.len(), TokenKind::Word)
    };
    let mut end = start + len;
    // A dot right after a word is part of it when the word is an abbreviation.
    if kind.is_wordlike()
        && text.as_bytes().get(end) == Some(&b'.')
        && text.as_bytes().get(end + 1) != Some(&b'.')
    {
        let word = &text[start..end];
        if kind == TokenKind::Initial {
            end += 1;
        } else if kind == TokenKind::Abbreviation || abbrev::is_abbreviation(word) {
            end += 1;
            kind = TokenKind::Abbreviation;
        }
    }
    (end, kind)
}

/// The end of the core that starts at `start` (word characters joined by connectors),
/// and what it contains.
#[inline]
fn scan_core(text: &str, start: usize) -> (usize, Seen) {
    let bytes = text.as_bytes();
    let limit = bytes.len().min(start + MAX_CORE + 1);
    let mut seen = 0u16;
    let mut i = start;
    loop {
        // The first byte of a run is no inner capital.
        if i < limit {
            let bits = INNER[bytes[i] as usize];
            seen |= u16::from(bits) & !Seen::INNER_UPPER;
            i += usize::from(bits != 0);
        }
        while i < limit {
            let b = bytes[i];
            let bits = INNER[b as usize];
            if bits != 0 {
                seen |= u16::from(bits);
                i += 1;
            } else if b < 0x80 || b == 0xE2 && bytes.get(i + 1) == Some(&0x80) {
                // U+2000..=U+203F (spaces, dashes, quotes, ellipsis) holds no word char.
                break;
            } else {
                match char_at(text, i) {
                    Some(c) if is_word_char(c) => {
                        seen |= Seen::NON_ASCII | Seen::LETTER;
                        i += c.len_utf8();
                    }
                    _ => break,
                }
            }
        }
        if i >= bytes.len() || i - start > MAX_CORE || !CONNECTOR[bytes[i] as usize] {
            return (i, Seen(seen));
        }
        let prev_letter = || char_before(text, i).is_some_and(char::is_alphabetic);
        let (width, joins) = match bytes[i] {
            b'.' | b'/' | b'-' | b'_' | b'@' => (1, true),
            b',' | b':' => (
                1,
                bytes[i - 1].is_ascii_digit() && bytes.get(i + 1).is_some_and(u8::is_ascii_digit),
            ),
            b'\'' => (1, prev_letter()),
            _ if text[i..].starts_with('’') => (3, prev_letter()),
            _ => (0, false),
        };
        if !joins {
            return (i, Seen(seen));
        }
        let next = i + width;
        let next_ok = if bytes[i] == b'\'' || width == 3 {
            char_at(text, next).is_some_and(char::is_alphabetic)
        } else {
            word_char_at(text, next)
        };
        if !next_ok {
            return (i, Seen(seen));
        }
        seen |= if bytes[i] == b'-' { Seen::HYPHEN } else { Seen::JOINED };
        i = next;
    }
}

/// Classifies `core` (which starts at byte `start` of `text`) and returns how many of its
/// bytes form the token, with the token's kind.
fn classify(text: &str, start: usize, core: &str) -> (usize, TokenKind) {
    let core = match find_byte(core, b'@') {
        Some(_) if is_email(core) => return (core.len(), TokenKind::Email),
        Some(at) => &core[..at],
        None => core,
    };
    let head_end = find_byte(core, b'/').unwrap_or(core.len());
    let first_dot = find_byte(core, b'.');
    if first_dot.is_some() && is_domain(&core[..head_end]) {
        return if head_end < core.len() {
            (url_end(text, start) - start, TokenKind::Url)
        } else {
            (core.len(), TokenKind::Domain)
        };
    }
    let first = core.as_bytes()[0];
    if first.is_ascii_digit() {
        if let Some(kind) = numeric_kind(core) {
            return (core.len(), kind);
        }
        if let Some(dot) = first_dot {
            return classify(text, start, &core[..dot]);
        }
        if core.bytes().any(|b| b == b'/' || b == b'-') {
            return (core.len(), TokenKind::Code);
        }
        return (core.len(), TokenKind::Word);
    }
    if let Some(dot) = first_dot {
        if is_dotted_abbreviation(core) {
            return (core.len(), TokenKind::Abbreviation);
        }
        let head = &core[..dot];
        let tail = &core[dot + 1..];
        if head.len() <= 4 && tail.as_bytes()[0].is_ascii_digit() && find_byte(tail, b'/').is_some()
        {
            return (core.len(), TokenKind::Code); // "No.7/2024"
        }
        return classify(text, start, head);
    }
    if head_end < core.len() {
        let head = &core[..head_end];
        if core.bytes().any(|b| b.is_ascii_digit()) || is_roman(head) {
            return (core.len(), TokenKind::Code); // "V/Brawijaya", "Kep/12/XI/2024"
        }
        return classify(text, start, head);
    }
    if let Some(split) = camel_split(core.as_bytes()) {
        return (split, TokenKind::Word);
    }
    let mut chars = core.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_ascii_uppercase() {
            return (core.len(), TokenKind::Initial);
        }
    }
    (core.len(), TokenKind::Word)
}

/// The first position of the ASCII byte `b` in `s`: `s.find(b as char)` without the
/// set-up of a vectorized search, which costs more than it saves on a core.
#[inline]
fn find_byte(s: &str, b: u8) -> Option<usize> {
    s.bytes().position(|x| x == b)
}

/// The pieces of `s` between dots, as `s.split('.')` gives them (found by [`find_byte`]).
#[inline]
fn split_dots(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match find_byte(r, b'.') {
            Some(dot) => {
                rest = Some(&r[dot + 1..]);
                Some(&r[..dot])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// "S.I.K", "M.Si", "a.n", "S.Sos", "S.Tr.K": letter segments of at most four letters.
fn is_dotted_abbreviation(core: &str) -> bool {
    let mut segments = 0;
    for seg in split_dots(core) {
        let n = seg.chars().count();
        if n == 0 || n > 4 || !seg.chars().all(char::is_alphabetic) {
            return false;
        }
        segments += 1;
    }
    segments >= 2
}

fn is_roman(s: &str) -> bool {
    !s.is_empty() && s.len() <= 6 && s.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
}

/// Labels of letters, digits and inner hyphens, at least two, ending in a known TLD,
/// and not all one letter long (so "S.I.K" is no domain).
fn is_domain(s: &str) -> bool {
    if s.as_bytes().first().is_none_or(u8::is_ascii_digit) {
        return false;
    }
    let mut labels = 0;
    let mut long_label = false;
    let mut last = "";
    for label in split_dots(s) {
        let ok = !label.is_empty()
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if !ok {
            return false;
        }
        long_label |= label.len() > 1;
        labels += 1;
        last = label;
    }
    labels >= 2 && long_label && abbrev::is_tld(last)
}

fn is_email(core: &str) -> bool {
    let Some((local, domain)) = core.split_once('@') else { return false };
    !local.is_empty() && !local.contains('/') && !domain.contains('/') && is_domain(domain)
}

/// Splits glued words at a lower-to-upper change ("TimurProbolinggo" → "Timur") when
/// both sides look like words of their own (at least three letters before, and the
/// capital followed by a lowercase letter), so "McDonald" and "iPhone" stay whole.
fn camel_split(b: &[u8]) -> Option<usize> {
    let mut segment_start = 0;
    for i in 1..b.len().saturating_sub(1) {
        if b[i - 1] == b'-' {
            segment_start = i;
        }
        if b[i].is_ascii_uppercase()
            && b[i - 1].is_ascii_lowercase()
            && b[i + 1].is_ascii_lowercase()
            && i - segment_start >= 3
        {
            return Some(i);
        }
    }
    None
}

/// Kinds of purely numeric cores: digit groups joined by `. , / : -`.
fn numeric_kind(core: &str) -> Option<TokenKind> {
    const MAX_GROUPS: usize = 8;
    let mut len = [0usize; MAX_GROUPS];
    let mut val = [0u32; MAX_GROUPS];
    let mut seps = [0u8; MAX_GROUPS];
    let mut n = 0;
    for &b in core.as_bytes() {
        match b {
            b'0'..=b'9' => {
                len[n] += 1;
                val[n] = val[n].saturating_mul(10).saturating_add(u32::from(b - b'0'));
            }
            b'.' | b',' | b'/' | b':' | b'-' => {
                seps[n] = b;
                n += 1;
                if n == MAX_GROUPS {
                    return None;
                }
            }
            _ => return None,
        }
    }
    let groups = n + 1;
    let seps = &seps[..n];
    let (len, val) = (&len[..groups], &val[..groups]);
    let day_month = |d: u32, m: u32| (1..=31).contains(&d) && (1..=12).contains(&m);
    let thousands = |upto: usize| len[0] <= 3 && len[1..upto].iter().all(|&l| l == 3);
    let kind = match seps {
        [] => TokenKind::Number,
        [b'.'] | [b':'] if len[0] <= 2 && len[1] == 2 && val[0] <= 24 && val[1] <= 59 => {
            TokenKind::Time
        }
        [b':', b':'] if len[0] <= 2 && len[1] == 2 && len[2] == 2 && val[0] <= 24 => {
            TokenKind::Time
        }
        [b'.'] => TokenKind::Number,
        [b','] => TokenKind::Number,
        [b'/'] if len[0] <= 2 && len[1] <= 2 && day_month(val[0], val[1]) => TokenKind::Date,
        [b'/', b'/'] | [b'-', b'-'] | [b'.', b'.']
            if len[0] <= 2
                && len[1] <= 2
                && (len[2] == 4 || len[2] == 2 && seps[0] == b'/')
                && day_month(val[0], val[1]) =>
        {
            TokenKind::Date
        }
        [b'-', b'-'] if len[0] == 4 && len[1] <= 2 && len[2] <= 2 && day_month(val[2], val[1]) => {
            TokenKind::Date
        }
        _ if seps.iter().all(|&s| s == b'.') && thousands(groups) => TokenKind::Number,
        [dots @ .., b','] if dots.iter().all(|&s| s == b'.') && thousands(groups - 1) => {
            TokenKind::Number
        }
        _ if seps.iter().any(|&s| s == b'/' || s == b'-') => TokenKind::Code,
        _ => return None,
    };
    Some(kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_lanes_mark_exactly_the_lowercase_letters() {
        for b in 0..=255u8 {
            for other in [0u8, b'a', b'z', 0x7F, 0x80, 0xE1, 0xFF] {
                for lane in 0..8 {
                    let mut bytes = [other; 8];
                    bytes[lane] = b;
                    let lanes = lowercase_lanes(u64::from_le_bytes(bytes));
                    for (i, &x) in bytes.iter().enumerate() {
                        let marked = lanes >> (8 * i + 7) & 1 == 1;
                        assert_eq!(marked, x.is_ascii_lowercase(), "{bytes:?} lane {i}");
                    }
                    assert_eq!(lanes & !HIGH_BITS, 0);
                }
            }
        }
    }

    #[test]
    fn byte_searches_agree_with_str_searches() {
        for s in ["", ".", "..", "a.b", ".a.", "S.I.K", "é.ü.", "ab/c.1", "a/b.1/2", "x@y.id"] {
            assert_eq!(split_dots(s).collect::<Vec<_>>(), s.split('.').collect::<Vec<_>>());
            for b in [b'.', b'/', b'@'] {
                assert_eq!(find_byte(s, b), s.find(char::from(b)), "{s:?}");
            }
        }
    }

    /// Wherever the plain-word fast path answers, it answers as the general scan does.
    #[test]
    fn plain_word_agrees_with_scan_word() {
        let words = [
            "ujar",
            "Ujarnya",
            "M",
            "m",
            "TNI",
            "TimurBarat",
            "KotaBaru",
            "iPhone",
            "2024",
            "24",
            "7a",
            "3G",
            "B2B",
            "dll",
            "Kab",
            "Prof",
            "http",
            "https",
            "www",
            "wwx",
            "hti",
            "Jum",
            "x",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        ];
        let tails = [
            "", " ", "\n", "\t", ",", ", ", ":", ": ", ";", ".", ". ", "..", "...", ".x", ".1",
            ".é", ".\u{a0}", ".”", ",1", ":30", "-", "-an", "/", "/x", "'", "'s", "’", "’s", "”",
            "“", "é", "\u{301}", "(", ")", "!", "?", "\"", "@x", "_x", "#", "\u{a0}", "\u{0}", "A",
            "1", "://x", ".id", ".co.id",
        ];
        let long = "a".repeat(MAX_CORE + 3);
        for (w, t) in words.iter().chain([&long.as_str()]).flat_map(|w| tails.map(|t| (w, t))) {
            for lead in ["", " ", "x", "(", "1,"] {
                let text = format!("{lead}{w}{t}");
                let start = lead.len();
                if let Some(fast) = plain_word(&text, start) {
                    assert_eq!(fast, scan_word(&text, start), "{text:?}");
                }
            }
        }
        // The commonest tokens do take the fast path.
        assert_eq!(plain_word("kata dia", 0), Some((4, TokenKind::Word)));
        assert_eq!(plain_word("Kab. Bogor", 0), Some((4, TokenKind::Abbreviation)));
        assert_eq!(plain_word("TNI, Polri", 0), Some((3, TokenKind::Word)));
        assert_eq!(plain_word("2024 lalu", 0), Some((4, TokenKind::Number)));
    }

    #[test]
    fn marks_matched_before_words_are_no_word_chars() {
        let marks = "“”„‟«»″‘’‚‛‹›′…¡¿·、。，；：！？（）「」『』【】\u{AD}\u{2212}\u{FE58}\u{FE63}\u{FF0D}";
        for c in marks.chars().chain('\u{2010}'..='\u{2015}') {
            assert!(!is_word_char(c), "{c:?}");
        }
        // The lead bytes E2 80 of U+2000..=U+203F end a run without decoding.
        for c in '\u{2000}'..='\u{203F}' {
            assert!(!is_word_char(c), "{c:?}");
            assert_eq!(c.to_string().as_bytes()[..2], [0xE2, 0x80]);
        }
    }
}
