import RapporteurCore

/// Overall scores over the years shown, one line per country, each with its
/// own colour and marker and labelled with its code at its last point, and
/// the regional mean as a dashed black line.
enum TrendChart {
    static func svg(_ input: ChartInput) -> String {
        let years = input.comparison.years
        let countries = input.comparison.countries
        let words = input.words
        let (left, right, top, bottom) = (44.0, 560.0, 12.0, 252.0)
        var svg = SVG.open(id: "trend", width: 680, height: bottom + 30, title: words[.scoresOverYears],
                           description: words[.trendChartText])
        func x(_ year: Int) -> Double {
            guard let first = years.first, let last = years.last, last > first else { return (left + right) / 2 }
            return left + (right - left) * Double(year - first) / Double(last - first)
        }
        func y(_ score: Double) -> Double { bottom - (bottom - top) * min(max(score, 0), 100) / 100 }
        for tick in stride(from: 0, through: 100, by: 20) {
            svg += SVG.line(x1: left, y1: y(Double(tick)), x2: right, y2: y(Double(tick)), stroke: "#D0D0D0")
            svg += SVG.text(String(tick), x: left - 6, y: y(Double(tick)) + 4, anchor: .end, fill: "#404040")
        }
        for year in years {
            svg += SVG.text(String(year), x: x(year), y: bottom + 18, anchor: .middle, fill: "#404040")
        }
        var labels: [(text: String, y: Double, colour: String, shape: Int)] = []
        var series = countries.enumerated().map { index, country in
            (label: country, colour: SVG.categorical[index % SVG.categorical.count], shape: index, dash: nil as String?,
             points: years.compactMap { year in
                 input.comparison.row(year: year, country: country, level: .overall, id: "overall")?.displayedScore
                     .map { (year, $0) }
             })
        }
        series.append((label: words[.mean], colour: "#000000", shape: -1, dash: "6 4", points: years.compactMap { year in
            input.comparison.rows(year: year, level: .overall, id: "overall").first?.statistics.mean.map { (year, $0) }
        }))
        for line in series where !line.points.isEmpty {
            let path = line.points.enumerated().map { index, point in
                "\(index == 0 ? "M" : "L")\(SVG.at(x(point.0))) \(SVG.at(y(point.1)))"
            }.joined()
            svg += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(line.colour)\" stroke-width=\"2\""
                + (line.dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") + "/>"
            if line.shape >= 0 {
                for point in line.points { svg += SVG.marker(line.shape, x: x(point.0), y: y(point.1), fill: line.colour) }
            }
            if let last = line.points.last { labels.append((line.label, y(last.1), line.colour, line.shape)) }
        }
        // End labels pushed apart so that close lines stay readable.
        labels.sort { $0.y < $1.y }
        for index in labels.indices.dropFirst() where labels[index].y - labels[index - 1].y < 13 {
            labels[index].y = labels[index - 1].y + 13
        }
        for label in labels {
            svg += label.shape >= 0
                ? SVG.marker(label.shape, x: right + 14, y: label.y, fill: label.colour)
                : SVG.line(x1: right + 6, y1: label.y, x2: right + 22, y2: label.y, stroke: label.colour, width: 2, dash: "4 2")
            svg += SVG.text(label.text, x: right + 26, y: label.y + 4)
        }
        return svg + SVG.close
    }
}
