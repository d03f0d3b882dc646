//! `warta tokenize`: tokens, sentences and line classes as JSON with character offsets.

use serde::Serialize;
use warta::tokenize::{CharIndex, Furniture, LineBreaks, TokenKind, Tokenizer};

use crate::Error;
use crate::cli::TokenizeArgs;
use crate::input::Source;

#[derive(Serialize)]
struct Output<'t> {
    tokens: Vec<TokenOut<'t>>,
    sentences: Vec<SpanOut>,
    lines: Vec<LineOut>,
}

#[derive(Serialize)]
struct TokenOut<'t> {
    text: &'t str,
    start: usize,
    end: usize,
    kind: TokenKind,
}

#[derive(Serialize)]
struct SpanOut {
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct LineOut {
    start: usize,
    end: usize,
    article: bool,
    reason: Option<Furniture>,
}

pub fn run(args: &TokenizeArgs) -> Result<(), Error> {
    let text = Source::from_arg(args.input.as_ref()).read(args.read.lossy)?;
    let breaks = if args.wrapped { LineBreaks::Wrapped } else { LineBreaks::Paragraph };
    let analysis = Tokenizer::builder().line_breaks(breaks).build().analyze(&text);
    let index = CharIndex::new(&text);
    let span = |s| {
        let (start, end) = index.char_span(s);
        SpanOut { start, end }
    };
    let output = Output {
        tokens: analysis
            .tokens
            .iter()
            .map(|t| {
                let SpanOut { start, end } = span(t.span);
                TokenOut { text: t.text, start, end, kind: t.kind }
            })
            .collect(),
        sentences: analysis.sentences.iter().map(|s| span(s.span)).collect(),
        lines: analysis
            .lines
            .iter()
            .map(|l| {
                let SpanOut { start, end } = span(l.span);
                LineOut { start, end, article: l.article, reason: l.reason }
            })
            .collect(),
    };
    crate::output::json(&output, args.pretty)?;
    Ok(())
}
