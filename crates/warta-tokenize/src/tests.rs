//! Table-driven tests of the tokenizer on sentences written for them.

use crate::{Furniture, LineBreaks, TokenKind, Tokenizer};

use TokenKind::*;

fn toks(text: &str) -> Vec<(&str, TokenKind)> {
    Tokenizer::new().tokens(text).map(|t| (t.text, t.kind)).collect()
}

fn texts(text: &str) -> Vec<&str> {
    Tokenizer::new().tokens(text).map(|t| t.text).collect()
}

fn sentences(text: &str) -> Vec<&str> {
    let a = Tokenizer::new().analyze(text);
    a.sentences.iter().map(|s| s.span.slice(text)).collect()
}

/// Asserts that `token` appears in `text` as one token of `kind`.
fn has(text: &str, token: &str, kind: TokenKind) {
    let all = toks(text);
    assert!(all.contains(&(token, kind)), "{token:?} as {kind} in {text:?}: got {all:?}");
}

#[test]
fn abbreviations_and_titles_are_one_token() {
    let cases: &[(&str, &str, TokenKind)] = &[
        ("Kapolres AKBP Budi Santoso, S.I.K., M.Si. hadir.", "S.I.K.", Abbreviation),
        ("Kapolres AKBP Budi Santoso, S.I.K., M.Si. hadir.", "M.Si.", Abbreviation),
        ("Ketua panitia Andi Wijaya, S.H., M.H., membuka acara.", "S.H.", Abbreviation),
        ("Ketua panitia Andi Wijaya, S.H., M.H., membuka acara.", "M.H.", Abbreviation),
        ("Camat Rina Lestari, S.Sos. memimpin apel.", "S.Sos.", Abbreviation),
        ("Insinyur Dodi, S.T. ikut rapat.", "S.T.", Abbreviation),
        ("Sekretaris Yudi, S.I.P. mencatat.", "S.I.P.", Abbreviation),
        ("Acara dibuka Dr. Hasan dan dr. Sinta dari puskesmas.", "Dr.", Abbreviation),
        ("Acara dibuka Dr. Hasan dan dr. Sinta dari puskesmas.", "dr.", Abbreviation),
        ("Hadir pula Drs. Ahmad dan Ir. Bambang.", "Drs.", Abbreviation),
        ("Hadir pula Drs. Ahmad dan Ir. Bambang.", "Ir.", Abbreviation),
        ("Sambutan H. Mahmud dan Hj. Aminah.", "H.", Initial),
        ("Sambutan H. Mahmud dan Hj. Aminah.", "Hj.", Abbreviation),
        ("Kuliah umum Prof. Sutrisno berlangsung lancar.", "Prof.", Abbreviation),
        ("Posko di Jl. Merdeka No. 12 dibuka.", "Jl.", Abbreviation),
        ("Posko di Jl. Merdeka No. 12 dibuka.", "No.", Abbreviation),
        ("Warga Kab. Contoh, Kec. Sukamaju, Kel. Mekar, Prov. Jawa Barat.", "Kab.", Abbreviation),
        ("Warga Kab. Contoh, Kec. Sukamaju, Kel. Mekar, Prov. Jawa Barat.", "Kec.", Abbreviation),
        ("Warga Kab. Contoh, Kec. Sukamaju, Kel. Mekar, Prov. Jawa Barat.", "Kel.", Abbreviation),
        ("Warga Kab. Contoh, Kec. Sukamaju, Kel. Mekar, Prov. Jawa Barat.", "Prov.", Abbreviation),
        ("Disiapkan tenda, kursi, dll. untuk TPS.", "dll.", Abbreviation),
        ("Disiapkan tenda, kursi, dsb. untuk TPS.", "dsb.", Abbreviation),
        ("Disiapkan tenda, kursi, dst. untuk TPS.", "dst.", Abbreviation),
        ("Surat ditandatangani a.n. Bupati oleh sekda.", "a.n.", Abbreviation),
        ("Undangan untuk Sdr. Joko dan Bpk. Slamet.", "Sdr.", Abbreviation),
        ("Undangan untuk Sdr. Joko dan Bpk. Slamet.", "Bpk.", Abbreviation),
        ("Rapat tgl. 5 Maret membahas anggaran Rp. 5 juta.", "tgl.", Abbreviation),
        ("Rapat tgl. 5 Maret membahas anggaran Rp. 5 juta.", "Rp.", Abbreviation),
        ("Pj Bupati Arief M Edie hadir.", "M", Initial),
        ("Ketua RT Tatang S. mengatakan warga siap.", "S.", Initial),
        ("Kapolres Pesisir, AKBP Joni, S.I.K, M.H., menegaskan.", "S.I.K", Abbreviation),
        ("Dana Rp.50.000 diserahkan.", "Rp.", Abbreviation),
        ("Dana Rp.50.000 diserahkan.", "50.000", Number),
        ("Warga Kab.Contoh datang.", "Kab.", Abbreviation),
    ];
    for &(text, token, kind) in cases {
        has(text, token, kind);
    }
}

