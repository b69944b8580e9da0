import Foundation
import Testing
@testable import RapporteurCore

/// `AnswerText.ekavian` leaves ASCII words without "je" alone rather than
/// asking Foundation to search them. It must give what searching every
/// word gives.
@Suite("ijekavian read as ekavian, with or without the search")
struct EkavianTests {
    /// Every word of more than four letters searched, as the rule reads.
    private static func searchingEveryWord(_ text: String) -> String {
        var out = "", word = ""
        func flush() {
            out += word.count <= 4 ? word : word.replacingOccurrences(of: "ije", with: "e").replacingOccurrences(of: "je", with: "e")
            word = ""
        }
        for character in text {
            if character.isLetter { word.append(character) } else { flush(); out.append(character) }
        }
        flush()
        return out
    }

    @Test("random texts of j, e, i and other letters read the same either way")
    func randomTexts() {
        let letters: [Character] = ["j", "e", "i", "J", "E", "d", "l", "o", "m", " ", ",", "é", "ě", "ж", "e\u{301}", "ł"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let text = String((0..<Int.random(in: 0...14, using: &generator)).map { _ in
                letters.randomElement(using: &generator)!
            })
            let expected = Self.searchingEveryWord(text)
            if AnswerText.ekavian(text) != expected {
                Issue.record("'\(text)' reads '\(AnswerText.ekavian(text))', searching every word gives '\(expected)'")
                return
            }
        }
        #expect(AnswerText.ekavian("djelimicno dijelom nije") == "delimicno delom nije")
    }
}
