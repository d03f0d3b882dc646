//! Relation tests on sentences written for them.

use warta_ner::Recognizer;

use crate::{Extraction, Extractor, RelationKind};

fn extract(text: &str) -> Extraction {
    let recognizer = Recognizer::embedded();
    let analysis = recognizer.tokenizer().analyze(text);
    let entities = recognizer.recognize_analysis(&analysis, &Default::default());
    Extractor::new(recognizer.gazetteer()).extract(&analysis, &entities)
}

/// (name, rank, position, titles) of a person.
type Row = (String, Option<String>, Option<String>, Vec<String>);

/// Every person as a row.
fn people(text: &str) -> Vec<Row> {
    extract(text).people.into_iter().map(|p| (p.name, p.rank, p.position, p.titles)).collect()
}

fn person(
    name: &str,
    rank: Option<&str>,
    position: Option<&str>,
    titles: &[&str],
) -> (String, Option<String>, Option<String>, Vec<String>) {
    (
        name.into(),
        rank.map(Into::into),
        position.map(Into::into),
        titles.iter().map(|t| t.to_string()).collect(),
    )
}

/// (speaker name, first three words) of every attributed quotation.
fn quotes(text: &str) -> Vec<(String, String)> {
    let x = extract(text);
    x.quotes
        .iter()
        .filter_map(|q| {
            let who = x.people.get(q.speaker?)?.name.clone();
            Some((who, q.text.split_whitespace().take(3).collect::<Vec<_>>().join(" ")))
        })
        .collect()
}

fn represented(text: &str) -> Vec<(String, String)> {
    let x = extract(text);
    x.relations
        .iter()
        .filter(|r| r.kind == RelationKind::RepresentedBy)
        .map(|r| {
            (x.people[r.person.unwrap()].name.clone(), x.people[r.other.unwrap()].name.clone())
        })
        .collect()
}

#[test]
fn rank_position_and_titles_in_every_order() {
    let cases: &[(&str, Row)] = &[
        (
            "Kapolres Bangkalan AKBP Febri Jaya memimpin apel.",
            person("Febri Jaya", Some("AKBP"), Some("Kapolres Bangkalan"), &[]),
        ),
        (
            "Pj Bupati Bangkalan Arief M Edie membuka rapat.",
            person("Arief M Edie", None, Some("Pj Bupati Bangkalan"), &[]),
        ),
        (
            "Kabag Ops Polresta Banyuwangi Kompol Idris Halim hadir.",
            person("Idris Halim", Some("Kompol"), Some("Kabag Ops Polresta Banyuwangi"), &[]),
        ),
        (
            "Dandim 0820/Probolinggo Letkol Arm Heri Santoso hadir.",
            person("Heri Santoso", Some("Letkol Arm"), Some("Dandim 0820/Probolinggo"), &[]),
        ),
        (
            "Kapolres Bangka, AKBP Toni Wijaya, memimpin rapat.",
            person("Toni Wijaya", Some("AKBP"), Some("Kapolres Bangka"), &[]),
        ),
        (
            "AKBP Toni Wijaya selaku Kapolres Bangka memimpin rapat.",
            person("Toni Wijaya", Some("AKBP"), Some("Kapolres Bangka"), &[]),
        ),
        (
            "Pengendali lapangan, AKP Dedi Kurnia, yang juga Kasat Samapta Polres Bangka, hadir.",
            person("Dedi Kurnia", Some("AKP"), Some("Kasat Samapta Polres Bangka"), &[]),
        ),
        (
            "Hadir Kompol Rudi Hartono yang kini menjabat sebagai Wakapolres Bangka.",
            person("Rudi Hartono", Some("Kompol"), Some("Wakapolres Bangka"), &[]),
        ),
        (
            "Doa dipimpin Ketua MUI Kota Jambi, Tgk. H. Hasan Basri.",
            person("Hasan Basri", None, Some("Ketua MUI Kota Jambi"), &["Tgk.", "H."]),
        ),
        (
            "Hadir Kepala DPMD Klaten Drs. Sutrisno Hadi, M.Si., dalam rapat.",
            person("Sutrisno Hadi", None, Some("Kepala DPMD Klaten"), &["Drs.", "M.Si."]),
        ),
        (
            "Suasana tenang. Yosef, salah satu Ketua KPPS di Desa Mekar, mengaku lega.",
            person("Yosef", None, Some("Ketua KPPS"), &[]),
        ),
        (
            "Rapat dibuka Sri Lestari, Ketua KPU Lampung Selatan, pagi tadi.",
            person("Sri Lestari", None, Some("Ketua KPU Lampung Selatan"), &[]),
        ),
        (
            "Ketua KPU Lampung Selatan Ansori Razak hadir.",
            person("Ansori Razak", None, Some("Ketua KPU Lampung Selatan"), &[]),
        ),
        (
            "Kapolresta Contoh Kombes Pol Rama Putra, S.I.K., M.Si., M.H., hadir.",
            person(
                "Rama Putra",
                Some("Kombes Pol"),
                Some("Kapolresta Contoh"),
                &["S.I.K.", "M.Si.", "M.H."],
            ),
        ),
    ];
    for (text, want) in cases {
        assert_eq!(&people(text), std::slice::from_ref(want), "{text:?}");
    }
}

