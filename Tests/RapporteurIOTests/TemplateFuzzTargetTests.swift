import Foundation
import FuzzTargets
import RapporteurCore
import RapporteurIO
import Testing
import TestSupport

/// The template fuzz target keeps its promises on the bundled template and
/// on broken ones: no trap, a refusal names the input (and the line of a
/// section nested too deep), and a page renders to the same bytes twice.
@Suite("template fuzz target")
struct TemplateFuzzTargetTests {
    static func lines(_ text: String, _ count: Int) -> String { String(repeating: text + "\n", count: count) }

    @Test("the bundled report template is accepted and renders the same page twice")
    func bundled() {
        let outcome = FuzzTarget.template.run(Data(ReportHTML.defaultTemplate.utf8))
        #expect(outcome.brokenPromises.isEmpty, "\(outcome.brokenPromises)")
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.message))")
    }

    @Test("a template showing the words whole renders them in the same order every time")
    func wordsWhole() {
        let outcome = FuzzTarget.template.run(Data("{{#words}}{{.}}{{/words}}\n".utf8))
        #expect(outcome.brokenPromises.isEmpty, "\(outcome.brokenPromises)")
        #expect(outcome.diagnostics.isEmpty)
    }

    @Test("an unclosed section is refused with a diagnostic naming the input")
    func unclosed() {
        let outcome = FuzzTarget.template.run(Data("<p>\n{{#areas}}\n{{id}}\n".utf8))
        #expect(outcome.brokenPromises.isEmpty, "\(outcome.brokenPromises)")
        #expect(outcome.diagnostics.map(\.code) == [.templateSyntax])
        #expect(outcome.diagnostics.map(\.location.file) == ["fuzz.mustache"])
    }

    // 64 sections one inside another on lines 1 to 64 are read; a 65th,
    // on line 65 (66 after a first line changing the delimiters), is refused.
    @Test("sections nested 64 deep are read, 65 deep refused at the line of the 65th", arguments: [
        (lines("{{#a}}", 64) + lines("{{/a}}", 64), nil),
        (lines("{{#a}}", 65) + lines("{{/a}}", 65), 65),
        (lines("{{^a}}", 65), 65),
        ("{{=<% %>=}}\n" + lines("<%#a%>", 65), 66),
        ("{{! {{=<% %>=}} }}\n" + lines("{{#a}}", 65), 66),
        (lines("{{#a}}", 5000) + lines("{{/a}}", 5000), 65),
    ] as [(String, Int?)])
    func nesting(template: String, refusedAt line: Int?) {
        let outcome = FuzzTarget.template.run(Data(template.utf8))
        #expect(outcome.brokenPromises.isEmpty, "\(outcome.brokenPromises)")
        let depth = outcome.diagnostics.filter { $0.code == .templateDepth }
        #expect(depth.map(\.location) == (line.map { [SourceLocation(file: "fuzz.mustache", line: $0)] } ?? []))
    }

    @Test("templates at the edges of the syntax are read or refused without a trap", arguments: [
        "", "{{", "}}", "{{{", "{{/a}}", "{{=}}", "{{= =}}", "{{=<% %>=}}<%", "{{>partial}}", "{{<parent}}{{/parent}}",
        "{{$block}}x{{/block}}", "{{#.}}{{.}}{{/.}}", "{{&words}}", "{{%CONTENT_TYPE: TEXT}}", "{{#a}}\r\n{{/b}}",
    ])
    func edges(template: String) {
        #expect(FuzzTarget.template.run(Data(template.utf8)).brokenPromises.isEmpty)
    }

    @Test("bytes that are not UTF-8 are read as text with replacement characters, not refused")
    func notUTF8() {
        let outcome = FuzzTarget.template.run(Data([0x7B, 0x7B, 0xFF, 0x7D, 0x7D, 0xFE]))
        #expect(outcome.brokenPromises.isEmpty)
    }
}
