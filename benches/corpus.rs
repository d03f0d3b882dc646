//! The corpora the benches measure: synthetic news this project writes, and a real corpus
//! when `WARTA_BENCH_CORPUS=DIR` names one.
//!
//! The synthetic text is written by this project: sentence templates in the register of
//! regional election-security news, filled from the embedded gazetteer (every kabupaten,
//! kota and province, the Polri ranks, the offices) and from small lists of invented
//! names, with the page furniture scrapers leave behind. It is deterministic (a fixed-seed
//! xorshift), so every run measures the same bytes.
#![allow(dead_code)] // each bench uses a part of this module

use std::path::Path;

use warta::gazetteer::{Branch, EntryKind, Gazetteer};

/// Sentence templates; `{name}`-style slots are filled by [`Corpus::fill`].
const TEMPLATES: &[&str] = &[
    "{CITY} – Kapolres {region} {rank} {name}, S.I.K., M.H., memimpin rapat koordinasi pengamanan {event} di Mapolres {region}, {weekday} ({day}/{month}/2024).",
    "Sebanyak {n} personel gabungan TNI-Polri disiagakan untuk mengamankan {m} TPS yang tersebar di {k} kecamatan.",
    "“Kami akan terus melaksanakan patroli dan cipta kondisi di wilayah masing-masing agar {event} berjalan aman, damai dan kondusif,” ujar {rank} {name}.",
    "Pj Bupati {region} {name} yang diwakili Asisten I Setda {region} {name2} mengatakan sinergi Forkopimda sangat penting.",
    "Dandim {code}/{region} Letkol Inf {name} menegaskan bahwa netralitas prajurit adalah harga mati.",
    "Kegiatan dimulai pukul {hour}.00 WIB dan dihadiri Ketua KPU {region}, Ketua Bawaslu {region}, serta para camat.",
    "Menurutnya, pengamanan dibagi dalam tiga tahap, yakni pra-pemungutan, pemungutan dan pasca-pemungutan suara.",
    "“Saya minta seluruh personel menjaga netralitas. Jangan sampai ada yang berpihak,” tegasnya.",
    "Selain itu, satu kompi Brimob dan dua peleton Sabhara Polda {province} juga diperbantukan.",
    "Anggaran pengamanan sebesar Rp 1.250.000.000 telah disiapkan melalui dana hibah Pemkab {region}.",
    "{office} Polres {region} {rank} {name} menambahkan, jumlah pemilih tetap mencapai {big} orang.",
    "Partisipasi pemilih pada pemilu sebelumnya mencapai {n},{k} persen, kata Kasat Intelkam {rank} {name}.",
    "Apel gelar pasukan Operasi Mantap Praja {opname} 2024 berlangsung di Lapangan {region} pada {day} {monthname} 2024.",
    "Rombongan kemudian meninjau gudang logistik KPU di Kecamatan {village} dan berdialog dengan warga Desa {village}.",
    "Ia menjelaskan, patroli skala besar digelar setiap malam hingga hari pemungutan suara.",
    "Informasi lebih lanjut dapat diakses melalui www.polres-{slug}.go.id atau surel humas@{slug}.go.id.",
];

const FURNITURE: &[&str] = &[
    "Baca juga: Warga {region} Gotong Royong Bersihkan Saluran Air",
    "Sebarkan artikel ini",
    "Cek Berita dan Artikel yang lain di Google News",
    "Tag",
];

/// Invented people.
const NAMES: &[&str] = &[
    "Budi Santoso",
    "Rina Lestari",
    "Agus Salim",
    "Dedi Kurniawan",
    "Sri Wahyuni",
    "Andi Pratama",
    "Yusuf Hidayat",
    "Wayan Sudarsana",
    "Made Artawan",
    "Fitri Handayani",
    "Hendra Gunawan",
    "Teguh Prasetyo",
    "Nur Aini",
    "Rahmat Hidayat",
];
/// Invented kecamatan and desa names.
const VILLAGES: &[&str] = &["Sukamaju", "Mekarsari", "Sidomulyo", "Karanganyar", "Tanjungsari"];
const OFFICES: &[&str] = &["Kabag Ops", "Kasat Lantas", "Kasat Reskrim", "Kapolsek Kota"];
const EVENTS: &[&str] =
    &["Pilkada Serentak 2024", "Pemilu 2024", "Pilkades 2025", "Pilgub Jateng 2024"];
