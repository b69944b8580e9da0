import Foundation
import RapporteurCore
import RapporteurXML
import Testing

/// Validation against a W3C XML Schema compiled from memory.
@Suite("schema validation")
struct SchemaValidationTests {
    static let schemaText = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:element name="r">
            <xs:complexType>
              <xs:sequence><xs:element name="a" type="xs:string" maxOccurs="2"/></xs:sequence>
              <xs:attribute name="n" type="xs:integer" use="required"/>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """

    static func validate(_ text: String) throws -> [Diagnostic] {
        let schema = try XMLSchema(name: "r.xsd", data: Data(schemaText.utf8))
        let document = try XMLDocument.parse(Data(text.utf8), file: "in.xml").get()
        return schema.validate(document)
    }

    @Test("a document that follows the schema has no findings")
    func valid() throws {
        #expect(try Self.validate(#"<r n="3"><a>x</a></r>"#).isEmpty)
    }

    @Test("each departure is a schema error in the document, at the line of the element")
    func invalid() throws {
        let found = try Self.validate("<r n=\"three\">\n<a>x</a>\n<a>y</a>\n<a>z</a>\n</r>")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.code == .schema && $0.severity == .error && $0.location.file == "in.xml" })
        // The attribute is on line 1; the third <a>, one too many, on line 4.
        #expect(found.compactMap(\.location.line).sorted() == [1, 4])
    }

    @Test("a schema that is not a schema does not compile, and says so")
    func brokenSchema() {
        #expect(throws: XMLFailure.self) {
            try XMLSchema(name: "bad.xsd", data: Data("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element/></xs:schema>".utf8))
        }
    }

    @Test("an import is never fetched: a schema needing a remote one does not compile")
    func remoteImport() {
        let importing = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:o="urn:other">
              <xs:import namespace="urn:other" schemaLocation="http://example.invalid/other.xsd"/>
              <xs:element name="r" type="o:T"/>
            </xs:schema>
            """
        #expect(throws: XMLFailure.self) { try XMLSchema(name: "importing.xsd", data: Data(importing.utf8)) }
    }
}
