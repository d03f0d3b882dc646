//! Recognition tests on sentences written for them, table-driven.

use crate::{Entity, Label, Recognizer, Value};

fn ents(text: &str) -> Vec<Entity> {
    Recognizer::embedded().recognize(text)
}

fn pairs(text: &str) -> Vec<(Label, String)> {
    ents(text).into_iter().map(|e| (e.label, e.text.into())).collect()
}

/// Asserts that `text` yields an entity `label` with exactly `want` as text.
fn has(text: &str, label: Label, want: &str) {
    let all = pairs(text);
    assert!(
        all.iter().any(|(l, t)| *l == label && t == want),
        "{label} {want:?} in {text:?}: {all:?}"
    );
}

/// Asserts that `text` yields no entity `label` with `not` as text.
fn lacks(text: &str, label: Label, not: &str) {
    let all = pairs(text);
    assert!(
        !all.iter().any(|(l, t)| *l == label && t == not),
        "no {label} {not:?} in {text:?}: {all:?}"
    );
}

#[test]
fn people_after_ranks_offices_and_titles() {
    use Label::Person;
    let cases: &[(&str, &str)] = &[
        ("Kapolres Contoh AKBP Budi Santoso memimpin apel.", "Budi Santoso"),
        ("Pj Bupati Klaten Arief M Edie membuka rapat.", "Arief M Edie"),
        ("Kapolres Lahat, AKBP Yudi Prasetyo, memimpin rapat.", "Yudi Prasetyo"),
        ("Kepala Desa Mekarsari Tatang S. mengatakan warga siap.", "Tatang S."),
        ("Hadir pula Dr. Hasan Basri dalam acara itu.", "Hasan Basri"),
        ("Camat Sukamaju Ahmad bin Salim hadir.", "Ahmad bin Salim"),
        ("“Semua aman,” kata Budi Santoso kepada wartawan.", "Budi Santoso"),
        ("Acara dibuka Andi Wijaya, S.H., M.H., selaku ketua panitia.", "Andi Wijaya"),
        ("Dandim 0815/Mojokerto Letkol Inf Rudi Hartono hadir.", "Rudi Hartono"),
        ("Seorang warga bernama Tono Sugiarto ikut berjaga.", "Tono Sugiarto"),
        ("Kasat Reskrim AKP I Made Dharma Putra hadir.", "I Made Dharma Putra"),
        ("Bupati Klungkung Ni Luh Ayu Lestari membuka rapat.", "Ni Luh Ayu Lestari"),
        // A title of nobility between the rank and the name.
        ("Danrem 999/Contoh Kolonel Inf Raden Bagus Wicaksono hadir.", "Bagus Wicaksono"),
        ("Hadir pula Teuku Rizal Fahmi dalam acara itu.", "Rizal Fahmi"),
        // A one-letter middle initial is not the title "H." (Haji).
        ("Kapolsek Contoh AKP Rudi H. Sitompul hadir.", "Rudi H. Sitompul"),
        ("Salah seorang warga, Sutrisno, mengaku tenang.", "Sutrisno"),
        ("Seorang pedagang, Wati Rahayu (41), ikut berjaga.", "Wati Rahayu"),
        ("Salah satu pedagang sayur, Syamsul bin Ahmad, mengaku senang.", "Syamsul bin Ahmad"),
        ("Di tempat lain, Rahmadi, Ketua KPU Kota Jambi, menyebut hal itu.", "Rahmadi"),
        ("Ketua PPK Sukamaju, Muhammad Sahri, mengaku lega.", "Muhammad Sahri"),
        ("Yosef, salah satu Ketua KPPS di Desa Mekar, mengaku lega.", "Yosef"),
        ("Ketua KPU Provinsi Riau Moh. Rizal Lasimpo hadir.", "Moh. Rizal Lasimpo"),
        // A place the document names elsewhere is the office's unit, not the name's start.
        ("Pleno di Kecamatan Tapa lancar. Ketua PPK Tapa Rudi Hartono hadir.", "Rudi Hartono"),
        (
            "Warga Nagari Koto Tinggi hadir. Wali Nagari Koto Tinggi Deswan Malik membuka acara.",
            "Deswan Malik",
        ),
    ];
    for &(text, name) in cases {
        has(text, Person, name);
    }
    // "H." after a rank or a lowercase word is the title, and the name follows it.
    has("Kapolres Contoh AKBP H. Usman Harun hadir.", Person, "Usman Harun");
    has("Kapolres Contoh AKBP H. Usman Harun hadir.", Label::Title, "H.");
    has("Ketua KPU Lombok Timur H. Usman hadir.", Person, "Usman");
    // A word for ordinary people needs the name closed by a comma or an age.
    lacks("Para warga, Kamis pagi berkumpul.", Person, "Kamis");
    // A connective before a closed apposition is no name; a list after an office is no
    // unit and name.
    lacks("Namun, Ketua KPU Kota Jambi, menyebut hal itu.", Person, "Namun");
    lacks("Ketua KPU Rahmat, Andi dan Budi hadir.", Person, "Andi");
    // Capitalized words at the start of a sentence are not names.
    let text = "Sementara itu, Rapat dimulai pukul 09.00 WIB. Kemudian Petugas berjaga.";
    assert!(!pairs(text).iter().any(|(l, _)| *l == Person), "{:?}", pairs(text));
    // A trigger links a name on its own line only.
    has("Sri Lestari, Ketua KPU Lampung Selatan, hadir.", Person, "Sri Lestari");
    for text in ["Sri Lestari,\nKetua KPU Lampung Selatan hadir.", "Budi Santoso\n, S.H. hadir."] {
        assert!(!pairs(text).iter().any(|(l, _)| *l == Person), "{text:?}: {:?}", pairs(text));
    }
    // Headlines in Title Case give no people.
    lacks(
        "Kapolres Klaten Pimpin Rakor Pengamanan Pilkada Serentak 2024",
        Person,
        "Pimpin Rakor Pengamanan",
    );
}