const WEEKDAYS: &[&str] = &["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];
const MONTHS: &[&str] = &["Januari", "Februari", "Maret", "Oktober", "November", "Desember"];
const OPERATIONS: &[&str] = &["Candi", "Semeru", "Lodaya", "Agung", "Krakatau", "Lancang Kuning"];

/// A deterministic source of synthetic articles.
pub struct Corpus {
    state: u64,
    regions: Vec<String>,
    provinces: Vec<String>,
    ranks: Vec<String>,
}

impl Corpus {
    /// A generator with a fixed seed, drawing places and ranks from the embedded
    /// gazetteer.
    pub fn new(seed: u64) -> Corpus {
        let g = Gazetteer::embedded();
        let names = |kind: EntryKind| -> Vec<String> {
            g.of_kind(kind).map(|e| e.name().to_owned()).collect()
        };
        let mut regions = names(EntryKind::Kabupaten);
        regions.extend(names(EntryKind::Kota));
        let ranks = g
            .of_kind(EntryKind::Rank)
            // Officers (Ipda to Kombes Pol), who lead the units the templates name.
            .filter(|e| {
                e.branch() == Some(Branch::Polri)
                    && e.order().is_some_and(|o| (13..=18).contains(&o))
            })
            .map(|e| e.name().to_owned())
            .collect();
        Corpus { state: seed.max(1), regions, provinces: names(EntryKind::Province), ranks }
    }

    fn next(&mut self) -> u64 {
        // xorshift64*
        self.state ^= self.state >> 12;
        self.state ^= self.state << 25;
        self.state ^= self.state >> 27;
        self.state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn fill(&mut self, template: &str, out: &mut String) {
        let i = self.below(self.regions.len());
        let region = self.regions[i].clone();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = open + rest[open..].find('}').unwrap_or(0);
            let slot = &rest[open + 1..close];
            match slot {
                "CITY" => out.push_str(&region.to_uppercase()),
                "region" => out.push_str(&region),
                "slug" => out.push_str(&region.to_lowercase().replace(' ', "")),
                "province" => {
                    let i = self.below(self.provinces.len());
                    out.push_str(&self.provinces[i]);
                }
                "rank" => {
                    let i = self.below(self.ranks.len());
                    out.push_str(&self.ranks[i]);
                }
                "name" | "name2" => out.push_str(self.pick(NAMES)),
                "village" => out.push_str(self.pick(VILLAGES)),
                "office" => out.push_str(self.pick(OFFICES)),
                "event" => out.push_str(self.pick(EVENTS)),
                "weekday" => out.push_str(self.pick(WEEKDAYS)),
                "monthname" => out.push_str(self.pick(MONTHS)),
                "opname" => out.push_str(self.pick(OPERATIONS)),
                "day" => out.push_str(&(1 + self.below(28)).to_string()),
                "month" => out.push_str(&format!("{:02}", 1 + self.below(12))),
                "hour" => out.push_str(&format!("{:02}", 7 + self.below(12))),
                "code" => out.push_str(&format!("0{}", 400 + self.below(500))),
                "n" => out.push_str(&(50 + self.below(900)).to_string()),
                "m" => out.push_str(&(100 + self.below(2000)).to_string()),
                "k" => out.push_str(&(2 + self.below(30)).to_string()),
                "big" => {
                    out.push_str(&format!("{}.{:03}", 100 + self.below(800), self.below(1000)))
                }
                other => out.push_str(other),
            }
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
    }

    /// One article of five to nine paragraphs, one paragraph per line.
    pub fn article(&mut self, out: &mut String) {
        let paragraphs = 5 + self.below(5);
        for p in 0..paragraphs {
            if p > 0 && self.below(6) == 0 {
                let furniture = self.pick(FURNITURE);
                self.fill(furniture, out);
                out.push_str("\n\n");
            }
            for s in 0..1 + self.below(3) {
                if s > 0 {
                    out.push(' ');
                }
                let template = if p == 0 && s == 0 { TEMPLATES[0] } else { self.pick(TEMPLATES) };
                self.fill(template, out);
            }
            out.push_str("\n\n");
        }
    }

    /// Whole articles, separated by blank lines, until at least `bytes` long: one long
    /// document (what the size series measures).
    pub fn text(&mut self, bytes: usize) -> String {
        let mut out = String::with_capacity(bytes + 4096);
        while out.len() < bytes {
            self.article(&mut out);
        }
        out
    }

    /// Separate articles totalling at least `bytes` (what a batch run sees).
    pub fn articles(&mut self, bytes: usize) -> Vec<String> {
        let mut out = Vec::new();
        let mut total = 0;
        while total < bytes {
            let mut a = String::new();
            self.article(&mut a);
            total += a.len();
            out.push(a);
        }
        out
    }
}

/// The documents of the real corpus named by `WARTA_BENCH_CORPUS`: every `.txt` file
/// under the directory (one article each) and every line of every `.jsonl` file (its
/// `text` field). `None` when the variable is not set.
///
/// # Panics
///
/// When the variable names no readable directory or holds no document: a bench asked to
/// measure a corpus must not quietly measure nothing.
pub fn real() -> Option<Vec<String>> {
    let dir = std::env::var_os("WARTA_BENCH_CORPUS")?;
    let mut docs = Vec::new();
    collect(Path::new(&dir), &mut docs);
    assert!(!docs.is_empty(), "WARTA_BENCH_CORPUS={dir:?} holds no .txt or .jsonl document");
    Some(docs)
}

fn collect(path: &Path, docs: &mut Vec<String>) {
    let entries = std::fs::read_dir(path)
        .unwrap_or_else(|e| panic!("WARTA_BENCH_CORPUS: cannot read {}: {e}", path.display()));
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect(&p, docs);
            continue;
        }
        let Ok(bytes) = std::fs::read(&p) else { continue };
        let text = String::from_utf8_lossy(&bytes);
        match p.extension().and_then(|e| e.to_str()) {
            Some("txt") => docs.push(text.into_owned()),
            Some("jsonl") => docs.extend(text.lines().filter_map(|line| {
                let v: serde_json::Value = serde_json::from_str(line).ok()?;
                v.get("text")?.as_str().map(str::to_owned)
            })),
            _ => {}
        }
    }
}
