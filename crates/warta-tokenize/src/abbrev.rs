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

/// A word of at most eight ASCII bytes packed, lowercased, into a `u64`; shorter words
/// are padded with `0xFF`, which no ASCII byte equals, so distinct words get distinct keys.
/// `None` for longer or non-ASCII words, which no table holds.
#[inline]
const fn key(word: &[u8]) -> Option<u64> {
    if word.len() > 8 {
        return None;
    }
    let mut buf = [0xFFu8; 8];
    let mut i = 0;
    while i < word.len() {
        if word[i] >= 0x80 {
            return None;
        }
        buf[i] = word[i].to_ascii_lowercase();
        i += 1;
    }
    Some(u64::from_be_bytes(buf))
}

/// The keys of `table`, sorted, for binary search.
const fn keys<const N: usize>(table: &[&str]) -> [u64; N] {
    let mut out = [0u64; N];
    let mut i = 0;
    while i < N {
        out[i] = match key(table[i].as_bytes()) {
            Some(k) => k,
            None => panic!("table words are ASCII and at most eight bytes long"),
        };
        // Insertion sort: the tables are tiny and this runs at compile time.
        let mut j = i;
        while j > 0 && out[j - 1] > out[j] {
            let t = out[j - 1];
            out[j - 1] = out[j];
            out[j] = t;
            j -= 1;
        }
        i += 1;
    }
    out
}

static ABBREVIATION_KEYS: [u64; ABBREVIATIONS.len()] = keys(ABBREVIATIONS);
static TERMINAL_KEYS: [u64; TERMINAL_ABBREVIATIONS.len()] = keys(TERMINAL_ABBREVIATIONS);
static TLD_KEYS: [u64; TLDS.len()] = keys(TLDS);

/// Whether `word`, compared ASCII-case-insensitively, is in the table of `keys`.
#[inline]
fn lower_in(word: &str, keys: &[u64]) -> bool {
    key(word.as_bytes()).is_some_and(|k| keys.binary_search(&k).is_ok())
}

/// Whether `word` followed by a dot is a known abbreviation ("Kab", "dll", "Prof").
pub(crate) fn is_abbreviation(word: &str) -> bool {
    lower_in(word, &ABBREVIATION_KEYS)
}

/// Whether the abbreviation may end a sentence ("dll", "dsb").
pub(crate) fn is_terminal(word: &str) -> bool {
    lower_in(word.trim_end_matches('.'), &TERMINAL_KEYS)
}

/// Whether `label` is a top-level domain label warta recognizes.
pub(crate) fn is_tld(label: &str) -> bool {
    lower_in(label, &TLD_KEYS)
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
    fn keyed_lookups_agree_with_the_tables() {
        let words =
            ["", "a", "dl", "dll", "dlll", "DlL", "sdri", "sdr", "prof", "profx", "é", "kab\u{0}"];
        for table in [ABBREVIATIONS, TERMINAL_ABBREVIATIONS, TLDS] {
            let keys: Vec<u64> = {
                let mut k: Vec<u64> = table.iter().filter_map(|w| key(w.as_bytes())).collect();
                k.sort_unstable();
                k
            };
            for w in table.iter().copied().chain(words) {
                let want = table.contains(&w.to_ascii_lowercase().as_str()) && w.is_ascii();
                assert_eq!(lower_in(w, &keys), want, "{w:?}");
            }
        }
        assert!(is_abbreviation("Sdri") && !is_abbreviation("Sdrix") && !is_abbreviation("sd"));
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