#[test]
fn bylines() {
    has("Reporter: Dimas Prasetyo\n\nKLATEN – Rapat digelar.", Label::Person, "Dimas Prasetyo");
    has("-Nur Aini-\n\nKLATEN – Rapat digelar.", Label::Person, "Nur Aini");
    has(
        "Hariadi - [CONTOH.CO.ID](https://www.contoh.co.id)\n\nRapat digelar.",
        Label::Person,
        "Hariadi",
    );
    lacks("Rapat digelar dengan lancar. (ang)", Label::Person, "ang");
    lacks("Di Desa Mekar, Bhabinkamtibmas Aiptu Joko hadir.", Label::Person, "Desa Mekar");
    lacks("Menurut Kapolres, TPS yang rawan dijaga.", Label::Person, "TPS");
    // Long names, abbreviated first names, credits in brackets after a caption.
    has(
        "Rapat digelar.\n\nEditor: Ni Kadek Ayu Sri Utami",
        Label::Person,
        "Ni Kadek Ayu Sri Utami",
    );
    has("Rapat digelar.\n\nPenulis: Moh. Rizal Fahmi", Label::Person, "Moh. Rizal Fahmi");
    has("Petugas berjaga di aula. (Foto: Andi Saputra)", Label::Person, "Andi Saputra");
    has("Petugas berjaga di aula. (Foto: Andi Saputra/Humas)", Label::Person, "Andi Saputra");
    lacks("Rapat (foto: dokumentasi) digelar.", Label::Person, "dokumentasi");
}

