import RapporteurCore

/// The latest year's ranks under varied choices, drawn as COINr's
/// `plot_uncertainty` draws them: countries down in nominal rank order,
/// ranks across (first at the left), a blue line from the 5th to the 95th
/// percentile of the country's ranks over the runs, a black bar at its
/// median rank and a vermilion circle at its nominal rank (smaller than the
/// bar is tall, so that both show where they meet); the figures are
/// written at the right.
enum UncertaintyChart {
    static let (left, right, top, rowHeight) = (186.0, 540.0, 34.0, 22.0)

    /// The last rank on the axis: the most countries ranked, or the worst
    /// rank any run gave.
    static func worst(_ sensitivity: SensitivityResult) -> Int {
        max(sensitivity.countries.count, sensitivity.countries.compactMap(\.q95).max() ?? 1,
            sensitivity.countries.map(\.rank).max() ?? 1, 1)
    }

    /// Where rank `rank` sits: rank 1 at `left`, the worst at `right`.
    static func x(_ rank: Int, worst: Int) -> Double {
        worst > 1 ? left + (right - left) * Double(rank - 1) / Double(worst - 1) : (left + right) / 2
    }

    static func svg(_ input: ChartInput, sensitivity: SensitivityResult) -> String {
        let countries = sensitivity.countries.sorted { ($0.rank, $0.country) < ($1.rank, $1.country) }
        let words = input.words
        let worst = worst(sensitivity)
        let bottom = top + Double(countries.count) * rowHeight
        var svg = SVG.open(id: "uncertainty", width: 680, height: bottom + 24,
                           title: "\(words[.uncertaintyTitle]), \(sensitivity.year)",
                           description: words[.uncertaintyChartText])
        // The legend: what each mark stands for.
        svg += "<circle cx=\"\(SVG.at(left + 6))\" cy=\"12\" r=\"5\" fill=\"\(SVG.categorical[5])\"/>"
        svg += SVG.text(words[.nominalRank], x: left + 16, y: 16)
        svg += SVG.line(x1: left + 130, y1: 5, x2: left + 130, y2: 19, stroke: "#000000", width: 3)
        svg += SVG.text(words[.medianRank], x: left + 138, y: 16)
        svg += SVG.line(x1: left + 220, y1: 12, x2: left + 250, y2: 12, stroke: SVG.categorical[0], width: 4)
        svg += SVG.text(words[.rankInterval], x: left + 256, y: 16)
        svg += SVG.text("\(words[.medianRank]) (\(words[.rankInterval]))", x: 676, y: 16, anchor: .end, weight: "bold")
        let step = worst <= 20 ? 1 : worst <= 60 ? 5 : 10
        for tick in Set([1, worst] + stride(from: step, through: worst, by: step)).sorted() {
            let at = x(tick, worst: worst)
            svg += SVG.line(x1: at, y1: top - 4, x2: at, y2: bottom, stroke: "#D0D0D0")
            svg += SVG.text(String(tick), x: at, y: bottom + 14, anchor: .middle, fill: "#404040")
        }
        for (index, country) in countries.enumerated() {
            let y = top + Double(index) * rowHeight + rowHeight / 2
            svg += SVG.text(input.countryLabel(country.country), x: left - 10, y: y + 4, anchor: .end)
            if let low = country.q05, let high = country.q95, let median = country.medianRank {
                svg += "<line class=\"interval\" data-country=\"\(country.country)\" x1=\"\(SVG.at(x(low, worst: worst)))\" "
                    + "y1=\"\(SVG.at(y))\" x2=\"\(SVG.at(x(high, worst: worst)))\" y2=\"\(SVG.at(y))\" "
                    + "stroke=\"\(SVG.categorical[0])\" stroke-width=\"4\" stroke-linecap=\"round\"/>"
                svg += "<line class=\"median\" data-country=\"\(country.country)\" x1=\"\(SVG.at(x(median, worst: worst)))\" "
                    + "y1=\"\(SVG.at(y - 9))\" x2=\"\(SVG.at(x(median, worst: worst)))\" y2=\"\(SVG.at(y + 9))\" "
                    + "stroke=\"#000000\" stroke-width=\"3\"/>"
                svg += SVG.text("\(median) (\(low)–\(high))", x: 676, y: y + 4, anchor: .end)
            } else {
                svg += SVG.text(words[.neverRanked], x: 676, y: y + 4, anchor: .end)
            }
            svg += "<circle class=\"nominal\" data-country=\"\(country.country)\" cx=\"\(SVG.at(x(country.rank, worst: worst)))\" "
                + "cy=\"\(SVG.at(y))\" r=\"4.5\" fill=\"\(SVG.categorical[5])\"/>"
        }
        return svg + SVG.close
    }
}
