internal import CLibXML2
import Foundation
import RapporteurCore

/// A parsed XML document. Parsing is always safe: no network, no entity
/// substitution, no DTD loading or validation, no XInclude, libxml2's size
/// and depth limits kept, and any DOCTYPE refused outright.
public final class XMLDocument: @unchecked Sendable {
    let pointer: xmlDocPtr
    /// The name diagnostics give this document.
    public let file: String

    private init(pointer: xmlDocPtr, file: String) {
        self.pointer = pointer
        self.file = file
    }

    deinit { xmlFreeDoc(pointer) }

    public var root: XMLElement? {
        xmlDocGetRootElement(pointer).map { XMLElement(node: $0, document: self) }
    }

    /// Options: NONET keeps libxml2 off the network; BIG_LINES keeps line
    /// numbers right past 65535. NOENT, DTDLOAD, DTDATTR, XINCLUDE and HUGE
    /// are deliberately absent.
    static let safeOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Parses `data`; on failure, the diagnostics say why, with `file` and line.
    public static func parse(_ data: Data, file: String) -> Result<XMLDocument, XMLFailure> {
        XMLEngine.prepare()
        let collector = XMLProblemCollector(file: file, code: .xmlSyntax)
        guard !data.isEmpty else {
            return .failure(XMLFailure([.error(.xmlSyntax, "the file is empty; expected an XML document",
                                               at: SourceLocation(file: file, line: 1))]))
        }
        guard data.count <= Int(Int32.max) else {
            return .failure(XMLFailure([.error(.xmlSyntax, "the file is too large to read as XML",
                                               at: SourceLocation(file: file))]))
        }
        guard let context = xmlNewParserCtxt() else {
            return .failure(XMLFailure([.error(.internal, "libxml2 could not create a parser",
                                               at: SourceLocation(file: file))]))
        }
        defer { xmlFreeParserCtxt(context) }
        context.pointee._private = CallbackContext.pointer(to: collector)
        context.pointee.sax.pointee.serror = { userData, error in
            guard let userData, let error else { return }
            let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let owner = context.pointee._private else { return }
            CallbackContext.object(owner, as: XMLProblemCollector.self).add(error.pointee)
        }
        // A DOCTYPE is the door to entities and external subsets; we have no
        // use for it, so the parse ends the moment one appears.
        context.pointee.sax.pointee.internalSubset = { userData, _, _, _ in
            guard let userData else { return }
            let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            if let owner = context.pointee._private { CallbackContext.object(owner, as: XMLProblemCollector.self).sawDoctype = true }
            xmlStopParser(context)
        }
        // No URL for the document: our diagnostics carry `file` themselves,
        // and with a URL libxml2 looks for an XInclude base behind every
        // node it reports, walking all its preceding siblings, which made
        // 20,000 schema errors in one area take half a minute.
        let document = withExtendedLifetime(collector) {
            LibXMLBytes.with(data) { bytes, count -> xmlDocPtr? in
                xmlCtxtReadMemory(context, bytes, count, nil, nil, safeOptions)
            }
        }
        if collector.sawDoctype {
            if let document { xmlFreeDoc(document) }
            let line = firstLine(containing: "<!DOCTYPE", in: data)
            return .failure(XMLFailure([.error(
                .xmlForbidden,
                "the file declares a DOCTYPE; Rapporteur files use no DTD, entities or external resources",
                at: SourceLocation(file: file, line: line),
                suggestion: "remove the <!DOCTYPE ...> declaration and write characters directly")]))
        }
        let errors = collector.diagnostics.filter { $0.severity == .error }
        guard let document, errors.isEmpty, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            var problems = collector.diagnostics
            if problems.isEmpty {
                problems = [.error(.xmlSyntax, "the file is not well-formed XML", at: SourceLocation(file: file))]
            }
            return .failure(XMLFailure(problems))
        }
        return .success(XMLDocument(pointer: document, file: file))
    }

    private static func firstLine(containing needle: String, in data: Data) -> Int? {
        guard let range = data.range(of: Data(needle.utf8)) else { return nil }
        return data[data.startIndex..<range.lowerBound].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }
}

/// Why a document could not be read or validated.
public struct XMLFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
