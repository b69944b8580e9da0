internal import CLibXML2
import Foundation

/// Writes an XML document through libxml2's text writer, UTF-8, indented
/// unless asked not to (the parts of a workbook are written flat, as
/// spreadsheets write them). Escaping is libxml2's; characters XML cannot
/// carry (most control characters) are dropped from text before they reach it.
///
/// The document is kept in memory for `finish`, or handed piece by piece to
/// an output as libxml2 fills its buffer, for `close`: a comparison's XML
/// is tens of megabytes.
public final class XMLWriter {
    private let buffer: xmlBufferPtr?
    private let writer: xmlTextWriterPtr
    private let output: Output?
    private var failed = false

    /// Receives the document's bytes as they are written.
    public final class Output {
        let write: ([UInt8]) -> Void

        public init(_ write: @escaping ([UInt8]) -> Void) { self.write = write }
    }

    public convenience init(indented: Bool = true, standalone: Bool = false) {
        self.init(indented: indented, standalone: standalone, output: nil)
    }

    /// A writer that streams into `output`; end it with `close`.
    public init(indented: Bool = true, standalone: Bool = false, output: Output?) {
        XMLEngine.prepare()
        self.output = output
        if let output {
            buffer = nil
            let context = CallbackContext.pointer(to: output)
            let stream = xmlOutputBufferCreateIO({ context, bytes, length in
                guard let context, let bytes, length >= 0 else { return -1 }
                CallbackContext.object(context, as: Output.self).write(LibXMLBytes.bytes(bytes, count: Int(length)))
                return length
            }, nil, context, nil)
            writer = xmlNewTextWriter(stream)
        } else {
            let memory = xmlBufferCreate()
            buffer = memory
            writer = xmlNewTextWriterMemory(memory, 0)
        }
        if indented {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", standalone ? "yes" : nil))
    }

    deinit {
        xmlFreeTextWriter(writer)
        if let buffer { xmlBufferFree(buffer) }
    }

    /// Opens an element; the first one may carry the default namespace and
    /// prefixed ones (`["r": "http://..."]` declares `xmlns:r`), in order.
    public func start(_ name: String, namespace: String? = nil, prefixes: KeyValuePairs<String, String> = [:]) {
        check(LibXMLBytes.withXMLChars(name) { xmlTextWriterStartElement(writer, $0) })
        if let namespace { attribute("xmlns", namespace) }
        for (prefix, uri) in prefixes { attribute("xmlns:" + prefix, uri) }
    }

    public func end() { check(xmlTextWriterEndElement(writer)) }

    public func attribute(_ name: String, _ value: String) {
        let value = Self.clean(value)
        check(LibXMLBytes.withXMLChars(name) { name in
            LibXMLBytes.withXMLChars(value) { xmlTextWriterWriteAttribute(writer, name, $0) }
        })
    }

    public func attribute(_ name: String, _ value: String?) {
        if let value { attribute(name, value) }
    }

    public func text(_ value: String) {
        check(LibXMLBytes.withXMLChars(Self.clean(value)) { xmlTextWriterWriteString(writer, $0) })
    }

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
        guard !failed, let buffer, let content = xmlBufferContent(buffer) else { throw XMLWriterError() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    /// Ends a streamed document and hands the rest of it to the output.
    public func close() throws(XMLWriterError) {
        check(xmlTextWriterEndDocument(writer))
        check(xmlTextWriterFlush(writer))
        if failed || output == nil { throw XMLWriterError() }
    }

    private func check(_ result: Int32) {
        if result < 0 { failed = true }
    }

    /// XML 1.0 allows tab, line feed and carriage return among the C0 controls.
    /// Looks at bytes first: a control character is one byte in UTF-8, and
    /// no byte of a longer character is below 0x80.
    static func clean(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else {
            return text
        }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { $0.value >= 0x20 || [0x09, 0x0A, 0x0D].contains($0.value) })
        return String(scalars)
    }
}

public struct XMLWriterError: Error, Sendable {}