#[test]
fn a_portfolio_belongs_to_the_office() {
    assert_eq!(
        people("Komisioner KPU Klaten Divisi Teknis Penyelenggaraan, Sri Lestari, hadir."),
        [person(
            "Sri Lestari",
            None,
            Some("Komisioner KPU Klaten Divisi Teknis Penyelenggaraan"),
            &[]
        )]
    );
    assert_eq!(
        people("Hadir pula Ir. Rudi H Sitompul, M.M., dan Camat Ngawen Rosdiana br Panjaitan."),
        [
            person("Rudi H Sitompul", None, None, &["Ir.", "M.M."]),
            person("Rosdiana br Panjaitan", None, Some("Camat Ngawen"), &[]),
        ]
    );
}

#[test]
fn two_officials_in_one_sentence() {
    let text = "Kapolres Klaten AKBP Budi Santoso dan Dandim 0723/Klaten Letkol Inf Joko Susilo memimpin apel.";
    assert_eq!(
        people(text),
        [
            person("Budi Santoso", Some("AKBP"), Some("Kapolres Klaten"), &[]),
            person("Joko Susilo", Some("Letkol Inf"), Some("Dandim 0723/Klaten"), &[]),
        ]
    );
}

#[test]
fn later_mentions_are_the_same_person() {
    let text = "Kapolresta Banyuwangi Kombes Pol Dewa Putu Eka Dharma memimpin apel.\n\n\
                “Semua siap bertugas,” kata AKBP Dewa.\n\n\
                Menurut kapolresta, situasi aman. Ia meminta warga tenang.";
    let x = extract(text);
    assert_eq!(x.people.len(), 1, "{:?}", x.people);
    assert_eq!(x.people[0].name, "Dewa Putu Eka Dharma");
    assert!(
        x.people[0].mentions.len() >= 4,
        "name, short name, office, pronoun: {:?}",
        x.people[0].mentions
    );
}

#[test]
fn quotations_and_speakers() {
    let text = "Kapolres Klaten AKBP Budi Santoso memimpin apel.\n\n\
                “Personel harus netral dan profesional,” ujarnya.\n\n\
                Sementara itu Ketua KPU Klaten Sri Lestari mengatakan, \"Logistik sudah kami kirim ke kecamatan.\"\n\n\
                Semua gudang sudah dijaga petugas selama dua puluh empat jam,” tambahnya.\n\n\
                “Jangan golput di hari pencoblosan nanti,” kata warga setempat.";
    assert_eq!(
        quotes(text),
        [
            ("Budi Santoso".into(), "Personel harus netral".into()),
            ("Sri Lestari".into(), "Logistik sudah kami".into()),
            ("Sri Lestari".into(), "Semua gudang sudah".into()),
        ],
        "a quotation by an unnamed resident has no speaker"
    );
}

#[test]
fn nya_refers_to_the_subject_of_the_paragraph() {
    // The person right before a speech verb, not the office named after it.
    let text = "Kapolsek Klaten AKP Dedi Irawan didampingi Babinsa Serda Joko Purnomo.\n\n\
                Serda Joko menambahkan, Babinsa dan Kapolsek akan terus berkeliling. \
                “Kami bergantian piket setiap malam,” tambahnya.";
    assert_eq!(quotes(text), [("Joko Purnomo".into(), "Kami bergantian piket".into())]);
    // The first person of the paragraph before, when the quotation opens its own: the
    // agent speaks, not the principal he stands in for.
    let text = "Kasdim 0723/Klaten Mayor Inf Agus Salim, mewakili Dandim 0723/Klaten \
                Letkol Inf Joko Susilo, mengatakan Babinsa sudah siaga.\n\n\
                “Kami minta warga segera melapor,” ucapnya.";
    assert_eq!(quotes(text), [("Agus Salim".into(), "Kami minta warga".into())]);
}

#[test]
fn quotation_over_two_paragraphs() {
    let text = "Dandim 0723/Klaten Letkol Inf Joko Susilo memberi arahan.\n\n\
                “Prajurit wajib menjaga netralitas di mana pun bertugas.\n\n\
                “Siapa pun yang melanggar akan kami tindak tegas,” tegasnya.";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|(who, _)| who == "Joko Susilo"), "{q:?}");
}

