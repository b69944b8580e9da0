/// Plain-text layout for the report: columns aligned by what a terminal or
/// e-mail shows, words wrapped to a width, bars drawn in Unicode or ASCII.
public enum TextLayout {
    /// Display columns of `text`: one per character (grapheme), so that
    /// Cyrillic, and Latin letters with diacritics precomposed or not, count
    /// one each.
    public static func width(_ text: String) -> Int { text.count }

    /// A row of cells, each padded (or cut) to its width; `right` aligns numbers.
    public static func row(_ cells: [(String, Int, right: Bool)]) -> String {
        let line = cells.map { text, width, right in
            let shown = TextColumns.truncate(text, width)
            let padding = String(repeating: " ", count: max(width - Self.width(shown), 0))
            return right ? padding + shown : shown + padding
        }.joined(separator: " ")
        return trimmedRight(line)
    }

    /// `text` over a rule as wide as it: `─`, or `-` in ASCII.
    public static func heading(_ text: String, ascii: Bool) -> [String] {
        [text, String(repeating: ascii ? "-" : "─", count: width(text))]
    }

    /// `text` wrapped to `width`, over a double rule as wide as its widest
    /// line: `═`, or `=` in ASCII.
    public static func title(_ text: String, width: Int, ascii: Bool) -> [String] {
        let lines = wrap(text, width: width)
        return lines + [String(repeating: ascii ? "=" : "═", count: lines.map(Self.width).max() ?? 0)]
    }

    public static func trimmedRight(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }

    /// `text` broken into lines of at most `width` columns at spaces, each
    /// after the first indented by `hanging`.
    public static func wrap(_ text: String, width: Int, indent: String = "", hanging: String = "") -> [String] {
        var lines: [String] = []
        var current = indent
        var prefixWidth = Self.width(indent)
        for word in text.split(separator: " ") {
            let candidate = Self.width(current) == prefixWidth ? current + word : current + " " + word
            if Self.width(candidate) > width && Self.width(current) > prefixWidth {
                lines.append(current)
                current = hanging + word
                prefixWidth = Self.width(hanging)
            } else {
                current = candidate
            }
        }
        if Self.width(current) > prefixWidth { lines.append(current) }
        return lines
    }

    /// `label` followed by `items` separated by ", ", wrapped between items
    /// (never inside one), continuation lines indented by `hanging`.
    public static func wrapList(_ label: String, _ items: [String], width: Int, indent: String = "",
                                hanging: String = "") -> [String] {
        var lines: [String] = []
        var current = indent + label
        for (index, item) in items.enumerated() {
            let piece = item + (index < items.count - 1 ? "," : "")
            let candidate = current.hasSuffix(" ") || current == indent ? current + piece : current + " " + piece
            if Self.width(candidate) > width && Self.width(current) > Self.width(hanging) {
                lines.append(current)
                current = hanging + piece
            } else {
                current = candidate
            }
        }
        lines.append(current)
        return lines
    }

    /// A bar of `cells` for a score in [0, 100].
    public static func bar(_ score: Double?, cells: Int, ascii: Bool) -> String {
        guard let score else { return "" }
        let filled = Int((min(max(score, 0), 100) / 100 * Double(cells)).rounded())
        let (full, empty) = ascii ? ("#", ".") : ("█", "░")
        return String(repeating: full, count: filled) + String(repeating: empty, count: cells - filled)
    }
}
