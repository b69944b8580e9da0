/// A Frictionless Data Package (v2) that describes the CSV files of a
/// report: what each column holds, which values it may take, which columns
/// identify a row and which point into another file.
///
/// Readers (frictionless in Python and R, CKAN, pandas with the types taken
/// from here) then need not guess that `rank` is a whole number or that
/// `state` is one of four words.
public struct DataPackage: Sendable {
    /// Lower case letters, digits, `-`, `.` and `_`, as the standard asks.
    public var name: String
    public var title: String
    public var version: String
    public var license: DataLicense?
    public var sources: [Source]
    /// ISO 8601, only when the caller was given a time (`SOURCE_DATE_EPOCH`).
    public var created: String?
    public var resources: [TableResource]

    public struct Source: Sendable {
        public var title: String
        public var version: String?
        public init(title: String, version: String? = nil) {
            self.title = title
            self.version = version
        }
    }

    public init(name: String, title: String, version: String, license: DataLicense?, sources: [Source],
                created: String?, resources: [TableResource]) {
        self.name = name
        self.title = title
        self.version = version
        self.license = license
        self.sources = sources
        self.created = created
        self.resources = resources
    }

    static let profile = "https://datapackage.org/profiles/2.0/datapackage.json"

    /// `datapackage.json` as written beside the files.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("$schema", .string(Self.profile)),
            ("name", .string(name)),
            ("title", .string(title)),
            ("version", .string(version)),
        ]
        if let created { members.append(("created", .string(created))) }
        if let license { members.append(("licenses", .array([license.json]))) }
        if !sources.isEmpty {
            members.append(("sources", .array(sources.map { source in
                var fields: [(String, JSONValue)] = [("title", .string(source.title))]
                if let version = source.version { fields.append(("version", .string(version))) }
                return .object(fields)
            })))
        }
        members.append(("resources", .array(resources.map(\.json))))
        return .object(members)
    }

    /// A package name from free words: lower case, runs of anything else
    /// turned into one `-`.
    public static func name(from words: [String]) -> String {
        var out = ""
        for word in words {
            for scalar in word.lowercased().unicodeScalars {
                let allowed = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_"
                if allowed {
                    out.unicodeScalars.append(scalar)
                } else if !out.isEmpty, !out.hasSuffix("-") {
                    out += "-"
                }
            }
            if !out.isEmpty, !out.hasSuffix("-") { out += "-" }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "rapporteur" : out
    }
}

/// The licence a report author puts the data under (`--data-license`):
/// an identifier from the SPDX list, with its title and address where we
/// know them.
public struct DataLicense: Sendable, Equatable {
    public var name: String
    public var title: String?
    public var path: String?

    public init(name: String, title: String? = nil, path: String? = nil) {
        self.name = name
        self.title = title
        self.path = path
    }

    /// The licences open-data portals most often ask for, by SPDX id
    /// (compared case-insensitively); any other id is kept as given.
    public init(identifier: String) {
        let known: [(String, String, String)] = [
            ("CC-BY-4.0", "Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/"),
            ("CC-BY-SA-4.0", "Creative Commons Attribution Share-Alike 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
            ("CC0-1.0", "Creative Commons Zero v1.0 Universal", "https://creativecommons.org/publicdomain/zero/1.0/"),
            ("ODbL-1.0", "Open Data Commons Open Database License 1.0", "https://opendatacommons.org/licenses/odbl/1-0/"),
            ("PDDL-1.0", "Open Data Commons Public Domain Dedication and License 1.0", "https://opendatacommons.org/licenses/pddl/1-0/"),
            ("ODC-By-1.0", "Open Data Commons Attribution License 1.0", "https://opendatacommons.org/licenses/by/1-0/"),
        ]
        if let match = known.first(where: { $0.0.lowercased() == identifier.lowercased() }) {
            self.init(name: match.0, title: match.1, path: match.2)
        } else {
            self.init(name: identifier)
        }
    }

    var json: JSONValue {
        var members: [(String, JSONValue)] = [("name", .string(name))]
        if let path { members.append(("path", .string(path))) }
        if let title { members.append(("title", .string(title))) }
        return .object(members)
    }
}
