/// How much of a workbook Rapporteur is willing to expand and hold. A filled
/// sheet is a workbook of a few kilobytes that expands to a few hundred; the
/// limits are far above that and far below what would hurt the machine, so
/// that a zip bomb or a sheet of a million cells is refused, not read.
public enum WorkbookLimits {
    /// The declared sizes of all entries together, and the bytes actually
    /// inflated from the parts that are read: 64 MiB.
    public static let totalBytes: UInt64 = 64 << 20
    /// One entry: 32 MiB.
    public static let partBytes: UInt64 = 32 << 20
    /// Past 1 MiB, a part may expand at most 200 times its compressed size.
    /// Spreadsheet XML compresses 5 to 50 times; a bomb, about 1000.
    public static let ratio: UInt64 = 200
    public static let ratioFloor: UInt64 = 1 << 20
    public static let entries = 10_000
    /// Cells with a value on the sheet, and strings in the shared table.
    public static let cells = 500_000
    public static let sharedStrings = 500_000
    /// One cell's text, as for a CSV field: 1 MiB.
    public static let cellBytes = CSVTokenizer.maximumFieldBytes
    /// The widest row read, as for a CSV sheet.
    public static let columns = CSVTokenizer.maximumColumns
}
