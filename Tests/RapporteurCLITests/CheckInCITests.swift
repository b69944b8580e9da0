import Foundation
import Testing
import TestSupport

/// What a CI job relies on: `check` fails whenever the framework in use is
/// broken, keeps its output readable, and points GitHub at the right files.
@Suite("rapporteur check in CI", .serialized)
struct CheckInCITests {
    static let sheet = "examples/sheets/ME-2024.csv"

    @Test("sheets checked against a broken framework fail, in every format", arguments: ["text", "json", "github"])
    func brokenFrameworkWithSheets(format: String) throws {
        let broken = try Self.framework(indicators: "")
        defer { try? FileManager.default.removeItem(at: broken) }
        for paths in [[Self.sheet], ["examples/sheets"]] {
            let result = try CommandRunner.run(["check", "--format", format, "--framework", broken.path] + paths)
            #expect(result.status == 1, "\(paths) as \(format)")
            #expect((result.standardOutput + result.standardError).contains("empty-area"), "\(paths) as \(format)")
            #expect(!result.standardError.contains("no problems"))
        }
    }

    @Test("a broken framework named as a PATH beside sheets fails once, not twice")
    func brokenFrameworkAsPath() throws {
        let broken = try Self.framework(indicators: "")
        defer { try? FileManager.default.removeItem(at: broken) }
        let result = try CommandRunner.run(["check", "--framework", broken.path, broken.path, Self.sheet])
        #expect(result.status == 1)
        #expect(result.standardError.components(separatedBy: "[empty-area]").count == 2)
    }

    @Test("text prints 50 findings per file, then one line saying how many more; json lists all")
    func findingLimit() throws {
        let directory = try Self.framework(indicators: Self.yesNo)
        defer { try? FileManager.default.removeItem(at: directory) }
        // 60 unknown ids: 60 errors, nothing else.
        let rows = (1...60).map { "ZZ.\(String(format: "%02d", $0)),yes" }.joined(separator: "\n")
        let sheet = directory.appending(path: "many.csv")
        try "country,RS\nyear,2024\nframework,t 1.0\nstatus,final\n\nindicator,answer\nIDN.01,yes\n\(rows)\n"
            .write(to: sheet, atomically: true, encoding: .utf8)

        let text = try CommandRunner.run(["check", "--framework", directory.path, sheet.path])
        #expect(text.status == 1)
        #expect(Self.findings(in: text.standardError).count == 51)
        #expect(text.standardError.contains("many.csv: note: 10 more findings in this file are not shown"))
        #expect(text.standardError.contains("check: 60 errors"))

        let five = try CommandRunner.run(["check", "--max-errors", "5", "--format", "github", "--framework", directory.path, sheet.path])
        #expect(five.status == 1)
        #expect(five.standardOutput.split(separator: "\n").count == 6)
        #expect(five.standardOutput.contains("::notice file=") && five.standardOutput.contains("55 more findings"))

        let all = try CommandRunner.run(["check", "--max-errors", "0", "--framework", directory.path, sheet.path])
        #expect(Self.findings(in: all.standardError).count == 60)

        let json = try CommandRunner.run(["check", "--format", "json", "--framework", directory.path, sheet.path])
        #expect(json.status == 1)
        let objects = try #require(try JSONSerialization.jsonObject(with: json.standardOutputData) as? [[String: Any]])
        #expect(objects.count == 60)

        #expect(try CommandRunner.run(["check", "--max-errors", "-1"]).status == 2)
    }

    @Test("a 200,000-line include list is refused in under 2 s of processor time and 200 MB")
    func hostileIncludeList() throws {
        let directory = try Self.framework(indicators: Self.yesNo,
                                           includes: String(repeating: "<include href=\"areas/a.xml\"/>\n", count: 200_000))
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try MeasuredRun(["check", "--format", "json", directory.path])
        #expect(run.status == 1)
        // Processor time, not the clock: the suite runs beside other work.
        #expect(run.processorSeconds < 2, "took \(run.processorSeconds) s")
        #expect(run.maximumResidentBytes < 200 << 20, "took \(run.maximumResidentBytes >> 20) MiB")
    }

