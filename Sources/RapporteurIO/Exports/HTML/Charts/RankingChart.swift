import RapporteurCore

/// The overall ranking of one year as horizontal bars, coloured by rating
/// and labelled with it, with coverage and change beside each bar.
enum RankingChart {
    static func svg(_ input: ChartInput, year: Int) -> String {
        let rows = input.ranked(year)
        let words = input.words
        let (labelRight, barLeft, barRight) = (186.0, 192.0, 432.0)
        let (coverageRight, changeRight, rowHeight, top) = (612.0, 676.0, 26.0, 26.0)
        let height = top + Double(rows.count) * rowHeight + 24
        var svg = SVG.open(id: "ranking", width: 680, height: height,
                           title: "\(words[.overallRanking]), \(year)", description: words[.rankingChartText])
        svg += SVG.text(words[.score], x: barLeft, y: 16, weight: "bold")
        svg += SVG.text(words[.coverage], x: coverageRight, y: 16, anchor: .end, weight: "bold")
        svg += SVG.text(words[.delta], x: changeRight, y: 16, anchor: .end, weight: "bold")
        let bottom = top + Double(rows.count) * rowHeight
        svg += SVG.scale(left: barLeft, right: barRight, top: top, bottom: bottom)
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight
            let middle = y + rowHeight / 2 + 4
            svg += SVG.text(input.countryLabel(row.country), x: labelRight, y: middle, anchor: .end)
            guard let score = row.displayedScore else {
                svg += SVG.text(input.state(row), x: barLeft + 4, y: middle, fill: "#404040")
                continue
            }
            let end = barLeft + (barRight - barLeft) * min(max(score, 0), 100) / 100
            svg += SVG.rect(x: barLeft, y: y + 4, width: end - barLeft, height: rowHeight - 8,
                            fill: input.colour(of: row.rating))
            let rating = row.rating?.label.text(in: input.language) ?? ""
            svg += SVG.text("\(input.one(score) ?? "") \(rating)", x: end + 4, y: middle)
            svg += SVG.text(input.percent(row.coverage) ?? "", x: coverageRight, y: middle, anchor: .end)
            svg += SVG.text(input.signed(row.delta) ?? "–", x: changeRight, y: middle, anchor: .end)
        }
        return svg + SVG.close
    }
}
