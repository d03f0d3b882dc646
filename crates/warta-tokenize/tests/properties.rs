//! Invariants of the tokenizer, checked on arbitrary Unicode and on generated news-like text.

use proptest::prelude::*;
use warta_tokenize::{Analysis, LineBreaks, Tokenizer, is_space};

/// Pieces of the register, glued together at random with and without spaces, so that
/// abbreviations, numbers, quotes and URLs meet each other in every combination.
const PIECES: &[&str] = &[
    "Kapolres",
    "AKBP",
    "Toni",
    "M",
    "S.",
    "S.I.K.",
    "M.Si",
    "M.H.,",
    "Kab.",
    "dll.",
    "Jl.",
    "No.7/2024",
    "1.316",
    "2,5",
    "14.00",
    "WIB",
    "22:57",
    "(8/8)",
    "25/01/2024",
    "0820/Probolinggo",
    "masing-masing",
    "TNI-Polri",
    "–",
    "-",
    "—",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    ".",
    ",",
    "?",
    "!",
    "…",
    "...",
    "(",
    ")",
    "[",
    "]",
    "[Situs](https://contoh.id)",
    "https://a.id/x?y=1",
    "www.contoh.id",
    "CONTOH.CO.ID",
    "a@b.id",
    "#tag",
    "@akun",
    "ujarnya",
    "pungkasnya.",
    "TimurProbolinggo",
    "2024,”tuturnya",
    "2024.Jika",
    "Jum'at",
    "é",
    "\u{200B}",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "Baca juga:",
    "Sebarkan artikel ini",
    "ght=\"300\">",
    "🙂",
    "ع",
    "中文",
    "\u{0301}",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (prop::sample::select(PIECES), prop::sample::select(&["", " ", " ", "\n"][..])),
        0..120,
    )
    .prop_map(|parts| parts.into_iter().flat_map(|(p, sep)| [p, sep]).collect())
}

fn check(text: &str, a: &Analysis<'_>) -> Result<(), TestCaseError> {
    // Spans in bounds, on char boundaries, ordered, non-overlapping; gaps are white space.
    let mut prev = 0;
    for t in &a.tokens {
        prop_assert!(t.span.start < t.span.end && t.span.end <= text.len());
        prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        prop_assert!(t.span.start >= prev, "tokens overlap or are out of order");
        prop_assert_eq!(t.span.slice(text), t.text);
        prop_assert!(
            text[prev..t.span.start].chars().all(is_space),
            "non-space char outside tokens"
        );
        prev = t.span.end;
    }
    prop_assert!(text[prev..].chars().all(is_space), "non-space char after the last token");

    // Sentences partition the tokens in order.
    let mut next = 0;
    for s in &a.sentences {
        prop_assert_eq!(s.tokens.start, next);
        prop_assert!(s.tokens.end > s.tokens.start);
        prop_assert_eq!(s.span.start, a.tokens[s.tokens.start].span.start);
        prop_assert_eq!(s.span.end, a.tokens[s.tokens.end - 1].span.end);
        next = s.tokens.end;
    }
    prop_assert_eq!(next, a.tokens.len());

    // Lines and paragraphs are ordered, in bounds, non-empty.
    for spans in [a.lines.iter().map(|l| l.span).collect::<Vec<_>>(), a.paragraphs.clone()] {
        for w in spans.windows(2) {
            prop_assert!(w[0].end <= w[1].start);
        }
        for s in spans {
            prop_assert!(s.start < s.end && s.end <= text.len());
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }
    Ok(())
}

fn run(text: &str) -> Result<(), TestCaseError> {
    for breaks in [LineBreaks::Paragraph, LineBreaks::Wrapped] {
        let tokenizer = Tokenizer::builder().line_breaks(breaks).build();
        let a = tokenizer.analyze(text);
        check(text, &a)?;
        // Deterministic: the same input gives the same output.
        let b = tokenizer.analyze(text);
        prop_assert_eq!(&a.tokens, &b.tokens);
        prop_assert_eq!(&a.sentences, &b.sentences);
        prop_assert_eq!(&a.lines, &b.lines);
        // The lazy iterator and the collected analysis agree.
        prop_assert!(tokenizer.tokens(text).eq(a.tokens.iter().copied()));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_unicode(text in any::<String>()) {
        run(&text)?;
    }

    #[test]
    fn news_like_text(text in news_like()) {
        run(&text)?;
    }

    #[test]
    fn ascii_punctuation_soup(text in "[a-zA-Z0-9 .,:/@#'\"\\-\\[\\]()\n]{0,200}") {
        run(&text)?;
    }
}
