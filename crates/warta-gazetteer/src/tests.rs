//! Checks on the embedded data and on the builder, with sentences and rows written here.

use std::collections::{HashMap, HashSet};

use crate::{Branch, Entry, EntryKind, Gazetteer, ProblemKind, REGION_UNITS, Takes, TitlePlace};

fn names(g: &Gazetteer, kind: EntryKind) -> Vec<&str> {
    g.of_kind(kind).map(Entry::name).collect()
}

#[test]
fn embedded_data_parses_without_problems() {
    let result = Gazetteer::builder().add_defaults().build();
    if let Err(e) = &result {
        panic!("embedded gazetteer has problems:\n{e}");
    }
}

#[test]
fn regions_are_complete() {
    let g = Gazetteer::embedded();
    assert_eq!(g.of_kind(EntryKind::Province).count(), 38);
    assert_eq!(g.of_kind(EntryKind::Kabupaten).count(), 416);
    assert_eq!(g.of_kind(EntryKind::Kota).count(), 98);

    let provinces: HashSet<&str> = names(g, EntryKind::Province).into_iter().collect();
    let mut seen = HashSet::new();
    for kind in [EntryKind::Kabupaten, EntryKind::Kota, EntryKind::Town] {
        for e in g.of_kind(kind) {
            let province = e.province().expect("every kabupaten, kota and town has a province");
            assert!(provinces.contains(province), "{} is in unknown province {province}", e.name());
            assert!(
                seen.insert((kind, e.name(), province)),
                "duplicate {kind} {} in {province}",
                e.name()
            );
        }
    }
    for town in g.of_kind(EntryKind::Town) {
        let seat = town.seat_of().expect("towns name their kabupaten");
        assert!(
            g.of_kind(EntryKind::Kabupaten)
                .any(|k| k.name() == seat && k.province() == town.province()),
            "{} is the seat of unknown kabupaten {seat}",
            town.name()
        );
    }
}

#[test]
fn per_province_counts() {
    // (province, kabupaten, kota): the 2023 division, spot-checked across the archipelago.
    let expected = [
        ("Aceh", 18, 5),
        ("Jawa Timur", 29, 9),
        ("Jawa Tengah", 29, 6),
        ("Kepulauan Bangka Belitung", 6, 1),
        ("Lampung", 13, 2),
        ("DKI Jakarta", 1, 5),
        ("Papua Pegunungan", 8, 0),
        ("Sulawesi Barat", 6, 0),
    ];
    let g = Gazetteer::embedded();
    let mut counts: HashMap<(&str, EntryKind), usize> = HashMap::new();
    for e in g.entries() {
        if let Some(p) = e.province() {
            *counts.entry((p, e.kind())).or_default() += 1;
        }
    }
    for (province, kab, kota) in expected {
        assert_eq!(
            counts.get(&(province, EntryKind::Kabupaten)).copied().unwrap_or(0),
            kab,
            "{province}"
        );
        assert_eq!(
            counts.get(&(province, EntryKind::Kota)).copied().unwrap_or(0),
            kota,
            "{province}"
        );
    }
}

fn ladder(g: &Gazetteer, branch: Branch) -> Vec<&str> {
    let mut ranks: Vec<&Entry> =
        g.of_kind(EntryKind::Rank).filter(|e| e.branch() == Some(branch)).collect();
    ranks.sort_by_key(|e| e.order());
    let orders: Vec<u16> = ranks.iter().filter_map(|e| e.order()).collect();
    assert_eq!(orders, (1..=ranks.len() as u16).collect::<Vec<_>>(), "{branch} orders run 1..n");
    ranks.into_iter().map(Entry::name).collect()
}

#[test]
fn polri_ladder_is_complete_and_ordered() {
    assert_eq!(
        ladder(Gazetteer::embedded(), Branch::Polri),
        [
            "Bharada",
            "Bharatu",
            "Bharaka",
            "Abripda",
            "Abriptu",
            "Abrip",
            "Bripda",
            "Briptu",
            "Brigpol",
            "Bripka",
            "Aipda",
            "Aiptu",
            "Ipda",
            "Iptu",
            "AKP",
            "Kompol",
            "AKBP",
            "Kombes Pol",
            "Brigjen Pol",
            "Irjen Pol",
            "Komjen Pol",
            "Jenderal Polisi",
        ]
    );
}

