import Foundation

/// How a number cell reads as text: its shortest decimal form, as a person
/// typed it. `10`, not `10.0`; `0.1`, not `0.1000000000000000055`;
/// `0.00001`, not `1e-05`; never an exponent, since no sheet answer is
/// written with one.
public enum SpreadsheetNumber {
    /// Spreadsheets show at most 15 significant digits; a value stored with
    /// more (`0.30000000000000004` from a sum) reads as what was shown.
    static let shownDigits = 15

    public static func text(_ value: Double) -> String {
        if value == 0 { return "0" }
        var shortest = plain(value.description)
        if significantDigits(shortest) > shownDigits,
           let shown = Double(String(format: "%.\(shownDigits - 1)e", value)) {
            shortest = plain(shown.description)
        }
        return shortest
    }

    /// Swift's shortest round-trip form without its exponent: `1e-05` is
    /// `0.00001`, `1.5e+20` is `150000000000000000000`, `10.0` is `10`.
    static func plain(_ description: String) -> String {
        var text = Substring(description)
        let negative = text.hasPrefix("-")
        if negative { text = text.dropFirst() }
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = text[..<e]
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        var whole = String(parts[0])
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        if exponent > 0 {
            let moved = min(exponent, fraction.count)
            whole += fraction.prefix(moved) + String(repeating: "0", count: exponent - moved)
            fraction = String(fraction.dropFirst(moved))
        } else if exponent < 0 {
            fraction = String(repeating: "0", count: -exponent - 1) + whole + fraction
            whole = "0"
        }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        while whole.count > 1, whole.hasPrefix("0") { whole.removeFirst() }
        let body = fraction.isEmpty ? whole : whole + "." + fraction
        return negative && body != "0" ? "-" + body : body
    }

    private static func significantDigits(_ plain: String) -> Int {
        let digits = plain.filter(\.isNumber)
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.reversed().drop { $0 == "0" }.count
    }
}
