import Foundation
import Testing
import TestSupport

/// `rapporteur diff` as a user and CI run it: the impact against `compare`
/// under each version, `REV:PATH` through git, formats and exit statuses.
@Suite("rapporteur diff", .serialized)
struct DiffCommandTests {
    var examples: String { Fixtures.repository.appending(path: "examples/sheets").path }

    /// A copy of the instrument in a fresh directory, edited by `edits`
    /// (file inside it, text, replacement), each edit applied once.
    func instrument(_ edits: [(String, String, String)]) throws -> URL {
        let directory = Fixtures.temporaryDirectory().appending(path: "indicators")
        try FileManager.default.copyItem(at: Fixtures.indicators, to: directory)
        for (file, old, new) in edits {
            let url = directory.appending(path: file)
            let text = try String(contentsOf: url, encoding: .utf8)
            let range = try #require(text.range(of: old), "edit of \(file) must apply")
            try text.replacingCharacters(in: range, with: new).write(to: url, atomically: true, encoding: .utf8)
        }
        return directory
    }

    /// `compare --format csv` rows as `year country level id` → (score, rank).
    func compared(_ framework: URL) throws -> [String: (String, String)] {
        let result = try CommandRunner.run(["compare", "--framework", framework.path, "--format", "csv", examples])
        #expect(result.status == 0, "\(result.standardError)")
        var rows: [String: (String, String)] = [:]
        for line in result.standardOutput.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            rows["\(cells[0]) \(cells[2]) \(cells[3]) \(cells[4])"] = (cells[5], cells[7])
        }
        return rows
    }

    @Test("the impact's old and new scores and ranks are compare's under each framework, and every difference is listed")
    func impactMatchesCompare() throws {
        let new = try instrument([
            ("areas/coo.xml", #"id="COO" weight="1""#, #"id="COO" weight="2""#),
            ("areas/coo.xml", #"code="partly" points="1""#, #"code="partly" points="1.5""#),
            ("framework.xml", #"min-coverage="0.7""#, #"min-coverage="0.95""#),
        ])
        defer { try? FileManager.default.removeItem(at: new.deletingLastPathComponent()) }
        let result = try CommandRunner.run(["diff", Fixtures.indicators.path, new.path, "--sheets", examples, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.standardOutputData) as? [String: Any])
        let impact = try #require(json["impact"] as? [[String: Any]])
        let before = try compared(Fixtures.indicators), after = try compared(new)
        func text(_ value: Any?) -> String {
            guard let number = value as? NSNumber else { return "" }
            return String(format: "%.2f", number.doubleValue)
        }
        func rank(_ value: Any?) -> String { (value as? NSNumber).map { "\($0.intValue)" } ?? "" }
        var listed: Set<String> = []
        for row in impact {
            let key = "\(row["year"]!) \(row["country"]!) \(row["level"]!) \(row["id"]!)"
            listed.insert(key)
            #expect(text(row["old"]) == before[key]?.0 ?? "", "\(key) old")
            #expect(text(row["new"]) == after[key]?.0 ?? "", "\(key) new")
            #expect(rank(row["old_rank"]) == before[key]?.1 ?? "", "\(key) old rank")
            #expect(rank(row["new_rank"]) == after[key]?.1 ?? "", "\(key) new rank")
        }
        let differing = Set(before.keys).union(after.keys).filter { key in
            before[key]?.0 != after[key]?.0 || before[key]?.1 != after[key]?.1
        }
        #expect(!differing.isEmpty)
        #expect(listed == differing)
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(changes.map { $0["kind"] as? String } == ["coverage", "weight", "scoring"])
    }

    @Test("a text-only change is not breaking and moves no score; --fail-on breaking exits 0")
    func textOnly() throws {
        let new = try instrument([("areas/coo.xml", "National strategy and action plan", "National strategy and plan")])
        defer { try? FileManager.default.removeItem(at: new.deletingLastPathComponent()) }
        let result = try CommandRunner.run(["diff", Fixtures.indicators.path, new.path, "--sheets", examples,
                                            "--format", "json", "--fail-on", "breaking"])
        #expect(result.status == 0, "\(result.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.standardOutputData) as? [String: Any])
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(changes.count == 1 && changes[0]["kind"] as? String == "text" && changes[0]["breaking"] as? Bool == false)
        #expect((json["impact"] as? [Any])?.isEmpty == true)
        let annotations = try CommandRunner.run(["diff", Fixtures.indicators.path, new.path, "--format", "github"])
        #expect(annotations.status == 0 && annotations.standardOutput.isEmpty)
    }

    @Test("--fail-on breaking exits 1 on a breaking change; github annotates its line in NEW")
    func failOnBreaking() throws {
        let new = try instrument([("areas/coo.xml", #"id="COO" weight="1""#, #"id="COO" weight="2""#)])
        defer { try? FileManager.default.removeItem(at: new.deletingLastPathComponent()) }
        let plain = try CommandRunner.run(["diff", Fixtures.indicators.path, new.path])
        #expect(plain.status == 0)
        let result = try CommandRunner.run(["diff", Fixtures.indicators.path, new.path, "--format", "github", "--fail-on", "breaking"])
        #expect(result.status == 1)
        // The <area> element stands on line 2 of coo.xml.
        #expect(result.standardOutput.hasPrefix("::warning file=\(new.path)/areas/coo.xml,line=2,"))
        #expect(result.standardOutput.split(separator: "\n").count == 1)
    }

    @Test("an indicator removed reads as missing under NEW, with a note; compare would refuse the sheets")
    func removedIndicatorCarried() throws {
        let coo = try String(contentsOf: Fixtures.indicators.appending(path: "areas/coo.xml"), encoding: .utf8)
        let start = try #require(coo.range(of: #"<indicator id="COO.02""#))
        let end = try #require(coo.range(of: "</indicator>", range: start.upperBound..<coo.endIndex))
        let new = try instrument([("areas/coo.xml", String(coo[start.lowerBound..<end.upperBound]), "")])
        defer { try? FileManager.default.removeItem(at: new.deletingLastPathComponent()) }
        let result = try CommandRunner.run(["diff", Fixtures.indicators.path, new.path, "--sheets", examples, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("note:") && result.standardError.contains("count as missing"))
        let json = try #require(try JSONSerialization.jsonObject(with: result.standardOutputData) as? [String: Any])
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(changes.count == 1 && changes[0]["kind"] as? String == "indicator-removed" && changes[0]["id"] as? String == "COO.02")
        // Located in OLD, on the line of its <indicator>.
        let line = coo[..<start.lowerBound].filter { $0 == "\n" }.count + 1
        #expect(changes[0]["location"] as? String == "\(Fixtures.indicators.path)/areas/coo.xml:\(line)")
        let impact = try #require(json["impact"] as? [[String: Any]])
        #expect(impact.contains { $0["id"] as? String == "COO.02" && $0["new"] is NSNull })
    }

    @Test("twice the same inputs give the same bytes, in every format")
    func deterministic() throws {
        let new = try instrument([("areas/coo.xml", #"code="partly" points="1""#, #"code="partly" points="0""#)])
        defer { try? FileManager.default.removeItem(at: new.deletingLastPathComponent()) }
        for format in ["text", "markdown", "json", "github"] {
            let arguments = ["diff", Fixtures.indicators.path, new.path, "--sheets", examples, "--format", format]
            let first = try CommandRunner.run(arguments), second = try CommandRunner.run(arguments)
            #expect(first.status == 0 && !first.standardOutput.isEmpty)
            #expect(first.standardOutputData == second.standardOutputData, "\(format)")
        }
    }

    @Test("a missing directory or a broken framework is an error naming it, with nothing on standard output")
    func badFrameworks() throws {
        let missing = try CommandRunner.run(["diff", "no-such-dir", Fixtures.indicators.path])
        #expect(missing.status == 2 && missing.standardError.contains("no-such-dir") && missing.standardOutput.isEmpty)
        let broken = try instrument([("areas/coo.xml", #"weight="1""#, #"weight="heavy""#)])
        defer { try? FileManager.default.removeItem(at: broken.deletingLastPathComponent()) }
        let result = try CommandRunner.run(["diff", Fixtures.indicators.path, broken.path])
        #expect(result.status == 1 && result.standardError.contains("areas/coo.xml:2") && result.standardOutput.isEmpty)
    }

    @Test("a sheet that neither version can read is an error naming its line; nothing on standard output")
    func brokenSheet() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // COO.01 offers yes, partly and no, in both versions.
        try "country,RS\nyear,2024\nframework,ban 1.0\nstatus,final\n\nindicator,answer\nCOO.01,perhaps\n"
            .write(to: directory.appending(path: "RS-2024.csv"), atomically: true, encoding: .utf8)
        let new = try instrument([("areas/coo.xml", #"id="COO" weight="1""#, #"id="COO" weight="2""#)])
        defer { try? FileManager.default.removeItem(at: new.deletingLastPathComponent()) }
        let result = try CommandRunner.run(["diff", Fixtures.indicators.path, new.path, "--sheets", directory.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("RS-2024.csv:7:"))
        #expect(result.standardOutput.isEmpty)
    }

    /// Runs git in `directory`, recording a failure.
    func git(_ arguments: [String], in directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org"] + arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
    }

    @Test("REV:PATH reads the framework from git: NEW's changes located in the work tree, removals in the revision")
    func gitRevision() throws {
        let repository = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: repository) }
        let framework = repository.appending(path: "fw")
        try FileManager.default.copyItem(at: Fixtures.indicators, to: framework)
        try git(["init", "-q"], in: repository)
        try git(["add", "fw"], in: repository)
        try git(["commit", "-q", "-m", "instrument"], in: repository)

        let file = framework.appending(path: "areas/coo.xml")
        var coo = try String(contentsOf: file, encoding: .utf8)
        let start = try #require(coo.range(of: #"<indicator id="COO.02""#))
        let removedLine = coo[..<start.lowerBound].filter { $0 == "\n" }.count + 1
        let end = try #require(coo.range(of: "</indicator>", range: start.upperBound..<coo.endIndex))
        coo.removeSubrange(start.lowerBound..<end.upperBound)
        coo = coo.replacingOccurrences(of: #"id="COO" weight="1""#, with: #"id="COO" weight="2""#)
        try coo.write(to: file, atomically: true, encoding: .utf8)

        let result = try CommandRunner.run(["diff", "HEAD:fw", "fw", "--format", "json"], in: repository)
        #expect(result.status == 0, "\(result.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.standardOutputData) as? [String: Any])
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(changes.map { $0["kind"] as? String } == ["weight", "indicator-removed"])
        #expect(changes.map { $0["id"] as? String } == ["COO", "COO.02"])
        #expect(changes.map { $0["breaking"] as? Bool } == [true, true])
        #expect(changes.map { $0["location"] as? String } == ["fw/areas/coo.xml:2", "HEAD:fw/areas/coo.xml:\(removedLine)"])

        // The same the other way round: the revision is NEW.
        let back = try CommandRunner.run(["diff", "fw", "HEAD:fw", "--format", "json"], in: repository)
        #expect(back.status == 0 && back.standardOutput.contains("\"HEAD:fw/areas/coo.xml:2\""))
    }

    @Test("an unknown revision, a path the revision lacks, or no repository: exit 2 saying which")
    func gitErrors() throws {
        let repository = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: repository) }
        try FileManager.default.copyItem(at: Fixtures.indicators, to: repository.appending(path: "fw"))
        let outside = try CommandRunner.run(["diff", "HEAD:fw", "fw"], in: repository)
        #expect(outside.status == 2 && outside.standardError.contains("not in a git repository"))
        try git(["init", "-q"], in: repository)
        try git(["add", "fw"], in: repository)
        try git(["commit", "-q", "-m", "instrument"], in: repository)
        let unknown = try CommandRunner.run(["diff", "no-such-branch:fw", "fw"], in: repository)
        #expect(unknown.status == 2 && unknown.standardError.contains("no revision 'no-such-branch'"))
        #expect(unknown.standardOutput.isEmpty)
        let path = try CommandRunner.run(["diff", "HEAD:elsewhere", "fw"], in: repository)
        #expect(path.status == 2 && path.standardError.contains("has no directory 'elsewhere'"))
    }

    @Test("a framework broken in the revision is an error in REV:PATH's file, exit 1")
    func gitBrokenFramework() throws {
        let repository = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: repository) }
        let framework = repository.appending(path: "fw")
        try FileManager.default.copyItem(at: Fixtures.indicators, to: framework)
        let file = framework.appending(path: "areas/coo.xml")
        let good = try String(contentsOf: file, encoding: .utf8)
        try good.replacingOccurrences(of: #"id="COO" weight="1""#, with: #"id="COO" weight="heavy""#)
            .write(to: file, atomically: true, encoding: .utf8)
        try git(["init", "-q"], in: repository)
        try git(["add", "fw"], in: repository)
        try git(["commit", "-q", "-m", "broken"], in: repository)
        try good.write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["diff", "HEAD:fw", "fw"], in: repository)
        #expect(result.status == 1 && result.standardError.contains("HEAD:fw/areas/coo.xml:2"))
        #expect(result.standardOutput.isEmpty)
    }
}
