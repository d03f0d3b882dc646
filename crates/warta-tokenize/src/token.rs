//! Tokens and their kinds.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::clitic::{self, Clitic};
use crate::span::Span;

/// One token: a slice of the input with its byte span and kind.
///
/// Tokens borrow the text they were cut from; nothing is copied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Token<'t> {
    /// The token's text, exactly as it stands in the input.
    pub text: &'t str,
    /// Byte span of `text` in the input.
    pub span: Span,
    /// What sort of token this is.
    pub kind: TokenKind,
}

impl<'t> Token<'t> {
    /// The enclitic particle at the end of a word (`-nya`, `-lah`, `-kah`, `-pun`, `-ku`,
    /// `-mu`), if the word carries one.
    ///
    /// Clitics stay attached to the token ("ujarnya" is one token); this exposes the split
    /// so later stages can match "ujar" + "-nya". Words that merely end in those letters
    /// ("hanya", "sekolah", "langkah") are known exceptions and report `None`.
    pub fn clitic(&self) -> Option<Clitic> {
        if self.kind == TokenKind::Word { clitic::split(self.text).1 } else { None }
    }

    /// The word without its enclitic: "ujar" for "ujarnya", the whole text otherwise.
    pub fn base(&self) -> &'t str {
        if self.kind == TokenKind::Word { clitic::split(self.text).0 } else { self.text }
    }

    /// Whether the token's first character is an uppercase letter.
    pub fn is_capitalized(&self) -> bool {
        match self.text.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self.text.chars().next().is_some_and(char::is_uppercase),
        }
    }
}

macro_rules! token_kinds {
    ($($(#[$doc:meta])* $variant:ident => $name:literal,)*) => {
        /// What a token is. The names are stable: they appear in JSON and in TSV data.
        #[non_exhaustive]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum TokenKind {
            $($(#[$doc])* $variant,)*
        }

        impl TokenKind {
            /// Every kind, in declaration order.
            pub const ALL: &'static [TokenKind] = &[$(TokenKind::$variant,)*];

            /// The stable lowercase name used in JSON ("word", "open_quote" ...).
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(TokenKind::$variant => $name,)*
                }
            }
        }

        impl FromStr for TokenKind {
            type Err = UnknownKind;

            fn from_str(s: &str) -> Result<TokenKind, UnknownKind> {
                match s {
                    $($name => Ok(TokenKind::$variant),)*
                    _ => Err(UnknownKind(s.to_owned())),
                }
            }
        }
    };
}

token_kinds! {
    /// A word, including hyphenated reduplications and compounds ("masing-masing",
    /// "TNI-Polri") and words with an inner apostrophe ("Jum'at").
    Word => "word",
    /// A dotted abbreviation or title ("S.I.K.", "M.Si.", "Kab.", "dll.", "Rp.").
    Abbreviation => "abbreviation",
    /// A single capital letter, with or without its dot ("M" in "Arief M Edie", "S.").
    Initial => "initial",
    /// A number in Indonesian format: "363", "1.316", "646.216", "2,5".
    Number => "number",
    /// A clock time: "14.00", "22:57".
    Time => "time",
    /// A numeric date: "25/01/2024", "8/8", "16/11", "2024-11-27".
    Date => "date",
    /// A unit or document code: "0820/Probolinggo", "0421/LS", "No.7/2024", "V/Brawijaya".
    Code => "code",
    /// A URL ("https://…", "www.…", "site.id/path").
    Url => "url",
    /// A bare domain name ("MEDIALAMPUNG.CO.ID").
    Domain => "domain",
    /// An email address.
    Email => "email",
    /// A markdown link `[text](url)` left in scraped text.
    Link => "link",
    /// A hashtag ("#PemiluDamai").
    Hashtag => "hashtag",
    /// An @mention ("@polres_bangka").
    Mention => "mention",
    /// An opening quotation mark, straight or curly.
    OpenQuote => "open_quote",
    /// A closing quotation mark, straight or curly.
    CloseQuote => "close_quote",
    /// A dash standing between words (" – ", " - ", "—", "--").
    Dash => "dash",
    /// Other punctuation: ". , ; : ! ? ( ) …".
    Punct => "punct",
    /// Any other symbol (emoji, "×", "©", "%").
    Symbol => "symbol",
}

impl TokenKind {
    /// Whether the kind is a quotation mark.
    pub const fn is_quote(self) -> bool {
        matches!(self, TokenKind::OpenQuote | TokenKind::CloseQuote)
    }

    /// Whether the kind carries letters of running text (word, abbreviation, initial).
    pub const fn is_wordlike(self) -> bool {
        matches!(self, TokenKind::Word | TokenKind::Abbreviation | TokenKind::Initial)
    }
}

impl fmt::Display for TokenKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of parsing an unknown kind name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownKind(pub String);

impl fmt::Display for UnknownKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown kind {:?}", self.0)
    }
}

impl std::error::Error for UnknownKind {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_names_round_trip() {
        for &kind in TokenKind::ALL {
            assert_eq!(kind.as_str().parse::<TokenKind>(), Ok(kind));
            assert_eq!(kind.to_string(), kind.as_str());
        }
        assert!("verb".parse::<TokenKind>().is_err());
    }
}
