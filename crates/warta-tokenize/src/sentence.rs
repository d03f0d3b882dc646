//! Sentence and paragraph segmentation over the token stream.

use std::ops::Range;

use serde::Serialize;

use crate::abbrev;
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
fn is_paragraph_gap(gap: &str, breaks: LineBreaks) -> bool {
    let mut newlines = gap.bytes().filter(|&b| b == b'\n');
    match breaks {
        LineBreaks::Paragraph => newlines.next().is_some(),
        LineBreaks::Wrapped => newlines.nth(1).is_some(),
    }
}

fn is_terminal(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Punct && t.text.chars().all(|c| matches!(c, '.' | '!' | '?' | '…'))
}

/// Closing marks that stay with the sentence they follow: `.”`, `.)`.
fn is_closer(t: &Token<'_>) -> bool {
    t.kind == TokenKind::CloseQuote
        || t.kind == TokenKind::Punct && matches!(t.text, ")" | "]" | "}")
}

/// Whether `t` may begin a new sentence after a full stop.
fn may_start(t: &Token<'_>) -> bool {
    match t.kind {
        TokenKind::CloseQuote => false,
        TokenKind::Punct => !matches!(t.text, "," | ";" | ":" | ")" | "]" | "}" | "." | "…"),
        _ => !t.text.chars().next().is_some_and(char::is_lowercase),
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
    let mut out = Vec::new();
    let Some(first) = tokens.first() else { return out };
    let mut start = 0;
    let mut pending = false; // a full stop was seen; the next token decides
    let mut pending_abbrev = false; // "dll." was seen; a capital decides
    let mut prev_end = first.span.start;
    for (i, t) in tokens.iter().enumerate() {
        if i > start {
            let gap = &text[prev_end..t.span.start];
            let glued_closer = gap.is_empty() && is_closer(t);
            let breaks_here = is_paragraph_gap(gap, breaks)
                || pending && !glued_closer && may_start(t)
                || pending_abbrev && !gap.is_empty() && t.is_capitalized();
            if breaks_here {
                push(&mut out, tokens, start..i);
                start = i;
                pending = false;
            } else if !glued_closer {
                pending = false;
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
        match line {
            Some(span) => {
                match out.last_mut() {
                    Some(last) if joinable && breaks == LineBreaks::Wrapped => last.end = span.end,
                    _ => out.push(span),
                }
                joinable = true;
            }
            None => joinable = false,
        }
    }
    out
}