#[test]
fn tni_ladders_are_complete() {
    let g = Gazetteer::embedded();
    let shared = [
        "Kopda", "Koptu", "Kopka", "Serda", "Sertu", "Serka", "Serma", "Pelda", "Peltu", "Letda",
        "Lettu", "Kapten", "Mayor", "Letkol", "Kolonel",
    ];
    let tops = [
        (
            Branch::TniAd,
            ["Prada", "Pratu", "Praka"],
            ["Brigjen TNI", "Mayjen TNI", "Letjen TNI", "Jenderal TNI"],
        ),
        (
            Branch::TniAl,
            ["Kelasi Dua", "Kelasi Satu", "Kelasi Kepala"],
            ["Laksma TNI", "Laksda TNI", "Laksdya TNI", "Laksamana TNI"],
        ),
        (
            Branch::TniAu,
            ["Prada", "Pratu", "Praka"],
            ["Marsma TNI", "Marsda TNI", "Marsdya TNI", "Marsekal TNI"],
        ),
    ];
    for (branch, low, high) in tops {
        let want: Vec<&str> = low.iter().chain(&shared).chain(&high).copied().collect();
        assert_eq!(ladder(g, branch), want, "{branch}");
    }
    for corps in ["Inf", "Arm", "Kav", "Czi", "(P)", "Mar", "Pnb"] {
        assert!(g.lookup_kind(corps, EntryKind::Corps).is_some(), "corps {corps}");
    }
}

#[test]
fn every_position_heads_a_known_unit() {
    let g = Gazetteer::embedded();
    let orgs: HashSet<&str> = names(g, EntryKind::Organization).into_iter().collect();
    let positions: Vec<&Entry> = g.of_kind(EntryKind::Position).collect();
    assert!(positions.len() > 50);
    for p in positions {
        if let Some(unit) = p.heads() {
            assert!(
                REGION_UNITS.contains(&unit) || orgs.contains(unit),
                "{} heads unknown {unit}",
                p.name()
            );
        }
    }
}

#[test]
fn lookups_by_surface_form() {
    let g = Gazetteer::embedded();
    let cases: &[(&str, EntryKind, &str)] = &[
        ("Kab. Bangkalan", EntryKind::Kabupaten, "Bangkalan"),
        ("Kabupaten Bangkalan", EntryKind::Kabupaten, "Bangkalan"),
        ("kab bangkalan", EntryKind::Kabupaten, "Bangkalan"),
        ("Kota Probolinggo", EntryKind::Kota, "Probolinggo"),
        ("Probolinggo", EntryKind::Kabupaten, "Probolinggo"),
        ("Jatim", EntryKind::Province, "Jawa Timur"),
        ("Babel", EntryKind::Province, "Kepulauan Bangka Belitung"),
        ("Provinsi Jawa Tengah", EntryKind::Province, "Jawa Tengah"),
        ("Pesbar", EntryKind::Kabupaten, "Pesisir Barat"),
        ("Lamsel", EntryKind::Kabupaten, "Lampung Selatan"),
        ("Sungailiat", EntryKind::Town, "Sungailiat"),
        ("Kajen", EntryKind::Town, "Kajen"),
        ("Calang", EntryKind::Town, "Calang"),
        ("Kombespol", EntryKind::Rank, "Kombes Pol"),
        ("Kombes", EntryKind::Rank, "Kombes Pol"),
        ("Kopol", EntryKind::Rank, "Kompol"),
        ("Kepala Kepolisian Resor", EntryKind::Position, "Kapolres"),
        ("Dandim", EntryKind::Position, "Dandim"),
        ("Komisi Pemilihan Umum", EntryKind::Organization, "KPU"),
        ("Forkopimda", EntryKind::Organization, "Forkopimda"),
        ("Pilkada", EntryKind::Election, "Pilkada"),
        ("Mantap Praja", EntryKind::Operation, "Mantap Praja"),
        ("Semeru", EntryKind::OperationRegion, "Semeru"),
        ("Menumbing", EntryKind::OperationRegion, "Menumbing"),
        ("S.I.K", EntryKind::Title, "S.I.K."),
        ("M.Si.", EntryKind::Title, "M.Si."),
        ("ujar", EntryKind::Speech, "ujar"),
        ("diwakili", EntryKind::RepresentPassive, "diwakili"),
    ];
    for &(surface, kind, name) in cases {
        let e = g.lookup_kind(surface, kind).unwrap_or_else(|| panic!("{surface:?} as {kind}"));
        assert_eq!(e.name(), name, "{surface:?}");
    }
    assert_eq!(
        g.lookup_kind("Sungailiat", EntryKind::Town).and_then(Entry::seat_of),
        Some("Bangka")
    );
    assert_eq!(
        g.lookup_kind("Semeru", EntryKind::OperationRegion).and_then(Entry::province),
        Some("Jawa Timur")
    );
    assert_eq!(
        g.lookup_kind("Kodim", EntryKind::Organization).and_then(Entry::takes),
        Some(Takes::NumberName)
    );
    assert_eq!(
        g.lookup_kind("Polres", EntryKind::Organization).and_then(Entry::takes),
        Some(Takes::Region)
    );
    assert!(g.lookup("Bangkalanx").next().is_none());
}

