import Foundation
import RapporteurXML
import Testing

/// Writing through libxml2's text writer: escaping, dropped control
/// characters, and the same bytes whether kept or streamed.
@Suite("XML writing")
struct WriterTests {
    static func write(_ build: (XMLWriter) -> Void) throws -> String {
        let writer = XMLWriter(indented: false)
        build(writer)
        return String(decoding: try writer.finish(), as: UTF8.self)
    }

    @Test("markup characters in text and attributes are escaped")
    func escaping() throws {
        let written = try Self.write { writer in
            writer.start("r")
            writer.attribute("a", "x\"<&")
            writer.text("a<b&c>d")
            writer.end()
        }
        #expect(written.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#))
        #expect(written.contains(#"<r a="x&quot;&lt;&amp;">a&lt;b&amp;c&gt;d</r>"#))
    }

    @Test("control characters XML cannot carry are dropped; tab and line feed are kept")
    func controls() throws {
        let written = try Self.write { $0.element("r", "a\u{1}b\tc\nd\u{1F}") }
        #expect(written.contains("<r>ab\tc\nd</r>"))
    }

    @Test("what is written reads back as the same text, Cyrillic and diacritics included")
    func roundTrip() throws {
        let text = "Закон <о> & \"žrtvama\" 'trgovine'"
        let written = try Self.write { $0.element("r", text, attributes: [("a", text)]) }
        let root = try #require(try? XMLDocument.parse(Data(written.utf8), file: "w.xml").get().root)
        #expect(root.text == text)
        #expect(root.attribute("a") == text)
    }

    @Test("a streamed document has the bytes of one kept in memory")
    func streamed() throws {
        func build(_ writer: XMLWriter) {
            writer.start("r", namespace: "urn:x")
            for index in 0..<2_000 { writer.element("a", "value \(index) & more", attributes: [("i", String(index))]) }
            writer.end()
        }
        let kept = XMLWriter()
        build(kept)
        let expected = try kept.finish()
        var streamed = Data()
        let writer = XMLWriter(output: XMLWriter.Output { streamed.append(contentsOf: $0) })
        build(writer)
        try writer.close()
        #expect(streamed == expected)
    }
}