#[test]
fn abbreviations_do_not_end_sentences() {
    let cases: &[(&str, usize)] = &[
        ("Kapolres AKBP Budi Santoso, S.I.K., M.Si. hadir di sana. Ia tersenyum.", 2),
        ("Sambutan Dr. Hasan dan Prof. Sutrisno dibacakan.", 1),
        ("Ketua RT Tatang S. mengatakan warga siap. Rapat selesai.", 2),
        ("Posko di Jl. Merdeka No. 12 dibuka.", 1),
        ("Dibawa tenda, kursi, dll. Kemudian petugas pulang.", 2),
        ("Dibawa tenda, kursi, dll. untuk TPS.", 1),
        ("Warga H. Mahmud datang. Dia membawa berkas.", 2),
    ];
    for &(text, n) in cases {
        assert_eq!(sentences(text).len(), n, "{text:?}: {:?}", sentences(text));
    }
}

#[test]
fn numbers_in_indonesian_format() {
    let cases: &[(&str, &str, TokenKind)] = &[
        ("Sebanyak 1.316 personel disiagakan.", "1.316", Number),
        ("Jumlah pemilih 646.216 orang.", "646.216", Number),
        ("Partisipasi naik 2,5 persen.", "2,5", Number),
        ("Anggaran 1.250.000,50 rupiah.", "1.250.000,50", Number),
        ("Sebanyak 363 personel diturunkan.", "363", Number),
        ("Apel dimulai pukul 14.00 WIB.", "14.00", Time),
        ("Diunggah pukul 22:57 malam.", "22:57", Time),
        ("Rapat Kamis (25/01/2024) di aula.", "25/01/2024", Date),
        ("Dilaksanakan Kamis (8/8) pagi.", "8/8", Date),
        ("Patroli Kamis (16/11) sore.", "16/11", Date),
        ("Tanggal 2024-11-27 hari pencoblosan.", "2024-11-27", Date),
        ("Tanggal 27-11-2024 hari pencoblosan.", "27-11-2024", Date),
        ("Dandim 0820/Probolinggo memimpin.", "0820/Probolinggo", Code),
        ("Dandim 0421/LS memimpin.", "0421/LS", Code),
        ("Sesuai Permen No.7/2024 tentang perikanan.", "No.7/2024", Code),
        ("Pangdam V/Brawijaya berkunjung.", "V/Brawijaya", Code),
        ("Danramil 0820-01/Kota hadir.", "0820-01/Kota", Code),
    ];
    for &(text, token, kind) in cases {
        has(text, token, kind);
    }
    // The sentence's own full stop is not part of the number.
    assert_eq!(
        texts("Hadir 363 personel pada 2024."),
        ["Hadir", "363", "personel", "pada", "2024", "."]
    );
    assert_eq!(texts("Pukul 14.00."), ["Pukul", "14.00", "."]);
}

