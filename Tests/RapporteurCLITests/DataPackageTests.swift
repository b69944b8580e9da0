import Foundation
import Testing
import TestSupport

/// `datapackage.json` checked the way a data portal checks it: with
/// `frictionless validate` (installed by the Makefile), on the report of the
/// example sheets, and on copies broken the ways a schema must catch.
@Suite("report's data package", .serialized)
struct DataPackageTests {
    private static let regions = ["western-balkans", "south-east-europe"]

    /// The report of the example sheets for one region, in a fresh folder.
    private func report(region: String, extra: [String] = [], environment: [String: String] = [:]) throws -> URL {
        let directory = Fixtures.temporaryDirectory()
        let result = try CommandRunner.run(
            ["report", "--region", region, "--output", directory.path] + extra
                + [Fixtures.repository.appending(path: "examples/sheets").path],
            environment: environment)
        #expect(result.status == 0, "\(result.standardError)")
        return directory
    }

    /// `frictionless validate --json` on a package: valid or not, and the
    /// error types it named.
    private func validate(_ directory: URL) throws -> (valid: Bool, errors: [String]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-m", "frictionless", "validate", "--json", "datapackage.json"]
        process.currentDirectoryURL = directory
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any],
                                  "frictionless printed no JSON: is it installed (make deps)?")
        let tasks = report["tasks"] as? [[String: Any]] ?? []
        let errors = tasks.flatMap { ($0["errors"] as? [[String: Any]] ?? []).compactMap { $0["type"] as? String } }
        return (report["valid"] as? Bool ?? false, errors)
    }

    private func package(_ directory: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: directory.appending(path: "datapackage.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// A valid report whose first comparison row has `value` in `column`.
    private func reportWithCell(_ column: String, _ value: String) throws -> URL {
        let directory = try report(region: "western-balkans")
        // The breach must be what fails, not something already wrong.
        #expect(try validate(directory).valid)
        try edit(directory, "comparison.csv") { lines in
            let header = lines[0].split(separator: ",", omittingEmptySubsequences: false)
            guard let index = header.firstIndex(of: Substring(column)) else {
                Issue.record("comparison.csv has no column \(column)")
                return lines
            }
            var cells = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            cells[index] = value
            return [lines[0], cells.joined(separator: ",")] + lines.dropFirst(2)
        }
        return directory
    }

    /// Rewrites one CSV of a copied report.
    private func edit(_ directory: URL, _ file: String, _ change: ([String]) -> [String]) throws {
        let url = directory.appending(path: file)
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        try change(lines).joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    }

    @Test("the package of the example report validates, for both regions", arguments: regions)
    func validates(region: String) throws {
        let directory = try report(region: region)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try validate(directory)
        #expect(outcome.valid, "\(outcome.errors)")
        // Every CSV the report wrote is a resource of the package.
        let written = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".csv") }.sorted()
        let resources = try package(directory)["resources"] as? [[String: Any]] ?? []
        #expect(resources.compactMap { $0["path"] as? String }.sorted() == written)
    }

    @Test("a duplicated comparison row fails validation (the primary key holds)")
    func duplicateRow() throws {
        let directory = try report(region: "western-balkans")
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try validate(directory).valid)
        try edit(directory, "comparison.csv") { lines in Array(lines.prefix(2)) + lines.dropFirst() }
        let outcome = try validate(directory)
        #expect(!outcome.valid)
        #expect(outcome.errors.contains("primary-key"), "\(outcome.errors)")
    }

    @Test("a rank written as 2.0 fails validation (rank is an integer)")
    func fractionalRank() throws {
        let directory = try reportWithCell("rank", "2.0")
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try validate(directory)
        #expect(!outcome.valid)
        #expect(outcome.errors == ["type-error"], "\(outcome.errors)")
    }

    @Test("an unknown state fails validation (states are enumerated)")
    func unknownState() throws {
        let directory = try reportWithCell("state", "guessed")
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try validate(directory)
        #expect(!outcome.valid)
        #expect(outcome.errors == ["constraint-error"], "\(outcome.errors)")
    }

    @Test("created appears only with SOURCE_DATE_EPOCH, and the licence only when given")
    func createdAndLicence() throws {
        let plain = try report(region: "western-balkans", environment: ["SOURCE_DATE_EPOCH": ""])
        let dated = try report(region: "western-balkans", extra: ["--data-license", "cc-by-4.0"],
                               environment: ["SOURCE_DATE_EPOCH": "1741910400"])
        defer {
            try? FileManager.default.removeItem(at: plain)
            try? FileManager.default.removeItem(at: dated)
        }
        let bare = try package(plain), full = try package(dated)
        #expect(bare["created"] == nil)
        #expect(bare["licenses"] == nil)
        // 1741910400 s after 1970-01-01 is 2025-03-14 00:00 UTC (20161 days).
        #expect(full["created"] as? String == "2025-03-14T00:00:00Z")
        let licence = (full["licenses"] as? [[String: Any]])?.first
        #expect(licence?["name"] as? String == "CC-BY-4.0")
        #expect(bare["name"] as? String == "rapporteur-ban-western-balkans-2021-2024")
    }
}
