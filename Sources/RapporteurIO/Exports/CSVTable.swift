/// A CSV table as Rapporteur writes it: RFC 4180 quoting, `.` decimals,
/// and text cells that cannot run as spreadsheet formulas.
public struct CSVTable: Sendable {
    public enum Cell: Sendable, Hashable {
        /// Free text, possibly from a sheet: guarded against formulas.
        case text(String)
        /// A number already formatted; never touched.
        case number(String)
        case empty
    }

    /// The first row; none when empty (templates begin with metadata).
    public let header: [String]
    public private(set) var rows: [[Cell]] = []
    public let delimiter: Character
    public let lineEnd: String

    public init(header: [String], delimiter: Character = ",", lineEnd: String = "\n") {
        self.header = header
        self.delimiter = delimiter
        self.lineEnd = lineEnd
    }

    public mutating func append(_ row: [Cell]) { rows.append(row) }

    public func rendered() -> String {
        var out = header.isEmpty ? "" : header.map { quoted($0) }.joined(separator: String(delimiter)) + lineEnd
        out.reserveCapacity(rows.count * 96)
        for row in rows {
            out += row.map(render).joined(separator: String(delimiter))
            out += lineEnd
        }
        return out
    }

    private func render(_ cell: Cell) -> String {
        switch cell {
        case .empty: ""
        case .number(let text): text
        case .text(let text): quoted(Self.formulaSafe(text))
        }
    }

    /// A cell beginning with `=`, `+`, `-`, `@`, tab or carriage return gets
    /// a leading `'`, so that no spreadsheet evaluates it.
    public static func formulaSafe(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    private func quoted(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || text.hasPrefix(" ") || text.hasSuffix(" ")
        guard needsQuotes else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