#[test]
fn ranks_positions_and_titles() {
    has("Dandim 0820/Probolinggo Letkol Arm Heri Santoso hadir.", Label::Rank, "Letkol Arm");
    has("Kolonel Laut (P) Agus Salim hadir.", Label::Rank, "Kolonel Laut (P)");
    has("Kapolresta Contoh Kombes Pol Rama Putra hadir.", Label::Rank, "Kombes Pol");
    has("Kabag Ops Polresta Banyuwangi Kopol Idris hadir.", Label::Rank, "Kopol");
    let positions: &[(&str, &str)] = &[
        ("Pj Bupati Bangkalan Arief hadir.", "Pj Bupati Bangkalan"),
        ("Kapolres Bangkalan AKBP Febri hadir.", "Kapolres Bangkalan"),
        ("Dandim 0820/Probolinggo Letkol Arm Heri hadir.", "Dandim 0820/Probolinggo"),
        ("Kabag Ops Polresta Banyuwangi Kompol Idris hadir.", "Kabag Ops Polresta Banyuwangi"),
        ("Ketua KPU Lampung Selatan Ansori Razak hadir.", "Ketua KPU Lampung Selatan"),
        ("Plt Wali Kota Malang Sutiaji hadir.", "Plt Wali Kota Malang"),
        ("menurut kapolres, situasi aman.", "kapolres"),
        ("Kapolsek Pangkalan Baru AKP Dedi Irawan hadir.", "Kapolsek Pangkalan Baru"),
        // A generic office before a body the gazetteer knows heads it.
        ("Kepala DPMD Klaten Sutrisno hadir.", "Kepala DPMD Klaten"),
        ("Doa dipimpin Ketua MPU Kota Banda Aceh.", "Ketua MPU Kota Banda Aceh"),
        ("Pleno di Kecamatan Tapa lancar. Ketua PPK Tapa Rudi Hartono hadir.", "Ketua PPK Tapa"),
        // A body fused into the office, joined from the scheme and the words after it.
        ("Kapolda Metro Jaya Irjen Pol Budi Santoso hadir.", "Kapolda Metro Jaya"),
        ("Kapolres Metro Bekasi Kota Kombes Pol Budi Santoso hadir.", "Kapolres Metro Bekasi Kota"),
        // … with a region among its words.
        ("Kapolsek Pasar Jambi Iptu Ahmad Fauzi hadir.", "Kapolsek Pasar Jambi"),
        (
            "Dandim 0101/Kota Banda Aceh Kolonel Inf Ari Susanto hadir.",
            "Dandim 0101/Kota Banda Aceh",
        ),
        ("Bhabinkamtibmas Desa Sukamaju Bripka Made Arya hadir.", "Bhabinkamtibmas Desa Sukamaju"),
        // A kecamatan named after its town and a direction.
        ("Kapolsek Pontianak Selatan AKP Dedi Irawan hadir.", "Kapolsek Pontianak Selatan"),
        ("Camat Pangkalan Baru Zulkarnain hadir.", "Camat Pangkalan Baru"),
        ("Kades Sukamaju Utara Ahmad Salim hadir.", "Kades Sukamaju Utara"),
    ];
    for &(text, want) in positions {
        has(text, Label::Position, want);
    }
    lacks("Kepala sekolah hadir.", Label::Position, "Kepala sekolah");
    has("Rapat diikuti Polsek Pontianak Timur.", Label::Organization, "Polsek Pontianak Timur");
    // An unknown kecamatan or desa goes on with its place words; the name follows.
    has("Camat Pangkalan Baru Zulkarnain hadir.", Label::Person, "Zulkarnain");
    has("Kades Sukamaju Utara Ahmad Salim hadir.", Label::Person, "Ahmad Salim");
    has("Camat Sukamaju Ahmad Salim hadir.", Label::Person, "Ahmad Salim");
    has("Andi Wijaya, S.I.K., M.Si., hadir.", Label::Title, "S.I.K.");
    has("Andi Wijaya, S.I.K, M.Si, hadir.", Label::Title, "S.I.K");

    let e = ents("Kapolres Bangkalan AKBP Febri hadir.");
    let Value::Position { canonical, unit, .. } = &e[0].value else { panic!("{e:?}") };
    assert_eq!((canonical.as_str(), unit.as_deref()), ("Kapolres", Some("Bangkalan")));
    assert_eq!(e[0].parts[0].label, Label::Location, "the unit is kept inside the position");
    let Value::Rank { canonical, branch, order, .. } = &ents("Kombespol Andi hadir.")[0].value
    else {
        panic!()
    };
    assert_eq!(
        (canonical.as_str(), branch.map(|b| b.as_str()), *order),
        ("Kombes Pol", Some("polri"), Some(18))
    );
}