#[test]
fn surfaces_cover_every_entry() {
    let g = Gazetteer::embedded();
    let covered: HashSet<usize> = g.surfaces().map(|(_, id)| id.index()).collect();
    assert_eq!(covered.len(), g.len());
}

const REGION_HEADER: &str = "kind\tname\tprovince\tseat_of\tvariants\n";

#[test]
fn builder_extends_removes_and_overrides() {
    let user = format!("{REGION_HEADER}town\tDesa Contoh\tJawa Timur\tMalang\tDecon\n");
    let g = Gazetteer::builder()
        .add_defaults()
        .add_tsv("user.tsv", &user)
        .remove(EntryKind::Town, "Sungailiat")
        .build()
        .expect("valid user data");
    assert_eq!(g.lookup_kind("Decon", EntryKind::Town).map(Entry::name), Some("Desa Contoh"));
    assert!(g.lookup_kind("Sungailiat", EntryKind::Town).is_none());
    assert_eq!(
        g.lookup_kind("Decon", EntryKind::Town).map(|e| e.origin().to_string()),
        Some("user.tsv:2".into())
    );

    // A user-only gazetteer from code.
    let g = Gazetteer::builder()
        .add_entries([Entry::new(EntryKind::Province, "Contoh Raya").with_variant("Cora")])
        .build()
        .expect("valid entries");
    assert_eq!(g.len(), 1);
    assert_eq!(g.province("Prov. Cora").map(Entry::name), Some("Contoh Raya"));

    // Overriding an entry needs permission; identical repeats are fine.
    let changed = format!("{REGION_HEADER}kabupaten\tBangkalan\tJawa Timur\t-\tBkl\n");
    let err =
        Gazetteer::builder().add_defaults().add_tsv("mine.tsv", &changed).build().unwrap_err();
    assert_eq!(err.problems().len(), 1);
    assert!(matches!(err.problems()[0].kind(), ProblemKind::Duplicate { .. }));
    assert!(
        err.to_string().starts_with(
            "mine.tsv:2:1: \"Bangkalan\" is already defined differently at regions.tsv:"
        ),
        "{err}"
    );
    let g = Gazetteer::builder()
        .add_defaults()
        .allow_override(true)
        .add_tsv("mine.tsv", &changed)
        .build()
        .expect("override");
    assert_eq!(g.lookup_kind("Bkl", EntryKind::Kabupaten).map(Entry::name), Some("Bangkalan"));
    let same = format!("{REGION_HEADER}kabupaten\tBangkalan\tJawa Timur\t-\t-\n");
    assert!(
        Gazetteer::builder()
            .add_defaults()
            .add_tsv("a.tsv", &same)
            .add_tsv("b.tsv", &same)
            .build()
            .is_ok()
    );
}

#[test]
fn dangling_references_are_reported() {
    let user = format!(
        "{REGION_HEADER}kabupaten\tContoh\tProvinsi Hilang\t-\t-\ntown\tKecil\tJawa Timur\tTidak Ada\t-\n"
    );
    let positions =
        "position\tbranch\theads\tlong_form\tvariants\nKetua Paguyuban\tother\tPaguyuban\t-\t-\n";
    let err = Gazetteer::builder()
        .add_defaults()
        .add_tsv("r.tsv", &user)
        .add_tsv("p.tsv", positions)
        .build()
        .unwrap_err();
    let messages: Vec<String> = err.problems().iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "p.tsv:2:3: \"Ketua Paguyuban\": heads \"Paguyuban\", which is neither a region kind nor an organization",
            "r.tsv:2:3: \"Contoh\": no province named \"Provinsi Hilang\"",
            "r.tsv:3:4: \"Kecil\": no kabupaten \"Tidak Ada\" in Jawa Timur",
        ]
    );
}