#[test]
fn hyphens_and_dashes() {
    for word in [
        "masing-masing",
        "langkah-langkah",
        "desa-desa",
        "TNI-Polri",
        "Malang-Batu",
        "pasca-pemungutan",
    ] {
        has(&format!("Para petugas {word} bersiaga."), word, Word);
    }
    assert_eq!(
        toks("BANGKALAN – Bupati hadir - kemudian — pulang"),
        [
            ("BANGKALAN", Word),
            ("–", Dash),
            ("Bupati", Word),
            ("hadir", Word),
            ("-", Dash),
            ("kemudian", Word),
            ("—", Dash),
            ("pulang", Word)
        ]
    );
    assert_eq!(texts("-Nur Aini-"), ["-", "Nur", "Aini", "-"]);
    assert_eq!(texts("segan – segan"), ["segan", "–", "segan"]);
}

#[test]
fn quotation_marks_open_and_close() {
    assert_eq!(
        toks("“Aman,” ujarnya."),
        [
            ("“", OpenQuote),
            ("Aman", Word),
            (",", Punct),
            ("”", CloseQuote),
            ("ujarnya", Word),
            (".", Punct)
        ]
    );
    assert_eq!(
        toks("\"Siap.\" Kata dia"),
        [
            ("\"", OpenQuote),
            ("Siap", Word),
            (".", Punct),
            ("\"", CloseQuote),
            ("Kata", Word),
            ("dia", Word)
        ]
    );
    // Scraped text that lost the space after the closing mark.
    assert_eq!(
        toks("kondusif,”tuturnya"),
        [("kondusif", Word), (",", Punct), ("”", CloseQuote), ("tuturnya", Word)]
    );
    // A curly closing glyph used to open a quotation is read by its position.
    assert_eq!(toks("kata dia, ”Siap”")[3], ("”", OpenQuote));
    assert_eq!(toks("‘aman’ katanya")[0], ("‘", OpenQuote));
    assert_eq!(toks("‘aman’ katanya")[2], ("’", CloseQuote));
    // An apostrophe inside a word is no quotation mark.
    has("Salat Jum'at di masjid.", "Jum'at", Word);
    has("Salat Jum’at di masjid.", "Jum’at", Word);
}

#[test]
fn sentences_end_after_the_closing_quote() {
    assert_eq!(
        sentences("“Semua siap.” Petugas lalu berjaga."),
        ["“Semua siap.”", "Petugas lalu berjaga."]
    );
    assert_eq!(sentences("“Kapan selesai?” tanya dia."), ["“Kapan selesai?” tanya dia."]);
    assert_eq!(
        sentences("“Pertama aman. Kedua tertib,” ujarnya. Lalu pulang."),
        ["“Pertama aman.", "Kedua tertib,” ujarnya.", "Lalu pulang."]
    );
    assert_eq!(sentences("Dia bertanya (apa benar?). Ya."), ["Dia bertanya (apa benar?).", "Ya."]);
}

#[test]
fn web_tokens() {
    let cases: &[(&str, &str, TokenKind)] = &[
        ("Kunjungi www.contoh.klikberita.id untuk info.", "www.contoh.klikberita.id", Url),
        ("CONTOHBERITA.CO.ID - Warga hadir.", "CONTOHBERITA.CO.ID", Domain),
        ("Lihat https://contoh.id/berita/123?x=1.", "https://contoh.id/berita/123?x=1", Url),
        ("Lihat (https://contoh.id/a_(b)) dulu", "https://contoh.id/a_(b)", Url),
        ("Sumber kompas.com/read/2024/11/27 hari ini", "kompas.com/read/2024/11/27", Url),
        ("Kirim ke humas@polres.go.id segera.", "humas@polres.go.id", Email),
        (
            "Oleh Budi - [WARTA.EXAMPLE.ID](https://www.warta.example.id)",
            "[WARTA.EXAMPLE.ID](https://www.warta.example.id)",
            Link,
        ),
        ("Ayo #PemiluDamai2024 bersama", "#PemiluDamai2024", Hashtag),
        ("Ikuti @polres_contoh ya", "@polres_contoh", Mention),
        ("BeritaContoh.ID, KOTA – Rapat", "BeritaContoh.ID", Domain),
    ];
    for &(text, token, kind) in cases {
        has(text, token, kind);
    }
}

