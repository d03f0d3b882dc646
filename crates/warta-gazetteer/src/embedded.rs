//! The default data, compiled into the binary from the workspace's `gazetteers/` folder.
//!
//! This is the one inventory of embedded files: add a file here to ship it by default.

/// `(file name, contents)` of each default table.
pub(crate) const FILES: &[(&str, &str)] = &[
    ("regions.tsv", include_str!("../../../gazetteers/regions.tsv")),
    ("ranks.tsv", include_str!("../../../gazetteers/ranks.tsv")),
    ("corps.tsv", include_str!("../../../gazetteers/corps.tsv")),
    ("positions.tsv", include_str!("../../../gazetteers/positions.tsv")),
    ("organizations.tsv", include_str!("../../../gazetteers/organizations.tsv")),
    ("events.tsv", include_str!("../../../gazetteers/events.tsv")),
    ("titles.tsv", include_str!("../../../gazetteers/titles.tsv")),
    ("cues.tsv", include_str!("../../../gazetteers/cues.tsv")),
];
