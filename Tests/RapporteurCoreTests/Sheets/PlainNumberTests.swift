@testable import RapporteurCore
import Testing

/// Numbers and ratios typed as plain digits are read from a cell's bytes
/// (`AnswerInterpreter.interpret(bytes:at:)`), without the text: every
/// one must read exactly as the text reads, value and message alike.
@Suite("plain numbers and ratios read from bytes")
struct PlainNumberTests {
    /// The typed-answer framework (KCJ.02 a whole number in [0, 50], LNZ.05
    /// a ratio) with a decimal number in [0.5, 1000] added.
    static let framework: Framework = {
        var framework = TypedAnswerTests.framework
        let location = TestFrameworks.at("dec.xml", 1)
        let spec = NumberSpec(unit: "per million", minimum: 0.5, maximum: 1_000, integer: false,
                              rule: .linear(low: 0, high: 100, location: location), location: location)
        let indicator = Indicator(id: "DEC.01", type: .outcome, weight: 1, allowsNotApplicable: false,
                                  title: TestFrameworks.text("Decimal"), question: TestFrameworks.text("How many?"),
                                  answer: .number(spec), location: location)
        framework.areas.append(Area(id: "DEC", title: TestFrameworks.text("DEC"), indicators: [indicator], location: location))
        return framework
    }()

    private static func disagreements(_ texts: [String], id: String) -> [String] {
        let interpreter = AnswerInterpreter(framework: framework)
        let place = AnswerInterpreter.places(of: framework)[id]!
        return texts.filter { text in
            let padded = [UInt8(ascii: "x")] + Array(text.utf8) + [UInt8(ascii: "y")]
            return interpreter.interpret(bytes: padded[1..<(padded.count - 1)], at: place) != interpreter.interpret(text, at: place)
        }
    }

    static let numbers = ["0", "7", "007", "50", "51", "12,5", "12.5", ",5", "5,", "0.5", "0,49", "1000", "1000,0", "1000.01",
                          "999999999999999", "1234567890123456", "1,2,3", "1.2,3", "-3", "+3", " 7", "7 ", "1 000", "", ",",
                          "3/4", "1e3", "٣", "12,50000000000000000001"]

    @Test("whole numbers in range, out of range, with decimals, signs, spaces and too many digits")
    func wholeNumbers() {
        #expect(Self.disagreements(Self.numbers, id: "KCJ.02").isEmpty)
    }

    @Test("decimal numbers with either separator, at and past the bounds")
    func decimals() {
        #expect(Self.disagreements(Self.numbers, id: "DEC.01").isEmpty)
        let place = AnswerInterpreter.places(of: Self.framework)["DEC.01"]!
        #expect(AnswerInterpreter(framework: Self.framework).interpret(bytes: ArraySlice("12,5".utf8), at: place)
            == .success(.number(12.5)))
    }

    @Test("ratios: plain, zero over zero, above one, with decimals, signs and extra slashes")
    func ratios() {
        let ratios = ["90/170", "0/5", "0/0", "5/0", "6/5", "5/5", "1.0/2", "1.5/3", "1,0/2", "/5", "5/", "1/2/3", "-1/2",
                      "1 /2", "007/010", "999999999999999/999999999999999", "1234567890123456/1234567890123457", "n/a",
                      "3/9/26", "0,5", "12"]
        #expect(Self.disagreements(ratios, id: "LNZ.05").isEmpty)
    }
}
