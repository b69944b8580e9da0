import Foundation
import RapporteurCore
import RapporteurIO
import RapporteurXML
import Testing
import TestSupport

/// `agreement --format csv` on the conformance set prints
/// expected/agreement.csv (numbers compared as numbers); `compare` on the
/// same sheets, government ones among them, still prints
/// arithmetic/expected/all.csv; the XML validates against its schema.
@Suite("agreement against the conformance set")
struct AgreementConformanceTests {
    static func load() throws -> (Framework, SheetBatch) {
        let framework = try #require(FrameworkLoader.load(
            from: DirectoryFrameworkSource(directory: Fixtures.url("conformance/agreement/framework"))).framework)
        let batch = SheetBatch.load([Fixtures.path("conformance/agreement/sheets")], framework: framework, encoding: .utf8)
        #expect(!batch.diagnostics.hasErrors)
        return (framework, batch)
    }

    @Test("the agreement CSV equals expected/agreement.csv")
    func agreementCSV() throws {
        let (framework, batch) = try Self.load()
        let agreement = try AgreementEngine(framework: framework).agree(batch.scores, ComparisonRequest()).get()
        let actual = try ExpectedCSV(text: AgreementCSV.render(agreement))
        let expected = try ExpectedCSV(Fixtures.url("conformance/agreement/expected/agreement.csv"))
        #expect(actual.header == expected.header)
        #expect(actual.rows.count == expected.rows.count)
        let units = ["government": 0.01, "ngo": 0.01, "difference": 0.01, "mad": 0.01, "same": 0.0001, "alpha": 0.0001]
        for (index, (got, want)) in zip(actual.rows, expected.rows).enumerated() {
            for column in expected.header {
                let a = got[column] ?? "", b = want[column] ?? ""
                if let unit = units[column] {
                    #expect(ExpectedCSV.same(Double(a), b, unit: unit), "row \(index + 2) \(column): \(a) vs \(b)")
                } else {
                    #expect(a == b, "row \(index + 2) \(column): \(a) vs \(b)")
                }
            }
        }
    }

    @Test("compare on the sheets with government ones still gives arithmetic/expected/all.csv")
    func comparisonUnchanged() throws {
        let (framework, batch) = try Self.load()
        let comparison = try ComparisonEngine(framework: framework).compare(batch.scores, ComparisonRequest()).get()
        let actual = try ExpectedCSV(text: ComparisonCSV.long(comparison))
        let expected = try ExpectedCSV(Fixtures.url("conformance/arithmetic/expected/all.csv"))
        #expect(actual.rows.count == expected.rows.count)
        let numeric: Set = ["score", "coverage", "mean", "median", "min", "max", "sd", "gap", "delta"]
        for (index, (got, want)) in zip(actual.rows, expected.rows).enumerated() {
            for column in expected.header {
                let a = got[column] ?? "", b = want[column] ?? ""
                if numeric.contains(column) {
                    #expect(ExpectedCSV.same(Double(a), b, unit: column == "coverage" ? 0.0001 : 0.01),
                            "row \(index + 2) \(column): \(a) vs \(b)")
                } else {
                    #expect(a == b, "row \(index + 2) \(column): \(a) vs \(b)")
                }
            }
        }
        // The four government sheets are named as left out.
        let left = comparison.notes.filter { $0.kind == .otherRespondent }.compactMap(\.file).map { URL(fileURLWithPath: $0).lastPathComponent }
        #expect(left.sorted() == ["AT-2024-gov.csv", "BG-2023-gov.csv", "DE-2023-gov.csv", "FR-2023-gov.csv"])
    }

    static let schemaURL = Fixtures.repository.appending(path: "reports/schema/agreement.xsd")

    @Test("the agreement XML validates against reports/schema/agreement.xsd, in-process and with xmllint")
    func xml() throws {
        let (framework, batch) = try Self.load()
        let agreement = try AgreementEngine(framework: framework).agree(batch.scores, ComparisonRequest()).get()
        let data = try AgreementXML.document(agreement)
        let schema = try XMLSchema(name: "agreement.xsd", data: try Data(contentsOf: Self.schemaURL))
        let document = try XMLDocument.parse(data, file: "agreement.xml").get()
        #expect(schema.validate(document).isEmpty)
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try data.write(to: directory.appending(path: "agreement.xml"))
        #expect(try XMLLint.accepts(["agreement.xml"], schema: Self.schemaURL.path, in: directory))
        // The numbers of the CSV: BG 2023 overall, first row of expected/agreement.csv.
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#"<overall id="overall" government="67.33" ngo="66.92" difference="0.41" n="23" same="0.9565" mad="0.87" alpha="0.9940"/>"#))
        // An empty alpha is left out (BG 2023 KCJ: all four scores 0).
        #expect(text.contains(#"<area id="KCJ" government="0.00" ngo="0.00" difference="0.00" n="2" same="1.0000" mad="0.00"/>"#))
    }

    @Test("the schema refuses a share above 1")
    func schemaRefuses() throws {
        let schema = try XMLSchema(name: "agreement.xsd", data: try Data(contentsOf: Self.schemaURL))
        let bad = """
            <agreement xmlns="urn:rapporteur:agreement:1" framework="t" framework-version="1.0"><notes/>
            <pair year="2024" country="RS" government="g.csv" ngo="n.csv"><overall id="overall" n="1" same="1.5000"/></pair></agreement>
            """
        let document = try XMLDocument.parse(Data(bad.utf8), file: "bad.xml").get()
        #expect(!schema.validate(document).isEmpty)
    }
}
