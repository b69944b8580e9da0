import RapporteurCore
import Testing

@Suite("matching what people type")
struct TextTests {
    @Test("answers compare trimmed, case-folded and in one Unicode form")
    func folding() {
        #expect(AnswerText.fold("  DA ") == AnswerText.fold("da"))
        #expect(AnswerText.fold("Delimic\u{30C}no") == AnswerText.fold("delimično"))
        #expect(AnswerText.fold("ДА") == AnswerText.fold("да"))
        #expect(AnswerText.fold("\u{A0}ne\u{A0}") == "ne")
    }

    @Test("the nearest id is suggested for a typo, nothing for a stranger")
    func nearest() {
        let ids = ["LNZ.01", "LNZ.02", "IDN.01"]
        #expect(NearestMatch.best(for: "LZN.01", among: ids) == "LNZ.01")
        #expect(NearestMatch.best(for: "lnz.1", among: ids) == "LNZ.01")
        #expect(NearestMatch.best(for: "completely different", among: ids) == nil)
    }

    @Test("a megabyte-long word gets no suggestion, and quickly")
    func nearestLongWord() {
        let ids = (1...150).map { "IDN." + ($0 < 10 ? "0" : "") + String($0) }
        let word = "IDN.01" + String(repeating: "x", count: 1_000_000)
        let elapsed = ContinuousClock().measure {
            #expect(NearestMatch.best(for: word, among: ids) == nil)
        }
        // Measured at minutes before the length check; well under a second after.
        #expect(elapsed < .seconds(5))
        #expect(NearestMatch.best(for: "IDN.01xx", among: ids) == "IDN.01")
    }

    @Test("localised text falls back from the exact tag to the language to English")
    func fallback() {
        let text = LocalisedText(["en": "Yes", "sr-Latn": "Da"])
        #expect(text.text(in: "sr-Latn") == "Da")
        #expect(text.text(in: "SR-latn") == "Da")
        #expect(text.text(in: "sq") == "Yes")
        #expect(LocalisedText(["en": "Yes", "sr": "Da"]).text(in: "sr-Cyrl") == "Da")
    }

    @Test("a number too long for a Double is not a number, never infinity")
    func beyondDouble() {
        let huge = "1" + String(repeating: "0", count: 400)
        #expect(NumberText.read(huge) == .notANumber)
        #expect(NumberText.read("-" + huge) == .notANumber)
        #expect(NumberText.read("1" + String(repeating: "0", count: 300)) == .number(1e300))
    }

    @Test("country codes: ISO 3166-1 alpha-2 and XK; hints for common slips")
    func countries() {
        #expect(CountryCode.isValid("RS") && CountryCode.isValid("XK") && !CountryCode.isValid("SRB"))
        #expect(CountryCode.all.count == 250)
        #expect(CountryCode.suggestion(for: "rs").contains("'RS'"))
        #expect(CountryCode.suggestion(for: "SRB").contains("'RS'"))
    }
}

@Suite("Serbian in two scripts")
struct SerbianScriptTests {
    @Test("Cyrillic to Latin, letter for letter, digraphs included")
    func toLatin() {
        #expect(SerbianScript.toLatin("Делимично") == "Delimično")
        #expect(SerbianScript.toLatin("Љубљана, Њива, Џеп") == "Ljubljana, Njiva, Džep")
    }

    @Test("Latin to Cyrillic, digraphs first; ids and numbered references stay Latin")
    func toCyrillic() {
        #expect(SerbianScript.toCyrillic("Delimično") == "Делимично")
        #expect(SerbianScript.toCyrillic("Ljubljana NJIVA džep") == "Љубљана ЊИВА џеп")
        #expect(SerbianScript.toCyrillic("vidi IDN.01 i CETS-197") == "види IDN.01 и CETS-197")
    }
}
