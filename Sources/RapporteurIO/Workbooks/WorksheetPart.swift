import Foundation
import RapporteurXML

/// A worksheet model as its part of the package (`xl/worksheets/sheetN.xml`).
/// SpreadsheetML fixes the order of a worksheet's elements; Excel offers to
/// "repair" a part that departs from it, so the order here is the schema's.
enum WorksheetPart {
    static func xml(_ sheet: WorksheetModel) throws(XMLWriterError) -> Data {
        let writer = XMLWriter(indented: false, standalone: true)
        writer.start("worksheet", namespace: SpreadsheetML.main, prefixes: ["r": SpreadsheetML.relationships])
        writer.empty("dimension", attributes: [("ref", sheet.dimension)])
        views(sheet, writer)
        if !sheet.columns.isEmpty {
            writer.start("cols")
            for (index, column) in sheet.columns.enumerated() {
                writer.empty("col", attributes: [("min", String(index + 1)), ("max", String(index + 1)),
                                                 ("width", SpreadsheetNumber.text(column.width)), ("customWidth", "1")])
            }
            writer.end()
        }
        writer.start("sheetData")
        for row in sheet.rows { write(row, writer) }
        writer.end()
        if sheet.isProtected {
            // No password. Protection keeps the help from being overwritten
            // by accident, not from anyone who means to change it; columns
            // and rows may still be resized.
            writer.empty("sheetProtection", attributes: [("sheet", "1"), ("objects", "1"), ("scenarios", "1"),
                                                         ("formatColumns", "0"), ("formatRows", "0")])
        }
        if !sheet.validations.isEmpty {
            writer.start("dataValidations")
            writer.attribute("count", String(sheet.validations.count))
            for validation in sheet.validations { write(validation, writer) }
            writer.end()
        }
        writer.empty("pageMargins", attributes: [("left", "0.7"), ("right", "0.7"), ("top", "0.75"), ("bottom", "0.75"),
                                                 ("header", "0.3"), ("footer", "0.3")])
        writer.end()
        return try writer.finish()
    }

    private static func views(_ sheet: WorksheetModel, _ writer: XMLWriter) {
        writer.start("sheetViews")
        writer.start("sheetView")
        if sheet.isSelectedTab { writer.attribute("tabSelected", "1") }
        writer.attribute("workbookViewId", "0")
        let active = sheet.activeCell?.description
        if sheet.frozenRows > 0 {
            writer.empty("pane", attributes: [("ySplit", String(sheet.frozenRows)),
                                              ("topLeftCell", "A" + String(sheet.frozenRows + 1)),
                                              ("activePane", "bottomLeft"), ("state", "frozen")])
            writer.empty("selection", attributes: [("pane", "bottomLeft"), ("activeCell", active), ("sqref", active)])
        } else if let active {
            writer.empty("selection", attributes: [("activeCell", active), ("sqref", active)])
        }
        writer.end()
        writer.end()
    }

    private static func write(_ row: WorksheetModel.Row, _ writer: XMLWriter) {
        writer.start("row")
        writer.attribute("r", String(row.number))
        for cell in row.cells {
            writer.start("c")
            writer.attribute("r", CellReference(column: cell.column, row: row.number).description)
            if cell.style != .plain { writer.attribute("s", String(cell.style.rawValue)) }
            switch cell.value {
            case .text(let text):
                writer.attribute("t", "inlineStr")
                writer.start("is")
                writer.start("t")
                if text.first?.isWhitespace == true || text.last?.isWhitespace == true || text.contains("\n") {
                    writer.attribute("xml:space", "preserve")
                }
                writer.text(SpreadsheetText.escape(text))
                writer.end()
                writer.end()
            case .number(let value):
                writer.element("v", SpreadsheetNumber.text(value))
            case .empty:
                break
            }
            writer.end()
        }
        writer.end()
    }

    private static func write(_ validation: WorksheetModel.Validation, _ writer: XMLWriter) {
        writer.start("dataValidation")
        switch validation.rule {
        case .list: writer.attribute("type", "list")
        case .whole: writer.attribute("type", "whole")
        case .prompt: break
        }
        if case .whole = validation.rule { writer.attribute("operator", "between") }
        // A warning, not a stop: Rapporteur also reads codes, labels in other
        // languages and `unknown`, which a strict list would refuse.
        writer.attribute("errorStyle", "warning")
        writer.attribute("allowBlank", "1")
        writer.attribute("showInputMessage", validation.prompt == nil ? nil : "1")
        writer.attribute("showErrorMessage", validation.error == nil ? nil : "1")
        writer.attribute("error", validation.error.map { String($0.prefix(225)) })
        writer.attribute("prompt", validation.prompt.map { String($0.prefix(255)) })
        writer.attribute("sqref", validation.cells.map(\.description).joined(separator: " "))
        switch validation.rule {
        case .list(let formula):
            writer.element("formula1", formula)
        case .whole(let minimum, let maximum):
            writer.element("formula1", String(minimum))
            writer.element("formula2", String(maximum))
        case .prompt:
            break
        }
        writer.end()
    }
}
