import Foundation
import Testing
import TestSupport

/// `rapporteur sensitivity` as a user runs it: the same seed gives the same
/// bytes, the options are checked, and sheets of other years are not read
/// past their metadata.
@Suite("rapporteur sensitivity", .serialized)
struct SensitivityCommandTests {
    let arithmetic = ["--framework", Fixtures.path("conformance/arithmetic/framework")]
    var sheets: String { Fixtures.path("conformance/arithmetic/sheets") }

    func run(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.run(["sensitivity"] + arithmetic + arguments + [sheets])
    }

    /// The CSV's rows as cells, without the header.
    func rows(_ csv: String) -> [[String]] {
        csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test("the same seed gives identical bytes, another seed different ones", arguments: ["csv", "xml", "text"])
    func seeds(format: String) throws {
        let first = try run(["--format", format, "--seed", "11", "--runs", "400"])
        let again = try run(["--format", format, "--seed", "11", "--runs", "400"])
        let other = try run(["--format", format, "--seed", "12", "--runs", "400"])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutputData == again.standardOutputData)
        #expect(first.standardOutputData != other.standardOutputData)
    }

    /// expected/all.csv, 2024 overall: FR 62.04 (1), BG 58.34 (2), BA 57.10 (3), AT 54.06 (4).
    @Test("with --vary empty, q05 = q95 = median = the comparison's rank, and score is the comparison's")
    func nothingVaried() throws {
        let result = try run(["--format", "csv", "--vary", ""])
        #expect(result.status == 0, "\(result.standardError)")
        let table = rows(result.standardOutput)
        #expect(table.map { [$0[1], $0[2], $0[3]] } == [["FR", "62.04", "1"], ["BG", "58.34", "2"], ["BA", "57.10", "3"],
                                                          ["AT", "54.06", "4"]])
        for row in table {
            // runs, median, mean, q05, q95, shift, p_same
            #expect(Array(row[4...]) == ["1000", row[3], row[3] + ".00", row[3], row[3], "0.00", "1.0000"])
        }
    }

    @Test("with --weight-noise 0 and only weights varied, every interval is the nominal rank")
    func noNoise() throws {
        let result = try run(["--format", "csv", "--vary", "weights", "--weight-noise", "0"])
        #expect(result.status == 0)
        for row in rows(result.standardOutput) {
            #expect(row[5] == row[3] && row[7] == row[3] && row[8] == row[3] && row[10] == "1.0000")
        }
    }

    @Test("saltelli with --format csv writes the countries and, beside them, the inputs")
    func saltelliFiles() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appending(path: "sensitivity.csv").path
        let result = try run(["--method", "saltelli", "--runs", "50", "--vary", "weights,missing", "--format", "csv",
                              "--output", output])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            == ["sensitivity-inputs.csv", "sensitivity.csv"])
        let inputs = try String(contentsOf: directory.appending(path: "sensitivity-inputs.csv"), encoding: .utf8)
        #expect(inputs.split(separator: "\n").map { String($0.prefix { $0 != "," }) } == ["input", "weights", "missing"])
        // N (k + 2) = 50 x 4 runs.
        #expect(rows(try String(contentsOf: URL(fileURLWithPath: output), encoding: .utf8)).allSatisfy { $0[4] == "200" })
    }

    @Test("bad options are usage errors (status 2) that say what is right, and write nothing", arguments: [
        (["--vary", "weights,colour"], "weights,aggregation,coverage,missing"),
        (["--weight-noise", "1.5"], "from 0 to 1"),
        (["--runs", "0"], "from 1"),
        (["--method", "saltelli", "--format", "csv"], "--output"),
    ])
    func usage(arguments: [String], hint: String) throws {
        let result = try run(arguments)
        #expect(result.status == 2)
        #expect(result.standardError.contains(hint), "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }

    @Test("a selection without sheets is an error (status 1) that names the options")
    func noYear() throws {
        let result = try run(["--year", "2030"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("--year"))
        #expect(result.standardOutput.isEmpty)
    }

    /// A sheet of 2021 with a broken table: `compare` must refuse it, but
    /// the analysis of 2024 never reads past its year.
    @Test("sheets of other years are read no further than their metadata")
    func otherYearsUnread() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in try FileManager.default.contentsOfDirectory(atPath: sheets) {
            try FileManager.default.copyItem(atPath: sheets + "/" + name, toPath: directory.appending(path: name).path)
        }
        try Data("country,AT\nyear,2021\nstatus,final\n\nindicator,answer\nRBZ.01,\"never closed\n".utf8)
            .write(to: directory.appending(path: "AT-2021.csv"))
        let compare = try CommandRunner.run(["compare"] + arithmetic + [directory.path])
        #expect(compare.status == 1 && compare.standardError.contains("AT-2021.csv"))
        let year = try CommandRunner.run(["sensitivity"] + arithmetic + ["--year", "2024", "--format", "csv", directory.path])
        #expect(year.status == 0, "\(year.standardError)")
        let latest = try CommandRunner.run(["sensitivity"] + arithmetic + ["--format", "csv", directory.path])
        #expect(latest.standardOutputData == year.standardOutputData)
        // Asked for 2021, the broken sheet is read, and refused.
        let broken = try CommandRunner.run(["sensitivity"] + arithmetic + ["--year", "2021", directory.path])
        #expect(broken.status == 1 && broken.standardError.contains("AT-2021.csv"))
    }

    @Test("report writes sensitivity.csv with the defaults, and the ranking shows each rank's interval")
    func report() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandRunner.run(["report"] + arithmetic + ["--output", directory.path, sheets])
        #expect(result.status == 0, "\(result.standardError)")
        let written = try Data(contentsOf: directory.appending(path: "sensitivity.csv"))
        let defaults = try run(["--format", "csv", "--runs", "1000", "--seed", "1"])
        #expect(written == defaults.standardOutputData)
        let text = try String(contentsOf: directory.appending(path: "report.txt"), encoding: .utf8)
        let header = try #require(text.split(separator: "\n").first { $0.hasPrefix("  # 5–95%") })
        #expect(header.contains("Country"))
        for row in rows(String(decoding: written, as: UTF8.self)) {
            let interval = "\(row[7])–\(row[8])"
            #expect(text.contains("  \(row[3]) \(interval.count < 5 ? String(repeating: " ", count: 5 - interval.count) : "")\(interval) \(row[1])"))
        }
        #expect(text.contains("1000 runs, seed 1; varied: area and indicator weights"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }
}
