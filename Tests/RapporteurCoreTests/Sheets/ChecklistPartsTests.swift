@testable import RapporteurCore
import Testing

/// A checklist answer new as a whole but made of parts read before is read
/// from its bytes and the parts' memo, without making a string. Whatever
/// came before, it must read exactly as a fresh interpreter reads the text.
@Suite("checklist answers from known parts")
struct ChecklistPartsTests {
    /// LNZ.08 of the typed-answer framework: a checklist of edu,
    /// interp and shelter.
    private static let framework = TypedAnswerTests.framework
    private static let place = AnswerInterpreter.places(of: framework)["LNZ.08"]!

    private static func fresh(_ text: String) -> Result<AnswerValue, AnswerProblem> {
        AnswerInterpreter(framework: framework).interpret(text, at: place)
    }

    /// Reads `texts` in order with one interpreter, by their bytes as the
    /// CSV reader hands them over, and each with a fresh one by its text.
    private static func disagreements(_ texts: [String]) -> [String] {
        let warm = AnswerInterpreter(framework: framework)
        return texts.filter { text in
            let bytes = Array(text.utf8)
            // A stretch inside a larger array, as a cell of a sheet is.
            let padded = [UInt8(ascii: "x")] + bytes + [UInt8(ascii: "y")]
            return warm.interpret(bytes: padded[1..<(padded.count - 1)], at: place) != fresh(text)
        }
    }

    @Test("parts seen before, in new orders and with blank parts, give the items in the checklist's order")
    func newOrders() {
        let texts = ["edu;interp", "shelter;edu", "interp;edu;shelter", "shelter;interp", "edu;;interp", "interp; ;edu", "edu; ;interp",
                     " ;shelter;edu", "interp;shelter;edu;interp"]
        #expect(Self.disagreements(texts).isEmpty)
        #expect(Self.fresh("interp;edu;shelter") == .success(.checklist(codes: ["edu", "interp", "shelter"])))
    }

    @Test("a known part that names no item still gives the message naming it")
    func knownWrongPart() throws {
        let texts = ["edu;Kuhinja", "interp;Kuhinja", "Kuhinja;interp"]
        #expect(Self.disagreements(texts).isEmpty)
        let warm = AnswerInterpreter(framework: Self.framework)
        for text in texts {
            guard case .failure(let problem) = warm.interpret(bytes: ArraySlice(text.utf8), at: Self.place) else {
                Issue.record("'\(text)' was read")
                continue
            }
            #expect(problem.code == .notAnOption && problem.message.description.contains("'Kuhinja'"))
        }
    }

    @Test("parts in Cyrillic and Latin, and a separator a mark joins, read as the text reads")
    func scriptsAndMarks() {
        let texts = ["Смештај;edu", "edu|Преводилац", "Преводилац;Смештај", "Смештај|edu;Преводилац",
                     "edu;\u{301}interp", "interp;edu;\u{301}interp", "Smeštaj, edu", " edu,Smeštaj"]
        #expect(Self.disagreements(texts).isEmpty)
    }

    @Test("a 'none' word and special answers are read whole, as before")
    func wholeWords() {
        let texts = ["none", "edu;interp", "unknown", "n/a", "edu;interp", "", "interp;edu"]
        #expect(Self.disagreements(texts).isEmpty)
    }
}
