//! Closed classes the lexer needs: abbreviations that keep their dot, top-level domains.

/// Single-segment abbreviations that take a final dot, lowercase, sorted (binary-searched,
/// compared case-insensitively). Multi-segment ones ("S.I.K.", "a.n.", "M.Si.") are
/// recognized by shape and need no entry. Single capital letters ("H.", "S.") are initials.
const ABBREVIATIONS: &[&str] = &[
    "adm", "ags", "amd", "apr", "bp", "bpk", "brig", "des", "dkk", "dll", "dr", "dra", "drg",
    "drs", "ds", "dsb", "dsk", "dst", "feb", "gg", "hj", "hlm", "ir", "jan", "jl", "jln", "jul",
    "jun", "kab", "kec", "kel", "ket", "kh", "kol", "kp", "mr", "mrs", "nn", "no", "nop", "nov",
    "ny", "okt", "pdt", "pj", "plt", "pol", "prof", "prov", "rp", "sdr", "sdri", "sep", "sept",
    "sh", "sik", "st", "tgl", "tn", "ust", "wb", "wr", "yth",
];

/// Abbreviations that commonly end a sentence ("… spanduk, dll. Kemudian …"): a sentence
/// may break after them when the next word is capitalized. Lowercase, sorted.
const TERMINAL_ABBREVIATIONS: &[&str] = &["dkk", "dll", "dsb", "dst"];

/// Top-level labels that make "a.b" a domain name rather than an abbreviation, lowercase,
/// sorted. Deliberately short: only what Indonesian news links to. Two-letter country codes
/// that collide with title segments ("si" of M.Si, "pd" of S.Pd) are left out on purpose.
const TLDS: &[&str] = &[
    "ac", "asia", "biz", "co", "com", "edu", "go", "gov", "id", "info", "io", "me", "mil", "my",
    "net", "news", "online", "or", "org", "sch", "site", "tv", "web", "xyz",
];

fn lower_in(word: &str, table: &[&str]) -> bool {
    if word.len() > 8 || !word.is_ascii() {
        return false;
    }
    let mut buf = [0u8; 8];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    match std::str::from_utf8(lower) {
        Ok(lower) => table.binary_search(&lower).is_ok(),
        Err(_) => false,
    }
}

/// Whether `word` followed by a dot is a known abbreviation ("Kab", "dll", "Prof").
pub(crate) fn is_abbreviation(word: &str) -> bool {
    lower_in(word, ABBREVIATIONS)
}

/// Whether the abbreviation may end a sentence ("dll", "dsb").
pub(crate) fn is_terminal(word: &str) -> bool {
    lower_in(word.trim_end_matches('.'), TERMINAL_ABBREVIATIONS)
}

/// Whether `label` is a top-level domain label warta recognizes.
pub(crate) fn is_tld(label: &str) -> bool {
    lower_in(label, TLDS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_lowercase() {
        for table in [ABBREVIATIONS, TERMINAL_ABBREVIATIONS, TLDS] {
            let mut sorted = table.to_vec();
            sorted.sort_unstable();
            assert_eq!(sorted, table, "table must be sorted");
            assert!(table.iter().all(|w| w.len() <= 8 && *w == w.to_lowercase()));
        }
    }

    #[test]
    fn lookups_ignore_case() {
        assert!(is_abbreviation("Kab"));
        assert!(is_abbreviation("DLL"));
        assert!(!is_abbreviation("Bangka"));
        assert!(is_terminal("dll."));
        assert!(is_tld("ID"));
        assert!(!is_tld("Si"));
    }
}
