/// Reading numbers as people in the region type them: a decimal comma or
/// point, spaces or no-break spaces between groups of digits.
public enum NumberText {
    public enum Reading: Sendable, Hashable {
        case number(Double)
        /// Both `.` and `,` (e.g. `1,234.5`): no way to tell which is decimal.
        case ambiguous
        case notANumber
    }

    public static func read<Text: StringProtocol>(_ text: Text) -> Reading {
        (BorrowedBytes.of(text.trimmingWhitespace(), readASCII) ?? nil) ?? readInGeneral(String(text))
    }

    /// `read` by bytes for text of ASCII only (trimmed), nil for other text.
    /// Numbers fill most of a sheet, and gathering their digits one
    /// `Character` at a time into a growing `String` cost more than the rest
    /// of reading them. The digits go to `Double` as the same text as in
    /// `readInGeneral`, so the value is the same to the bit; a number of at
    /// most 2^53 in its digits and 22 decimals is worked out from them
    /// instead, which is exact: both the digits and the power of ten are
    /// `Double`s exactly, and one division rounds correctly, as parsing does.
    static func readASCII(_ bytes: BorrowedBytes) -> Reading? {
        guard bytes.isASCII else { return nil }
        let negative = bytes.first == UInt8(ascii: "-")
        let body = bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") ? bytes.dropFirst() : bytes[...]
        // Room for the sign and a 0 before and after the decimal point.
        return ScratchBytes.withScratch(capacity: body.count + 3) { digits -> Reading in
            if negative { digits.append(UInt8(ascii: "-")) }
            var separator: UInt8?, separators = 0, mixed = false, hasDigit = false
            var mantissa: UInt64 = 0, decimals = 0, exact = true
            for byte in body {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    digits.append(byte)
                    hasDigit = true
                    if mantissa < 1 << 56 { mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0")) } else { exact = false }
                    if separator != nil { decimals += 1 }
                case UInt8(ascii: "."), UInt8(ascii: ","):
                    if let separator, separator != byte { mixed = true }
                    separator = byte
                    separators += 1
                    if digits.count == (negative ? 1 : 0) { digits.append(UInt8(ascii: "0")) }
                    digits.append(UInt8(ascii: "."))
                case UInt8(ascii: " "):
                    continue
                default:
                    return .notANumber
                }
            }
            if mixed { return .ambiguous }
            if separators > 1 || !hasDigit { return .notANumber }
            if exact, mantissa <= 1 << 53, decimals < powersOfTen.count {
                let value = Double(mantissa) / powersOfTen[decimals]
                return .number(negative ? -value : value)
            }
            if digits.last == UInt8(ascii: ".") { digits.append(UInt8(ascii: "0")) }
            guard let value = Double(digits.text), value.isFinite else { return .notANumber }
            return .number(value)
        }
    }

    /// 10^0 to 10^22, every one a `Double` exactly.
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { power, _ in power * 10 }
    }

    /// `read` for any text, `Character` by `Character`.
    static func readInGeneral(_ text: String) -> Reading {
        var body = Substring(text.trimmingWhitespace())
        var sign = ""
        if let first = body.first, first == "-" || first == "+" || first == "\u{2212}" {
            sign = first == "+" ? "" : "-"
            body = body.dropFirst()
        }
        let groupSpaces: Set<Character> = [" ", "\u{A0}", "\u{202F}", "\u{2009}"]
        var digits = ""
        var separators: [Character] = []
        for character in body where !groupSpaces.contains(character) {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else if character == "." || character == "," {
                separators.append(character)
                digits.append(".")
            } else {
                return .notANumber
            }
        }
        if Set(separators).count > 1 { return .ambiguous }
        if separators.count > 1 { return .notANumber }
        guard digits.contains(where: \.isNumber) else { return .notANumber }
        if digits.hasPrefix(".") { digits = "0" + digits }
        if digits.hasSuffix(".") { digits += "0" }
        // Past ~309 digits a Double is infinite, and infinity over infinity
        // would score as NaN: such a text is no number a sheet can hold.
        guard let value = Double(sign + digits), value.isFinite else { return .notANumber }
        return .number(value)
    }

    /// Whether `text` looks like a date a spreadsheet wrote: `03/09/26`,
    /// `3.9.2026.`, `2026-09-03`, `3-Sep`, `Sep-26`.
    public static func looksLikeDate(_ text: String) -> Bool {
        if looksGrouped(text) { return false }
        let s = text.trimmingWhitespace().lowercased()
        let parts = s.split(whereSeparator: { "/.-".contains($0) }).map(String.init)
        let separators = s.filter { "/.-".contains($0) }
        let numeric = parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
        if numeric, parts.count == 3, separators.count >= 2 { return true }
        if numeric, parts.count == 3 || parts.count == 2, s.hasSuffix("."), separators.count >= 2 { return true }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
                      "maj", "avg", "okt", "sept"]
        if parts.count == 2 || parts.count == 3,
           parts.contains(where: { months.contains($0) }),
           parts.contains(where: { $0.allSatisfy(\.isNumber) }) { return true }
        return false
    }

    /// `1.250.000` or `1,250`: digits grouped in threes by dots or commas,
    /// as people write thousands (which sheets do not accept).
    public static func looksGrouped(_ text: String) -> Bool {
        let s = String(text.trimmingWhitespace())
        for separator in [".", ","] {
            let parts = s.split(separator: Character(separator), omittingEmptySubsequences: false)
            guard parts.count >= 2, let first = parts.first, (1...3).contains(first.count),
                  first.allSatisfy(\.isNumber) else { continue }
            if parts.dropFirst().allSatisfy({ $0.count == 3 && $0.allSatisfy(\.isNumber) }) { return true }
        }
        return false
    }
}
