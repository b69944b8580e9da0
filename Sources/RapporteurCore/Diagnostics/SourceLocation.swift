/// Where in an input a diagnostic points: a file, and as precisely as the
/// reader knows, a line and column (text files) or a cell (workbooks).
public struct SourceLocation: Sendable, Hashable, Codable {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// A worksheet cell such as `Answers!E20`, for workbooks.
    public var cell: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, cell: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.cell = cell
    }

    /// `file:line:column`, `file:line`, `file:Sheet!A1` or `file`.
    public var description: String {
        if let cell { return "\(file):\(cell)" }
        guard let line else { return file }
        guard let column else { return "\(file):\(line)" }
        return "\(file):\(line):\(column)"
    }

    public func atLine(_ line: Int?, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column, cell: cell)
    }
}
