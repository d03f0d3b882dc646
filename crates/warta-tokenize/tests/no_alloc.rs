//! The token iterator allocates nothing, however long the text.

use warta_tokenize::Tokenizer;

#[test]
fn iterating_tokens_does_not_allocate() {
    let paragraph = "SUNGAILIAT – Kapolres Contoh, AKBP Budi Santoso, S.I.K., M.Si., memimpin apel \
        di Mapolres Contoh, Kamis (8/8/2024) pukul 14.00 WIB. Sebanyak 1.316 personel dan \
        2,5 kompi disiagakan untuk 452 TPS. “Kami siap,” ujarnya. Info: www.contoh.id, \
        humas@contoh.go.id, [Situs](https://contoh.id/a) #PemiluDamai @polres_contoh.\n";
    let text = paragraph.repeat(200);
    let tokenizer = Tokenizer::new();
    let mut tokens = 0;
    let info = allocation_counter::measure(|| {
        tokens = tokenizer.tokens(&text).count();
    });
    assert!(tokens > 10_000, "expected many tokens, got {tokens}");
    assert_eq!(info.count_total, 0, "the token iterator allocated");

    // The counter does see allocations: collecting an analysis allocates its vectors.
    let info = allocation_counter::measure(|| {
        std::hint::black_box(tokenizer.analyze(&text));
    });
    assert!(info.count_total > 0);
}
