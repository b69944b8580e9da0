import RapporteurCore
import Testing

/// An indicator's defaults and what they make of it, as spec/framework.md
/// states them.
@Suite("indicator")
struct IndicatorTests {
    static func indicator(weight: Double? = nil, answer: AnswerSpec) -> Indicator {
        Indicator(id: "IDN.01", type: .structural, weight: weight, title: TestFrameworks.text("t"),
                  question: TestFrameworks.text("q?"), answer: answer, location: TestFrameworks.at("a.xml", 2))
    }

    static let yesNo = AnswerSpec.choice(Choice(options: [
        AnswerOption(code: "yes", points: 1, labels: TestFrameworks.text("Yes"), location: TestFrameworks.at("a.xml", 3)),
        AnswerOption(code: "no", points: 0, labels: TestFrameworks.text("No"), location: TestFrameworks.at("a.xml", 4)),
    ], location: TestFrameworks.at("a.xml", 3)))

    @Test("without a weight, a scored answer weighs 1 and free text 0, recorded but not scored")
    func defaultWeights() {
        let choice = Self.indicator(answer: Self.yesNo)
        #expect(choice.weight == 1 && choice.isScored)
        let text = Self.indicator(answer: .text)
        #expect(text.weight == 0 && !text.isScored)
    }

    @Test("weight 0 is recorded, not scored; free text is never scored, whatever its weight")
    func givenWeights() {
        #expect(!Self.indicator(weight: 0, answer: Self.yesNo).isScored)
        #expect(Self.indicator(weight: 2.5, answer: Self.yesNo).weight == 2.5)
        #expect(!Self.indicator(weight: 1, answer: .text).isScored)
    }

    @Test("the area prefix is the id up to its first dot")
    func areaPrefix() {
        #expect(Self.indicator(answer: Self.yesNo).areaPrefix == "IDN")
    }
}
