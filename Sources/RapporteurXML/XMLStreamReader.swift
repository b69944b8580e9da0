internal import CLibXML2
import Foundation
import RapporteurCore

/// Reads an XML document as a stream of events (element starts, ends and
/// text) through libxml2's `xmlTextReader`, so a large document is never
/// held as a tree: the parts of a workbook, where one worksheet may hold
/// every cell of the sheet.
///
/// The options are `XMLDocument`'s: no network, no entity substitution, no
/// DTD loading; and a DOCTYPE ends the read at once.
public enum XMLStreamReader {
    /// Calls `handle` for each event in document order; an empty element
    /// gives a start and an end. Throws the first syntax error, a DOCTYPE,
    /// or whatever `handle` throws.
    public static func read(
        _ data: Data, file: String, _ handle: (XMLStreamEvent) throws(XMLFailure) -> Void
    ) throws(XMLFailure) {
        XMLEngine.prepare()
        guard !data.isEmpty else {
            throw XMLFailure([.error(.xmlSyntax, "the document is empty", at: SourceLocation(file: file))])
        }
        guard data.count <= Int(Int32.max) else {
            throw XMLFailure([.error(.xmlSyntax, "the document is too large to read as XML", at: SourceLocation(file: file))])
        }
        if XMLProlog.declaresDoctype(data) { throw doctype(file: file, line: nil) }
        let collector = XMLProblemCollector(file: file, code: .xmlSyntax)
        let outcome: Result<Void, XMLFailure> = withExtendedLifetime(collector) {
            LibXMLBytes.with(data) { bytes, count in
                guard let reader = xmlReaderForMemory(bytes, count, file, nil, XMLDocument.safeOptions) else {
                    return .failure(XMLFailure([.error(.internal, "libxml2 could not create a reader",
                                                       at: SourceLocation(file: file))]))
                }
                defer { xmlFreeTextReader(reader) }
                xmlTextReaderSetStructuredErrorHandler(reader, collectStructuredError, CallbackContext.pointer(to: collector))
                do throws(XMLFailure) {
                    try events(of: reader, file: file, collector: collector, handle)
                    return .success(())
                } catch {
                    return .failure(error)
                }
            }
        }
        try outcome.get()
    }

    private static func events(
        of reader: xmlTextReaderPtr, file: String, collector: XMLProblemCollector,
        _ handle: (XMLStreamEvent) throws(XMLFailure) -> Void
    ) throws(XMLFailure) {
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { break }
            guard status > 0 else {
                let errors = collector.diagnostics.filter { $0.severity == .error }
                throw XMLFailure(errors.isEmpty
                    ? [.error(.xmlSyntax, "the document is not well-formed XML", at: SourceLocation(file: file))]
                    : errors)
            }
            switch Int32(xmlTextReaderNodeType(reader)) {
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                throw doctype(file: file, line: Int(xmlTextReaderGetParserLineNumber(reader)))
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                let element = Self.element(reader)
                try handle(.start(element))
                if xmlTextReaderIsEmptyElement(reader) == 1 { try handle(.end(name: element.name)) }
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                try handle(.end(name: LibXMLBytes.string(xmlTextReaderConstLocalName(reader))))
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                 Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                try handle(.text(LibXMLBytes.string(xmlTextReaderConstValue(reader))))
            case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
                throw XMLFailure([.error(
                    .xmlForbidden, "the document refers to an entity; Rapporteur does not expand entities",
                    at: SourceLocation(file: file, line: Int(xmlTextReaderGetParserLineNumber(reader))))])
            default:
                continue
            }
        }
        let errors = collector.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw XMLFailure(errors) }
    }

    /// A DOCTYPE is the door to entities and external resources; nothing
    /// Rapporteur reads needs one.
    private static func doctype(file: String, line: Int?) -> XMLFailure {
        XMLFailure([.error(.xmlForbidden, "the document declares a DOCTYPE; Rapporteur reads no DTD, entities or external resources",
                           at: SourceLocation(file: file, line: line))])
    }

    private static func element(_ reader: xmlTextReaderPtr) -> XMLStreamElement {
        var element = XMLStreamElement(
            name: LibXMLBytes.string(xmlTextReaderConstLocalName(reader)),
            namespace: xmlTextReaderConstNamespaceUri(reader).map { String(cString: $0) },
            attributes: [], line: Int(xmlTextReaderGetParserLineNumber(reader)))
        guard xmlTextReaderHasAttributes(reader) == 1 else { return element }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            let namespace = xmlTextReaderConstNamespaceUri(reader).map { String(cString: $0) }
            if namespace == XMLStreamElement.xmlnsNamespace { continue }
            element.attributes.append(XMLStreamAttribute(
                name: LibXMLBytes.string(xmlTextReaderConstLocalName(reader)), namespace: namespace,
                value: LibXMLBytes.string(xmlTextReaderConstValue(reader))))
        }
        xmlTextReaderMoveToElement(reader)
        return element
    }

}

/// One step through a streamed document.
public enum XMLStreamEvent: Sendable {
    case start(XMLStreamElement)
    /// The local name of the element that ends.
    case end(name: String)
    case text(String)
}

/// An element as the stream meets it: its local name, namespace and
/// attributes (namespace declarations left out).
public struct XMLStreamElement: Sendable {
    static let xmlnsNamespace = "http://www.w3.org/2000/xmlns/"

    public var name: String
    public var namespace: String?
    public var attributes: [XMLStreamAttribute]
    public var line: Int

    /// The value of the attribute of that local name, and namespace when given.
    public func attribute(_ name: String, namespace: String? = nil) -> String? {
        attributes.first { $0.name == name && (namespace == nil || $0.namespace == namespace) }?.value
    }
}

public struct XMLStreamAttribute: Sendable {
    public var name: String
    public var namespace: String?
    public var value: String
}
