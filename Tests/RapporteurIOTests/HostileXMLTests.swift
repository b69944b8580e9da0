import Foundation
import RapporteurCore
import RapporteurIO
import Testing
import TestSupport

/// The files of `corpus/xml/`, and two built here, used as framework.xml and
/// as an area file: every one is refused with the file named, and nothing
/// outside the framework directory reaches any message.
@Suite("hostile XML is refused")
struct HostileXMLTests {
    static let corpus = Fixtures.files(in: "corpus/xml", withExtension: "xml").map(\.lastPathComponent)

    @Test("as framework.xml", arguments: corpus)
    func asFrameworkFile(name: String) throws {
        let data = try Data(contentsOf: Fixtures.url("corpus/xml/" + name))
        let outcome = FrameworkCheck.run(on: MemoryFrameworkSource(files: ["framework.xml": data], prefix: "hostile"))
        expectRefused(outcome.diagnostics, file: "hostile/framework.xml")
    }

    @Test("as an area file", arguments: corpus)
    func asAreaFile(name: String) throws {
        let data = try Data(contentsOf: Fixtures.url("corpus/xml/" + name))
        var files = RuleExample.framework().files.mapValues { Data($0.utf8) }
        files["areas/a.xml"] = data
        let outcome = FrameworkCheck.run(on: MemoryFrameworkSource(files: files, prefix: "hostile"))
        expectRefused(outcome.diagnostics, file: "hostile/areas/a.xml")
    }

    @Test("a framework whose includes try to leave its directory")
    func includeEscape() {
        let source = DirectoryFrameworkSource(directory: Fixtures.url("corpus/xml/include-escape"), shownAs: "escape")
        let outcome = FrameworkCheck.run(on: source)
        let escapes = outcome.diagnostics.filter { $0.code == .includeEscapes }
        #expect(escapes.count == 3)
        #expect(escapes.allSatisfy { $0.location.file == "escape/framework.xml" && $0.location.line != nil })
        #expect(outcome.framework?.areas.isEmpty == true)
        expectNoSecrets(outcome.diagnostics)
    }

    @Test("an attribute value of 20,000,000 characters")
    func hugeAttribute() {
        var text = #"<framework xmlns="urn:rapporteur:framework:1" id=""#
        text += String(repeating: "x", count: 20_000_000)
        text += #"" version="1.0"><title xml:lang="en">x</title></framework>"#
        let outcome = FrameworkCheck.run(on: MemoryFrameworkSource(texts: ["framework.xml": text], prefix: "huge"))
        expectRefused(outcome.diagnostics, file: "huge/framework.xml")
    }

    @Test("100,000 nested title elements")
    func deepNesting() {
        var text = #"<framework xmlns="urn:rapporteur:framework:1" id="x" version="1.0">"#
        text += String(repeating: #"<title xml:lang="en">"#, count: 100_000)
        text += String(repeating: "</title>", count: 100_000) + "</framework>"
        let outcome = FrameworkCheck.run(on: MemoryFrameworkSource(texts: ["framework.xml": text], prefix: "deep"))
        expectRefused(outcome.diagnostics, file: "deep/framework.xml")
    }

    @Test("a symbolic link out of the framework directory is not followed")
    func symlinkOut() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let example = RuleExample.framework()
        try example.files["framework.xml"]!.write(to: directory.appending(path: "framework.xml"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: directory.appending(path: "areas"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: directory.appending(path: "areas/a.xml").path,
                                                   withDestinationPath: "/etc/passwd")
        let outcome = FrameworkCheck.run(on: DirectoryFrameworkSource(directory: directory, shownAs: "linked"))
        #expect(outcome.diagnostics.contains { $0.code == .includeEscapes && $0.location.file == "linked/areas/a.xml" })
        expectNoSecrets(outcome.diagnostics)
    }

    private func expectRefused(_ diagnostics: [Diagnostic], file: String) {
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.contains { $0.severity == .error && $0.location.file == file },
                "no error names \(file): \(diagnostics.map(\.location.description))")
        expectNoSecrets(diagnostics)
    }

    private func expectNoSecrets(_ diagnostics: [Diagnostic]) {
        let rendered = DiagnosticRenderer.render(diagnostics, as: .json)
        #expect(!rendered.contains("root:"), "something of /etc/passwd reached a message")
        if let hostname = try? String(contentsOfFile: "/etc/hostname", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines), hostname.count > 3 {
            #expect(!rendered.contains(hostname), "/etc/hostname reached a message")
        }
    }
}
