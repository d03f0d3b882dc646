//! Zero-copy tokenization and segmentation for Indonesian news, as it arrives from the web.
//!
//! `warta-tokenize` is the first stage of [warta](https://docs.rs/warta). It cuts text into
//! [`Token`]s that borrow the input and carry a byte [`Span`] and a [`TokenKind`]; groups
//! them into [`Sentence`]s and paragraphs over the same spans; and tells which lines of a
//! scraped page are the article and which are page furniture ([`Line`], [`Furniture`]).
//!
//! # Overview
//!
//! * [`Tokenizer`] is the one type to build. [`Tokenizer::tokens`] is a lazy iterator that
//!   allocates nothing per token; [`Tokenizer::analyze`] collects tokens, sentences,
//!   paragraphs and line classes into an [`Analysis`].
//! * The lexer knows the register: dotted titles and abbreviations ("S.I.K.", "M.Si.",
//!   "Kab.", "dll.") and initials ("Tatang S.") are one token and end no sentence; numbers
//!   are read the Indonesian way ("1.316" is a thousand and more, "2,5" a decimal, "14.00"
//!   a time, "8/8" a date, "0820/Probolinggo" a unit code); reduplications and compounds
//!   ("masing-masing", "TNI-Polri") stay whole; quotation marks say whether they open or
//!   close; URLs, domains, e-mail addresses, markdown links, hashtags and mentions are
//!   single tokens; words glued by scraping ("TimurProbolinggo", `2024,”tuturnya`) are
//!   split where a reader would split them.
//! * Clitics stay attached ("ujarnya"), and [`Token::base`] / [`Token::clitic`] expose
//!   the split for later stages.
//!
//! Spans are byte offsets into the original `&str`. [`CharIndex`] converts them to
//! character offsets, which is what warta's JSON output uses.
//!
//! # Example
//!
//! ```
//! use warta_tokenize::{Tokenizer, TokenKind};
//!
//! let text = "Kapolres AKBP Budi, S.I.K. hadir pukul 14.00 WIB. “Aman,” ujarnya.";
//! let analysis = Tokenizer::new().analyze(text);
//!
//! let kinds: Vec<(&str, TokenKind)> =
//!     analysis.tokens.iter().map(|t| (t.text, t.kind)).collect();
//! assert!(kinds.contains(&("S.I.K.", TokenKind::Abbreviation)));
//! assert!(kinds.contains(&("14.00", TokenKind::Time)));
//! assert!(kinds.contains(&("“", TokenKind::OpenQuote)));
//!
//! let ujarnya = analysis.tokens.iter().find(|t| t.text == "ujarnya").unwrap();
//! assert_eq!(ujarnya.base(), "ujar");
//!
//! assert_eq!(analysis.sentences.len(), 2);
//! assert_eq!(analysis.sentences[1].span.slice(text), "“Aman,” ujarnya.");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod abbrev;
mod clitic;
mod lexer;
mod lines;
pub mod near;
mod sentence;
mod span;
mod token;

pub use clitic::Clitic;
pub use lexer::{Tokens, is_space};
pub use lines::{Furniture, Line, classify_lines, furniture};
pub use sentence::{LineBreaks, Sentence, paragraphs, sentences};
pub use span::{CharCursor, CharIndex, Span};
pub use token::{Token, TokenKind, UnknownKind};

/// Cuts Indonesian news text into tokens, sentences, paragraphs and classified lines.
///
/// Cheap to build and `Copy`; build one and reuse it from any thread.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tokenizer {
    breaks: LineBreaks,
}

impl Tokenizer {
    /// A tokenizer with the defaults: each line of input is a paragraph.
    pub fn new() -> Tokenizer {
        Tokenizer::default()
    }

    /// A builder for a tokenizer with other options.
    pub fn builder() -> TokenizerBuilder {
        TokenizerBuilder::default()
    }

    /// How this tokenizer reads line breaks.
    pub fn line_breaks(&self) -> LineBreaks {
        self.breaks
    }

    /// The tokens of `text`, lazily, with no allocation.
    pub fn tokens<'t>(&self, text: &'t str) -> Tokens<'t> {
        Tokens::new(text)
    }

    /// Tokens, sentences, paragraphs and line classes of `text`.
    pub fn analyze<'t>(&self, text: &'t str) -> Analysis<'t> {
        // News averages one token per six or seven bytes; reserving avoids regrowing.
        let mut tokens: Vec<Token<'t>> = Vec::with_capacity(text.len() / 6 + 1);
        tokens.extend(self.tokens(text));
        let sentences = sentences(text, &tokens, self.breaks);
        let (lines, paragraphs) = sentence::lines_and_paragraphs(text, self.breaks);
        Analysis { text, tokens, sentences, paragraphs, lines }
    }
}

/// Builds a [`Tokenizer`] with non-default options.
///
/// ```
/// use warta_tokenize::{LineBreaks, Tokenizer};
/// let tokenizer = Tokenizer::builder().line_breaks(LineBreaks::Wrapped).build();
/// let analysis = tokenizer.analyze("Satu kalimat yang\ndibungkus.\n\nParagraf baru.");
/// assert_eq!(analysis.sentences.len(), 2);
/// assert_eq!(analysis.paragraphs.len(), 2);
/// ```
#[derive(Clone, Debug, Default)]
pub struct TokenizerBuilder {
    breaks: LineBreaks,
}

impl TokenizerBuilder {
    /// Sets how line breaks are read (default: [`LineBreaks::Paragraph`]).
    pub fn line_breaks(&mut self, breaks: LineBreaks) -> &mut TokenizerBuilder {
        self.breaks = breaks;
        self
    }

    /// Builds the tokenizer.
    pub fn build(&self) -> Tokenizer {
        Tokenizer { breaks: self.breaks }
    }
}

/// Everything [`Tokenizer::analyze`] finds in one text.
#[derive(Clone, Debug)]
pub struct Analysis<'t> {
    /// The text analyzed.
    pub text: &'t str,
    /// Every token, in order.
    pub tokens: Vec<Token<'t>>,
    /// Sentences over `tokens`, in order, covering every token exactly once.
    pub sentences: Vec<Sentence>,
    /// Paragraph spans, in order.
    pub paragraphs: Vec<Span>,
    /// Every non-blank line with its article/furniture class.
    pub lines: Vec<Line>,
}

impl<'t> Analysis<'t> {
    /// The tokens of one sentence of this analysis.
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token<'t>] {
        &self.tokens[sentence.tokens.clone()]
    }

    /// Whether the byte offset `at` lies on a line classified as article text.
    /// Offsets on blank lines or outside the text are not article text.
    pub fn is_article(&self, at: usize) -> bool {
        let i = self.lines.partition_point(|l| l.span.end <= at);
        self.lines.get(i).is_some_and(|l| l.span.start <= at && l.article)
    }
}

#[cfg(test)]
mod tests;
