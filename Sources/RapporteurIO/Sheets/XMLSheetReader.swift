import BundledFramework
import Foundation
import RapporteurCore
import RapporteurXML

/// Reads an XML sheet (urn:rapporteur:sheet:1), validated against
/// indicators/schema/sheet.xsd, into a raw sheet.
public enum XMLSheetReader {
    public static let namespace = "urn:rapporteur:sheet:1"

    static let schema: Result<XMLSchema, XMLFailure> = {
        guard let xsd = BundledFramework.files["schema/sheet.xsd"] else {
            return .failure(XMLFailure([.error(.internal, "the bundled sheet schema is missing",
                                               at: SourceLocation(file: "<bundled>/schema/sheet.xsd"))]))
        }
        do throws(XMLFailure) {
            return .success(try XMLSchema(name: "sheet.xsd", data: xsd))
        } catch {
            return .failure(error)
        }
    }()

    public static func read(_ data: Data, file: String) throws(InputFailure) -> (RawSheet, [Diagnostic]) {
        let document: XMLDocument
        switch XMLDocument.parse(data, file: file) {
        case .success(let parsed): document = parsed
        case .failure(let failure): throw InputFailure(failure.diagnostics)
        }
        guard let root = document.root, root.name == "sheet", root.namespace == namespace else {
            throw InputFailure(.error(.wrongRoot, "expected <sheet> in namespace '\(namespace)'",
                                      at: SourceLocation(file: file, line: document.root?.line),
                                      suggestion: "start the file with <sheet xmlns=\"\(namespace)\" ...>"))
        }
        switch schema {
        case .failure(let failure): throw InputFailure(failure.diagnostics)
        case .success(let schema):
            let problems = schema.validate(document)
            if problems.hasErrors { throw InputFailure(problems) }
        }
        let at = root.location
        var sheet = RawSheet(file: file, header: at)
        let attributes = ["country", "year", "status", "language", "respondent"]
        for key in attributes {
            if let value = root.attribute(key) { sheet.metadata.append(RawMetadata(key: key, value: value, location: at)) }
        }
        if let id = root.attribute("framework") {
            let version = root.attribute("framework-version").map { " " + $0 } ?? ""
            sheet.metadata.append(RawMetadata(key: "framework", value: id + version, location: at))
        }
        for key in ["organisation", "date"] {
            if let element = root.child(key) {
                sheet.metadata.append(RawMetadata(key: key, value: element.text, location: element.location))
            }
        }
        for answer in root.children("answer") {
            let location = answer.location
            sheet.rows.append(RawAnswerRow(
                indicator: answer.attribute("indicator") ?? "", answer: answer.attribute("value") ?? "",
                source: answer.child("source")?.text, comment: answer.child("comment")?.text,
                indicatorLocation: location, answerLocation: location))
        }
        return (sheet, [])
    }
}
