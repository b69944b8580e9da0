import Foundation
import RapporteurXML

/// What `xl/workbook.xml` says about a workbook: its sheets in tab order,
/// each with the relationship that names its part, and its date system.
struct WorkbookIndex {
    struct Sheet {
        var name: String
        var relationship: String
    }

    var sheets: [Sheet] = []
    var dateSystem = SpreadsheetDate.System.from1900

    init(_ xml: Data, part: String) throws(XMLFailure) {
        var sheets: [Sheet] = []
        var dateSystem = SpreadsheetDate.System.from1900
        try XMLStreamReader.read(xml, file: part) { event throws(XMLFailure) in
            guard case .start(let element) = event else { return }
            switch element.name {
            case "workbookPr":
                if let value = element.attribute("date1904")?.lowercased(), value == "1" || value == "true" {
                    dateSystem = .from1904
                }
            case "sheet":
                // `r:id`; the sheet element has no other attribute named id.
                if let id = element.attribute("id") {
                    sheets.append(Sheet(name: element.attribute("name") ?? "Sheet\(sheets.count + 1)", relationship: id))
                }
            default: break
            }
        }
        self.sheets = sheets
        self.dateSystem = dateSystem
    }
}