#[test]
fn organizations() {
    use Label::Organization;
    let cases: &[(&str, &str)] = &[
        ("Rapat diikuti Polres Bangkalan dan warga.", "Polres Bangkalan"),
        ("Kodim 0820/Probolinggo ikut patroli.", "Kodim 0820/Probolinggo"),
        ("Rapat diikuti Kodim 0413 Bangka dan warga.", "Kodim 0413 Bangka"),
        ("Hadir Kejaksaan Negeri Bangka dan warga.", "Kejaksaan Negeri Bangka"),
        ("Hadir Pengadilan Negeri Sungailiat dan warga.", "Pengadilan Negeri Sungailiat"),
        ("Kantor Komisi Pemilihan Umum (KPU) dijaga.", "Komisi Pemilihan Umum"),
        ("Kantor Komisi Pemilihan Umum (KPU) dijaga.", "KPU"),
        ("Patroli bersama KPU Kabupaten Malang berjalan.", "KPU Kabupaten Malang"),
        ("Hal itu tanggung jawab TNI-Polri bersama.", "TNI"),
        ("Hal itu tanggung jawab TNI-Polri bersama.", "Polri"),
        ("Hadir Polres Probolinggo Kota dan warga.", "Polres Probolinggo Kota"),
        ("Sinergi antar Forkopimda diperlukan.", "Forkopimda"),
        ("Rapat diikuti Lanal Babel dan warga.", "Lanal Babel"),
        ("Apel dihadiri Korem 083/Baladhika Jaya dan warga.", "Korem 083/Baladhika Jaya"),
        // A region after the code's mark that goes on past the token.
        ("Apel dihadiri Kodim 0101/Kota Banda Aceh dan warga.", "Kodim 0101/Kota Banda Aceh"),
        // Bodies below the kabupaten take a kecamatan or desa no gazetteer lists.
        ("Anggota Polsek Pasar Kemis bersama warga berjaga.", "Polsek Pasar Kemis"),
        ("Anggota Polsek Sukamaju Bripka Andi Saputra berjaga.", "Polsek Sukamaju"),
        ("Logistik tiba di PPK Teluk Ambon Baguala kemarin.", "PPK Teluk Ambon Baguala"),
        ("Anggota PPS Desa Mekar Jaya hadir.", "PPS Desa Mekar Jaya"),
    ];
    for &(text, org) in cases {
        has(text, Organization, org);
    }
    // … but not a sentence that follows, nor a rank.
    has("Logistik diserahkan kepada PPK. Selanjutnya petugas berjaga.", Organization, "PPK");
    lacks("Anggota Polsek Sukamaju Bripka Andi berjaga.", Organization, "Polsek Sukamaju Bripka");
    // A body that takes a region only does not take an unknown word.
    has("Rapat KPU Hasyim Asyari hadir.", Organization, "KPU");
    // An acronym must be written as one: "kpu" in lowercase is nothing.
    lacks("para kpu daerah", Organization, "kpu");

    // The scheme written out at the end of an office, by name or long form, is an
    // organization inside the position.
    for (text, org) in [
        ("Ketua KPU Riau Rusidi hadir.", "KPU Riau"),
        ("Ketua KPPS Yosef mengaku lega.", "KPPS"),
        ("Hadir Kepala Kejaksaan Negeri Kabupaten Kediri.", "Kejaksaan Negeri Kabupaten Kediri"),
    ] {
        let e = ents(text);
        let position = e.iter().find(|e| e.label == Label::Position).expect(text);
        assert!(
            position.parts.iter().any(|p| p.label == Organization && p.text == org),
            "{text}: {:?}",
            position.parts
        );
    }
    // A bare office names no organization of its own.
    let e = ents("Hadir Kajari Kediri.");
    assert!(e.iter().all(|e| e.parts.iter().all(|p| p.label != Organization)), "{e:?}");
}

