import RapporteurCore

/// The layout every tabular sheet shares (CSV and workbook): metadata rows
/// first, then a header row starting with `indicator`, then answer rows.
public enum TableLayout {
    public struct Cell: Sendable {
        public var text: String
        public var location: SourceLocation
        /// A workbook cell holding a date.
        public var isDate: Bool

        public init(text: String, location: SourceLocation, isDate: Bool = false) {
            self.text = text
            self.location = location
            self.isDate = isDate
        }
    }

    public struct Row: Sendable {
        public var cells: [Cell]
        public var location: SourceLocation

        public init(cells: [Cell], location: SourceLocation) {
            self.cells = cells
            self.location = location
        }

        var isBlank: Bool { cells.allSatisfy { $0.text.trimmingWhitespace().isEmpty } }
        func text(_ index: Int?) -> String? { index.flatMap { $0 < cells.count ? cells[$0].text : nil } }
    }

    static let knownColumns = ["indicator", "area", "question", "options", "answer", "source", "comment"]

    public static func read(_ rows: [Row], file: String) -> (RawSheet, [Diagnostic]) {
        var sheet = RawSheet(file: file)
        sheet.rows.reserveCapacity(rows.count)
        var diagnostics: [Diagnostic] = []
        var columns: [String: Int] = [:]
        // Looked up once, not for every row.
        var indicatorColumn: Int?, answerColumn: Int?, sourceColumn: Int?, commentColumn: Int?
        var headerWidth = 0
        var inTable = false
        for row in rows where !row.isBlank {
            if !inTable {
                let first = AnswerText.fold(row.cells.first?.text ?? "")
                if first == "indicator" {
                    inTable = true
                    sheet.header = row.location
                    columns = header(row, into: &diagnostics)
                    (indicatorColumn, answerColumn) = (columns["indicator"], columns["answer"])
                    (sourceColumn, commentColumn) = (columns["source"], columns["comment"])
                    headerWidth = (row.cells.lastIndex { !$0.text.trimmingWhitespace().isEmpty } ?? 0) + 1
                    continue
                }
                let key = row.cells.first?.text ?? ""
                let valueCell = row.cells.count > 1 ? row.cells[1] : nil
                if row.cells.dropFirst(2).contains(where: { !$0.text.trimmingWhitespace().isEmpty }) {
                    diagnostics.append(.warning(.extraCells, "a metadata row holds more than a key and a value; the rest is ignored",
                                                at: row.location))
                }
                sheet.metadata.append(RawMetadata(
                    key: String(key.trimmingWhitespace()),
                    value: valueCell.map { $0.isDate ? $0.text : String($0.text.trimmingWhitespace()) } ?? "",
                    location: valueCell?.location ?? row.cells.first?.location ?? row.location))
                continue
            }
            guard let indicatorColumn, let answerColumn else { continue }
            if let stray = row.cells.dropFirst(headerWidth).first(where: { !$0.text.trimmingWhitespace().isEmpty }) {
                // An unquoted decimal comma (21,1 in a comma-separated sheet)
                // splits one cell in two and shifts the rest: refuse, never guess.
                diagnostics.append(.error(
                    .extraCells, "this row has more cells than the header has columns, so a cell was probably split",
                    at: stray.location,
                    suggestion: "a number with a decimal comma must be quoted (\"21,1\") in a comma-separated sheet, "
                        + "or written with a point (21.1); check the row's cells line up with the header"))
                continue
            }
            let id = row.text(indicatorColumn) ?? ""
            if id.trimmingWhitespace().isEmpty {
                diagnostics.append(.error(.noIndicatorId, "this row has content but no indicator id, so its answer would be lost",
                                          at: row.location, suggestion: "put the indicator id (e.g. IDN.01) in the 'indicator' column"))
                continue
            }
            let answerCell = answerColumn < row.cells.count ? row.cells[answerColumn] : nil
            sheet.rows.append(RawAnswerRow(
                indicator: id,
                answer: answerCell?.text ?? "",
                source: sourceColumn.flatMap { row.text($0) },
                comment: commentColumn.flatMap { row.text($0) },
                indicatorLocation: row.cells[indicatorColumn].location,
                answerLocation: answerCell?.location ?? location(after: row, column: answerColumn),
                answerIsDateCell: answerCell?.isDate ?? false))
        }
        if sheet.header != nil, indicatorColumn == nil || answerColumn == nil {
            sheet.rows = []
        }
        return (sheet, diagnostics)
    }

    /// Columns by header name, case-insensitively; problems reported.
    private static func header(_ row: Row, into diagnostics: inout [Diagnostic]) -> [String: Int] {
        var columns: [String: Int] = [:]
        for (index, cell) in row.cells.enumerated() {
            let name = AnswerText.fold(cell.text)
            guard !name.isEmpty else { continue }
            guard knownColumns.contains(name) else {
                diagnostics.append(.warning(.unknownColumn, "column '\(cell.text.trimmingWhitespace())' is not one Rapporteur reads; it is ignored",
                                            at: cell.location,
                                            suggestion: NearestMatch.best(for: name, among: knownColumns).map { "did you mean '\($0)'?" }))
                continue
            }
            if columns[name] != nil {
                diagnostics.append(.error(.duplicateColumn, "column '\(name)' appears twice in the header", at: cell.location,
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
