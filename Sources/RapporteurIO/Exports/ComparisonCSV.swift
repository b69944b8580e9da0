import Foundation
import RapporteurCore

/// The comparison as CSV: the long table of the comparison contract, and a
/// wide companion (one row per year and country, areas as columns).
public enum ComparisonCSV {
    public static let header = [
        "year", "region", "country", "level", "id", "score", "coverage", "rank", "n", "mean", "median", "min", "max",
        "sd", "gap", "delta", "delta_from", "trend", "rating", "state",
    ]

    /// One row per year x country x level x id, in the contract's order.
    public static func long(_ comparison: Comparison, levels: Set<ComparisonLevel> = Set(ComparisonLevel.allCases)) -> String {
        let sink = MemorySink()
        writeLong(comparison, levels: levels, to: sink)
        return sink.text
    }

    /// The long table, rendered in stretches on every core and handed to
    /// `sink` in order, so that it is never held whole.
    public static func writeLong(_ comparison: Comparison, levels: Set<ComparisonLevel> = Set(ComparisonLevel.allCases),
                                 to sink: ByteSink) {
        sink.write(CSVTable(header: header).data)
        let region = comparison.region?.id
        let wanted = (overall: levels.contains(.overall), area: levels.contains(.area),
                      indicator: levels.contains(.indicator))
        let rows = comparison.rows
        ParallelRender.render(count: rows.count, into: sink) { range in
            var table = CSVTable(header: [])
            // An empty table like it, to render the cells written once;
            // taken before the room is reserved, or the table's first row
            // would copy the reserved bytes and lose the room.
            let style = table
            // The rows of the realistic benchmark's comparison average 103
            // bytes, the simple one's 90.
            table.reserve(rows: range.count, width: 112)
            // The rows of a year, level and id come one after another and
            // share these cells: rendered once per group, not per row.
            var years = RepeatedCells<Int>(), levels = RepeatedCells<LevelKey>()
            var statistics = RepeatedCells<RegionalStatistics>()
            // A row without a rating (all but the overall ones) ends in one
            // of a few trend and state pairs, each rendered once.
            var endings = [CSVTable.Cells?](repeating: nil, count: Self.endingTrends * Self.endingStates)
            table.appendRows { output in
                for index in range {
                    let row = rows[index]
                    switch row.level {
                    case .overall: guard wanted.overall else { continue }
                    case .area: guard wanted.area else { continue }
                    case .indicator: guard wanted.indicator else { continue }
                    }
                    let year = years.cells(row.year, in: style) { $0.integer(row.year); $0.text(region) }
                    let level = levels.cells(LevelKey(level: row.level, id: row.id), in: style) {
                        $0.text(row.level.rawValue)
                        $0.text(row.id)
                    }
                    let s = row.statistics
                    let shared = statistics.cells(s, in: style) { cells in
                        cells.integer(s.n)
                        cells.fixed(s.mean, places: 2)
                        cells.fixed(s.median, places: 2)
                        cells.fixed(s.min, places: 2)
                        cells.fixed(s.max, places: 2)
                        cells.fixed(s.sd, places: 2)
                    }
                    let rating = row.rating?.code
                    let ending = rating == nil ? Self.ending(row, in: &endings, of: style) : nil
                    output.row { cells in
                        cells.cells(year)
                        cells.text(row.country)
                        cells.cells(level)
                        cells.fixed(row.score, places: 2)
                        cells.fixed(row.coverage, places: 4)
                        cells.integer(row.rank)
                        cells.cells(shared)
                        cells.fixed(row.gap, places: 2)
                        cells.fixed(row.delta, places: 2)
                        cells.integer(row.deltaFrom)
                        if let ending {
                            cells.cells(ending)
                        } else {
                            cells.text(row.trend?.rawValue)
                            cells.text(rating)
                            cells.text(row.state.rawValue)
                        }
                    }
                }
            }
            return table.data
        }
    }

    /// How many trends (none included) and states `ending` tells apart.
    private static let endingTrends = 4, endingStates = ScoreState.allCases.count

    /// The trend, empty rating and state cells of a row without a rating.
    private static func ending(_ row: ComparisonRow, in endings: inout [CSVTable.Cells?], of table: CSVTable) -> CSVTable.Cells {
        // By switches: looking each row's trend and state up in arrays of
        // all cases cost more than writing the cells.
        let trend = switch row.trend {
        case nil: 0
        case .improved: 1
        case .stable: 2
        case .declined: 3
        }
        let state = switch row.state {
        case .scored: 0
        case .missing: 1
        case .notApplicable: 2
        case .recorded: 3
        case .withheld: 4
        }
        let key = trend * endingStates + state
        if let cells = endings[key] { return cells }
        let cells = table.cells { cells in
            cells.text(row.trend?.rawValue)
            cells.empty()
            cells.text(row.state.rawValue)
        }
        endings[key] = cells
        return cells
    }

    /// One row per shown year and country with a sheet that year, by year
    /// then country: `year,region,country,overall,rating,coverage,state,`
    /// then one column per area (its id), each a 2-decimal score or empty;
    /// `state` says why an empty overall score is empty.
    public static func wide(_ comparison: Comparison, framework: Framework) -> String {
        let areas = framework.areas.map(\.id)
        var table = CSVTable(header: ["year", "region", "country", "overall", "rating", "coverage", "state"] + areas)
        for year in comparison.years {
            for overall in comparison.rows(year: year, level: .overall, id: "overall") {
                table.appendRow { row in
                    row.integer(year)
                    row.text(comparison.region?.id)
                    row.text(overall.country)
                    row.fixed(overall.score, places: 2)
                    row.text(overall.rating?.code)
                    row.fixed(overall.coverage, places: 4)
                    row.text(overall.state.rawValue)
                    for area in areas {
                        row.fixed(comparison.row(year: year, country: overall.country, level: .area, id: area)?.score,
                                  places: 2)
                    }
                }
            }
        }
        return table.rendered()
    }
}

/// Cells rendered for one key and kept while rows repeat the key.
private struct RepeatedCells<Key: Equatable> {
    private var kept: (key: Key, cells: CSVTable.Cells)?

    mutating func cells(_ key: Key, in table: CSVTable, _ write: (inout CSVTable.RowWriter) -> Void) -> CSVTable.Cells {
        if let kept, kept.key == key { return kept.cells }
        let cells = table.cells(write)
        kept = (key, cells)
        return cells
    }
}

private struct LevelKey: Equatable {
    let level: ComparisonLevel
    let id: String
}
