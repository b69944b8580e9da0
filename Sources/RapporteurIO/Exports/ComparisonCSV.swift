import Foundation
import RapporteurCore

/// The comparison as CSV: the long table of the comparison contract, and a
/// wide companion (countries as rows, areas as columns, latest year).
public enum ComparisonCSV {
    public static let header = [
        "year", "region", "country", "level", "id", "score", "coverage", "rank", "n", "mean", "median", "min", "max",
        "sd", "gap", "delta", "delta_from", "trend", "rating",
    ]

    /// One row per year x country x level x id, in the contract's order.
    public static func long(_ comparison: Comparison, levels: Set<ComparisonLevel> = Set(ComparisonLevel.allCases)) -> String {
        longTable(comparison, levels: levels).rendered()
    }

    /// The long table as UTF-8 bytes, without a copy as text.
    public static func longData(_ comparison: Comparison,
                                levels: Set<ComparisonLevel> = Set(ComparisonLevel.allCases)) -> Data {
        Data(longTable(comparison, levels: levels).data)
    }

    private static func longTable(_ comparison: Comparison, levels: Set<ComparisonLevel>) -> CSVTable {
        var table = CSVTable(header: header)
        let region = comparison.region?.id
        for row in comparison.rows where levels.contains(row.level) {
            let s = row.statistics
            table.appendRow { cells in
                cells.integer(row.year)
                cells.text(region)
                cells.text(row.country)
                cells.text(row.level.rawValue)
                cells.text(row.id)
                cells.fixed(row.score, places: 2)
                cells.fixed(row.coverage, places: 4)
                cells.integer(row.rank)
                cells.integer(s.n)
                for value in [s.mean, s.median, s.min, s.max, s.sd, row.gap, row.delta] { cells.fixed(value, places: 2) }
                cells.integer(row.deltaFrom)
                cells.text(row.trend?.rawValue)
                cells.text(row.rating?.code)
            }
        }
        return table
    }

    /// The latest year shown, one row per country with a sheet that year:
    /// `year,country,overall,rating,coverage,` then one column per area
    /// (its id), each a 2-decimal score or empty.
    public static func wide(_ comparison: Comparison, framework: Framework) -> String {
        let areas = framework.areas.map(\.id)
        var table = CSVTable(header: ["year", "country", "overall", "rating", "coverage"] + areas)
        guard let year = comparison.years.last else { return table.rendered() }
        for country in comparison.countries {
            guard let overall = comparison.row(year: year, country: country, level: .overall, id: "overall") else { continue }
            var cells: [CSVTable.Cell] = [.number(String(year)), .text(country), two(overall.score),
                                          overall.rating.map { .text($0.code) } ?? .empty, four(overall.coverage)]
            for area in areas {
                cells.append(two(comparison.row(year: year, country: country, level: .area, id: area)?.score))
            }
            table.append(cells)
        }
        return table.rendered()
    }

    static func two(_ value: Double?) -> CSVTable.Cell {
        value.map { .fixed($0, places: 2) } ?? .empty
    }

    static func four(_ value: Double?) -> CSVTable.Cell {
        value.map { .fixed($0, places: 4) } ?? .empty
    }
}
