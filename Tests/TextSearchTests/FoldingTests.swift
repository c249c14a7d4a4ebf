import Testing
@testable import TextSearch

@Suite struct FoldingTests {
    @Test func foldsDiacriticsAndD() {
        #expect(Folding.fold("Đăng ký khai sinh") == "dang ky khai sinh")
        #expect(Folding.fold("ĐỨC CHÂU") == "duc chau")
    }

    @Test func toneMarkPlacementVariantsFoldAlike() {
        // "hoà" (old style) and "hòa" (new style) are the same word.
        #expect(Folding.fold("hoà") == Folding.fold("hòa"))
    }

    @Test func splitsWords() {
        #expect(Folding.words("Phòng Tư pháp, UBND huyện") == ["phong", "tu", "phap", "ubnd", "huyen"])
    }
}
