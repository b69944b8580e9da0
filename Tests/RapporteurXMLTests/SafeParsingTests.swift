import Foundation
import RapporteurCore
import RapporteurXML
import Testing

/// What the one door to libxml2 promises a reader of untrusted files: no
/// DTD, no entities from outside, no XInclude, nothing fetched.
@Suite("safe parsing")
struct SafeParsingTests {
    static func parse(_ text: String) -> Result<XMLDocument, XMLFailure> {
        XMLDocument.parse(Data(text.utf8), file: "in.xml")
    }

    static func codes(_ outcome: Result<XMLDocument, XMLFailure>) -> [DiagnosticCode] {
        guard case .failure(let failure) = outcome else { return [] }
        return failure.diagnostics.map(\.code)
    }

    @Test("an external entity is refused with the DOCTYPE that declares it, at its line")
    func externalEntity() {
        let outcome = Self.parse("""
            <?xml version="1.0"?>
            <!DOCTYPE r [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <r>&secret;</r>
            """)
        guard case .failure(let failure) = outcome else {
            Issue.record("a document with an external entity was read")
            return
        }
        #expect(failure.diagnostics.map(\.code) == [.xmlForbidden])
        #expect(failure.diagnostics.first?.location == SourceLocation(file: "in.xml", line: 2))
    }

    @Test("an external DTD is not loaded: the DOCTYPE alone refuses the file")
    func externalDTD() {
        #expect(Self.codes(Self.parse(#"<!DOCTYPE r SYSTEM "http://example.invalid/r.dtd"><r/>"#)) == [.xmlForbidden])
    }

    @Test("the billion laughs never expand: refused before any entity is read")
    func billionLaughs() {
        let laughs = """
            <!DOCTYPE r [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
            <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
            <r>&d;</r>
            """
        #expect(Self.codes(Self.parse(laughs)) == [.xmlForbidden])
        #expect(throws: XMLFailure.self) {
            try XMLStreamReader.read(Data(laughs.utf8), file: "in.xml") { _ in }
        }
    }

    @Test("an XInclude element stays an element: nothing is included")
    func xinclude() throws {
        let outcome = Self.parse("""
            <r xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="/etc/hostname" parse="text"/></r>
            """)
        let root = try #require(try? outcome.get().root)
        let children = root.children()
        #expect(children.map(\.name) == ["include"])
        #expect(children.first?.namespace == "http://www.w3.org/2001/XInclude")
        #expect(root.text == "")
    }

    @Test("the five predefined entities and character references are read; they need no DTD")
    func predefinedEntities() throws {
        let root = try #require(try? Self.parse(#"<r a="&lt;&amp;&quot;">&#x41;&#66;&gt;&apos;</r>"#).get().root)
        #expect(root.attribute("a") == "<&\"")
        #expect(root.text == "AB>'")
    }

    @Test("a document that is not well formed is an xml-syntax error at its line")
    func notWellFormed() {
        let outcome = Self.parse("<r>\n<a>\n</r>")
        let codes = Self.codes(outcome)
        #expect(!codes.isEmpty && codes.allSatisfy { $0 == .xmlSyntax })
        guard case .failure(let failure) = outcome else { return }
        #expect(failure.diagnostics.allSatisfy { $0.location.file == "in.xml" && $0.location.line == 3 })
    }

    @Test("an empty file is an xml-syntax error at line 1")
    func empty() {
        guard case .failure(let failure) = XMLDocument.parse(Data(), file: "in.xml") else {
            Issue.record("an empty file was read")
            return
        }
        #expect(failure.diagnostics.map(\.code) == [.xmlSyntax])
        #expect(failure.diagnostics.first?.location.line == 1)
    }

    @Test("the stream reader gives starts, texts and ends in document order, attributes decoded")
    func stream() throws {
        var events: [String] = []
        try XMLStreamReader.read(Data(#"<r n="1&amp;2"><a>x</a><b/></r>"#.utf8), file: "in.xml") { event in
            switch event {
            case .start(let element): events.append("<\(element.name) \(element.attribute("n") ?? "-")")
            case .end(let name): events.append("/\(name)")
            case .text(let text): events.append(text)
            }
        }
        #expect(events == ["<r 1&2", "<a -", "x", "/a", "<b -", "/b", "/r"])
    }
}
