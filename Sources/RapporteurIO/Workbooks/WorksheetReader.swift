import Foundation
import RapporteurCore
import RapporteurXML

/// Reads a worksheet part into the rows a tabular sheet is made of, each
/// cell located as `Sheet!E20` and read as a person sees it: strings as
/// text, numbers in their shortest form, date cells as ISO dates.
struct WorksheetReader {
    var file: String
    var sheetName: String
    /// Nil when the package has no shared-strings part.
    var sharedStrings: SharedStrings?
    var styles: CellStyles
    var dateSystem: SpreadsheetDate.System

    /// The cell being read: its place, its `s` and `t`, and what it holds.
    private struct PendingCell {
        var reference: CellReference
        var style: Int
        var type: String
        var value = ""
        var inline = InlineText()
        var inValue = false
        var inInline = false
    }

    func rows(of xml: Data, part: String) throws(XMLFailure) -> [TableLayout.Row] {
        var rows: [TableLayout.Row] = []
        var cells: [TableLayout.Cell] = []
        var rowNumber = 0
        /// The column of the last `<c>` met in the row, for cells without `r`.
        var lastColumn = 0
        var cellCount = 0
        var pending: PendingCell?
        try XMLStreamReader.read(xml, file: part) { event throws(XMLFailure) in
            switch event {
            case .start(let element) where element.name == "row":
                rowNumber = element.attribute("r").flatMap { Int($0) } ?? rowNumber + 1
                cells = []
                lastColumn = 0
            case .start(let element) where element.name == "c":
                let reference = element.attribute("r").flatMap(CellReference.init)
                    ?? CellReference(column: lastColumn + 1, row: max(rowNumber, 1))
                lastColumn = reference.column
                pending = PendingCell(reference: reference, style: element.attribute("s").flatMap { Int($0) } ?? 0,
                                      type: element.attribute("t") ?? "n")
            case .start(let element) where pending != nil:
                if element.name == "v" { pending?.inValue = true }
                if element.name == "is" { pending?.inInline = true }
                if pending?.inInline == true { try pending?.inline.take(event, file: file) }
            case .text(let text) where pending != nil:
                if pending?.inValue == true {
                    pending?.value += text
                    if let cell = pending, cell.value.utf8.count > WorkbookLimits.cellBytes {
                        throw XMLFailure([.error(.tooLarge, "a cell holds more than \(WorkbookLimits.cellBytes) bytes",
                                                 at: SourceLocation(file: file, cell: cell.reference.on(sheetName)),
                                                 suggestion: "keep evidence short and link to documents instead")])
                    }
                }
                if pending?.inInline == true { try pending?.inline.take(event, file: file) }
            case .end(let name) where name == "c":
                guard let cell = pending else { return }
                pending = nil
                guard let read = try self.read(cell) else { return }
                let location = SourceLocation(file: file, cell: cell.reference.on(sheetName))
                guard cell.reference.column <= WorkbookLimits.columns else {
                    throw XMLFailure([.error(.tooLarge, "a cell lies beyond column \(WorkbookLimits.columns)", at: location,
                                             suggestion: "a sheet needs seven columns: indicator, area, question, options, answer, source, comment")])
                }
                cellCount += max(1, cell.reference.column - cells.count)
                guard cellCount <= WorkbookLimits.cells else {
                    throw XMLFailure([.error(.tooLarge, "the worksheet holds more than \(WorkbookLimits.cells) cells", at: location,
                                             suggestion: "a sheet has one row per indicator; check that this is the file you meant")])
                }
                while cells.count < cell.reference.column - 1 {
                    let gap = CellReference(column: cells.count + 1, row: cell.reference.row)
                    cells.append(TableLayout.Cell(text: "", location: SourceLocation(file: file, cell: gap.on(sheetName))))
                }
                guard cells.count == cell.reference.column - 1 else {
                    throw XMLFailure([.error(.damagedWorkbook, "the cells of this row are out of order or repeated", at: location,
                                             suggestion: "open the workbook in the spreadsheet and save it again")])
                }
                cells.append(TableLayout.Cell(text: read.text, location: location, isDate: read.isDate))
            case .end(let name) where pending != nil:
                if name == "v" { pending?.inValue = false }
                if pending?.inInline == true { try pending?.inline.take(event, file: file) }
                if name == "is" { pending?.inInline = false }
            case .end(let name) where name == "row":
                guard !cells.isEmpty else { return }
                let first = CellReference(column: 1, row: rowNumber)
                rows.append(TableLayout.Row(cells: cells, location: SourceLocation(file: file, cell: first.on(sheetName))))
            default:
                break
            }
        }
        return rows
    }

    /// What a cell shows, or nil when it holds nothing.
    private func read(_ cell: PendingCell) throws(XMLFailure) -> (text: String, isDate: Bool)? {
        let value = cell.value
        switch cell.type {
        case "inlineStr":
            return (cell.inline.text, false)
        case "s":
            guard !value.isEmpty else { return nil }
            let location = SourceLocation(file: file, cell: cell.reference.on(sheetName))
            guard let sharedStrings else {
                throw XMLFailure([.error(
                    .missingSharedStrings, "the cell refers to the workbook's shared strings, but the package has none",
                    at: location, suggestion: "the workbook is damaged; open it in the spreadsheet and save it again")])
            }
            guard let index = Int(value.trimmingWhitespace()), let text = sharedStrings[index] else {
                throw XMLFailure([.error(.damagedWorkbook, "the cell refers to shared string \(value), which the workbook does not have",
                                         at: location, suggestion: "open it in the spreadsheet and save it again")])
            }
            return (text, false)
        case "str", "e":
            return (SpreadsheetText.unescape(value), false)
        case "b":
            guard !value.isEmpty else { return nil }
            return (value.trimmingWhitespace() == "1" ? "TRUE" : "FALSE", false)
        case "d":
            // Strict OOXML: the value is an ISO 8601 date and time.
            guard !value.isEmpty else { return nil }
            return (String(value.trimmingWhitespace().prefix(10)), true)
        default:
            guard !value.trimmingWhitespace().isEmpty else { return nil }
            guard let number = Double(value.trimmingWhitespace()) else { return (value, false) }
            if styles.isDate(style: cell.style), let date = SpreadsheetDate.isoDate(serial: number, system: dateSystem) {
                return (date, true)
            }
            return (SpreadsheetNumber.text(number), false)
        }
    }
}
