import RapporteurCore
import Testing

/// Which answers the reports list as changed, and how they show them.
@Suite("changed answers")
struct AnswerChangeTests {
    static func sheet(_ year: Int, _ answers: [String: AnswerValue]) -> Sheet {
        Sheet(file: "RS-\(year).csv", metadata: SheetMetadata(country: "RS", year: year, status: .final),
              answers: answers.mapValues { SheetAnswer(indicator: "", raw: "", value: $0, location: SourceLocation(file: "")) })
    }

    @Test("an answer that means the same is no change; a new, dropped or n/a answer is one, in the report's words")
    func changes() throws {
        let framework = TestFrameworks.twoAreas
        let earlier = Self.sheet(2023, ["AA.01": .number(50), "BB.01": .number(70)])
        let same = Self.sheet(2024, ["AA.01": .number(50), "BB.01": .number(70)])
        #expect(AnswerChange.between(earlier, same, framework: framework, language: "en").isEmpty)
        let later = Self.sheet(2024, ["AA.01": .notApplicable])
        let changes = AnswerChange.between(earlier, later, framework: framework, language: "sr-Latn")
        #expect(changes == [
            AnswerChange(country: "RS", indicator: "AA.01", fromYear: 2023, toYear: 2024, old: "50", new: "ne primenjuje se"),
            AnswerChange(country: "RS", indicator: "BB.01", fromYear: 2023, toYear: 2024, old: "70", new: "–"),
        ])
    }
}
