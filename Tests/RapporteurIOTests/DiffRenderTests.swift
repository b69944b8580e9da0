import Foundation
import RapporteurCore
import RapporteurIO
import Testing

/// The four forms of `rapporteur diff` over changes made up here.
@Suite("instrument diff: text, markdown, json and github forms")
struct DiffRenderTests {
    static func report(_ changes: [InstrumentChange]) throws -> InstrumentDiffReport {
        let framework = try InstrumentDiffTests.load(InstrumentDiffTests.base, as: "fw")
        return InstrumentDiffReport(old: framework, new: framework, changes: changes)
    }

    static func change(_ index: Int, breaking: Bool) -> InstrumentChange {
        InstrumentChange(kind: breaking ? .weight : .text, id: "AA.\(index)", breaking: breaking,
                         old: "question: an old | wording \(index)", new: "question: a new wording \(index)",
                         location: SourceLocation(file: "new/areas/aa.xml", line: index),
                         anchor: SourceLocation(file: "new/areas/aa.xml", line: index))
    }

    @Test("markdown stays under GitHub's 65,536-character limit and says what it left out")
    func markdownLimit() throws {
        let report = try Self.report((1...3000).map { Self.change($0, breaking: $0 % 2 == 0) })
        let markdown = DiffMarkdown(report: report, language: "en").render()
        #expect(markdown.utf16.count <= 65_536)
        let shown = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.contains("`AA.") }.count
        #expect(shown > 100 && shown < 3000)
        #expect(markdown.contains("Changes: \(3000 - shown), impact on the scores: 0 left out to stay under GitHub's comment size limit"))
    }

    @Test("markdown of a short diff leaves nothing out; a | in a text cannot break the table")
    func markdownShort() throws {
        let markdown = DiffMarkdown(report: try Self.report([Self.change(1, breaking: true)]), language: "en").render()
        #expect(!markdown.contains("left out"))
        #expect(markdown.contains("**Changes: 1 (breaking: 1)**"))
        #expect(markdown.contains(#"| ⚠️ | weight | `AA.1` | question: an old \| wording 1 | question: a new wording 1 | `new/areas/aa.xml:1` |"#))
    }

    @Test("github: one warning per breaking change, on its line in NEW")
    func annotations() throws {
        let report = try Self.report([Self.change(3, breaking: false), Self.change(7, breaking: true)])
        #expect(DiffAnnotations.render(report)
            == "::warning file=new/areas/aa.xml,line=7,title=instrument-weight::weight AA.7: question: an old | wording 7 → question: a new wording 7; scores of sheets may change\n")
    }

    @Test("json carries each change's kind, id, breaking flag, old, new and location")
    func json() throws {
        let text = DiffJSON.render(try Self.report([Self.change(2, breaking: true)]))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(changes.count == 1)
        #expect(changes[0]["kind"] as? String == "weight" && changes[0]["id"] as? String == "AA.2")
        #expect(changes[0]["breaking"] as? Bool == true && changes[0]["location"] as? String == "new/areas/aa.xml:2")
        #expect(changes[0]["old"] as? String == "question: an old | wording 2")
        #expect(object["impact"] == nil)
    }

    @Test("text marks breaking changes with ! and words the summary in Serbian when asked")
    func text() throws {
        let report = try Self.report([Self.change(1, breaking: true), Self.change(2, breaking: false)])
        let lines = DiffText(report: report, language: "en").render().split(separator: "\n")
        #expect(lines[1] == "Changes: 2 (breaking: 1)")
        #expect(lines[2].hasPrefix("! weight AA.1") && lines[3].hasPrefix("  text   AA.2"))
        #expect(DiffText(report: report, language: "sr-Latn").render().contains("Izmene: 2 (menja ocene: 1)"))
    }
}
