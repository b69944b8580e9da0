/// The escape spreadsheets use for characters XML cannot carry in cell
/// text: `_x000D_` is a carriage return, and `_x005F_` a literal underscore
/// that would otherwise start an escape.
public enum SpreadsheetText {
    /// `a_x000D_b` is "a\rb"; text without `_x` passes untouched.
    public static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if let decoded = escaped(scalars, at: index) {
                out.append(decoded)
                index += 7
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }

    /// Guards a literal `_xHHHH_` in text we write, so that a spreadsheet
    /// does not decode it.
    public static func escape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar == "_", escaped(scalars, at: index) != nil {
                out.append(contentsOf: "_x005F_".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The character `_xHHHH_` at `index` stands for, if one does.
    private static func escaped(_ scalars: [UnicodeScalar], at index: Int) -> UnicodeScalar? {
        guard index + 6 < scalars.count, scalars[index] == "_", scalars[index + 1] == "x", scalars[index + 6] == "_" else {
            return nil
        }
        var value: UInt32 = 0
        for scalar in scalars[(index + 2)...(index + 5)] {
            guard scalar.isASCII, let digit = UInt32(String(scalar), radix: 16) else { return nil }
            value = value * 16 + digit
        }
        return UnicodeScalar(value)
    }
}
