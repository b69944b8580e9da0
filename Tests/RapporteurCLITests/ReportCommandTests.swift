import Foundation
import Testing
import TestSupport

@Suite("rapporteur compare and report", .serialized)
struct ReportCommandTests {
    let arithmetic = ["--framework", Fixtures.path("conformance/arithmetic/framework")]
    var sheets: String { Fixtures.path("conformance/arithmetic/sheets") }

    @Test("compare --format csv prints the expected CSV of the conformance set")
    func compareCSV() throws {
        let result = try CommandRunner.run(["compare"] + arithmetic + ["--format", "csv", "--region", "r1", "--years", "2023-2024", sheets])
        #expect(result.status == 0, "\(result.standardError)")
        let expected = try String(contentsOf: Fixtures.url("conformance/arithmetic/expected/region-r1-2023-2024.csv"), encoding: .utf8)
        // The expected file predates the `state` column the contract appends;
        // every other byte is the same.
        let withoutState = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.lastIndex(of: ",").map { String(line[..<$0]) } ?? String(line)
        }.joined(separator: "\n")
        #expect(withoutState == expected)
        #expect(result.standardOutput.hasPrefix(ComparisonHeader.withState))
    }

    @Test("two sheets for one country and year are refused, naming both files")
    func duplicateSheets() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let original = Fixtures.url("conformance/arithmetic/sheets/AT-2021.csv")
        try FileManager.default.copyItem(at: original, to: directory.appending(path: "AT-2021.csv"))
        try FileManager.default.copyItem(at: original, to: directory.appending(path: "AT-2021-copy.csv"))
        let result = try CommandRunner.run(["compare"] + arithmetic + [directory.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("AT-2021.csv") && result.standardError.contains("AT-2021-copy.csv"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test("report writes its files, and twice the same bytes")
    func deterministic() throws {
        let first = Fixtures.temporaryDirectory(), second = Fixtures.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        for directory in [first, second] {
            let result = try CommandRunner.run(["report"] + arithmetic + ["--output", directory.path, sheets])
            #expect(result.status == 0, "\(result.standardError)")
        }
        let names = ["comparison-wide.csv", "comparison.csv", "comparison.xml", "countries.csv", "datapackage.json",
                     "evidence.csv", "indicators.csv", "report.html", "report.txt", "sensitivity.csv"]
        #expect(try FileManager.default.contentsOfDirectory(atPath: first.path).sorted() == names)
        for name in names {
            #expect(try Data(contentsOf: first.appending(path: name)) == Data(contentsOf: second.appending(path: name)), "\(name)")
        }
    }

    @Test("a report whose second output fails to render leaves no output behind and the inputs as they were")
    func failsMidway() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sheets = directory.appending(path: "sheets")
        try FileManager.default.copyItem(at: Fixtures.url("conformance/arithmetic/sheets"), to: sheets)
        let inputs = try contents(of: sheets)
        let output = directory.appending(path: "report")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        // An earlier run's file must survive a failed run whole.
        let earlier = Data("an earlier comparison\n".utf8)
        try earlier.write(to: output.appending(path: "comparison.csv"))
        let result = try CommandRunner.run(["report"] + arithmetic + ["--output", output.path, sheets.path],
                                           environment: ["RAPPORTEUR_FAIL_RENDER": "2"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("comparison-wide.csv: error: the output could not be rendered"))
        #expect(try contents(of: output) == ["comparison.csv": earlier])
        #expect(try contents(of: sheets) == inputs)
    }

    /// Every file in `directory`, hidden ones too, by name.
    private func contents(of directory: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            files[name] = try Data(contentsOf: directory.appending(path: name))
        }
        return files
    }

    @Test("compare refuses an output that is an input sheet by another name: a symbolic or a hard link",
          arguments: ["symbolic", "hard"])
    func linkedInputsAreSafe(link: String) throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sheet = directory.appending(path: "AT-2021.csv")
        try FileManager.default.copyItem(at: Fixtures.url("conformance/arithmetic/sheets/AT-2021.csv"), to: sheet)
        let before = try Data(contentsOf: sheet)
        let output = directory.appending(path: "out").appending(path: "comparison.csv")
        try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        if link == "symbolic" {
            try FileManager.default.createSymbolicLink(at: output, withDestinationURL: sheet)
        } else {
            try FileManager.default.linkItem(at: sheet, to: output)
        }
        let result = try CommandRunner.run(["compare"] + arithmetic + ["--format", "csv", "--output", output.path, directory.path])
        #expect(result.status == 2)
        #expect(result.standardError.contains("one of the input sheets"))
        #expect(try Data(contentsOf: sheet) == before)
    }

    @Test("report refuses to write over an input sheet")
    func inputsAreSafe() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sheet = directory.appending(path: "comparison.csv")
        try FileManager.default.copyItem(at: Fixtures.url("conformance/arithmetic/sheets/AT-2021.csv"), to: sheet)
        let before = try Data(contentsOf: sheet)
        let result = try CommandRunner.run(["report"] + arithmetic + ["--output", directory.path, directory.path])
        #expect(result.status == 2)
        #expect(try Data(contentsOf: sheet) == before)
    }

    @Test("no progress is drawn when standard error is not a terminal")
    func quietProgress() throws {
        let result = try CommandRunner.run(["compare"] + arithmetic + ["--format", "csv", sheets])
        #expect(!result.standardError.contains("\r"))
    }
}

private enum ComparisonHeader {
    static let withState = "year,region,country,level,id,score,coverage,rank,n,mean,median,min,max,sd,gap,delta,"
        + "delta_from,trend,rating,state\n"
}