    /// Hostile definitions just under and over the loader's bounds (20,000
    /// elements, 4 MiB a file), as area contents.
    static let hostileAreas: [HostileArea] = [
        HostileArea(name: "a choice of 9,000 options without English", content: indicator(answer: "<choice>" + (0..<9_000).map {
            #"<option code="o\#($0)" points="\#($0 % 7)"><label xml:lang="sr">L</label></option>"#
        }.joined(separator: "\n") + "</choice>")),
        HostileArea(name: "9,000 titles in languages the schema refuses", content: indicator(
            texts: (0..<9_000).map { #"<title xml:lang="x\#($0)">T</title>"# }.joined(separator: "\n")
                + #"<question xml:lang="en">Q?</question>"#)),
        HostileArea(name: "2,000 indicators with one id", content: String(repeating: indicator() + "\n", count: 2_000)),
        HostileArea(name: "9,000 checklist items above the cap", content: indicator(answer: #"<checklist cap="1">"# + (0..<9_000).map {
            #"<item code="i\#($0)" points="2"><label xml:lang="en">I</label></item>"#
        }.joined(separator: "\n") + "</checklist>")),
        HostileArea(name: "19,000 overlapping bands", content: indicator(answer: #"<number min="0"><bands>"#
            + String(repeating: #"<band from="0" to="10" points="1"/>"# + "\n", count: 19_000) + "</bands></number>")),
        HostileArea(name: "an area over 20,000 elements", content: String(repeating: indicator() + "\n", count: 5_000)),
        HostileArea(name: "an area file over 4 MiB", content: "<!-- " + String(repeating: "x", count: 5 << 20) + " -->"),
    ]

    @Test("every hostile framework is refused in under 2 s of processor time and 200 MB", arguments: hostileAreas)
    func hostileFrameworks(hostile: HostileArea) throws {
        let (name, area) = (hostile.name, hostile.content)
        let directory = try Self.framework(indicators: area)
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try MeasuredRun(["check", "--format", "json", directory.path])
        #expect(run.status == 1, "\(name)")
        #expect(run.processorSeconds < 2, "\(name) took \(run.processorSeconds) s")
        #expect(run.maximumResidentBytes < 200 << 20, "\(name) took \(run.maximumResidentBytes >> 20) MiB")
    }

    /// An area's contents, shown in test output by its name alone.
    struct HostileArea: CustomTestStringConvertible, Sendable {
        var name: String
        var content: String
        var testDescription: String { name }
    }

    @Test("several sheets for one country and year are one error naming every file")
    func duplicateSheets() throws {
        let directory = Fixtures.temporaryDirectory()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["ME-2024.csv", "ME-2024-copy.csv", "CG-2024.csv"] {
            try FileManager.default.copyItem(at: Fixtures.repository.appending(path: Self.sheet), to: directory.appending(path: name))
        }
        let result = try CommandRunner.run(["check", "--lang", "en", directory.path])
        #expect(result.status == 1)
        let line = try #require(result.standardError.split(separator: "\n").first { $0.contains("[duplicate-sheet]") })
        #expect(line.contains("3 sheets are for ME 2024"))
        for name in ["ME-2024.csv", "ME-2024-copy.csv", "CG-2024.csv"] { #expect(line.contains(name)) }
    }

    @Test("github annotations are relative to GITHUB_WORKSPACE when the file is inside it")
    func annotationPathsInWorkspace() throws {
        let (workspace, definitions) = try Self.brokenWorkspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let result = try CommandRunner.run(["check", "--format", "github", "."], in: definitions,
                                           environment: ["GITHUB_WORKSPACE": workspace.path])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("::error file=defs/areas/a.xml,line=2,"), "\(result.standardOutput)")
    }

    @Test("without GITHUB_WORKSPACE, annotations are relative to the current directory, without ./")
    func annotationPathsWithoutWorkspace() throws {
        let (workspace, definitions) = try Self.brokenWorkspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        for path in [".", "./", "../defs"] {
            let result = try CommandRunner.run(["check", "--format", "github", path], in: definitions,
                                               environment: ["GITHUB_WORKSPACE": ""])
            #expect(result.status == 1)
            #expect(result.standardOutput.contains("::error file=areas/a.xml,line=2,"), "\(path): \(result.standardOutput)")
        }
        // A workspace that does not hold the file is passed over.
        let elsewhere = try CommandRunner.run(["check", "--format", "github", "."], in: definitions,
                                              environment: ["GITHUB_WORKSPACE": "/nonexistent/workspace"])
        #expect(elsewhere.standardOutput.contains("::error file=areas/a.xml,line=2,"))
    }

    @Test("--format gitlab writes GitLab's Code Quality JSON, paths relative to CI_PROJECT_DIR, fingerprints stable and distinct")
    func gitlabCodeQuality() throws {
        let (workspace, definitions) = try Self.brokenWorkspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        // A second empty area, for a second finding of the same kind.
        let area = try String(contentsOf: definitions.appending(path: "areas/a.xml"), encoding: .utf8)
        try area.replacingOccurrences(of: #"id="IDN""#, with: #"id="PRT""#)
            .write(to: definitions.appending(path: "areas/b.xml"), atomically: true, encoding: .utf8)
        let entry = try String(contentsOf: definitions.appending(path: "framework.xml"), encoding: .utf8)
        try entry.replacingOccurrences(of: #"<include href="areas/a.xml"/>"#,
                                       with: #"<include href="areas/a.xml"/><include href="areas/b.xml"/>"#)
            .write(to: definitions.appending(path: "framework.xml"), atomically: true, encoding: .utf8)
        let runs = try (0..<2).map { _ in
            try CommandRunner.run(["check", "--format", "gitlab", "."], in: definitions,
                                  environment: ["CI_PROJECT_DIR": workspace.path, "GITHUB_WORKSPACE": ""])
        }
        #expect(runs[0].status == 1)
        #expect(runs[0].standardOutput == runs[1].standardOutput)
        let issues = try #require(try JSONSerialization.jsonObject(with: runs[0].standardOutputData) as? [[String: Any]])
        let empty = try #require(issues.first { $0["check_name"] as? String == "empty-area" })
        #expect(empty["severity"] as? String == "major")
        let location = try #require(empty["location"] as? [String: Any])
        #expect(location["path"] as? String == "defs/areas/a.xml")
        #expect((location["lines"] as? [String: Any])?["begin"] as? Int == 2)
        #expect(empty["description"] is String)
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(issues.filter { $0["check_name"] as? String == "empty-area" }.count == 2)
        #expect(fingerprints.count == issues.count && Set(fingerprints).count == issues.count)
        #expect(fingerprints.allSatisfy { $0.count == 32 })
    }

    // MARK: - Fixtures

    /// A valid indicator IDN.01, with `answer` and `texts` in place of a yes/no choice and one title and question.
    static func indicator(
        answer: String = #"<choice><option code="y" points="1"><label xml:lang="en">Y</label></option><option code="n" points="0"><label xml:lang="en">N</label></option></choice>"#,
        texts: String = #"<title xml:lang="en">T</title><question xml:lang="en">Q?</question>"#
    ) -> String {
        #"<indicator id="IDN.01" type="structural">"# + texts + answer + "</indicator>"
    }

    static let yesNo = """
        <indicator id="IDN.01" type="structural"><title xml:lang="en">T</title><question xml:lang="en">Q?</question>
        <choice><option code="yes" points="1"><label xml:lang="en">Yes</label></option>
        <option code="no" points="0"><label xml:lang="en">No</label></option></choice></indicator>
        """

    /// `path:...: severity: message [code]` lines (suggestions carry no code).
    static func findings(in text: String) -> [Substring] {
        text.split(separator: "\n").filter { $0.hasSuffix("]") && $0.contains(": ") && !$0.hasPrefix("check:") }
    }

    /// A workspace folder holding `defs/`, a framework whose one area is empty.
    static func brokenWorkspace() throws -> (URL, URL) {
        let workspace = Fixtures.temporaryDirectory()
        let definitions = workspace.appending(path: "defs")
        try FileManager.default.createDirectory(at: definitions, withIntermediateDirectories: true)
        let broken = try framework(indicators: "")
        try FileManager.default.removeItem(at: definitions)
        try FileManager.default.moveItem(at: broken, to: definitions)
        return (URL(fileURLWithPath: workspace.resolvingSymlinksInPath().path), definitions.resolvingSymlinksInPath())
    }

    /// A framework directory `t 1.0` whose one area `areas/a.xml` holds `indicators`
    /// (so the area's line 2 is its `<area>` element).
    static func framework(indicators: String, includes: String = "<include href=\"areas/a.xml\"/>") throws -> URL {
        let directory = Fixtures.temporaryDirectory()
        try FileManager.default.createDirectory(at: directory.appending(path: "areas"), withIntermediateDirectories: true)
        try """
            <framework xmlns="urn:rapporteur:framework:1" id="t" version="1.0"><title xml:lang="en">T</title>
            <ratings><rating code="any" min="0"><label xml:lang="en">Any</label></rating></ratings>
            \(includes)</framework>
            """.write(to: directory.appending(path: "framework.xml"), atomically: true, encoding: .utf8)
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <area xmlns="urn:rapporteur:framework:1" id="IDN"><title xml:lang="en">Identification</title>
            \(indicators)
            </area>
            """.write(to: directory.appending(path: "areas/a.xml"), atomically: true, encoding: .utf8)
        return directory
    }
}

/// The executable run once with its own processor time and peak memory,
/// taken from `wait4` for this child alone.
struct MeasuredRun {
    var status: Int32
    /// User and system time.
    var processorSeconds: Double
    var maximumResidentBytes: Int

    init(_ arguments: [String]) throws {
        let executable = CommandRunner.executable.path
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw CocoaError(.executableLoad) }
        var waitStatus: Int32 = 0
        var usage = rusage()
        while wait4(pid, &waitStatus, 0, &usage) == -1 && errno == EINTR {}
        processorSeconds = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
        status = (waitStatus >> 8) & 0xFF
        maximumResidentBytes = usage.ru_maxrss * 1024   // kilobytes on Linux
    }
}
