import RapporteurCore
@testable import RapporteurIO
import Testing

/// A definition's texts have their runs of white space collapsed to one
/// space, by bytes for the scripts of the instrument's languages and by
/// `Character`s for any other text: both must give what collapsing by
/// `Character`s gives.
@Suite("white space collapsed in definition texts")
struct CollapsedTextTests {
    private static func byCharacters(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static let pieces = ["Pitanje", "Žrtve", "трговине", "људима", "Да", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{A0}",
                         "\u{85}", "\u{2009}", "\u{2028}", "\u{3000}", "\u{301}", "e\u{301}", "\u{483}", "–", "’", "…",
                         "\u{AD}", "🙂", "😀\u{1F3FD}", "ǅ", "ʼ", "Ѐ", "Ӂ", "\u{200D}", "x"]

    @Test("texts of Latin, Cyrillic, marks, dashes and every kind of space collapse as by characters")
    func randomTexts() {
        var generator = SeededGenerator(seed: 113)
        var differing: [String] = []
        for _ in 0..<5_000 {
            let count = Int.random(in: 0...12, using: &generator)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            if ModelReader.collapsed(text) != Self.byCharacters(text) { differing.append(text) }
        }
        #expect(differing.isEmpty, "first few: \(differing.prefix(3).map(\.debugDescription))")
    }

    @Test("a line-broken definition text in Serbian collapses to one line")
    func definitionText() {
        #expect(ModelReader.collapsed("\n      Da li država\u{A0}ima\r\n      nacionalni   plan?\n    ") == "Da li država ima nacionalni plan?")
        #expect(ModelReader.collapsed("  Да ли држава –\tима план?  ") == "Да ли држава – има план?")
    }
}
