/// Whether a cell's number format shows its number as a date or time: the
/// only thing that tells a date cell from a number cell in a workbook.
public enum NumberFormat {
    /// Built-in formats that are dates or times whatever the locale: 14-22
    /// and 45-47, and the East Asian date formats 27-36 and 50-58.
    static let builtInDates: Set<Int> = Set(14...22).union(45...47).union(27...36).union(50...58)

    public static func isDate(id: Int, customCode: String?) -> Bool {
        if let customCode { return isDate(code: customCode) }
        return builtInDates.contains(id)
    }

    /// A format code is a date when a date or time letter (d, m, y, h, s)
    /// appears outside quoted text (`"m"`), escapes (`\d`), bracketed colours
    /// and locales (`[Red]`, `[$-409]`), and the padding and fill marks (`_x`,
    /// `*x`). `General`, `0.00` and `#,##0 "dana"` are not dates;
    /// `yyyy\-mm\-dd`, `d.m.yyyy` and `[$-409]mmm-yy` are.
    public static func isDate(code: String) -> Bool {
        var quoted = false
        var bracketed = false
        var skipNext = false
        for character in code.lowercased() {
            if skipNext {
                skipNext = false
                continue
            }
            if quoted {
                if character == "\"" { quoted = false }
                continue
            }
            if bracketed {
                if character == "]" { bracketed = false }
                continue
            }
            switch character {
            case "\"": quoted = true
            case "[": bracketed = true
            case "\\", "_", "*": skipNext = true
            case "d", "m", "y", "h", "s": return true
            default: continue
            }
        }
        return false
    }
}
