import Foundation
import RapporteurCore
import RapporteurIO
import Testing
import TestSupport

/// Exports are written as they are made, into files that have no name
/// until they are complete, and numbers are written digit by digit.
@Suite("streamed outputs")
struct StreamedOutputTests {
    @Test("a staged file has no name until it is committed, and then all its bytes in order")
    func stagedFile() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appending(path: "out.csv")
        let file = try StagedFile(target, displayName: "out.csv", overwrite: .replace)
        // More than the 1 MiB write buffer, in pieces of several sizes.
        var expected: [UInt8] = []
        for size in [10, 700_000, 3, 1_500_000, 1] {
            let piece = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ size) }
            file.write(piece)
            expected += piece
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        try file.commit()
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.csv"])
        #expect(try Data(contentsOf: target) == Data(expected))
    }

    @Test("a staged file that is never committed leaves nothing behind")
    func abandoned() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            let file = try StagedFile(directory.appending(path: "out.xml"), displayName: "out.xml", overwrite: .replace)
            file.write(Array("<partial".utf8))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test("a staged file refuses to replace an existing file when asked to")
    func refuse() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appending(path: "template.csv")
        try Data("kept".utf8).write(to: target)
        #expect(throws: InputFailure.self) {
            _ = try StagedFile(target, displayName: "template.csv", overwrite: .refuse)
        }
        #expect(try Data(contentsOf: target) == Data("kept".utf8))
    }

    @Test("fixed decimals, worked by hand", arguments: [
        (12.3, 2, "12.30"), (-0.5, 2, "-0.50"), (100, 2, "100.00"), (0, 2, "0.00"), (-0.001, 2, "0.00"),
        (2.675, 2, "2.68"), (0.00005, 4, "0.0001"), (1234.56789, 4, "1234.5679"), (7.5, 0, "8"), (-7.5, 0, "-8"),
        (0.125, 2, "0.13"), (99.995, 2, "100.00"), (5e16, 2, "5e+16"), (Double.infinity, 2, "inf"),
    ])
    func fixed(value: Double, places: Int, expected: String) {
        #expect(Rounding.fixed(value, places: places) == expected)
    }

    @Test("CSV cells: integers, fixed numbers and text, quoted and guarded only when needed")
    func csvCells() {
        var table = CSVTable(header: [])
        table.appendRow { cells in
            cells.integer(-2024)
            cells.integer(0)
            cells.integer(Int.min)
            cells.fixed(-0.004, places: 2)
            cells.fixed(3.14159, places: 4)
            cells.text("RS")
            cells.text("=SUM(A1)")
            cells.text("a,b")
            cells.text(" padded")
            cells.text("Đurđevdan \"quoted\"")
            cells.text(nil)
        }
        let expected = "-2024,0,-9223372036854775808,0.00,3.1416,RS,'=SUM(A1),\"a,b\",\" padded\",\"Đurđevdan \"\"quoted\"\"\",\n"
        #expect(table.rendered() == expected)
    }

    @Test("a long CSV rendered in stretches on several cores is the rows one after another")
    func stretches() throws {
        // Enough rows for several stretches and waves of them, and an odd remainder.
        let count = 40_003
        let statistics = RegionalStatistics([10, 20.5, 31])
        let rows = (0..<count).map { index in
            ComparisonRow(year: 2000 + index % 7, country: "C\(index % 97)", level: .indicator, id: "ID.\(index)",
                          score: index % 5 == 0 ? nil : Double(index) / 7, coverage: nil, rank: index % 13,
                          statistics: statistics, state: index % 5 == 0 ? .missing : .scored)
        }
        let comparison = Comparison(frameworkId: "bench", frameworkVersion: try #require(FrameworkVersion("1.0")), region: nil,
                                    years: [], countries: [], sheetsUsed: [], notes: [], rows: rows)
        var expected = CSVTable(header: ComparisonCSV.header)
        for row in rows {
            expected.append([.integer(row.year), .empty, .text(row.country), .text("indicator"), .text(row.id),
                             row.score.map { .fixed($0, places: 2) } ?? .empty, .empty, .integer(row.rank!),
                             .integer(3), .fixed(20.5, places: 2), .fixed(20.5, places: 2), .fixed(10, places: 2),
                             .fixed(31, places: 2), .fixed(statistics.sd!, places: 2), .empty, .empty, .empty, .empty, .empty,
                             .text(row.state.rawValue)])
        }
        #expect(ComparisonCSV.long(comparison) == expected.rendered())
    }
}
