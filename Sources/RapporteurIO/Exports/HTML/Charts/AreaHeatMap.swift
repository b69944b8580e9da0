import RapporteurCore

/// Area scores of one year as a grid, areas down and countries across, with
/// the regional mean as the last column. Each cell is shaded by its score
/// (viridis) and carries the number itself.
enum AreaHeatMap {
    static func svg(_ input: ChartInput, year: Int) -> String {
        let countries = input.ranked(year).map(\.country).sorted()
        let areas = input.framework.areas
        let words = input.words
        let left = 56.0, top = 24.0, rowHeight = 22.0
        let columns = Double(countries.count + 1)
        let cellWidth = min(64, (676 - left) / columns)
        let height = top + Double(areas.count) * rowHeight + 40
        var svg = SVG.open(id: "heatmap", width: 680, height: height, title: "\(words[.areas]), \(year)",
                           description: words[.heatMapText])
        for (column, country) in countries.enumerated() {
            svg += SVG.text(country, x: left + (Double(column) + 0.5) * cellWidth, y: 16, anchor: .middle, weight: "bold")
        }
        svg += SVG.text(words[.mean], x: left + (columns - 0.5) * cellWidth, y: 16, anchor: .middle, weight: "bold")
        for (line, area) in areas.enumerated() {
            let y = top + Double(line) * rowHeight
            svg += SVG.text(area.id, x: 4, y: y + 15)
            let rows = input.comparison.rows(year: year, level: .area, id: area.id)
            let values = countries.map { country in rows.first { $0.country == country }?.displayedScore }
                + [rows.first?.statistics.mean]
            for (column, value) in values.enumerated() {
                let x = left + Double(column) * cellWidth
                guard let value else {
                    svg += SVG.rect(x: x, y: y, width: cellWidth - 2, height: rowHeight - 2, fill: "#EEEEEE")
                    svg += SVG.text("–", x: x + cellWidth / 2 - 1, y: y + 15, anchor: .middle)
                    continue
                }
                let shade = SVG.step(value)
                svg += SVG.rect(x: x, y: y, width: cellWidth - 2, height: rowHeight - 2, fill: shade.fill,
                                stroke: column == values.count - 1 ? "#000000" : nil)
                svg += SVG.text(input.one(value) ?? "", x: x + cellWidth / 2 - 1, y: y + 15, anchor: .middle,
                                fill: shade.ink)
            }
        }
        // The legend: the five shades and what they stand for.
        let legendY = top + Double(areas.count) * rowHeight + 12
        for (index, shade) in SVG.sequential.enumerated() {
            let x = left + Double(index) * 76
            svg += SVG.rect(x: x, y: legendY, width: 16, height: 14, fill: shade.fill)
            svg += SVG.text("\(index * 20)–\(index * 20 + 20)", x: x + 20, y: legendY + 12)
        }
        svg += SVG.text("– \(words[.withheldOrNoData].dropFirst(2))", x: left + 5 * 76, y: legendY + 12)
        return svg + SVG.close
    }
}
