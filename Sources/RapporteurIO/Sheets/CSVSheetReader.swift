import Foundation
import RapporteurCore

/// Reads a CSV sheet into a raw sheet: metadata rows, then the table from
/// the row whose first cell is `indicator`, columns found by header name.
public enum CSVSheetReader {
    /// `keepsEvidence` false leaves the source and comment cells unread.
    public static func read(_ data: Data, file: String, encoding: SheetEncoding = .utf8,
                            keepsEvidence: Bool = true) throws(InputFailure) -> (RawSheet, [Diagnostic]) {
        guard !data.isEmpty else {
            throw InputFailure(.error(.emptySheet, "the file is empty", at: SourceLocation(file: file),
                                      suggestion: "start from a blank sheet: rapporteur template --country CC --year YYYY"))
        }
        let text = try encoding.decode(data, file: file)
        let tokenizer = CSVTokenizer(delimiter: CSVTokenizer.delimiter(of: text))
        let records: CSVTokenizer.Records
        do {
            records = try tokenizer.records(in: text)
        } catch {
            switch error {
            case .unterminatedQuote(let line):
                throw InputFailure(.error(.unterminatedQuote, "a quoted cell opens on this line and never closes",
                                          at: SourceLocation(file: file, line: line),
                                          suggestion: "add the closing '\"', or remove the opening one"))
            case .fieldTooLarge(let line):
                throw InputFailure(.error(.tooLarge, "a cell holds more than \(CSVTokenizer.maximumFieldBytes) bytes",
                                          at: SourceLocation(file: file, line: line),
                                          suggestion: "keep evidence short and link to documents instead"))
            case .tooManyRows(let line):
                throw InputFailure(.error(.tooLarge, "the sheet has more than \(CSVTokenizer.maximumRows) rows",
                                          at: SourceLocation(file: file, line: line),
                                          suggestion: "a sheet holds one country and year: one row per indicator"))
            case .tooManyColumns(let line):
                throw InputFailure(.error(.tooLarge, "a row has more than \(CSVTokenizer.maximumColumns) columns",
                                          at: SourceLocation(file: file, line: line),
                                          suggestion: "a sheet needs seven columns: indicator, area, question, options, answer, source, comment"))
            }
        }
        return TableLayout.read(records.records.map { record in
            TableLayout.Row(cells: records.fields(of: record).enumerated().map { index, field in
                TableLayout.Cell(bytes: field.range, line: field.line, column: index + 1)
            }, location: SourceLocation(file: file, line: record.line))
        }, bytes: records.bytes, file: file, keepsEvidence: keepsEvidence)
    }
}
