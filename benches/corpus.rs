//! A generator of synthetic Indonesian election-security news for the benches.
//!
//! The text is written by this project: sentence templates in the register of regional
//! news, filled from small lists of invented names and real region names, with the page
//! furniture scrapers leave behind. It is deterministic (a fixed-seed xorshift), so every
//! run measures the same bytes.

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
    "Kabag Ops Polres {region} Kompol {name} menambahkan, jumlah pemilih tetap mencapai {big} orang.",
    "Partisipasi pemilih pada pemilu sebelumnya mencapai {n},{k} persen, kata Kasat Intelkam AKP {name}.",
    "Apel gelar pasukan Operasi Mantap Praja {opname} 2024 berlangsung di Lapangan {region} pada {day} {monthname} 2024.",
    "Informasi lebih lanjut dapat diakses melalui www.polres-{slug}.go.id atau surel humas@{slug}.go.id.",
];

const FURNITURE: &[&str] = &[
    "Baca juga: Warga {region} Gotong Royong Bersihkan Saluran Air",
    "Sebarkan artikel ini",
    "Cek Berita dan Artikel yang lain di Google News",
    "Tag",
];

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
];
const REGIONS: &[&str] = &[
    "Klaten",
    "Ngawi",
    "Lumajang",
    "Sleman",
    "Garut",
    "Sumedang",
    "Sidoarjo",
    "Bantul",
    "Badung",
    "Gowa",
    "Kampar",
    "Lahat",
    "Pringsewu",
    "Bangka Tengah",
    "Hulu Sungai Selatan",
];
const PROVINCES: &[&str] = &["Jawa Tengah", "Jawa Timur", "Jawa Barat", "Bali", "Lampung", "Riau"];
const RANKS: &[&str] = &["AKBP", "Kombes Pol", "Kompol", "AKP", "Iptu"];
const EVENTS: &[&str] =
    &["Pilkada Serentak 2024", "Pemilu 2024", "Pilkades 2025", "Pilgub Jateng 2024"];
const WEEKDAYS: &[&str] = &["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];
const MONTHS: &[&str] = &["Januari", "Februari", "Maret", "Oktober", "November", "Desember"];
const OPERATIONS: &[&str] = &["Candi", "Semeru", "Lodaya", "Agung", "Krakatau", "Lancang Kuning"];

/// A deterministic source of synthetic articles.
pub struct Corpus {
    state: u64,
}

impl Corpus {
    /// A generator with a fixed seed.
    pub fn new(seed: u64) -> Corpus {
        Corpus { state: seed.max(1) }
    }

    fn next(&mut self) -> u64 {
        // xorshift64*
        self.state ^= self.state >> 12;
        self.state ^= self.state << 25;
        self.state ^= self.state >> 27;
        self.state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn fill(&mut self, template: &str, out: &mut String) {
        let region = self.pick(REGIONS);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = open + rest[open..].find('}').unwrap_or(0);
            let slot = &rest[open + 1..close];
            match slot {
                "CITY" => out.push_str(&region.to_uppercase()),
                "region" => out.push_str(region),
                "slug" => out.push_str(&region.to_lowercase().replace(' ', "")),
                "province" => out.push_str(self.pick(PROVINCES)),
                "rank" => out.push_str(self.pick(RANKS)),
                "name" | "name2" => out.push_str(self.pick(NAMES)),
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

    /// Whole articles, separated by blank lines, until at least `bytes` long.
    pub fn text(&mut self, bytes: usize) -> String {
        let mut out = String::with_capacity(bytes + 4096);
        while out.len() < bytes {
            self.article(&mut out);
        }
        out
    }
}
