import RapporteurCore

/// The largest changes since the previous year, overall and by area, as
/// bars either side of zero: rises to the right in blue, falls to the left
/// in vermilion, each with its signed value written at the right.
enum ChangesChart {
    static func svg(_ input: ChartInput, year: Int) -> String {
        let rows = input.largestChanges(year)
        let words = input.words
        let (labelRight, zero, half, rowHeight, top) = (250.0, 380.0, 120.0, 24.0, 8.0)
        let largest = max(rows.map { abs($0.delta ?? 0) }.max() ?? 1, 1)
        let height = top + Double(max(rows.count, 1)) * rowHeight + 12
        var svg = SVG.open(id: "changes", width: 680, height: height, title: words[.largestChanges],
                           description: words[.changesChartText])
        if rows.isEmpty {
            svg += SVG.text(words[.noChanges], x: 4, y: top + 16)
            return svg + SVG.close
        }
        svg += SVG.line(x1: zero, y1: top, x2: zero, y2: top + Double(rows.count) * rowHeight, stroke: "#000000")
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight
            let what = row.level == .overall ? words[.overallScore] : row.id
            svg += SVG.text("\(row.country) · \(what)", x: labelRight, y: y + 16, anchor: .end)
            let delta = row.delta ?? 0
            let length = half * abs(delta) / largest
            let rising = delta > 0
            svg += SVG.rect(x: rising ? zero : zero - length, y: y + 4, width: length, height: rowHeight - 8,
                            fill: rising ? SVG.categorical[0] : SVG.categorical[5])
            let value = "\(input.signed(delta) ?? "") (\(row.deltaFrom.map(String.init) ?? "")→\(year))"
            svg += SVG.text(value, x: 676, y: y + 16, anchor: .end)
        }
        return svg + SVG.close
    }
}
