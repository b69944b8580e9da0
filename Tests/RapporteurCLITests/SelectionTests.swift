import Foundation
import Testing
import TestSupport

/// The selection options of `compare` and `report`, and what sheets with
/// errors do to a comparison.
@Suite("selections and sheets with errors", .serialized)
struct SelectionTests {
    let arithmetic = ["--framework", Fixtures.path("conformance/arithmetic/framework")]
    var sheets: URL { Fixtures.url("conformance/arithmetic/sheets") }

    @Test("a reversed range is named as such, with the range the other way round")
    func reversed() throws {
        let result = try CommandRunner.run(["compare"] + arithmetic + ["--years", "2024-2021", sheets.path])
        #expect(result.status == 2)
        #expect(result.standardError.contains("--years 2024-2021 is reversed"))
        #expect(result.standardError.contains("2021-2024"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test("an en dash or an em dash between the years reads as a hyphen", arguments: ["2023\u{2013}2024", "2023\u{2014}2024", "2023 - 2024"])
    func dashes(years: String) throws {
        let result = try CommandRunner.run(["compare"] + arithmetic + ["--format", "csv", "--region", "r1", "--years", years, sheets.path])
        #expect(result.status == 0, "\(result.standardError)")
        // The same bytes as with a hyphen (which the conformance tests pin).
        let hyphen = try CommandRunner.run(["compare"] + arithmetic + ["--format", "csv", "--region", "r1", "--years", "2023-2024", sheets.path])
        #expect(hyphen.status == 0)
        #expect(!result.standardOutput.isEmpty)
        #expect(result.standardOutput == hyphen.standardOutput)
    }

    @Test("a selection that matches no sheet is an error listing the years and regions present, and writes nothing")
    func emptySelection() throws {
        let output = Fixtures.temporaryDirectory().appending(path: "out")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let report = try CommandRunner.run(["report"] + arithmetic + ["--years", "2030-2040", "--output", output.path, sheets.path])
        #expect(report.status == 1)
        #expect(report.standardError.contains("report: the selection --years 2030-2040 matches no sheet"))
        #expect(report.standardError.contains("the years 2021, 2022, 2023, 2024"))
        #expect(report.standardError.contains("regions r1"))
        #expect(!FileManager.default.fileExists(atPath: output.path))

        let compare = try CommandRunner.run(["compare"] + arithmetic + ["--year", "2019", sheets.path])
        #expect(compare.status == 1)
        #expect(compare.standardError.contains("compare: the selection --year 2019 matches no sheet"))
        #expect(compare.standardOutput.isEmpty)
    }

    @Test("a sheet with errors that would not take part is named in the notes and does not stop the report")
    func invalidOutsideSelection() throws {
        let directory = try copyWithBroken(status: "draft")
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appending(path: "out")
        let result = try CommandRunner.run(["report"] + arithmetic + ["--output", output.path, directory.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("broken.csv:7:1: warning: the sheet is left out of the comparison"))
        #expect(!result.standardError.contains("error:"))
        // Wrapped lines joined again.
        let report = try String(contentsOf: output.appending(path: "report.txt"), encoding: .utf8)
            .replacingOccurrences(of: "\n  ", with: " ")
        #expect(report.contains("broken.csv (AT 2022): left out for errors; the first: "))
        let xml = try String(contentsOf: output.appending(path: "comparison.xml"), encoding: .utf8)
        #expect(xml.contains("invalid-sheet"))

        // Let in, the draft takes part, and its errors stop the run.
        let drafts = try CommandRunner.run(["compare"] + arithmetic + ["--include-drafts", directory.path])
        #expect(drafts.status == 1)
        #expect(drafts.standardError.contains("[unknown-indicator]"))
        #expect(drafts.standardError.contains("compare: the sheets have errors; nothing was written"))
        #expect(drafts.standardOutput.isEmpty)
    }

    @Test("a sheet with errors that takes part stops the run, naming the command, unless --skip-invalid")
    func skipInvalid() throws {
        let directory = try copyWithBroken(status: "final")
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appending(path: "out")
        let stopped = try CommandRunner.run(["report"] + arithmetic + ["--output", output.path, directory.path])
        #expect(stopped.status == 1)
        #expect(stopped.standardError.contains("report: the sheets have errors; nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: output.path))

        let strict = try CommandRunner.run(["report"] + arithmetic + ["--skip-invalid", "--strict", "--output", output.path, directory.path])
        #expect(strict.status == 1)
        #expect(!FileManager.default.fileExists(atPath: output.path))

        let skipped = try CommandRunner.run(["report"] + arithmetic + ["--skip-invalid", "--output", output.path, directory.path])
        #expect(skipped.status == 0, "\(skipped.standardError)")
        // Wrapped lines joined again.
        let report = try String(contentsOf: output.appending(path: "report.txt"), encoding: .utf8)
            .replacingOccurrences(of: "\n  ", with: " ")
        #expect(report.contains("broken.csv (AT 2022): left out for errors; the first: "))
        #expect(report.contains("'RBZ.99' is not an indicator"))
    }

    /// The conformance sheets and `broken.csv`, AT 2022 with `status`,
    /// whose line 7 answers an indicator the framework does not have.
    private func copyWithBroken(status: String) throws -> URL {
        let directory = Fixtures.temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: sheets.path) {
            try FileManager.default.copyItem(at: sheets.appending(path: name), to: directory.appending(path: name))
        }
        try "country;AT\nyear;2022\nframework;conformance 2.1\nstatus;\(status)\n\nindicator;answer\nRBZ.99;yes\n"
            .write(to: directory.appending(path: "broken.csv"), atomically: true, encoding: .utf8)
        return directory
    }
}
