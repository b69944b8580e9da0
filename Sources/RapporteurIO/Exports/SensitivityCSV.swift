import RapporteurCore

/// `sensitivity.csv`: one row per country with a nominal overall score in
/// the year ranked, in nominal rank order; and, with Saltelli's design,
/// `sensitivity-inputs.csv`: one row per varied input.
public enum SensitivityCSV {
    public static let header = ["year", "country", "score", "rank", "runs", "median_rank", "mean_rank", "q05", "q95",
                                "mean_shift", "p_same"]
    public static let inputsHeader = ["input", "first_order", "total"]

    public static func countries(_ result: SensitivityResult) -> [UInt8] {
        var table = CSVTable(header: header)
        for country in result.countries {
            table.append([
                .integer(result.year), .text(country.country), .fixed(country.score, places: 2), .integer(country.rank),
                .integer(country.runs), integer(country.medianRank), fixed(country.meanRank, 2), integer(country.q05),
                integer(country.q95), fixed(country.meanShift, 2), fixed(country.sameShare, 4),
            ])
        }
        return table.data
    }

    public static func inputs(_ result: SensitivityResult) -> [UInt8] {
        var table = CSVTable(header: inputsHeader)
        for input in result.inputs {
            table.append([.text(input.input.rawValue), fixed(input.firstOrder, 4), fixed(input.total, 4)])
        }
        return table.data
    }

    private static func integer(_ value: Int?) -> CSVTable.Cell { value.map { .integer($0) } ?? .empty }

    private static func fixed(_ value: Double?, _ places: Int) -> CSVTable.Cell {
        value.map { .fixed($0, places: places) } ?? .empty
    }
}
