internal import CLibXML2
import RapporteurCore

/// A read-only view of one element of a parsed document.
public struct XMLElement: @unchecked Sendable {
    let node: xmlNodePtr
    /// Keeps the document, and so `node`, alive.
    let document: XMLDocument

    public static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    public var name: String { String(cString: node.pointee.name) }

    public var namespace: String? { node.pointee.ns.map { String(cString: $0.pointee.href) } }

    public var line: Int { Int(xmlGetLineNo(node)) }

    public var location: SourceLocation { SourceLocation(file: document.file, line: line) }

    public func attribute(_ name: String) -> String? {
        guard let value = xmlGetNoNsProp(node, name) else { return nil }
        defer { rapporteur_xml_free(value) }
        return String(cString: value)
    }

    /// `xml:lang`, the language of a text element.
    public var language: String? {
        guard let value = xmlGetNsProp(node, "lang", XMLElement.xmlNamespace) else { return nil }
        defer { rapporteur_xml_free(value) }
        return String(cString: value)
    }

    /// Child elements, in document order, optionally only those named `name`.
    public func children(_ name: String? = nil) -> [XMLElement] {
        var found: [XMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE,
               name == nil || String(cString: current.pointee.name) == name {
                found.append(XMLElement(node: current, document: document))
            }
            child = current.pointee.next
        }
        return found
    }

    public func child(_ name: String) -> XMLElement? { children(name).first }

    /// The element's text, all descendants' text joined.
    public var text: String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { rapporteur_xml_free(content) }
        return String(cString: content)
    }
}
