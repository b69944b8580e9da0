import RapporteurCore

/// A JSON document with its object keys in the order they were given, so
/// that a descriptor written twice is the same bytes, and reads in the order
/// a person expects (name before fields, fields before keys).
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    /// A number as it is to be written, e.g. `0`, `100`, `0.5`.
    case number(String)
    case bool(Bool)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.rendered() == rhs.rendered()
    }

    /// Two-space indentation, one member per line, a final newline.
    public func rendered() -> String {
        var out = ""
        write(into: &out, indent: "")
        return out + "\n"
    }

    private func write(into out: inout String, indent: String) {
        switch self {
        case .string(let text): out += JSONString.quote(text)
        case .number(let text): out += text
        case .bool(let flag): out += flag ? "true" : "false"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            // Short arrays of plain values stay on one line: `["year", "country"]`.
            if items.count <= 12, items.allSatisfy(\.isScalar) {
                var line = ""
                for (index, item) in items.enumerated() {
                    if index > 0 { line += ", " }
                    item.write(into: &line, indent: indent)
                }
                out += "[" + line + "]"
                return
            }
            let inner = indent + "  "
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += inner
                item.write(into: &out, indent: inner)
                out += index + 1 < items.count ? ",\n" : "\n"
            }
            out += indent + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            let inner = indent + "  "
            out += "{\n"
            for (index, (key, value)) in members.enumerated() {
                out += inner + JSONString.quote(key) + ": "
                value.write(into: &out, indent: inner)
                out += index + 1 < members.count ? ",\n" : "\n"
            }
            out += indent + "}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .string, .number, .bool: true
        case .array, .object: false
        }
    }
}