#[test]
fn glued_text_is_split() {
    assert_eq!(texts("Jawa TimurProbolinggo"), ["Jawa", "Timur", "Probolinggo"]);
    assert_eq!(texts("aman 2024,”tuturnya"), ["aman", "2024", ",", "”", "tuturnya"]);
    assert_eq!(texts("tahun 2024.Jika ada"), ["tahun", "2024", ".", "Jika", "ada"]);
    assert_eq!(texts("selesai.Kemudian pulang"), ["selesai", ".", "Kemudian", "pulang"]);
    assert_eq!(texts("Gubernur/Wakil Gubernur"), ["Gubernur", "/", "Wakil", "Gubernur"]);
    assert_eq!(texts("BACA JUGA:Petani"), ["BACA", "JUGA", ":", "Petani"]);
    // Names with inner capitals stay whole.
    assert_eq!(texts("McDonald iPhone"), ["McDonald", "iPhone"]);
    assert_eq!(sentences("tahun 2024.Jika ada"), ["tahun 2024.", "Jika ada"]);
}

#[test]
fn clitics_are_exposed() {
    let text = "Pungkasnya, pihaknya siap. Masalah inilah yang dibahas.";
    let t: Vec<_> = Tokenizer::new().tokens(text).collect();
    let get = |s: &str| t.iter().find(|t| t.text == s).copied().unwrap();
    assert_eq!(get("Pungkasnya").base(), "Pungkas");
    assert_eq!(get("pihaknya").clitic(), Some(crate::Clitic::Nya));
    assert_eq!(get("inilah").clitic(), Some(crate::Clitic::Lah));
    assert_eq!(get("Masalah").clitic(), None);
    assert_eq!(get("Masalah").base(), "Masalah");
}

#[test]
fn paragraphs_and_lines() {
    let text = "Judul berita\nBaris kedua tanpa titik\n\nParagraf baru.";
    let a = Tokenizer::new().analyze(text);
    assert_eq!(a.paragraphs.len(), 3);
    assert_eq!(a.sentences.len(), 3, "each line is a paragraph by default");
    let wrapped = Tokenizer::builder().line_breaks(LineBreaks::Wrapped).build().analyze(text);
    assert_eq!(wrapped.paragraphs.len(), 2);
    assert_eq!(wrapped.sentences.len(), 2);

    let page = "Sebarkan artikel ini\nKOTA – Rapat digelar.\nBaca juga: Berita lain\n";
    let a = Tokenizer::new().analyze(page);
    assert_eq!(
        a.lines.iter().map(|l| l.reason).collect::<Vec<_>>(),
        [Some(Furniture::Share), None, Some(Furniture::ReadAlso)]
    );
    assert!(!a.is_article(0));
    assert!(a.is_article(page.find("Rapat").unwrap()));
    assert!(!a.is_article(page.len()));
}

#[test]
fn odd_input_does_not_panic() {
    for text in [
        "",
        " ",
        "\n\n",
        "...",
        "“",
        "[",
        "[a](",
        "#",
        "@",
        "a.",
        ".a",
        "1.",
        "1/",
        "é́",
        "\u{200B}x\u{FEFF}",
        "\0\u{1}",
        "a'",
        "'a",
        "a’",
        "ﷺ",
        "1/2/3/4/5/6/7/8/9/10",
    ] {
        let a = Tokenizer::new().analyze(text);
        for t in &a.tokens {
            assert_eq!(t.span.slice(text), t.text);
        }
    }
}

#[test]
fn public_types_are_send_sync() {
    fn check<T: Send + Sync + std::fmt::Debug>() {}
    check::<Tokenizer>();
    check::<crate::Token<'static>>();
    check::<crate::Analysis<'static>>();
    check::<crate::CharIndex>();
}
