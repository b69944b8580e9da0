import RapporteurCore

/// One country's two area profiles of one year against each other: the
/// government's self-assessment (orange square) and the NGO's sheet (blue
/// circle, smaller, so that equal scores show both) on one 0–100 scale per
/// area, a line between them, and both
/// scores and their difference written at the right.
enum AgreementChart {
    static let (left, right, top, rowHeight) = (56.0, 460.0, 30.0, 18.0)

    /// Where a score sits: 0 at `left`, 100 at `right`.
    static func x(_ score: Double) -> Double { left + (right - left) * min(max(score, 0), 100) / 100 }

    static func svg(_ input: ChartInput, country: String, year: Int, rows: [AgreementRow]) -> String {
        let words = input.words
        let bottom = top + Double(rows.count) * rowHeight
        let id = "agreement-\(country.lowercased())"
        var svg = SVG.open(id: id, width: 680, height: bottom + 24,
                           title: "\(input.countryLabel(country)): \(words[.agreementProfile]), \(year)",
                           description: words[.agreementChartText])
        svg += SVG.rect(x: left + 1, y: 5, width: 10, height: 10, fill: SVG.categorical[1])
        svg += SVG.text(words[.government], x: left + 16, y: 14)
        svg += "<circle cx=\"\(SVG.at(left + 126))\" cy=\"10\" r=\"5\" fill=\"\(SVG.categorical[0])\"/>"
        svg += SVG.text(words[.ngo], x: left + 136, y: 14)
        svg += SVG.text(words[.government], x: 556, y: 14, anchor: .end, weight: "bold")
        svg += SVG.text(words[.ngo], x: 606, y: 14, anchor: .end, weight: "bold")
        svg += SVG.text(words[.difference], x: 676, y: 14, anchor: .end, weight: "bold")
        svg += SVG.scale(left: left, right: right, top: top - 6, bottom: bottom)
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight + rowHeight / 2 - 4
            svg += SVG.text(row.id, x: 4, y: y + 4)
            let government = row.government.map(Rounding.twoDecimals)
            let ngo = row.ngo.map(Rounding.twoDecimals)
            if let government, let ngo {
                svg += SVG.line(x1: x(government), y1: y, x2: x(ngo), y2: y, stroke: "#808080", width: 2)
            }
            if let government {
                svg += "<rect class=\"government\" data-area=\"\(SVG.escape(row.id))\" x=\"\(SVG.at(x(government) - 5))\" "
                    + "y=\"\(SVG.at(y - 5))\" width=\"10\" height=\"10\" fill=\"\(SVG.categorical[1])\"/>"
            }
            if let ngo {
                svg += "<circle class=\"ngo\" data-area=\"\(SVG.escape(row.id))\" cx=\"\(SVG.at(x(ngo)))\" cy=\"\(SVG.at(y))\" "
                    + "r=\"4\" fill=\"\(SVG.categorical[0])\"/>"
            }
            svg += SVG.text(input.two(government) ?? "–", x: 556, y: y + 4, anchor: .end)
            svg += SVG.text(input.two(ngo) ?? "–", x: 606, y: y + 4, anchor: .end)
            svg += SVG.text(input.signed(row.difference) ?? "–", x: 676, y: y + 4, anchor: .end)
        }
        return svg + SVG.close
    }
}