#[test]
fn locations() {
    use Label::Location;
    let cases: &[(&str, &str)] = &[
        ("BANGKALAN – Rapat digelar.", "BANGKALAN"),
        ("SUNGAILIAT - Rapat digelar.", "SUNGAILIAT"),
        ("Rapat digelar di Sungailiat kemarin.", "Sungailiat"),
        ("Rapat di pendopo Agung Bangkalan berlangsung.", "pendopo Agung Bangkalan"),
        ("Rapat di Mapolres Bangka berlangsung.", "Mapolres Bangka"),
        (
            "Rakor di Command Center Mapolresta Banyuwangi berlangsung.",
            "Command Center Mapolresta Banyuwangi",
        ),
        ("Warga Kecamatan Sukamaju hadir.", "Kecamatan Sukamaju"),
        ("Warga Desa Mekarsari hadir.", "Desa Mekarsari"),
        ("Pemilu di Kabupaten Bangka lancar.", "Kabupaten Bangka"),
        ("Patroli di Kota Probolinggo aman.", "Kota Probolinggo"),
        ("Patroli di wilayah Jatim aman.", "Jatim"),
        ("Ini sejarah bagi Indonesia.", "Indonesia"),
        ("Logistik dikirim ke Pulau Enggano dengan kapal.", "Pulau Enggano"),
        ("Patroli menyisir Distrik Abepura malam itu.", "Distrik Abepura"),
        ("Selong, 4 Desember 2024 - Rapat pleno digelar.", "Selong"),
        ("Patroli dialogis digelar di Pasar Kebon Jeruk pagi itu.", "Pasar Kebon Jeruk"),
        ("Kapal tiba di Pelabuhan Tanjung Emas Semarang.", "Pelabuhan Tanjung Emas Semarang"),
        ("Massa berkumpul di depan Kantor KPU Kabupaten Klaten.", "Kantor KPU Kabupaten Klaten"),
        ("Deklarasi digelar di Halaman Kantor Bupati Klaten.", "Halaman Kantor Bupati Klaten"),
        ("Apel digelar di halaman Mapolres Klaten pagi ini.", "Mapolres Klaten"),
    ];
    for &(text, place) in cases {
        has(text, Location, place);
    }
    // Places on a list after a division, or introduced by a division word.
    let places = |text: &str| -> Vec<String> {
        ents(text).into_iter().filter(|e| e.label == Location).map(|e| e.text.into()).collect()
    };
    assert_eq!(
        places("Patroli di Kecamatan Sukamaju Utara dan Sukamaju Timur aman."),
        ["Kecamatan Sukamaju Utara", "Sukamaju Timur"]
    );
    assert_eq!(
        places("Camat dari tiga kecamatan, yakni Cibeber, Teluk Jaya dan Pasir Raya hadir."),
        ["Cibeber", "Teluk Jaya", "Pasir Raya"]
    );
    assert_eq!(
        places("Di Desa Mekar, Desa Jaya dan Desa Baru aman."),
        ["Desa Mekar", "Desa Jaya", "Desa Baru"]
    );
    // A name after a place and a comma is no second place, nor is one name after an
    // introduction, nor an office after "dan".
    assert_eq!(places("Warga Desa Sukamaju, Budi Santoso mengatakan aman."), ["Desa Sukamaju"]);
    assert!(places("Ada satu kecamatan, yakni Cibeber saja.").is_empty());
    assert_eq!(places("Warga Desa Sukamaju dan Kapolsek hadir."), ["Desa Sukamaju"]);
    assert_eq!(
        places("Suara dihitung di TPS 03 Desa Mekar dan TPS 05 Desa Jaya."),
        ["Desa Mekar", "Desa Jaya"]
    );
    // In a Title Case headline a capitalized word need not belong to a name.
    let headline = "Kampanye Akbar di Stadion Mandala Berjalan Tertib\n\nKampanye digelar.";
    lacks(headline, Location, "Stadion Mandala Berjalan Tertib");
    let headline = "Logistik ke Pulau Sapudi Diangkut Kapal Perang\n\nLogistik dikirim.";
    has(headline, Location, "Pulau Sapudi");
    // Heads that are ordinary nouns name a place only when capitalized, and not with a
    // bare organization: "Kantor KPU" is the body's office anywhere.
    lacks("Apel digelar di halaman Mapolres Klaten pagi ini.", Location, "halaman Mapolres Klaten");
    lacks("Petugas berjaga di Kantor KPU dan Bawaslu.", Location, "Kantor KPU");
    lacks("Surat suara disimpan di gudang Kantor Camat.", Location, "gudang Kantor Camat");
    lacks("Logistik dikirim ke pulau terpencil.", Location, "pulau terpencil");
    // A seat town opens a dateline only with a date after its comma.
    lacks("Selong, kota kecil itu, ramai.", Location, "Selong");
    // A region inside an organization, office or event is not a place of its own.
    lacks("Rapat diikuti Polres Bangkalan.", Location, "Bangkalan");
    lacks("Kapolres Bangkalan hadir.", Location, "Bangkalan");
    // A seat town outside a dateline or a locative is not assumed to be a place.
    lacks("Sumber dana berasal dari hibah.", Location, "Sumber");
    // … and the locative must stand on its line.
    lacks("Petugas berjaga di\nSungailiat Indah kemarin.", Location, "Sungailiat");
    // URLs and furniture lines contribute nothing.
    lacks("Kunjungi www.bangkalan.example.id untuk info.", Location, "bangkalan");
    lacks("Baca juga: Warga Bangkalan Panen Raya\nRapat digelar.", Location, "Bangkalan");
}

#[test]
fn dates() {
    let cases: &[(&str, &str, &str)] = &[
        ("Rapat digelar Kamis (25/01/2024) di aula.", "Kamis (25/01/2024)", "2024-01-25"),
        ("Rapat digelar Kamis, (25/01/2024) di aula.", "Kamis, (25/01/2024)", "2024-01-25"),
        ("Pencoblosan 14 Februari 2024 nanti.", "14 Februari 2024", "2024-02-14"),
        ("Diunggah Nov 23, 2024 pukul 22:57.", "Nov 23, 2024", "2024-11-23"),
        (
            "Pemilu 2024 digelar tahun depan. Patroli Kamis (16/11) sore.",
            "Kamis (16/11)",
            "2023-11-16",
        ),
    ];
    for &(text, written, iso) in cases {
        let e = ents(text);
        let d = e
            .iter()
            .find(|e| e.label == Label::Date)
            .unwrap_or_else(|| panic!("no date in {text:?}: {e:?}"));
        assert_eq!(d.text, written, "{text:?}");
        assert_eq!(d.value, Value::Date { iso: Some(iso.into()) }, "{text:?}");
    }
    for text in ["Rapat digelar Kamis lalu.", "Pada November nanti.", "Tahun 2024 penting."] {
        assert!(!ents(text).iter().any(|e| e.label == Label::Date), "{text:?}");
    }
}

