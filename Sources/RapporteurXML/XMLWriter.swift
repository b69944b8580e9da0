import CLibXML2
import Foundation

/// Writes an XML document through libxml2's text writer, UTF-8, indented
/// unless asked not to (the parts of a workbook are written flat, as
/// spreadsheets write them). Escaping is libxml2's; characters XML cannot
/// carry (most control characters) are dropped from text before they reach it.
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var failed = false

    public init(indented: Bool = true, standalone: Bool = false) {
        XMLEngine.prepare()
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        if indented {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", standalone ? "yes" : nil))
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Opens an element; the first one may carry the default namespace and
    /// prefixed ones (`["r": "http://..."]` declares `xmlns:r`), in order.
    public func start(_ name: String, namespace: String? = nil, prefixes: KeyValuePairs<String, String> = [:]) {
        check(xmlTextWriterStartElement(writer, name))
        if let namespace { attribute("xmlns", namespace) }
        for (prefix, uri) in prefixes { attribute("xmlns:" + prefix, uri) }
    }

    public func end() { check(xmlTextWriterEndElement(writer)) }

    public func attribute(_ name: String, _ value: String) {
        check(xmlTextWriterWriteAttribute(writer, name, Self.clean(value)))
    }

    public func attribute(_ name: String, _ value: String?) {
        if let value { attribute(name, value) }
    }

    public func text(_ value: String) { check(xmlTextWriterWriteString(writer, Self.clean(value))) }

    /// `<name>value</name>`.
    public func element(_ name: String, _ value: String, attributes: [(String, String)] = []) {
        start(name)
        for (key, attributeValue) in attributes { attribute(key, attributeValue) }
        text(value)
        end()
    }

    /// `<name attributes/>` with nothing inside.
    public func empty(_ name: String, attributes: [(String, String?)]) {
        start(name)
        for (key, value) in attributes { attribute(key, value) }
        end()
    }

    /// Ends the document and returns its bytes.
    public func finish() throws(XMLWriterError) -> Data {
        check(xmlTextWriterEndDocument(writer))
        check(xmlTextWriterFlush(writer))
        guard !failed, let content = xmlBufferContent(buffer) else { throw XMLWriterError() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    private func check(_ result: Int32) {
        if result < 0 { failed = true }
    }

    /// XML 1.0 allows tab, line feed and carriage return among the C0 controls.
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 && ![0x09, 0x0A, 0x0D].contains($0.value) }) else {
            return text
        }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { $0.value >= 0x20 || [0x09, 0x0A, 0x0D].contains($0.value) })
        return String(scalars)
    }
}

public struct XMLWriterError: Error, Sendable {}
