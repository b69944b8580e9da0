import Foundation
import BundledFramework
import RapporteurCore
import RapporteurXML

/// Loads a framework directory into the model: parses each file safely,
/// validates it against the bundled schema, follows includes that stay
/// inside the directory, and reports every problem as a diagnostic.
public enum FrameworkLoader {
    public static let namespace = "urn:rapporteur:framework:1"

    /// The loaded framework (absent when framework.xml itself is unusable;
    /// possibly missing areas whose files failed) and every diagnostic,
    /// the meaning checks not included.
    public struct Result: Sendable {
        public var framework: Framework?
        public var diagnostics: [Diagnostic]
    }

    /// The framework schema, compiled once from the copy in the binary.
    static let schema: Swift.Result<XMLSchema, XMLFailure> = {
        guard let xsd = BundledFramework.files["schema/framework.xsd"] else {
            return .failure(XMLFailure([.error("internal", "the bundled framework schema is missing",
                                               at: SourceLocation(file: "<bundled>/schema/framework.xsd"))]))
        }
        let resources = BundledFramework.files["schema/xml.xsd"].map { ["xml.xsd": $0] } ?? [:]
        do throws(XMLFailure) {
            return .success(try XMLSchema(name: "framework.xsd", data: xsd, resources: resources))
        } catch {
            return .failure(error)
        }
    }()

    public static func load(from source: some FrameworkSource) -> Result {
        var diagnostics: [Diagnostic] = []
        guard let root = element(of: "framework.xml", named: "framework", from: source, into: &diagnostics) else {
            return Result(framework: nil, diagnostics: diagnostics)
        }
        var framework = ModelReader.framework(from: root)
        var included: [String: SourceLocation] = [:]
        let includes = root.children("include")
        if includes.isEmpty {
            diagnostics.append(.error(LoaderRule.noAreas.id, "the framework includes no area file", at: root.location,
                                      suggestion: "add <include href=\"areas/NAME.xml\"/> for each area"))
        }
        for include in includes {
            let href = include.attribute("href") ?? ""
            let path: String
            switch IncludePath.normalise(href) {
            case .success(let normalised):
                path = normalised
            case .failure(let refusal):
                diagnostics.append(.error(LoaderRule.includeEscapes.id, message(for: refusal, href: href),
                                          at: include.location,
                                          suggestion: "give a path relative to the framework directory, such as 'areas/idn.xml'"))
                continue
            }
            if let first = included[path] {
                diagnostics.append(.error(LoaderRule.includeTwice.id,
                                          "'\(href)' is already included at \(first.description)",
                                          at: include.location, suggestion: "remove this <include>"))
                continue
            }
            included[path] = include.location
            guard source.exists(path) else {
                diagnostics.append(.error(LoaderRule.includeMissing.id,
                                          "included file '\(href)' does not exist in the framework directory",
                                          at: include.location,
                                          suggestion: NearestMatch.best(for: path, among: areaFiles(in: source))
                                              .map { "did you mean '\($0)'?" }))
                continue
            }
            if let areaRoot = element(of: path, named: "area", from: source, into: &diagnostics) {
                framework.areas.append(ModelReader.area(from: areaRoot))
            }
        }
        return Result(framework: framework, diagnostics: diagnostics)
    }

    private static func message(for refusal: IncludePath.Refusal, href: String) -> DiagnosticMessage {
        switch refusal {
        case .absolute: DiagnosticMessage("include '\(href)' is an absolute path; includes must stay inside the framework directory")
        case .url: DiagnosticMessage("include '\(href)' is a URL; Rapporteur reads area files only from the framework directory")
        case .escapes: DiagnosticMessage("include '\(href)' leads outside the framework directory")
        case .empty: DiagnosticMessage("include has an empty path")
        }
    }

    /// The root element of one file, parsed and schema-valid, or nil with
    /// the reasons added to `diagnostics`.
    private static func element(
        of path: String, named expected: String, from source: some FrameworkSource,
        into diagnostics: inout [Diagnostic]
    ) -> XMLElement? {
        let file = source.displayPath(path)
        let data: Data
        do {
            data = try source.read(path)
        } catch {
            diagnostics += error.diagnostics
            return nil
        }
        let document: XMLDocument
        switch XMLDocument.parse(data, file: file) {
        case .success(let parsed): document = parsed
        case .failure(let failure):
            diagnostics += failure.diagnostics
            return nil
        }
        guard let root = document.root, root.name == expected, root.namespace == namespace else {
            let found = document.root.map { "<\($0.name)> in namespace '\($0.namespace ?? "none")'" } ?? "nothing"
            diagnostics.append(.error(LoaderRule.wrongRoot.id,
                                      "expected <\(expected)> in namespace '\(namespace)', found \(found)",
                                      at: SourceLocation(file: file, line: document.root?.line),
                                      suggestion: "start the file with <\(expected) xmlns=\"\(namespace)\" ...>"))
            return nil
        }
        switch schema {
        case .failure(let failure):
            diagnostics += failure.diagnostics
            return nil
        case .success(let schema):
            let problems = schema.validate(document)
            diagnostics += problems
            return problems.hasErrors ? nil : root
        }
    }

    private static func areaFiles(in source: some FrameworkSource) -> [String] {
        if let memory = source as? MemoryFrameworkSource { return Array(memory.files.keys) }
        guard let directory = (source as? DirectoryFrameworkSource)?.directory,
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory.appending(path: "areas").path)
        else { return [] }
        return names.map { "areas/" + $0 }
    }
}
