import Foundation
import RapporteurCore

/// `evidence.csv`: every answer of every taking-part sheet, with what it
/// was read as, its score and state, its source and comment, and where it
/// stands, so that each number of the comparison leads back to its cells.
public enum EvidenceCSV {
    public static let header = [
        "year", "country", "respondent", "indicator", "answer", "value", "score", "state", "source", "comment", "location",
    ]

    public static func text(_ sheets: [SheetEvidence]) -> String {
        let sink = MemorySink()
        write(sheets, to: sink)
        return sink.text
    }

    /// The rows of the sheets ordered by year, country and the framework's
    /// order, rendered a stretch of sheets at a time on every core.
    public static func write(_ sheets: [SheetEvidence], to sink: ByteSink) {
        sink.write(CSVTable(header: header).data)
        let sheets = Evidence.ordered(sheets)
        ParallelRender.render(count: sheets.count, into: sink, stretch: 64) { range in
            var table = CSVTable(header: [])
            for index in range {
                sheets[index].forEachRow { row, location in
                    table.appendRow { cells in
                        cells.integer(row.year)
                        cells.text(row.country)
                        cells.text(row.respondent)
                        cells.text(row.indicator)
                        cells.text(row.answer)
                        cells.text(row.value)
                        cells.fixed(row.score, places: 2)
                        cells.text(row.state.rawValue)
                        cells.text(row.source)
                        cells.text(row.comment)
                        cells.text(location)
                    }
                }
            }
            return table.data
        }
    }
}
