import Foundation
import Testing
import TestSupport

@Suite("rapporteur template, score and check on sheets", .serialized)
struct SheetCommandTests {
    let conformance = ["--framework", Fixtures.path("conformance/arithmetic/framework")]

    @Test("template writes a file and refuses to overwrite it without --force")
    func templateOverwrite() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "RS-2025.csv").path
        let first = try CommandRunner.run(["template", "--country", "RS", "--year", "2025", "--output", file])
        #expect(first.status == 0, "\(first.standardError)")
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: file))
        let second = try CommandRunner.run(["template", "--country", "RS", "--year", "2025", "--output", file])
        #expect(second.status != 0)
        #expect(second.standardError.contains("--force"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep me")
        let forced = try CommandRunner.run(["template", "--country", "RS", "--year", "2025", "--output", file, "--force"])
        #expect(forced.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)).starts(with: [0xEF, 0xBB, 0xBF]))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(leftovers == ["RS-2025.csv"], "no temporary file is left behind")
    }

    @Test("template follows the file name to XML, and refuses a bad country")
    func templateFormats() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "AL-2025.xml").path
        #expect(try CommandRunner.run(["template", "--country", "AL", "--year", "2025", "--output", file]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("<sheet xmlns=\"urn:rapporteur:sheet:1\""))
        let bad = try CommandRunner.run(["template", "--country", "SRB", "--year", "2025"])
        #expect(bad.status == 2)
        #expect(bad.standardError.contains("'RS'"))
    }

    @Test("template follows the file name to a workbook, which check reads back as a blank sheet")
    func templateWorkbook() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "RS-2025.xlsx").path
        let written = try CommandRunner.run(["template", "--country", "RS", "--year", "2025", "--lang", "sr-Latn", "--output", file])
        #expect(written.status == 0, "\(written.standardError)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)).starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let checked = try CommandRunner.run(["check", file])
        #expect(checked.status == 0, "\(checked.standardError)")
        // Into a pipe, the workbook goes to standard output: the same bytes again.
        let piped = try CommandRunner.run(["template", "--country", "RS", "--year", "2025", "--lang", "sr-Latn", "--format", "xlsx"])
        #expect(piped.status == 0)
        #expect(piped.standardOutputData == (try Data(contentsOf: URL(fileURLWithPath: file))))
    }

    @Test("compare on the spreadsheet's workbooks prints expected/spreadsheet.csv, numbers compared as numbers")
    func compareWorkbooks() throws {
        let result = try CommandRunner.run(["compare"] + conformance
            + [Fixtures.path("conformance/arithmetic/sheets-xlsx"), "--format", "csv"])
        #expect(result.status == 0, "\(result.standardError)")
        let expected = try String(contentsOf: Fixtures.url("conformance/arithmetic/expected/spreadsheet.csv"), encoding: .utf8)
        let actualLines = result.standardOutput.split(separator: "\n"), expectedLines = expected.split(separator: "\n")
        #expect(actualLines.count == expectedLines.count)
        for (actual, wanted) in zip(actualLines, expectedLines) {
            let a = actual.split(separator: ",", omittingEmptySubsequences: false)
            let e = wanted.split(separator: ",", omittingEmptySubsequences: false)
            // The expected file predates the `state` column the contract appends.
            #expect(a.count == e.count + 1, "\(actual)")
            for (cell, expectedCell) in zip(a, e) where cell != expectedCell {
                // One unit in the last decimal, where the exact value sits on a rounding boundary.
                let decimals = expectedCell.split(separator: ".").dropFirst().first?.count ?? 0
                let unit = pow(10, -Double(decimals))
                let close = Double(cell).flatMap { value in Double(expectedCell).map { abs(value - $0) <= unit * 1.000001 } }
                #expect(close == true, "\(cell) for \(expectedCell) in \(wanted)")
            }
        }
    }

    @Test("score prints areas, the overall score and rating; csv and xml carry the evidence")
    func score() throws {
        let sheet = Fixtures.path("conformance/arithmetic/sheets/AT-2021.csv")
        let text = try CommandRunner.run(["score"] + conformance + [sheet])
        #expect(text.status == 0, "\(text.standardError)")
        // expected/all.csv: AT 2021 overall 55.97, moderate.
        #expect(text.standardOutput.contains("Overall: 56.0"))
        #expect(text.standardOutput.contains("Moderate"))
        let csv = try CommandRunner.run(["score"] + conformance + ["--format", "csv", sheet])
        #expect(csv.standardOutput.hasPrefix("country,year,level,id,"))
        #expect(csv.standardOutput.contains("AT,2021,overall,overall,,,,,scored,55.97,0.6667,moderate"))
        #expect(csv.standardOutput.contains("\"Izveštaj MUP-a, 2024\""))
        let xml = try CommandRunner.run(["score"] + conformance + ["--format", "xml", sheet])
        #expect(xml.standardOutput.contains("<overall state=\"scored\" score=\"55.97\" coverage=\"0.6667\" rating=\"moderate\"/>"))
        #expect(xml.standardOutput.contains("<source>Izveštaj MUP-a, 2024</source>"))
    }

    @Test("score refuses a sheet with errors, exit status 1, naming the line")
    func scoreRefuses() throws {
        let result = try CommandRunner.run(["score"] + conformance + [Fixtures.path("corpus/csv/unknown-indicator.csv")])
        #expect(result.status == 1)
        #expect(result.standardError.contains("unknown-indicator.csv:8:1: error:"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test("check on sheets: a directory of good sheets passes, a broken one fails with status 1")
    func checkSheets() throws {
        let good = try CommandRunner.run(["check"] + conformance + [Fixtures.path("conformance/arithmetic/sheets")])
        #expect(good.status == 0, "\(good.standardError)")
        #expect(good.standardError.contains("18 sheet(s) checked"))
        let bad = try CommandRunner.run(["check"] + conformance + ["--format", "json", Fixtures.path("corpus/csv/bad-year.csv")])
        #expect(bad.status == 1)
        #expect(bad.standardOutput.contains("\"code\": \"bad-year\""))
    }

    @Test("--encoding reads a Windows-1250 sheet that UTF-8 refuses")
    func encoding() throws {
        let sheet = Fixtures.path("conformance/arithmetic/sheets-encoded/AT-2021.windows-1250.csv")
        #expect(try CommandRunner.run(["check"] + conformance + [sheet]).status == 1)
        #expect(try CommandRunner.run(["check"] + conformance + ["--encoding", "windows-1250", sheet]).status == 0)
    }
}
