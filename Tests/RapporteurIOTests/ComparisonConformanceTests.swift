import Foundation
import RapporteurCore
import RapporteurIO
import Testing
import TestSupport

/// `compare --format csv` with the options the conformance README names
/// prints each expected CSV; numbers compared as numbers.
@Suite("comparison against the conformance sets")
struct ComparisonConformanceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var set: String
        var sheets: String
        var expected: String
        var request: ComparisonRequest
        var testDescription: String { "\(set)/\(expected)" }
    }

    static let cases = [
        Case(set: "arithmetic", sheets: "sheets", expected: "all.csv", request: ComparisonRequest()),
        Case(set: "arithmetic", sheets: "sheets", expected: "with-drafts.csv", request: ComparisonRequest(includeDrafts: true)),
        Case(set: "arithmetic", sheets: "sheets", expected: "region-r1-2023-2024.csv",
             request: ComparisonRequest(region: "r1", years: .range(2023, 2024))),
        Case(set: "arithmetic", sheets: "sheets-spreadsheet", expected: "spreadsheet.csv", request: ComparisonRequest()),
        Case(set: "geometric", sheets: "sheets", expected: "all.csv", request: ComparisonRequest()),
        Case(set: "geometric", sheets: "sheets", expected: "region-r1.csv", request: ComparisonRequest(region: "r1")),
    ]

    @Test("the comparison CSV equals the expected one", arguments: cases)
    func matches(_ test: Case) throws {
        let framework = try #require(FrameworkLoader.load(
            from: DirectoryFrameworkSource(directory: Fixtures.url("conformance/\(test.set)/framework"))).framework)
        let batch = SheetBatch.load([Fixtures.path("conformance/\(test.set)/\(test.sheets)")], framework: framework,
                                    encoding: .utf8)
        #expect(!batch.diagnostics.hasErrors)
        let comparison = try ComparisonEngine(framework: framework).compare(batch.scores, test.request).get()
        let actual = try ExpectedCSV(text: ComparisonCSV.long(comparison))
        let expected = try ExpectedCSV(Fixtures.url("conformance/\(test.set)/expected/\(test.expected)"))
        // Later versions may append columns (`state` was one); readers find them by name.
        #expect(Array(actual.header.prefix(expected.header.count)) == expected.header)
        #expect(actual.rows.count == expected.rows.count)
        let numeric: Set = ["score", "coverage", "mean", "median", "min", "max", "sd", "gap", "delta"]
        for (index, (got, want)) in zip(actual.rows, expected.rows).enumerated() {
            for column in expected.header {
                let a = got[column] ?? "", b = want[column] ?? ""
                if numeric.contains(column) {
                    let unit = column == "coverage" ? 0.0001 : 0.01
                    #expect(ExpectedCSV.same(Double(a), b, unit: unit), "row \(index + 2) \(column): \(a) vs \(b)")
                } else {
                    #expect(a == b, "row \(index + 2) \(column): \(a) vs \(b)")
                }
            }
        }
    }
}

extension ExpectedCSV {
    init(text: String) throws {
        let lines = text.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        header = lines[0]
        rows = lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(lines[0], $0)) }
    }
}
