/// A worksheet to write, as the template decides it and before any XML:
/// cells with their style, column widths, the frozen rows, data validations
/// and whether the sheet is protected.
struct WorksheetModel {
    enum Value {
        case text(String)
        case number(Double)
        /// A cell with a style and nothing in it (an unlocked answer cell).
        case empty
    }

    struct Cell {
        var column: Int
        var value: Value
        var style: WorkbookStyle
    }

    struct Row {
        var number: Int
        var cells: [Cell]
    }

    struct Column {
        var width: Double
    }

    /// A data validation on some cells. Excel limits its messages: the
    /// prompt to 255 characters, the error to 225.
    struct Validation {
        enum Rule {
            /// A drop-down: `"a,b,c"` inline, or a range such as `Lists!$A$1:$A$9`.
            case list(formula: String)
            /// A whole number between the two bounds.
            case whole(minimum: Int, maximum: Int)
            /// No rule; only a message shown when the cell is selected.
            case prompt
        }

        var rule: Rule
        var cells: [CellReference]
        var prompt: String?
        var error: String?
    }

    var name: String
    var columns: [Column] = []
    var rows: [Row] = []
    /// Rows kept in view while scrolling (the header row and those above it).
    var frozenRows = 0
    var validations: [Validation] = []
    var isProtected = false
    var isHidden = false
    /// The tab shown when the workbook opens.
    var isSelectedTab = false

    /// The cell to select when the sheet opens.
    var activeCell: CellReference?

    /// `A1:G115`: from the first cell to the last one written.
    var dimension: String {
        let lastRow = rows.map(\.number).max() ?? 1
        let lastColumn = rows.flatMap { $0.cells.map(\.column) }.max() ?? 1
        return "A1:" + CellReference(column: lastColumn, row: lastRow).description
    }
}
