import RapporteurCore

/// A compact plain-text table of the comparison: per year, the overall
/// ranking. The full annual report is `ReportText`.
public enum ComparisonText {
    public static func compact(_ comparison: Comparison, levels: Set<ComparisonLevel> = [.overall]) -> String {
        var lines: [String] = []
        for year in comparison.years {
            for level in ComparisonLevel.allCases where levels.contains(level) {
                lines.append("\(year) \(level.rawValue)")
                lines.append(["id", "country", "score", "rank", "delta", "trend", "rating"].enumerated()
                    .map { TextColumns.pad($1, [10, 8, 8, 6, 8, 10, 12][$0]) }.joined())
                for row in comparison.rows where row.year == year && row.level == level {
                    let cells = [row.id, row.country, row.score.map { Rounding.fixed($0, places: 2) } ?? "-",
                                 row.rank.map(String.init) ?? "-", row.delta.map { Rounding.fixed($0, places: 2) } ?? "",
                                 row.trend?.rawValue ?? "", row.rating?.code ?? ""]
                    lines.append(cells.enumerated().map { TextColumns.pad($1, [10, 8, 8, 6, 8, 10, 12][$0]) }.joined())
                }
                lines.append("")
            }
        }
        return lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n") + "\n"
    }
}
