//! Sentence and paragraph segmentation over the token stream.

use std::ops::Range;

use serde::Serialize;

use crate::abbrev;
use crate::lines::Line;
use crate::span::Span;
use crate::token::{Token, TokenKind};

/// One sentence: its byte span and the range of token indices it covers.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Sentence {
    /// From the start of the first token to the end of the last.
    pub span: Span,
    /// Indices into the token slice the sentence was cut from.
    #[serde(skip)]
    pub tokens: Range<usize>,
}

/// How line breaks in the input are read.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LineBreaks {
    /// Each line is a paragraph, the way scraped news arrives: a line break always ends a
    /// sentence. The default.
    #[default]
    Paragraph,
    /// Text is hard-wrapped: a single line break is a space and only a blank line ends a
    /// paragraph. Pick this for e-mail or plain-text archives wrapped at a fixed width.
    Wrapped,
}

/// Whether the white space between two tokens separates paragraphs.
#[inline]
fn is_paragraph_gap(gap: &[u8], breaks: LineBreaks) -> bool {
    match gap {
        [] | [b' '] => false,
        [b] => *b == b'\n' && breaks == LineBreaks::Paragraph,
        _ => {
            let mut newlines = memchr::memchr_iter(b'\n', gap);
            match breaks {
                LineBreaks::Paragraph => newlines.next().is_some(),
                LineBreaks::Wrapped => newlines.nth(1).is_some(),
            }
        }
    }
}

#[inline]
fn is_terminal(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Punct && t.text.chars().all(|c| matches!(c, '.' | '!' | '?' | '…'))
}

/// Closing marks that stay with the sentence they follow: `.”`, `.)`.
#[inline]
fn is_closer(t: &Token<'_>) -> bool {
    t.kind == TokenKind::CloseQuote
        || t.kind == TokenKind::Punct && matches!(t.text.as_bytes(), [b')' | b']' | b'}'])
}

/// Whether `t` may begin a new sentence after a full stop.
#[inline]
fn may_start(t: &Token<'_>) -> bool {
    match t.kind {
        TokenKind::CloseQuote => false,
        TokenKind::Punct => !matches!(t.text, "," | ";" | ":" | ")" | "]" | "}" | "." | "…"),
        _ => match t.text.as_bytes().first() {
            Some(&b) if b < 0x80 => !b.is_ascii_lowercase(),
            _ => !t.text.chars().next().is_some_and(char::is_lowercase),
        },
    }
}

/// [`Token::is_capitalized`] with an ASCII fast path.
#[inline]
fn is_capitalized(t: &Token<'_>) -> bool {
    match t.text.as_bytes().first() {
        Some(&b) if b < 0x80 => b.is_ascii_uppercase(),
        _ => t.is_capitalized(),
    }
}

/// Splits `tokens` (cut from `text`) into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` together with any closing quotation marks or
/// brackets glued to it, when the next token may start a sentence (it is not a lowercase
/// word, a comma or a closing mark: `"Kapan?" kata dia` stays one sentence). It also ends
/// after a sentence-final abbreviation ("dll.") followed by a capital, and always at a
/// paragraph break. Abbreviations, initials and numbers never end a sentence by their dot,
/// because the lexer keeps that dot inside the token.
pub fn sentences(text: &str, tokens: &[Token<'_>], breaks: LineBreaks) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(tokens.len() / 16 + 1);
    let Some(first) = tokens.first() else { return out };
    let mut start = 0;
    let mut pending = false; // a full stop was seen; the next token decides
    let mut pending_abbrev = false; // "dll." was seen; a capital decides
    let mut prev_end = first.span.start;
    for (i, t) in tokens.iter().enumerate() {
        if i > start {
            // White space only (tokens cover every other char), so bytes will do.
            let gap = &text.as_bytes()[prev_end..t.span.start];
            if pending || pending_abbrev {
                let glued_closer = gap.is_empty() && is_closer(t);
                let breaks_here = is_paragraph_gap(gap, breaks)
                    || pending && !glued_closer && may_start(t)
                    || pending_abbrev && !gap.is_empty() && is_capitalized(t);
                if breaks_here {
                    push(&mut out, tokens, start..i);
                    start = i;
                    pending = false;
                } else if !glued_closer {
                    pending = false;
                }
            } else if is_paragraph_gap(gap, breaks) {
                // Most tokens follow no full stop: only a paragraph break can end a sentence.
                push(&mut out, tokens, start..i);
                start = i;
            }
        }
        pending_abbrev = t.kind == TokenKind::Abbreviation && abbrev::is_terminal(t.text);
        pending |= is_terminal(t);
        prev_end = t.span.end;
    }
    push(&mut out, tokens, start..tokens.len());
    out
}

fn push(out: &mut Vec<Sentence>, tokens: &[Token<'_>], range: Range<usize>) {
    let span = Span::new(tokens[range.start].span.start, tokens[range.end - 1].span.end);
    out.push(Sentence { span, tokens: range });
}

/// Paragraph spans of `text`, trimmed of surrounding white space: every non-blank line
/// with [`LineBreaks::Paragraph`], every run of non-blank lines with
/// [`LineBreaks::Wrapped`].
pub fn paragraphs(text: &str, breaks: LineBreaks) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut joinable = false;
    for line in crate::lines::raw_lines(text) {
        push_paragraph_line(&mut out, &mut joinable, line, breaks);
    }
    out
}

/// Classified lines and paragraphs of `text` in one pass over its lines: the same as
/// [`classify_lines`](crate::classify_lines) and [`paragraphs`].
pub(crate) fn lines_and_paragraphs(text: &str, breaks: LineBreaks) -> (Vec<Line>, Vec<Span>) {
    let mut lines = Vec::new();
    let mut paragraphs = Vec::new();
    let mut joinable = false;
    for line in crate::lines::raw_lines(text) {
        if let Some(span) = line {
            lines.push(crate::lines::classify(text, span));
        }
        push_paragraph_line(&mut paragraphs, &mut joinable, line, breaks);
    }
    (lines, paragraphs)
}

/// Adds one line (`None` when blank) to the paragraphs in `out`.
#[inline]
fn push_paragraph_line(
    out: &mut Vec<Span>,
    joinable: &mut bool,
    line: Option<Span>,
    breaks: LineBreaks,
) {
    match line {
        Some(span) => {
            match out.last_mut() {
                Some(last) if *joinable && breaks == LineBreaks::Wrapped => last.end = span.end,
                _ => out.push(span),
            }
            *joinable = true;
        }
        None => *joinable = false,
    }
}
