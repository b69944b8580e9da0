/// One CSV file of a data package and its Table Schema.
public struct TableResource: Sendable {
    public var name: String
    public var path: String
    public var title: String
    public var description: String?
    public var fields: [TableField]
    public var primaryKey: [String]
    public var foreignKeys: [ForeignKey]

    public init(name: String, path: String, title: String, description: String? = nil, fields: [TableField],
                primaryKey: [String], foreignKeys: [ForeignKey] = []) {
        self.name = name
        self.path = path
        self.title = title
        self.description = description
        self.fields = fields
        self.primaryKey = primaryKey
        self.foreignKeys = foreignKeys
    }

    static let profile = "https://datapackage.org/profiles/2.0/dataresource.json"
    static let schemaProfile = "https://datapackage.org/profiles/2.0/tableschema.json"

    var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("$schema", .string(Self.profile)),
            ("name", .string(name)),
            ("path", .string(path)),
            ("type", .string("table")),
            ("title", .string(title)),
        ]
        if let description { members.append(("description", .string(description))) }
        members += [
            ("format", .string("csv")),
            ("mediatype", .string("text/csv")),
            ("encoding", .string("utf-8")),
            ("schema", schemaJSON),
        ]
        return .object(members)
    }

    private var schemaJSON: JSONValue {
        var members: [(String, JSONValue)] = [
            ("$schema", .string(Self.schemaProfile)),
            ("fields", .array(fields.map(\.json))),
            // Our CSV files leave a cell empty when there is no value.
            ("missingValues", .array([.string("")])),
            ("primaryKey", .array(primaryKey.map(JSONValue.string))),
        ]
        if !foreignKeys.isEmpty { members.append(("foreignKeys", .array(foreignKeys.map(\.json)))) }
        return .object(members)
    }
}

/// A column: its name in the header, its type and what it may hold.
public struct TableField: Sendable {
    public enum FieldType: String, Sendable {
        case string, integer, number, year
    }

    public var name: String
    public var type: FieldType
    public var description: String
    public var required: Bool
    public var allowed: [String]?
    public var minimum: Double?
    public var maximum: Double?

    public init(_ name: String, _ type: FieldType, _ description: String, required: Bool = false,
                allowed: [String]? = nil, minimum: Double? = nil, maximum: Double? = nil) {
        self.name = name
        self.type = type
        self.description = description
        self.required = required
        self.allowed = allowed
        self.minimum = minimum
        self.maximum = maximum
    }

    var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("name", .string(name)),
            ("type", .string(type.rawValue)),
            ("description", .string(description)),
        ]
        var constraints: [(String, JSONValue)] = []
        if required { constraints.append(("required", .bool(true))) }
        if let allowed { constraints.append(("enum", .array(allowed.map(JSONValue.string)))) }
        if let minimum { constraints.append(("minimum", .number(Self.number(minimum)))) }
        if let maximum { constraints.append(("maximum", .number(Self.number(maximum)))) }
        if !constraints.isEmpty { members.append(("constraints", .object(constraints))) }
        return .object(members)
    }

    /// Whole numbers without a decimal point, so an integer column's bound
    /// is itself an integer.
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// Columns of one file whose values must appear in columns of another.
public struct ForeignKey: Sendable {
    public var fields: [String]
    public var resource: String
    public var referencedFields: [String]

    public init(_ fields: [String], references resource: String, _ referencedFields: [String]) {
        self.fields = fields
        self.resource = resource
        self.referencedFields = referencedFields
    }

    var json: JSONValue {
        .object([
            ("fields", .array(fields.map(JSONValue.string))),
            ("reference", .object([
                ("resource", .string(resource)),
                ("fields", .array(referencedFields.map(JSONValue.string))),
            ])),
        ])
    }
}
