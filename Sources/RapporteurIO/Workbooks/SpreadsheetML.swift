/// The names of the Office Open XML package a workbook is: namespaces,
/// content types and relationship types, as Excel writes them.
enum SpreadsheetML {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"

    static let workbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    static let worksheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    static let stylesType = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
    static let relationshipsType = "application/vnd.openxmlformats-package.relationships+xml"

    static func relationship(_ kind: String) -> String { relationships + "/" + kind }
}
