import Foundation
import RapporteurCore
import RapporteurIO
import RapporteurXML
import Testing
import TestSupport

/// The XML exports carry the evidence of every answer, and stay valid
/// against reports/schema/report.xsd.
@Suite("evidence in the XML exports")
struct EvidenceXMLTests {
    static let schemaURL = Fixtures.repository.appending(path: "reports/schema/report.xsd")

    static func exampleExport() throws -> (scores: [SheetScore], data: Data) {
        let framework = try #require(FrameworkLoader.load(from: DirectoryFrameworkSource(directory: Fixtures.indicators)).framework)
        let batch = SheetBatch.load([Fixtures.repository.appending(path: "examples/sheets").path], framework: framework,
                                    encoding: .utf8)
        let comparison = try ComparisonEngine(framework: framework).compare(batch.scores, ComparisonRequest()).get()
        let taking = Set(comparison.sheetsUsed.map(\.file))
        let scores = batch.scores.filter { taking.contains($0.sheet.file) }
        return (scores, try ComparisonXML.document(comparison, evidence: scores.map(SheetEvidence.init)))
    }

    @Test("comparison.xml with evidence validates in-process and with xmllint")
    func valid() throws {
        let (_, data) = try Self.exampleExport()
        let schema = try XMLSchema(name: "report.xsd", data: try Data(contentsOf: Self.schemaURL))
        let document = try XMLDocument.parse(data, file: "comparison.xml").get()
        #expect(schema.validate(document).isEmpty)
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try data.write(to: directory.appending(path: "comparison.xml"))
        #expect(try XMLLint.accepts([directory.appending(path: "comparison.xml").path], schema: Self.schemaURL.path))
    }

    @Test("one <answer> per indicator of every taking-part sheet, workbook and XML sheets among them")
    func everyAnswer() throws {
        let (scores, data) = try Self.exampleExport()
        let text = String(decoding: data, as: UTF8.self)
        let indicators = scores.first.map { $0.areas.reduce(0) { $0 + $1.indicators.count } } ?? 0
        #expect(text.components(separatedBy: "<answer ").count - 1 == scores.count * indicators)
        #expect(text.contains(#"MK-2022.xlsx:Answers!E10">"#))
        // ME-2022's LEG.01 is typed "Većim delom": read as the option `largely`, 2 of 3 points.
        let me = try #require(text.range(of: #"<answer year="2022" country="ME" respondent="ngo" indicator="LEG.01" "#
            + #"value="largely" score="66.67" state="scored" location=""#))
        let rest = text[me.upperBound...]
        let element = rest[..<(rest.range(of: "</answer>")?.lowerBound ?? rest.endIndex)]
        #expect(element.hasPrefix(Fixtures.repository.appending(path: "examples/sheets/ME-2022.xml").path + #":5">"#))
        #expect(element.contains("<text>Većim delom<"))
    }
}
