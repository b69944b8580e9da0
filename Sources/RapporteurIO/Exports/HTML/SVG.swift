import RapporteurCore

/// What every chart of the HTML report shares: escaping, coordinates, the
/// colour-blind-safe palettes, and the `<svg>` element with the title and
/// description a screen reader announces.
enum SVG {
    /// Okabe and Ito's palette without black, for categories (countries,
    /// ratings): distinguishable with every common colour-vision deficiency.
    static let categorical = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"]

    /// Five steps of viridis, lowest scores first, with a text colour that
    /// reads on each.
    static let sequential: [(fill: String, ink: String)] = [
        ("#440154", "#FFFFFF"), ("#3B528B", "#FFFFFF"), ("#21918C", "#FFFFFF"), ("#5EC962", "#000000"),
        ("#FDE725", "#000000"),
    ]

    /// The viridis step of a score in [0, 100]: 0–20, 20–40, ..., 80–100.
    static func step(_ score: Double) -> (fill: String, ink: String) {
        sequential[min(max(Int(score / 20), 0), sequential.count - 1)]
    }

    /// Text for markup: `&`, `<`, `>` and quotes escaped.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// A coordinate: one decimal, so the markup is the same on every machine.
    static func at(_ value: Double) -> String {
        let text = Rounding.fixed(value, places: 1)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// The opening `<svg>` with its `<title>` and `<desc>`, sized in CSS
    /// pixels and scaled down by the page where narrower.
    static func open(id: String, width: Double, height: Double, title: String, description: String) -> String {
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" viewBox=\"0 0 \(at(width)) \(at(height))\" "
            + "width=\"\(at(width))\" height=\"\(at(height))\">"
            + "<title id=\"\(id)-title\">\(escape(title))</title><desc id=\"\(id)-desc\">\(escape(description))</desc>"
    }

    static let close = "</svg>"

    enum Anchor: String { case start, middle, end }

    static func text(_ content: String, x: Double, y: Double, anchor: Anchor = .start, fill: String? = nil,
                     weight: String? = nil) -> String {
        var attributes = "x=\"\(at(x))\" y=\"\(at(y))\""
        if anchor != .start { attributes += " text-anchor=\"\(anchor.rawValue)\"" }
        if let fill { attributes += " fill=\"\(fill)\"" }
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        return "<text \(attributes)>\(escape(content))</text>"
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1,
                     dash: String? = nil) -> String {
        "<line x1=\"\(at(x1))\" y1=\"\(at(y1))\" x2=\"\(at(x2))\" y2=\"\(at(y2))\" stroke=\"\(stroke)\" "
            + "stroke-width=\"\(at(width))\"" + (dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") + "/>"
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil) -> String {
        "<rect x=\"\(at(x))\" y=\"\(at(y))\" width=\"\(at(max(width, 0)))\" height=\"\(at(height))\" fill=\"\(fill)\""
            + (stroke.map { " stroke=\"\($0)\"" } ?? "") + "/>"
    }

    /// A marker of one of six shapes, so that series differ by more than
    /// colour: circle, square, triangle, diamond, triangle down, cross.
    static func marker(_ shape: Int, x: Double, y: Double, fill: String, size: Double = 4) -> String {
        let s = size
        switch shape % 6 {
        case 0: return "<circle cx=\"\(at(x))\" cy=\"\(at(y))\" r=\"\(at(s))\" fill=\"\(fill)\"/>"
        case 1: return rect(x: x - s, y: y - s, width: 2 * s, height: 2 * s, fill: fill)
        case 2: return polygon([(x, y - s - 1), (x + s + 1, y + s), (x - s - 1, y + s)], fill: fill)
        case 3: return polygon([(x, y - s - 1), (x + s + 1, y), (x, y + s + 1), (x - s - 1, y)], fill: fill)
        case 4: return polygon([(x - s - 1, y - s), (x + s + 1, y - s), (x, y + s + 1)], fill: fill)
        default:
            return "<path d=\"M\(at(x - s)) \(at(y - s))L\(at(x + s)) \(at(y + s))M\(at(x - s)) \(at(y + s))L\(at(x + s)) \(at(y - s))\" "
                + "stroke=\"\(fill)\" stroke-width=\"2.5\"/>"
        }
    }

    static func polygon(_ points: [(Double, Double)], fill: String, stroke: String? = nil) -> String {
        "<polygon points=\"\(points.map { "\(at($0.0)),\(at($0.1))" }.joined(separator: " "))\" fill=\"\(fill)\""
            + (stroke.map { " stroke=\"\($0)\" stroke-width=\"1.5\"" } ?? "") + "/>"
    }

    /// Vertical grid lines and their labels at 0, 20, ..., 100 on a scale
    /// from `left` (0) to `right` (100).
    static func scale(left: Double, right: Double, top: Double, bottom: Double) -> String {
        stride(from: 0, through: 100, by: 20).map { tick in
            let x = left + (right - left) * Double(tick) / 100
            return line(x1: x, y1: top, x2: x, y2: bottom, stroke: "#D0D0D0")
                + text(String(tick), x: x, y: bottom + 14, anchor: .middle, fill: "#404040")
        }.joined()
    }
}