#[test]
fn representation() {
    assert_eq!(
        represented(
            "Kapolresta Contoh Kombes Pol Rama Putra, S.I.K., yang diwakili Wakapolresta AKBP Dewa Eka, membuka rakor."
        ),
        [("Rama Putra".into(), "Dewa Eka".into())]
    );
    assert_eq!(
        represented(
            "Bupati Klaten Sri Mulyani diwakili oleh Sekda Klaten Jaka Sawaldi membuka apel."
        ),
        [("Sri Mulyani".into(), "Jaka Sawaldi".into())]
    );
    assert_eq!(
        represented("Sekda Klaten Jaka Sawaldi mewakili Bupati Klaten Sri Mulyani membuka apel."),
        [("Sri Mulyani".into(), "Jaka Sawaldi".into())]
    );
    assert_eq!(
        represented(
            "Kapolres Klaten AKBP Budi Santoso melalui Kasat Reskrim AKP Andi Wijaya menjelaskan kasus itu."
        ),
        [("Budi Santoso".into(), "Andi Wijaya".into())]
    );
    // "melalui" that is not representation.
    assert!(
        represented(
            "Kapolres Klaten AKBP Budi Santoso melalui rapat koordinasi meminta personel siaga."
        )
        .is_empty()
    );
    // An unnamed office, then a list of other officials: none of them is the principal.
    assert!(
        represented(
            "Hadir Wakapolres Klaten Kompol Andi Wijaya yang mewakili Kapolres, Dandim 0723/Klaten Letkol Inf Joko Susilo, serta warga."
        )
        .is_empty()
    );
    // … but a name in apposition after the office is.
    assert_eq!(
        represented(
            "Kompol Andi Wijaya mewakili Kapolres Klaten, AKBP Budi Santoso, membuka apel."
        ),
        [("Budi Santoso".into(), "Andi Wijaya".into())]
    );
    // A principal known only by office, never named, is no named person.
    assert!(
        represented(
            "Pj Bupati Klaten diwakili Asisten I Setda Klaten Bambang Riyadi membuka rapat."
        )
        .is_empty()
    );
}

#[test]
fn extractor_is_send_sync() {
    fn check<T: Send + Sync + std::fmt::Debug>() {}
    check::<Extractor>();
    check::<Extraction>();
}

#[test]
fn event_frames() {
    let x = extract(
        "Polres Klaten menggelar apel pengamanan di Lapangan Klaten, Senin (18/11/2024). \
         Sebanyak 363 personel diterjunkan untuk mengamankan 452 TPS dalam Operasi Mantap Praja Candi 2024.",
    );
    let kinds: Vec<&str> = x.frames.iter().map(|f| f.kind.as_str()).collect();
    assert_eq!(kinds, ["apel", "deployment"]);
    assert_eq!(x.frames[0].dates, ["2024-11-18"]);
    assert!(x.frames[0].participants.contains(&"Polres Klaten".to_owned()));
    assert_eq!(x.frames[1].quantities, ["363 personel", "452 TPS"]);
    assert_eq!(x.frames[1].events, ["Operasi Mantap Praja Candi 2024"]);
    // A deployment verb without a count is no deployment frame.
    assert!(extract("Polisi diterjunkan ke lokasi.").frames.is_empty());
}

#[test]
fn a_bare_known_name_is_a_mention() {
    let text = "Bupati Klaten Sri Mulyani dan Kapolres Klaten AKBP Warsono Hadi meninjau gudang logistik.\n\n\
                Mulyani mengatakan logistik aman. “Semua kotak suara sudah terkunci rapat,” kata dia.";
    assert_eq!(quotes(text), [("Sri Mulyani".into(), "Semua kotak suara".into())]);
}

/// Regression: an opening mark without a close ran to the end of its paragraph even past
/// the next quotation, so quotations overlapped and the unclosed one swallowed the next
/// and its attribution (and a paragraph of n unclosed marks made n copies of itself:
/// quadratic time and memory). It now ends where the next quotation mark stands.
#[test]
fn an_unclosed_quotation_ends_at_the_next_mark() {
    let text = "“Kami siap mengamankan pemilu di desa ini “Semua personel sudah siaga di TPS,” \
                ujar Kapolsek Sukamaju AKP Dedi Kurniawan.";
    let x = extract(text);
    let spans: Vec<&str> = x.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        spans,
        ["Kami siap mengamankan pemilu di desa ini", "Semua personel sudah siaga di TPS"]
    );
    assert_eq!(x.quotes[1].speaker, Some(0));
}

/// Regression: a closing mark whose opening was lost started its quotation at the
/// paragraph even when an earlier mark (one that made no quotation) stood in between,
/// so each of n such marks rescanned the paragraph.
#[test]
fn a_quotation_without_its_opening_starts_after_the_previous_mark() {
    let text = "Semua aman” kata warga. Petugas tetap berjaga di TPS sampai sore,” \
                kata Kapolsek Sukamaju AKP Dedi Kurniawan.";
    let x = extract(text);
    let spans: Vec<&str> = x.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(spans, ["kata warga. Petugas tetap berjaga di TPS sampai sore"]);
}
