import RapporteurCore

/// `agreement.csv` of the Agreement contract: one row per pair of sheets,
/// level and id, in comparison order.
public enum AgreementCSV {
    public static let header = ["year", "country", "level", "id", "government", "ngo", "difference", "n", "same", "mad", "alpha"]

    public static func render(_ agreement: Agreement) -> String {
        var table = CSVTable(header: header)
        for row in agreement.rows {
            let s = row.statistics
            table.appendRow { cells in
                cells.integer(row.year)
                cells.text(row.country)
                cells.text(row.level.rawValue)
                cells.text(row.id)
                cells.fixed(row.government, places: 2)
                cells.fixed(row.ngo, places: 2)
                cells.fixed(row.difference, places: 2)
                cells.integer(s?.n)
                cells.fixed(s?.same, places: 4)
                cells.fixed(s?.mad, places: 2)
                cells.fixed(s?.alpha, places: 4)
            }
        }
        return table.rendered()
    }
}
