import RapporteurCore

/// One country's area scores of one year against the regional mean, as a
/// dot plot: a filled circle for the country, an open diamond for the mean,
/// a line between them, and the score and gap written at the right.
enum ProfileChart {
    static func svg(_ input: ChartInput, country: String, year: Int) -> String {
        let areas = input.framework.areas
        let words = input.words
        let (left, right, top, rowHeight) = (56.0, 500.0, 30.0, 18.0)
        let bottom = top + Double(areas.count) * rowHeight
        let id = "profile-\(country.lowercased())"
        var svg = SVG.open(id: id, width: 680, height: bottom + 24,
                           title: "\(input.countryLabel(country)): \(words[.areaScoresAgainstMean]), \(year)",
                           description: words[.profileChartText])
        svg += SVG.marker(0, x: left + 6, y: 10, fill: SVG.categorical[0])
        svg += SVG.text(country, x: left + 14, y: 14)
        svg += SVG.polygon(diamond(left + 76, 10), fill: "#FFFFFF", stroke: "#000000")
        svg += SVG.text(words[.regionalMean], x: left + 86, y: 14)
        svg += SVG.text(words[.score], x: 604, y: 14, anchor: .end, weight: "bold")
        svg += SVG.text(words[.gap], x: 676, y: 14, anchor: .end, weight: "bold")
        svg += SVG.scale(left: left, right: right, top: top - 6, bottom: bottom)
        func x(_ score: Double) -> Double { left + (right - left) * min(max(score, 0), 100) / 100 }
        for (index, area) in areas.enumerated() {
            let y = top + Double(index) * rowHeight + rowHeight / 2 - 4
            svg += SVG.text(area.id, x: 4, y: y + 4)
            let row = input.comparison.row(year: year, country: country, level: .area, id: area.id)
            let mean = input.comparison.rows(year: year, level: .area, id: area.id).first?.statistics.mean
            if let score = row?.displayedScore, let mean {
                svg += SVG.line(x1: x(mean), y1: y, x2: x(score), y2: y, stroke: "#808080", width: 2)
            }
            if let mean { svg += SVG.polygon(diamond(x(mean), y), fill: "#FFFFFF", stroke: "#000000") }
            if let score = row?.displayedScore {
                svg += SVG.marker(0, x: x(score), y: y, fill: SVG.categorical[0])
                svg += SVG.text(input.one(score) ?? "", x: 604, y: y + 4, anchor: .end)
                svg += SVG.text(input.signed(row?.gap) ?? "", x: 676, y: y + 4, anchor: .end)
            } else {
                svg += SVG.text(row.map(input.state) ?? words[.noSheet], x: 604, y: y + 4, anchor: .end)
            }
        }
        return svg + SVG.close
    }

    private static func diamond(_ x: Double, _ y: Double) -> [(Double, Double)] {
        [(x, y - 5), (x + 5, y), (x, y + 5), (x - 5, y)]
    }
}
