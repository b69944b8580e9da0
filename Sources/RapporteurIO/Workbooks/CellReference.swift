/// A worksheet cell by column and row, both counted from 1: `E20` is
/// column 5, row 20. What a person finds with the Name Box.
public struct CellReference: Sendable, Hashable {
    /// Excel's widest sheet: columns A to XFD.
    public static let maximumColumn = 16_384
    /// Excel's longest sheet.
    public static let maximumRow = 1_048_576

    public var column: Int
    public var row: Int

    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Reads `E20` (letters, then digits; `$` signs allowed); nil when it is
    /// not a reference inside Excel's bounds.
    public init?(_ text: String) {
        var column = 0
        var row = 0
        var sawDigit = false
        for byte in text.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard !sawDigit else { return nil }
                column = column * 26 + Int((byte | 0x20) - UInt8(ascii: "a")) + 1
                guard column <= Self.maximumColumn else { return nil }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                guard row <= Self.maximumRow else { return nil }
            default:
                return nil
            }
        }
        guard column > 0, row > 0 else { return nil }
        self.init(column: column, row: row)
    }

    /// `A` for 1, `Z` for 26, `AA` for 27.
    public static func letters(_ column: Int) -> String {
        var remaining = column
        var scalars: [UnicodeScalar] = []
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            scalars.insert(UnicodeScalar(UInt8(ascii: "A") + UInt8(digit)), at: 0)
            remaining = (remaining - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// `E20`.
    public var description: String { Self.letters(column) + String(row) }

    /// `E20` on a sheet, as diagnostics name it: `Answers!E20`.
    public func on(_ sheet: String) -> String { sheet + "!" + description }

    /// `$E$20`, as formulas pin it.
    public var absolute: String { "$" + Self.letters(column) + "$" + String(row) }
}
