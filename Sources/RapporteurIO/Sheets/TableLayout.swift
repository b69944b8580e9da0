import RapporteurCore

/// The layout every tabular sheet shares (CSV and workbook): metadata rows
/// first, then a header row starting with `indicator`, then answer rows.
public enum TableLayout {
    /// A cell as read: a workbook cell's text and place, or a CSV cell's
    /// range of the sheet's bytes and its line and column, which become a
    /// `String` and a `SourceLocation` only for the cells the layout reads.
    /// Most columns of a filled sheet (area, question, options) never are.
    public struct Cell: Sendable {
        fileprivate let content: Content
        /// A workbook cell holding a date.
        public var isDate: Bool

        fileprivate enum Content: Sendable {
            /// Boxed: a location is large, and the many CSV cells need not
            /// carry its room.
            indirect case text(String, location: SourceLocation)
            case bytes(Range<Int>, line: Int, column: Int)
        }

        public init(text: String, location: SourceLocation, isDate: Bool = false) {
            self.content = .text(text, location: location)
            self.isDate = isDate
        }

        init(bytes: Range<Int>, line: Int, column: Int) {
            self.content = .bytes(bytes, line: line, column: column)
            self.isDate = false
        }
    }

    public struct Row: Sendable {
        public var cells: Cells
        public var location: SourceLocation

        public init(cells: [Cell], location: SourceLocation) {
            self.cells = Cells(storage: .cells(cells))
            self.location = location
        }

        /// A CSV record: its fields, a stretch of the sheet's one array of
        /// fields, become cells as they are read, with no array per row.
        init(fields: ArraySlice<CSVTokenizer.Field>, location: SourceLocation) {
            self.cells = Cells(storage: .fields(fields))
            self.location = location
        }
    }

    /// A row's cells: a workbook row's own, or a CSV record's fields.
    public struct Cells: RandomAccessCollection, Sendable {
        fileprivate enum Storage: Sendable {
            case cells([Cell])
            case fields(ArraySlice<CSVTokenizer.Field>)
        }

        fileprivate let storage: Storage

        public var startIndex: Int { 0 }

        public var endIndex: Int {
            switch storage {
            case .cells(let cells): cells.count
            case .fields(let fields): fields.count
            }
        }

        public subscript(position: Int) -> Cell {
            switch storage {
            case .cells(let cells):
                return cells[position]
            case .fields(let fields):
                let field = fields[fields.startIndex + position]
                return Cell(bytes: field.range, line: field.line, column: position + 1)
            }
        }
    }

    /// The cells of one sheet's rows, read as text and places: `bytes` are
    /// the bytes the CSV cells' ranges point into.
    private struct Sheet {
        let bytes: [UInt8]
        let file: String

        func text(_ cell: Cell) -> String {
            switch cell.content {
            case .text(let text, _): text
            case .bytes(let range, _, _): String(decoding: bytes[range], as: UTF8.self)
            }
        }

        func location(_ cell: Cell) -> SourceLocation {
            switch cell.content {
            case .text(_, let location): location
            case .bytes(_, let line, let column): SourceLocation(file: file, line: line, column: column)
            }
        }

        /// Whether the cell holds only whitespace. A cell starting with a
        /// visible ASCII character followed by ASCII is not blank; only the
        /// rest are made into text to ask.
        func isBlank(_ cell: Cell) -> Bool {
            if case .bytes(let range, _, _) = cell.content {
                if range.isEmpty { return true }
                if ASCII.isVisible(bytes[range.lowerBound]), range.count == 1 || bytes[range.lowerBound + 1] < 0x80 { return false }
            }
            return text(cell).trimmingWhitespace().isEmpty
        }

        func isBlank(_ row: Row) -> Bool { row.cells.allSatisfy(isBlank) }

        func text(_ row: Row, _ index: Int?) -> String? { index.flatMap { $0 < row.cells.count ? text(row.cells[$0]) : nil } }
    }

    private enum ASCII {
        static func isVisible(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
    }

    static let knownColumns = ["indicator", "area", "question", "options", "answer", "source", "comment"]

    public static func read(_ rows: [Row], file: String) -> (RawSheet, [Diagnostic]) {
        read(rows, bytes: [], file: file)
    }

    /// The sheet of rows whose CSV cells are ranges of `bytes`; without
    /// `keepsEvidence`, the source and comment cells are not made into text.
    static func read(_ rows: [Row], bytes: [UInt8], file: String, keepsEvidence: Bool = true) -> (RawSheet, [Diagnostic]) {
        let cells = Sheet(bytes: bytes, file: file)
        let head = head(rows, cells: cells, keepsEvidence: keepsEvidence)
        var sheet = head.sheet
        var diagnostics = head.diagnostics
        guard let indicatorColumn = head.indicator, let answerColumn = head.answer else {
            // A header without the two columns reads no answers.
            return (sheet, diagnostics)
        }
        sheet.rows.reserveCapacity(rows.count - head.next)
        for row in rows[head.next...] where !cells.isBlank(row) {
            if let stray = row.cells.dropFirst(head.width).first(where: { !cells.isBlank($0) }) {
                // An unquoted decimal comma (21,1 in a comma-separated sheet)
                // splits one cell in two and shifts the rest: refuse, never guess.
                diagnostics.append(.error(
                    .extraCells, "this row has more cells than the header has columns, so a cell was probably split",
                    at: cells.location(stray),
                    suggestion: "a number with a decimal comma must be quoted (\"21,1\") in a comma-separated sheet, "
                        + "or written with a point (21.1); check the row's cells line up with the header"))
                continue
            }
            let id = cells.text(row, indicatorColumn) ?? ""
            if id.trimmingWhitespace().isEmpty {
                diagnostics.append(.error(.noIndicatorId, "this row has content but no indicator id, so its answer would be lost",
                                          at: row.location, suggestion: "put the indicator id (e.g. IDN.01) in the 'indicator' column"))
                continue
            }
            let answerCell = answerColumn < row.cells.count ? row.cells[answerColumn] : nil
            sheet.rows.append(RawAnswerRow(
                indicator: id,
                answer: answerCell.map(cells.text) ?? "",
                source: head.source.flatMap { cells.text(row, $0) },
                comment: head.comment.flatMap { cells.text(row, $0) },
                indicatorLocation: cells.location(row.cells[indicatorColumn]),
                answerLocation: answerCell.map(cells.location) ?? location(after: row, column: answerColumn),
                answerIsDateCell: answerCell?.isDate ?? false))
        }
        return (sheet, diagnostics)
    }