#[test]
fn lenient_build_skips_bad_lines_and_reports_each() {
    let user = format!(
        "{REGION_HEADER}kabupaten\tContoh\tJawa Timur\t-\t-\nkota\n\tkosong\tJawa Timur\t-\t-\n"
    );
    let (g, problems) =
        Gazetteer::builder().add_defaults().add_tsv("user.tsv", &user).build_lenient();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert_eq!(problems[0].line(), 3);
    assert!(g.lookup_kind("Contoh", EntryKind::Kabupaten).is_some());
    assert_eq!(g.of_kind(EntryKind::Kabupaten).count(), 417);
}

#[test]
fn missing_file_is_a_problem_not_a_panic() {
    let err = Gazetteer::builder().add_file("/no/such/file.tsv").build().unwrap_err();
    assert!(err.to_string().starts_with("/no/such/file.tsv: cannot read:"), "{err}");
}

#[test]
fn lines_not_utf8_are_reported_where_they_are_and_the_rest_is_read() {
    let path = std::env::temp_dir().join(format!("warta-latin1-{}.tsv", std::process::id()));
    let bytes = format!("{REGION_HEADER}town\tBungah\tJawa Timur\tGresik\t-\n").into_bytes();
    let mut bytes = [bytes, b"town\tDuk\xefh\tJawa Timur\tGresik\t-\n".to_vec()].concat();
    bytes.extend_from_slice(b"town\tManyar\tJawa Timur\tGresik\t-");
    std::fs::write(&path, &bytes).unwrap();
    let (g, problems) = Gazetteer::builder().add_defaults().add_file(&path).build_lenient();
    std::fs::remove_file(&path).unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
    let p = &problems[0];
    assert_eq!(
        (p.line(), p.column(), p.text()),
        (3, Some(2), "town\tDuk\u{FFFD}h\tJawa Timur\tGresik\t-")
    );
    let offset = bytes.iter().position(|&b| b == 0xef).unwrap();
    assert_eq!(p.kind(), &ProblemKind::NotUtf8 { offset });
    assert!(g.lookup_kind("Bungah", EntryKind::Town).is_some());
    assert!(g.lookup_kind("Manyar", EntryKind::Town).is_some());
}

#[test]
fn public_types_are_send_sync_debug() {
    fn check<T: Send + Sync + std::fmt::Debug>() {}
    check::<Gazetteer>();
    check::<crate::GazetteerBuilder>();
    check::<Entry>();
    check::<crate::Error>();
}

#[test]
fn titles_say_where_they_are_written() {
    let g = Gazetteer::embedded();
    let place = |s: &str| g.lookup_kind(s, EntryKind::Title).and_then(Entry::place);
    assert_eq!(place("Tgk."), Some(TitlePlace::Before));
    assert_eq!(place("Dr."), Some(TitlePlace::Before));
    assert_eq!(place("S.I.K."), Some(TitlePlace::After));

    // A user's table with the place column, and one without it: there the kind decides.
    let placed = "title\tkind\tplace\tlong_form\tvariants\nBapa\thonorific\tafter\t-\t-\n";
    let plain = "title\tkind\tlong_form\tvariants\nAji\treligious\t-\t-\nS.Ars.\tacademic\t-\t-\n";
    let g = Gazetteer::builder()
        .add_tsv("placed.tsv", placed)
        .add_tsv("plain.tsv", plain)
        .build()
        .expect("valid titles");
    let place = |s: &str| g.lookup_kind(s, EntryKind::Title).and_then(Entry::place);
    assert_eq!(place("Bapa"), Some(TitlePlace::After));
    assert_eq!(place("Aji"), Some(TitlePlace::Before));
    assert_eq!(place("S.Ars."), Some(TitlePlace::After));

    // A place that is neither is reported where it is.
    let bad = "title\tkind\tplace\tlong_form\tvariants\nBapa\thonorific\tdepan\t-\t-\n";
    let err = Gazetteer::builder().add_tsv("bad.tsv", bad).build().unwrap_err();
    assert_eq!(err.problems()[0].line(), 2);
    assert_eq!(err.problems()[0].column(), Some(3));
}
