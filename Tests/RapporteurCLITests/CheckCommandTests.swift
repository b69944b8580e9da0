import Foundation
import Testing
import TestSupport

@Suite("rapporteur check and --version", .serialized)
struct CheckCommandTests {
    @Test("the instrument checks clean under --strict from the repository")
    func strictInRepository() throws {
        let result = try CommandRunner.run(["check", "--strict", "indicators"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(!result.standardError.contains("warning:") && !result.standardError.contains("error:"))
    }

    @Test("from any other directory, the bundled instrument is used and checks clean")
    func bundledElsewhere() throws {
        let elsewhere = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let result = try CommandRunner.run(["check", "--strict"], in: elsewhere)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("<bundled>/framework.xml"))
    }

    @Test("errors give exit status 1 and name file and line")
    func errorsExitOne() throws {
        let directory = try frameworkDirectory(indicators: """
            <indicator id="IDN.01" type="structural"><title xml:lang="en">T</title><question xml:lang="en">Q?</question><text/></indicator>
            <indicator id="IDN.01" type="structural"><title xml:lang="en">T</title><question xml:lang="en">Q?</question><text/></indicator>
            """)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandRunner.run(["check", "--framework", directory.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("/areas/a.xml:4: error: indicator id 'IDN.01' is already used"))
        #expect(result.standardError.contains("[duplicate-id]"))
    }

    @Test("warnings pass, but not under --strict")
    func strictWarnings() throws {
        let directory = try frameworkDirectory(indicators: """
            <indicator id="IDN.01" type="structural"><title xml:lang="en">T</title><title xml:lang="sr-Latn">N</title>
            <question xml:lang="en">Q?</question><choice><option code="y" points="1"><label xml:lang="en">Y</label></option>
            <option code="n" points="0"><label xml:lang="en">N</label></option></choice></indicator>
            """)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try CommandRunner.run(["check", "--framework", directory.path]).status == 0)
        #expect(try CommandRunner.run(["check", "--strict", "--framework", directory.path]).status == 1)
    }

    @Test("--format json prints an array of the contract's objects on standard output")
    func json() throws {
        let directory = try frameworkDirectory(indicators: "")
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandRunner.run(["check", "--format", "json", directory.path])
        #expect(result.status == 1)
        let objects = try #require(try JSONSerialization.jsonObject(with: result.standardOutputData) as? [[String: Any]])
        let empty = try #require(objects.first { $0["code"] as? String == "empty-area" })
        #expect((empty["file"] as? String)?.hasSuffix("areas/a.xml") == true)
        #expect(empty["line"] as? Int == 2)
        #expect(empty["severity"] as? String == "error")
        #expect(empty["message"] is String)
        #expect(empty.keys.contains("column"))
    }

    @Test("--format github prints workflow commands")
    func github() throws {
        let directory = try frameworkDirectory(indicators: "")
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandRunner.run(["check", "--format", "github", directory.path])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("::error file="))
        #expect(result.standardOutput.contains(",line=2,title=empty-area::"))
    }

    @Test("a usage error exits with 2; a missing directory with 2")
    func usageAndIO() throws {
        #expect(try CommandRunner.run(["check", "--format", "yaml"]).status == 2)
        #expect(try CommandRunner.run(["check", "--no-such-flag"]).status == 2)
        #expect(try CommandRunner.run(["check", "--framework", "/nonexistent/framework"]).status == 2)
    }

    /// The exact text, against CHANGELOG.md and framework.xml, is ReleaseTests'.
    @Test("--version prints the version, then the instrument built in")
    func version() throws {
        let result = try CommandRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.standardOutput.wholeMatch(of: /\d+\.\d+\.\d+ \(framework \S+ \S+\)\n/) != nil)
    }

    @Test("--help on check shows an example")
    func help() throws {
        let result = try CommandRunner.run(["check", "--help"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("rapporteur check --strict indicators"))
    }

    /// A framework directory on disk whose one area holds `indicators`.
    private func frameworkDirectory(indicators: String) throws -> URL {
        let directory = Fixtures.temporaryDirectory()
        try FileManager.default.createDirectory(at: directory.appending(path: "areas"), withIntermediateDirectories: true)
        try """
            <framework xmlns="urn:rapporteur:framework:1" id="t" version="1.0"><title xml:lang="en">T</title>
            <ratings><rating code="any" min="0"><label xml:lang="en">Any</label></rating></ratings>
            <include href="areas/a.xml"/></framework>
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
