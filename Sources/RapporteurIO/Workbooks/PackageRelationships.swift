import Foundation
import RapporteurCore
import RapporteurXML

/// The relationships of one part of a package (its `_rels/NAME.rels`): which
/// other parts it uses, by id and by type, resolved to part names.
struct PackageRelationships {
    struct Relationship {
        var id: String
        /// The type URI's last segment: `officeDocument`, `worksheet`, `styles`...
        var kind: String
        /// The part name the target resolves to; nil for an external target
        /// or one that climbs out of the package.
        var part: String?
    }

    var relationships: [Relationship] = []

    init() {}

    /// `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`; `_rels/.rels` for the package.
    static func partName(for source: String) -> String {
        let folder = source.split(separator: "/").dropLast().joined(separator: "/")
        let name = source.split(separator: "/").last.map(String.init) ?? ""
        return (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
    }

    /// Reads the relationships of `source` ("" for the package) from `xml`.
    init(_ xml: Data, source: String, file: String) throws(XMLFailure) {
        let folder = source.split(separator: "/").dropLast().map(String.init)
        var found: [Relationship] = []
        try XMLStreamReader.read(xml, file: file) { event throws(XMLFailure) in
            guard case .start(let element) = event, element.name == "Relationship",
                  let id = element.attribute("Id"), let type = element.attribute("Type") else { return }
            let external = element.attribute("TargetMode")?.lowercased() == "external"
            let target = element.attribute("Target") ?? ""
            found.append(Relationship(
                id: id, kind: String(type.split(separator: "/").last ?? ""),
                part: external ? nil : Self.resolve(target, from: folder)))
        }
        relationships = found
    }

    func first(_ kind: String) -> Relationship? { relationships.first { $0.kind == kind } }

    func byId(_ id: String) -> Relationship? { relationships.first { $0.id == id } }

    /// A target against the source's folder; `/x` from the package root.
    /// Nil when `..` would leave the package.
    static func resolve(_ target: String, from folder: [String]) -> String? {
        let decoded = target.removingPercentEncoding ?? target
        var path = decoded.hasPrefix("/") ? [] : folder
        for step in decoded.split(separator: "/") {
            switch step {
            case ".": continue
            case "..":
                guard !path.isEmpty else { return nil }
                path.removeLast()
            default: path.append(String(step))
            }
        }
        return path.isEmpty ? nil : path.joined(separator: "/")
    }
}
