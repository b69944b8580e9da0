import Foundation

/// How typed answers are compared with codes and labels: trimmed, in one
/// Unicode normal form, case-folded. `Da`, ` DA ` and `da` are one answer,
/// and so are `Delimično` typed precomposed or decomposed.
public enum AnswerText {
    public static func fold(_ text: String) -> String {
        // Swift compares and hashes strings by canonical equivalence, so the
        // NFC step is implicit; lowercasing does the case folding.
        String(text.trimmingWhitespace().lowercased())
    }
}

extension AnswerText {
    /// Latin letters without their marks, and đ as dj, the way people type
    /// on keyboards without Serbian, Croatian or Bosnian letters.
    public static func withoutDiacritics(_ text: String) -> String {
        text.replacingOccurrences(of: "đ", with: "dj").replacingOccurrences(of: "Đ", with: "Dj")
            .folding(options: .diacriticInsensitive, locale: nil)
    }
}

extension StringProtocol {
    /// Without spaces, tabs, no-break spaces and line ends at either end.
    public func trimmingWhitespace() -> Substring {
        // Most cells begin and end with a visible ASCII character: answer
        // those without Unicode property look-ups.
        if let first = first?.asciiValue, let last = last?.asciiValue, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return Substring(self)
        }
        if isEmpty { return Substring() }
        let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return Substring() }
        let last = lastIndex(where: { !isSpace($0) })!
        return Substring(self[first...last])
    }
}
