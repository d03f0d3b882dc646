//! Dates: "Kamis (25/01/2024)", "14 Februari 2024", "Nov 23, 2024", "2024-11-27", and
//! the year of a date written without one.

use chrono::{Datelike, NaiveDate, Weekday};
use warta_tokenize::{Span, Token, TokenKind};

/// A calendar date found in text, before its year is resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DateMention {
    /// From the weekday (when one is attached) to the end of the date, including a
    /// closing parenthesis that belongs to it.
    pub span: Span,
    /// Day of the month.
    pub day: u32,
    /// Month, 1 to 12.
    pub month: u32,
    /// The year as written (two-digit years become 20xx).
    pub year: Option<i32>,
    /// The weekday written with the date.
    pub weekday: Option<Weekday>,
    /// Which rule found it.
    pub rule: &'static str,
}

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("senin", Weekday::Mon),
    ("selasa", Weekday::Tue),
    ("rabu", Weekday::Wed),
    ("kamis", Weekday::Thu),
    ("jumat", Weekday::Fri),
    ("jum'at", Weekday::Fri),
    ("jum’at", Weekday::Fri),
    ("sabtu", Weekday::Sat),
    ("minggu", Weekday::Sun),
    ("ahad", Weekday::Sun),
];

/// Indonesian and English month names and abbreviations, lowercase.
const MONTHS: &[(&str, u32)] = &[
    ("januari", 1),
    ("january", 1),
    ("jan", 1),
    ("februari", 2),
    ("february", 2),
    ("feb", 2),
    ("pebruari", 2),
    ("maret", 3),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("mei", 5),
    ("may", 5),
    ("juni", 6),
    ("june", 6),
    ("jun", 6),
    ("juli", 7),
    ("july", 7),
    ("jul", 7),
    ("agustus", 8),
    ("august", 8),
    ("agu", 8),
    ("agt", 8),
    ("ags", 8),
    ("agust", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("oktober", 10),
    ("october", 10),
    ("okt", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("nop", 11),
    ("desember", 12),
    ("december", 12),
    ("des", 12),
    ("dec", 12),
];

const DAY_PARTS: &[&str] = &["pagi", "siang", "sore", "malam", "dini"];

fn lower(t: &Token<'_>) -> String {
    t.text.trim_end_matches('.').to_lowercase()
}

fn weekday(t: &Token<'_>) -> Option<Weekday> {
    let w = lower(t);
    WEEKDAYS.iter().find(|(n, _)| *n == w).map(|&(_, d)| d)
}

fn month(t: &Token<'_>) -> Option<u32> {
    if !matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation) {
        return None;
    }
    let w = lower(t);
    MONTHS.iter().find(|(n, _)| *n == w).map(|&(_, m)| m)
}

fn number(t: &Token<'_>, max_len: usize) -> Option<u32> {
    (t.kind == TokenKind::Number && t.text.len() <= max_len).then(|| t.text.parse().ok()).flatten()
}

fn year(t: &Token<'_>) -> Option<i32> {
    (t.kind == TokenKind::Number && t.text.len() == 4)
        .then(|| t.text.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

fn valid(day: u32, month: u32, year: Option<i32>) -> bool {
    NaiveDate::from_ymd_opt(year.unwrap_or(2024), month, day).is_some()
}

/// Parses a numeric date token: (day, month, year).
fn numeric(text: &str) -> Option<(u32, u32, Option<i32>)> {
    let parts: Vec<&str> = text.split(['/', '-', '.']).collect();
    let n = |s: &str| s.parse::<u32>().ok();
    let (d, m, y) = match parts.as_slice() {
        [a, b] => (n(a)?, n(b)?, None),
        [a, b, c] if a.len() == 4 => (n(c)?, n(b)?, Some(n(a)? as i32)),
        [a, b, c] => {
            let y = n(c)? as i32;
            (n(a)?, n(b)?, Some(if c.len() == 2 { 2000 + y } else { y }))
        }
        _ => return None,
    };
    valid(d, m, y).then_some((d, m, y))
}

/// Finds every calendar date in `tokens` (all cut from `text`, in order).
pub(crate) fn find(text: &str, tokens: &[Token<'_>]) -> Vec<DateMention> {
    let same_line = |a: &Token<'_>, b: &Token<'_>| !text[a.span.end..b.span.start].contains('\n');
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let start = i;
        // Optional weekday, day part and comma.
        let mut wd = None;
        let mut j = i;
        if let Some(d) = weekday(&tokens[j]) {
            wd = Some(d);
            j += 1;
            if tokens.get(j).is_some_and(|t| DAY_PARTS.contains(&t.text.to_lowercase().as_str())) {
                j += 1;
            }
            if tokens.get(j).is_some_and(|t| t.text == ",") {
                j += 1;
            }
            if tokens.get(j).is_none_or(|t| !same_line(&tokens[start], t)) {
                i += 1;
                continue;
            }
        }
        let found = date_at(tokens, j, wd.is_some(), &same_line);
        match found {
            Some((end, day, month, year, rule)) => {
                let first = if wd.is_some() { start } else { j };
                let rule = if wd.is_some() && rule == "numeric" { "weekday_numeric" } else { rule };
                out.push(DateMention {
                    span: Span::new(tokens[first].span.start, tokens[end].span.end),
                    day,
                    month,
                    year,
                    weekday: wd,
                    rule,
                });
                i = end + 1;
            }
            None => i += 1,
        }
    }
    out
}

type Found = (usize, u32, u32, Option<i32>, &'static str);

/// A date starting at token `j`: returns the last token index and its parts.
fn date_at(
    tokens: &[Token<'_>],
    j: usize,
    has_weekday: bool,
    same_line: &dyn Fn(&Token<'_>, &Token<'_>) -> bool,
) -> Option<Found> {
    let t = tokens.get(j)?;
    let next = |k: usize| tokens.get(k).filter(|n| same_line(&tokens[k - 1], n));
    // "(25/01/2024)", "(8/8)"
    if t.text == "(" {
        let d = next(j + 1).filter(|d| d.kind == TokenKind::Date)?;
        let close = next(j + 2).filter(|c| c.text == ")")?;
        let (day, month, year) = numeric(d.text)?;
        if year.is_none() && !has_weekday {
            return None;
        }
        let _ = close;
        return Some((j + 2, day, month, year, "numeric"));
    }
    if t.kind == TokenKind::Date {
        let (day, month, year) = numeric(t.text)?;
        let iso = t.text.contains('-');
        if year.is_none() && !has_weekday {
            return None;
        }
        return Some((j, day, month, year, if iso { "iso" } else { "numeric" }));
    }
    // "14 Februari 2024", "27 November"
    if let Some(day) = number(t, 2) {
        let mut k = j + 1;
        let m = next(k).and_then(month)?;
        if next(k + 1).is_some_and(|n| n.text == ".") && !tokens[k].text.ends_with('.') {
            k += 1;
        }
        let y = next(k + 1).and_then(year);
        let end = if y.is_some() { k + 1 } else { k };
        return valid(day, m, y).then_some((end, day, m, y, "day_month_name"));
    }
    // "Nov 23, 2024", "November 23, 2024"
    if let Some(m) = month(t) {
        let mut k = j + 1;
        if next(k).is_some_and(|n| n.text == ".") {
            k += 1;
        }
        let day = next(k).and_then(|n| number(n, 2))?;
        let comma = next(k + 1).is_some_and(|n| n.text == ",");
        let y = next(k + if comma { 2 } else { 1 }).and_then(year)?;
        let end = k + if comma { 2 } else { 1 };
        return valid(day, m, Some(y)).then_some((end, day, m, Some(y), "month_name_day"));
    }
    None
}

/// What the article says about years, for dates written without one.
#[derive(Clone, Debug, Default)]
pub(crate) struct YearHints {
    /// (year, weight), best first.
    years: Vec<(i32, u32)>,
}

/// Collects years the article mentions, weighting dates with years and adjusting for
/// "tahun depan" (next year: the article is a year earlier) and "tahun lalu".
pub(crate) fn year_hints(text: &str, tokens: &[Token<'_>]) -> YearHints {
    let mut weights: Vec<(i32, u32)> = Vec::new();
    let mut add = |y: i32, w: u32| match weights.iter_mut().find(|(v, _)| *v == y) {
        Some((_, n)) => *n += w,
        None => weights.push((y, w)),
    };
    for t in tokens {
        if let Some(y) = year(t).filter(|y| (1990..=2099).contains(y)) {
            add(y, 1);
        }
        if t.kind == TokenKind::Date {
            if let Some((_, _, Some(y))) = numeric(t.text) {
                add(y, 3);
            }
        }
    }
    let lower = text.to_lowercase();
    let next_year = lower.contains("tahun depan") || lower.contains("tahun mendatang");
    let last_year = lower.contains("tahun lalu") || lower.contains("tahun kemarin");
    weights.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
    if let Some(&(top, w)) = weights.first() {
        if next_year && !last_year {
            weights.insert(0, (top - 1, w + 1));
        } else if last_year && !next_year {
            weights.insert(0, (top + 1, w + 1));
        }
    }
    YearHints { years: weights }
}

/// The full date of a mention: its own year if written, else one chosen from the
/// document date or the hints so that the weekday, when written, matches.
pub(crate) fn resolve(
    m: &DateMention,
    doc_date: Option<NaiveDate>,
    hints: &YearHints,
) -> Option<NaiveDate> {
    if let Some(y) = m.year {
        return NaiveDate::from_ymd_opt(y, m.month, m.day);
    }
    let fits = |y: i32| {
        NaiveDate::from_ymd_opt(y, m.month, m.day)
            .filter(|d| m.weekday.is_none_or(|w| d.weekday() == w))
    };
    if let Some(doc) = doc_date {
        let y = doc.year();
        let mut best: Option<NaiveDate> = None;
        for cand in [y, y - 1, y + 1].into_iter().filter_map(fits) {
            let closer =
                best.is_none_or(|b| (cand - doc).num_days().abs() < (b - doc).num_days().abs());
            if m.weekday.is_some() && best.is_some() {
                break; // the doc year (or the first that fits) wins when the weekday is written
            }
            if closer {
                best = Some(cand);
            }
        }
        return best;
    }
    let mut candidates: Vec<i32> = hints.years.iter().map(|&(y, _)| y).collect();
    for &(y, _) in &hints.years {
        candidates.extend([y - 1, y + 1]);
    }
    if m.weekday.is_none() {
        return candidates.first().and_then(|&y| fits(y));
    }
    candidates.into_iter().find_map(fits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use warta_tokenize::Tokenizer;

    fn dates(text: &str) -> Vec<(String, Option<String>)> {
        let tokens: Vec<_> = Tokenizer::new().tokens(text).collect();
        let hints = year_hints(text, &tokens);
        find(text, &tokens)
            .iter()
            .map(|m| {
                (
                    text[m.span.start..m.span.end].to_owned(),
                    resolve(m, None, &hints).map(|d| d.to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn forms() {
        let cases: &[(&str, &str, &str)] = &[
            ("Rapat Kamis (25/01/2024) di aula.", "Kamis (25/01/2024)", "2024-01-25"),
            ("Rapat Kamis, (25/01/2024) di aula.", "Kamis, (25/01/2024)", "2024-01-25"),
            (
                "Apel Senin pagi, 25 November 2024 lalu.",
                "Senin pagi, 25 November 2024",
                "2024-11-25",
            ),
            ("Coblosan 14 Februari 2024 nanti.", "14 Februari 2024", "2024-02-14"),
            ("Diunggah Nov 23, 2024 - 22:57", "Nov 23, 2024", "2024-11-23"),
            ("Tanggal 2024-11-27 libur.", "2024-11-27", "2024-11-27"),
            ("Pada 25/01/2024 rapat.", "25/01/2024", "2024-01-25"),
            ("Senin (5/2/24) rapat.", "Senin (5/2/24)", "2024-02-05"),
        ];
        for &(text, written, iso) in cases {
            assert_eq!(dates(text), [(written.to_owned(), Some(iso.to_owned()))], "{text:?}");
        }
    }

    #[test]
    fn not_dates() {
        for text in [
            "Kamis lalu rapat.",
            "Pada November nanti.",
            "November 2024 ramai.",
            "Tahun 2024.",
            "Skor 1/2 babak.",
            "31 Februari 2024",
            "Kamis (",
            "Kamis (99/99)",
            "(",
            "",
        ] {
            assert!(dates(text).is_empty(), "{text:?}: {:?}", dates(text));
        }
    }

    #[test]
    fn years_from_the_article() {
        let text = "Pemilu 2024 digelar awal tahun depan. Patroli Kamis (16/11) sore.";
        assert_eq!(dates(text), [("Kamis (16/11)".to_owned(), Some("2023-11-16".to_owned()))]);
        let text = "Pilkada 2024 berbeda dari Pilkada 2019. Pilkada 2024 aman. Rakor Kamis (8/8).";
        assert_eq!(dates(text), [("Kamis (8/8)".to_owned(), Some("2024-08-08".to_owned()))]);
        let text = "Pencoblosan 27 November mendatang.";
        let tokens: Vec<_> = Tokenizer::new().tokens(text).collect();
        let m = &find(text, &tokens)[0];
        let doc = NaiveDate::from_ymd_opt(2024, 11, 23);
        assert_eq!(resolve(m, doc, &YearHints::default()), NaiveDate::from_ymd_opt(2024, 11, 27));
        assert_eq!(resolve(m, None, &YearHints::default()), None);
    }
}