#[test]
fn events() {
    use Label::Event;
    let named = |text: &str| -> Vec<String> {
        ents(text)
            .into_iter()
            .filter_map(|e| match e.value {
                Value::Event { named: true, name, .. } => Some(name.into()),
                _ => None,
            })
            .collect()
    };
    assert_eq!(named("Jelang Pilkada Serentak 2024 warga siap."), ["Pilkada Serentak 2024"]);
    assert_eq!(named("Jelang Pilkada Bangka 2024 warga siap."), ["Pilkada Bangka 2024"]);
    assert_eq!(named("Dalam pilkada tahun 2024 warga siap."), ["pilkada tahun 2024"]);
    assert_eq!(
        named("Pemilihan Kepala Daerah (Pilkada) Serentak 2024 makin dekat."),
        ["Pilkada Serentak 2024"]
    );
    assert_eq!(
        named("Dalam Operasi Mantap Praja Semeru 2024 polisi siaga."),
        ["Operasi Mantap Praja Semeru 2024"]
    );
    assert_eq!(named("Pengamanan Pilkades Bangkalan berjalan."), ["Pilkades Bangkalan"]);
    assert_eq!(
        named("Apel Operasi Mantap Brata 2023-2024 digelar."),
        ["Operasi Mantap Brata 2023-2024"]
    );
    // A regional name the gazetteer lacks, when a year follows it.
    assert_eq!(
        named("Apel Operasi Mantap Praja Kencana 2024 digelar."),
        ["Operasi Mantap Praja Kencana 2024"]
    );
    assert_eq!(named("Apel Operasi Ketupat Lebaran digelar."), ["Operasi Ketupat"]);
    assert!(named("Pilkada harus damai.").is_empty());
    has("Pilkada harus damai.", Event, "Pilkada");
    assert!(named("Lilin dinyalakan warga.").is_empty());
}

#[test]
fn quantities() {
    let q = |text: &str| -> Vec<(f64, String)> {
        ents(text)
            .into_iter()
            .filter_map(|e| match e.value {
                Value::Quantity { value, unit } => Some((value, unit.into())),
                _ => None,
            })
            .collect()
    };
    assert_eq!(
        q("Sebanyak 363 personel mengamankan 452 TPS."),
        [(363.0, "personel".into()), (452.0, "TPS".into())]
    );
    assert_eq!(q("Diperbantukan satu kompi Brimob."), [(1.0, "kompi".into())]);
    assert_eq!(q("Sebanyak 1.316 personel siaga."), [(1316.0, "personel".into())]);
    assert!(q("Partisipasi naik 2,5 persen.").is_empty());
    assert!(q("Siapa pun yang menang, kami tetap satu kampung.").is_empty());
    assert_eq!(
        q("Logistik diangkut 18 truk dan dua kapal."),
        [(18.0, "truk".into()), (2.0, "kapal".into())]
    );
    assert_eq!(q("Sebanyak 3.150 ASN diminta netral."), [(3150.0, "ASN".into())]);
    assert_eq!(
        q("Rekap diikuti 15 PPK dan dikawal 120 pecalang."),
        [(15.0, "PPK".into()), (120.0, "pecalang".into())]
    );
    assert_eq!(q("Logistik dibawa enam longboat."), [(6.0, "longboat".into())]);
}

#[test]
fn spans_match_text() {
    let text =
        "BANGKALAN – “Aman,” kata Kapolres Bangkalan AKBP Febri Isman Jaya, Kamis (25/01/2024).";
    for e in ents(text) {
        for part in e.walk() {
            assert_eq!(&text[part.span.start..part.span.end], part.text);
        }
    }
}

#[test]
fn recognizer_is_send_sync() {
    fn check<T: Send + Sync + std::fmt::Debug>() {}
    check::<Recognizer>();
    check::<Entity>();
}
