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

    struct RenderFailed: Error {}

    @Test("outputs are named together: when one fails to render, none is written and an older file stays")
    func outputsTogether() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let older = directory.appending(path: "a.csv")
        try Data("older".utf8).write(to: older)
        let outputs: [StagedOutputs.Output] = [
            (older.path, { $0.write(Array("new a".utf8)) }),
            (directory.appending(path: "b.csv").path, { sink in
                sink.write(Array("half of b".utf8))
                throw RenderFailed()
            }),
        ]
        var failedAt: String?
        do throws(StagedOutputs.Failure) {
            try StagedOutputs.write(outputs, inputs: [])
        } catch {
            if case .notRendered(let path) = error { failedAt = path }
        }
        #expect(failedAt == directory.appending(path: "b.csv").path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["a.csv"])
        #expect(try Data(contentsOf: older) == Data("older".utf8))
    }

    @Test("an output that is one of the input sheets is refused before anything is written")
    func inputRefused() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sheet = directory.appending(path: "RS-2024.csv")
        try Data("country,RS\n".utf8).write(to: sheet)
        var refused: String?
        do throws(StagedOutputs.Failure) {
            try StagedOutputs.write([(sheet.path, { $0.write(Array("overwritten".utf8)) })], inputs: [directory.path])
        } catch {
            if case .overwritesInput(let path) = error { refused = path }
        }
        #expect(refused == sheet.path)
        #expect(try Data(contentsOf: sheet) == Data("country,RS\n".utf8))
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

    @Test("CSV rows: the header, formatted numbers as they are, empty cells and rows, a cell longer than the row buffer")
    func csvRows() {
        var table = CSVTable(header: ["a", "b c"], delimiter: ";", lineEnd: "\r\n")
        table.appendRow { row in
            row.number("1.50")
            row.empty()
            row.text("x;y")
            row.number(nil)
            // A formatted number is never guarded; the same text as free text would be.
            row.number("-3")
            row.text("-3")
        }
        table.appendRow { _ in }
        let long = String(repeating: "a", count: 1_500)
        table.appendRow { row in
            row.integer(7)
            row.text(long)
            row.integer(8)
        }
        #expect(table.rendered() == "a;b c\r\n1.50;;\"x;y\";;-3;'-3\r\n\r\n7;\(long);8\r\n")
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
            expected.appendRow { cells in
                cells.integer(row.year)
                cells.empty()
                cells.text(row.country)
                cells.text("indicator")
                cells.text(row.id)
                cells.fixed(row.score, places: 2)
                cells.empty()
                cells.integer(row.rank!)
                cells.integer(3)
                [20.5, 20.5, 10, 31, statistics.sd!].forEach { cells.fixed($0, places: 2) }
                (0..<5).forEach { _ in cells.empty() }
                cells.text(row.state.rawValue)
            }
        }
        #expect(ComparisonCSV.long(comparison) == expected.rendered())
    }
}
