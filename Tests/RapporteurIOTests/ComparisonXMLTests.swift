import Foundation
import RapporteurCore
import RapporteurIO
import RapporteurXML
import Testing
import TestSupport

/// Every XML export validates against reports/schema/report.xsd, in-process
/// with libxml2 and with `xmllint --schema`, and carries the CSV's numbers.
@Suite("comparison XML")
struct ComparisonXMLTests {
    static let schemaURL = Fixtures.repository.appending(path: "reports/schema/report.xsd")

    static func export(_ set: String, _ request: ComparisonRequest) throws -> (Comparison, Data) {
        let framework = try #require(FrameworkLoader.load(
            from: DirectoryFrameworkSource(directory: Fixtures.url("conformance/\(set)/framework"))).framework)
        let batch = SheetBatch.load([Fixtures.path("conformance/\(set)/sheets")], framework: framework, encoding: .utf8)
        let comparison = try ComparisonEngine(framework: framework).compare(batch.scores, request).get()
        return (comparison, try ComparisonXML.document(comparison))
    }

    static let requests: [(String, ComparisonRequest)] = [
        ("arithmetic", ComparisonRequest()), ("arithmetic", ComparisonRequest(region: "r1", years: .range(2023, 2024))),
        ("arithmetic", ComparisonRequest(includeDrafts: true)), ("geometric", ComparisonRequest(region: "r1")),
    ]

    @Test("validates in-process against the report schema", arguments: requests.indices)
    func inProcess(index: Int) throws {
        let (set, request) = Self.requests[index]
        let (_, data) = try Self.export(set, request)
        let schema = try XMLSchema(name: "report.xsd", data: try Data(contentsOf: Self.schemaURL))
        let document = try XMLDocument.parse(data, file: "comparison.xml").get()
        #expect(schema.validate(document).isEmpty)
    }

    @Test("validates with xmllint --schema", arguments: requests.indices)
    func xmllint(index: Int) throws {
        let (set, request) = Self.requests[index]
        let (_, data) = try Self.export(set, request)
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "comparison.xml")
        try data.write(to: file)
        #expect(try XMLLint.accepts([file.path], schema: Self.schemaURL.path))
    }

    @Test("carries the same numbers as the CSV")
    func sameNumbers() throws {
        let (comparison, data) = try Self.export("arithmetic", ComparisonRequest())
        let text = String(decoding: data, as: UTF8.self)
        // expected/all.csv: 2021,,AT,overall,overall,55.97,0.6667,5,5,60.95,60.54,55.97,65.01,3.45,-4.98,,,,moderate
        #expect(text.contains(#"<statistics n="5" mean="60.95" median="60.54" min="55.97" max="65.01" sd="3.45"/>"#))
        #expect(text.contains(#"<country code="AT" score="55.97" coverage="0.6667" rank="5" gap="-4.98" rating="moderate" state="scored"/>"#))
        #expect(comparison.rows.count == text.components(separatedBy: "<country code=").count - 1)
        #expect(text.contains(#"<note kind="draft-excluded""#))
        #expect(text.contains(#"<sheet file=""#))
    }
}