    /// What the rows up to the header hold: the metadata, the header and
    /// its columns, what was wrong with them, and where the answer rows
    /// begin (`next`; all the rows when there is no header).
    struct Head {
        var sheet: RawSheet
        var diagnostics: [Diagnostic] = []
        var indicator: Int?
        var answer: Int?
        var source: Int?
        var comment: Int?
        /// The header's columns up to its last named one.
        var width = 0
        var next: Int
    }

    /// The head of a CSV sheet's rows, whose cells are ranges of `bytes`.
    static func head<Rows: RandomAccessCollection<Row>>(_ rows: Rows, bytes: [UInt8], file: String) -> Head where Rows.Index == Int {
        head(rows, cells: Sheet(bytes: bytes, file: file), keepsEvidence: false)
    }

    /// Reads `rows` only as far as the header.
    private static func head<Rows: RandomAccessCollection<Row>>(_ rows: Rows, cells: Sheet, keepsEvidence: Bool) -> Head
        where Rows.Index == Int
    {
        var head = Head(sheet: RawSheet(file: cells.file), next: rows.endIndex)
        for index in rows.indices where !cells.isBlank(rows[index]) {
            let row = rows[index]
            let first = AnswerText.fold(row.cells.first.map(cells.text) ?? "")
            if first == "indicator" {
                head.sheet.header = row.location
                let columns = header(row, cells: cells, into: &head.diagnostics)
                (head.indicator, head.answer) = (columns["indicator"], columns["answer"])
                if keepsEvidence { (head.source, head.comment) = (columns["source"], columns["comment"]) }
                head.width = (row.cells.lastIndex { !cells.isBlank($0) } ?? 0) + 1
                head.next = index + 1
                return head
            }
            let key = row.cells.first.map(cells.text) ?? ""
            let valueCell = row.cells.count > 1 ? row.cells[1] : nil
            if row.cells.dropFirst(2).contains(where: { !cells.isBlank($0) }) {
                head.diagnostics.append(.warning(.extraCells, "a metadata row holds more than a key and a value; the rest is ignored",
                                                 at: row.location))
            }
            head.sheet.metadata.append(RawMetadata(
                key: String(key.trimmingWhitespace()),
                value: valueCell.map { $0.isDate ? cells.text($0) : String(cells.text($0).trimmingWhitespace()) } ?? "",
                location: valueCell.map(cells.location) ?? row.cells.first.map(cells.location) ?? row.location))
        }
        return head
    }

    /// Columns by header name, case-insensitively; problems reported.
    private static func header(_ row: Row, cells: Sheet, into diagnostics: inout [Diagnostic]) -> [String: Int] {
        var columns: [String: Int] = [:]
        for (index, cell) in row.cells.enumerated() {
            let text = cells.text(cell)
            let name = AnswerText.fold(text)
            guard !name.isEmpty else { continue }
            guard knownColumns.contains(name) else {
                diagnostics.append(.warning(.unknownColumn, "column '\(text.trimmingWhitespace())' is not one Rapporteur reads; it is ignored",
                                            at: cells.location(cell),
                                            suggestion: NearestMatch.best(for: name, among: knownColumns).map { "did you mean '\($0)'?" }))
                continue
            }
            if columns[name] != nil {
                diagnostics.append(.error(.duplicateColumn, "column '\(name)' appears twice in the header", at: cells.location(cell),
                                          suggestion: "keep one '\(name)' column"))
                continue
            }
            columns[name] = index
        }
        for required in ["indicator", "answer"] where columns[required] == nil {
            diagnostics.append(.error(.missingColumn, "the header has no '\(required)' column", at: row.location,
                                      suggestion: "the header row is: indicator,area,question,options,answer,source,comment"))
        }
        return columns
    }

    /// Where an absent cell of a row would stand: its column on a text
    /// line, or its cell on a worksheet (`Answers!E20` from `Answers!A20`).
    private static func location(after row: Row, column: Int) -> SourceLocation {
        var location = row.location
        if let cell = location.cell, let bang = cell.lastIndex(of: "!"),
           let first = CellReference(String(cell[cell.index(after: bang)...])) {
            location.cell = String(cell[...bang]) + CellReference(column: column + 1, row: first.row).description
            return location
        }
        location.column = column + 1
        return location
    }
}
