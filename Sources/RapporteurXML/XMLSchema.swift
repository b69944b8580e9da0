internal import CLibXML2
import Foundation
import RapporteurCore

/// A compiled W3C XML Schema, from memory, validating parsed documents.
///
/// Documents the schema imports (e.g. `xml.xsd`) come from `resources`, by
/// file name; nothing is ever fetched.
public final class XMLSchema: @unchecked Sendable {
    private let schema: xmlSchemaPtr
    public let name: String

    public init(name: String, data: Data, resources: [String: Data] = [:]) throws(XMLFailure) {
        XMLEngine.prepare()
        for (resourceName, resourceData) in resources {
            XMLEngine.register(name: resourceName, data: resourceData)
        }
        let collector = XMLProblemCollector(file: name, code: .schema)
        let parsed: xmlSchemaPtr? = withExtendedLifetime(collector) {
            LibXMLBytes.with(data) { bytes, count in
                guard let context = xmlSchemaNewMemParserCtxt(bytes, count) else { return nil }
                defer { xmlSchemaFreeParserCtxt(context) }
                xmlSchemaSetParserStructuredErrors(context, collectStructuredError, CallbackContext.pointer(to: collector))
                return xmlSchemaParse(context)
            }
        }
        guard let parsed else {
            throw XMLFailure(collector.diagnostics.isEmpty
                ? [.error(.internal, "schema \(name) could not be compiled", at: SourceLocation(file: name))]
                : collector.diagnostics)
        }
        schema = parsed
        self.name = name
    }

    deinit { xmlSchemaFree(schema) }

    /// The document's departures from the schema, with file and line.
    public func validate(_ document: XMLDocument) -> [Diagnostic] {
        let collector = XMLProblemCollector(file: document.file, code: .schema)
        withExtendedLifetime(collector) {
            guard let context = xmlSchemaNewValidCtxt(schema) else {
                collector.add(.error(.internal, "libxml2 could not create a schema validator",
                                     at: SourceLocation(file: document.file)))
                return
            }
            defer { xmlSchemaFreeValidCtxt(context) }
            xmlSchemaSetValidStructuredErrors(context, collectStructuredError, CallbackContext.pointer(to: collector))
            let result = xmlSchemaValidateDoc(context, document.pointer)
            if result != 0 && collector.diagnostics.isEmpty {
                collector.add(.error(.schema, "the document does not follow \(name)",
                                     at: SourceLocation(file: document.file)))
            }
        }
        return collector.diagnostics.map { diagnostic in
            // libxml2's own words are kept as it wrote them (not translated).
            guard diagnostic.message.isVerbatim else { return diagnostic }
            var cleaned = diagnostic
            cleaned.message = DiagnosticMessage(verbatim: XMLSchema.readable(diagnostic.message.template))
            return cleaned
        }
    }

    /// libxml2 writes `Element '{urn:...}title': ...`; the namespace in braces
    /// only gets in a reader's way. Braces of patterns (`[A-Z]{2,5}`) stay.
    static func readable(_ message: String) -> String {
        var out = ""
        var rest = Substring(message)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let inside = rest[rest.index(after: open)..<close]
            if !inside.contains(":") { out += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
