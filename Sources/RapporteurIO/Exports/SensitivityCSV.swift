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
            table.appendRow { row in
                row.integer(result.year)
                row.text(country.country)
                row.fixed(country.score, places: 2)
                row.integer(country.rank)
                row.integer(country.runs)
                row.integer(country.medianRank)
                row.fixed(country.meanRank, places: 2)
                row.integer(country.q05)
                row.integer(country.q95)
                row.fixed(country.meanShift, places: 2)
                row.fixed(country.sameShare, places: 4)
            }
        }
        return table.data
    }

    public static func inputs(_ result: SensitivityResult) -> [UInt8] {
        var table = CSVTable(header: inputsHeader)
        for input in result.inputs {
            table.appendRow { row in
                row.text(input.input.rawValue)
                row.fixed(input.firstOrder, places: 4)
                row.fixed(input.total, places: 4)
            }
        }
        return table.data
    }
}
