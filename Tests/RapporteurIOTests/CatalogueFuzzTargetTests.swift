import Foundation
import FuzzTargets
import RapporteurCore
import Testing
import TestSupport

/// The catalogue fuzz target keeps its promises on the catalogues the
/// program carries and on broken ones: no trap, every skipped line reported
/// with the input's name and its line, and no placeholder left unfilled.
@Suite("catalogue fuzz target")
struct CatalogueFuzzTargetTests {
    @Test("every catalogue in locales/ goes through the target with no skipped line",
          arguments: ["en", "sr-Latn", "sq", "mk"])
    func bundled(language: String) throws {
        let text = try Data(contentsOf: Fixtures.repository.appending(path: "locales/\(language).po"))
        let outcome = FuzzTarget.catalogue.run(text)
        #expect(outcome.brokenPromises.isEmpty, "\(outcome.brokenPromises)")
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map { "\($0.location.description): \($0.message)" })")
    }

    @Test("a broken catalogue is reported line by line, each naming the input")
    func broken() {
        let po = "msgid \"{1} before {0}\"\nmsgstr \"{1} avant {0}, {{0}}, {9}\"\n\nmsgtsr \"typo\"\nmsgid unquoted\n"
        let outcome = FuzzTarget.catalogue.run(Data(po.utf8))
        #expect(outcome.brokenPromises.isEmpty, "\(outcome.brokenPromises)")
        #expect(outcome.diagnostics.map(\.location) == [
            SourceLocation(file: "fuzz.po", line: 4), SourceLocation(file: "fuzz.po", line: 5),
        ])
    }

    @Test("inputs at the edges of the format are parsed without a trap", arguments: [
        "", "\"", "msgid \"\\", "msgid \"{0\"\nmsgstr \"}{0}{\"\n", "msgctxt \"\"\nmsgid \"\"\nmsgstr \"x\"\n",
        "msgid \"{99999999999999999999}\"\nmsgstr \"{-1}{+0}\"\n", String(repeating: "\n", count: 64),
        "msgid\t\"a\"\r\nmsgstr\t\"b\"\r\n", "msgstr[0] \"x\"\n\"y\"\nmsgid_plural \"z\"\n",
    ])
    func edges(po: String) {
        #expect(FuzzTarget.catalogue.run(Data(po.utf8)).brokenPromises.isEmpty)
    }

    @Test("bytes that are not UTF-8 are read as text with replacement characters, not refused")
    func notUTF8() {
        let outcome = FuzzTarget.catalogue.run(Data([0x6D, 0x73, 0x67, 0x69, 0x64, 0x20, 0x22, 0xFF, 0xFE, 0x22, 0x0A]))
        #expect(outcome.brokenPromises.isEmpty)
        #expect(outcome.diagnostics.isEmpty)
    }
}
