import Testing
@testable import RapporteurCore

/// `AnswerText.withoutDiacritics` folds ASCII and precomposed Latin
/// letters letter by letter from a table it asked Foundation for, and
/// leaves every other text to Foundation whole. The two ways must agree.
@Suite("diacritics taken off letter by letter, as Foundation takes them off")
struct WithoutDiacriticsTests {
    @Test("every letter of the table, alone and between others, folds as Foundation folds it")
    func eachLetter() {
        for value in UInt32(0xC0)...0x17F {
            let letter = String(Character(Unicode.Scalar(value)!))
            for text in [letter, "a\(letter)b", "\(letter)\(letter) \(letter)"] {
                #expect(AnswerText.latinWithoutDiacritics(text) == AnswerText.foundationWithoutDiacritics(text),
                        "U+\(String(value, radix: 16, uppercase: true)) in \(text)")
            }
            // Its upper case may lie outside the table (ŉ is ʼN): then Foundation's.
            let upper = letter.uppercased()
            #expect(AnswerText.withoutDiacritics(upper) == AnswerText.foundationWithoutDiacritics(upper))
        }
    }

    /// Random texts of printable ASCII and the table's letters, as labels
    /// and answers are written in the region's alphabets; and texts with
    /// what the table leaves out (combining marks, Cyrillic, Greek), which
    /// go to Foundation whole.
    @Test("random texts fold the same either way")
    func randomTexts() {
        let ascii = (0x20...0x7E).map { Character(Unicode.Scalar(UInt32($0))!) }
        let latin = (0xC0...0x17F).map { Character(Unicode.Scalar(UInt32($0))!) }
        let others: [Character] = ["\u{0301}", "\u{030C}", "ж", "Ђ", "đ", "ǅ", "ω", "ﬁ", "\u{00A0}"]
        var generator = SystemRandomNumberGenerator()
        for round in 0..<20_000 {
            let alphabet = round % 4 == 0 ? ascii + latin + others : ascii + latin
            let text = String((0..<Int.random(in: 0...16, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator)!
            })
            let expected = AnswerText.foundationWithoutDiacritics(text)
            if AnswerText.withoutDiacritics(text) != expected {
                let scalars = text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
                Issue.record("\(scalars) folds to \(AnswerText.withoutDiacritics(text)), Foundation gives \(expected)")
                return
            }
        }
    }

    @Test("the region's letters lose their marks, and đ becomes dj")
    func regionLetters() {
        #expect(AnswerText.withoutDiacritics("Djelimično, čćšžđ ČĆŠŽĐ ëç") == "Djelimicno, ccszdj CCSZDj ec")
        #expect(AnswerText.latinWithoutDiacritics("e\u{0301}") == nil)
    }
}
