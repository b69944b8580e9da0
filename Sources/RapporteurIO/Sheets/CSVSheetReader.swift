import Foundation
import RapporteurCore

/// Reads a CSV sheet into a raw sheet: metadata rows, then the table from
/// the row whose first cell is `indicator`, columns found by header name.
public enum CSVSheetReader {
    /// `keepsEvidence` false leaves the source and comment cells unread.
    public static func read(_ data: Data, file: String, encoding: SheetEncoding = .utf8,
                            keepsEvidence: Bool = true) throws(InputFailure) -> (RawSheet, [Diagnostic]) {
        let records = try tokenized(data, file: file, encoding: encoding)
        return TableLayout.read(Array(rows(of: records, file: file)), bytes: records.bytes, file: file,
                                keepsEvidence: keepsEvidence)
    }

    /// The records of a sheet's text, each field a range of their bytes.
    private static func tokenized(_ data: Data, file: String, encoding: SheetEncoding) throws(InputFailure)
        -> CSVTokenizer.Records
    {
        guard !data.isEmpty else {
            throw InputFailure(.error(.emptySheet, "the file is empty", at: SourceLocation(file: file),
                                      suggestion: "start from a blank sheet: rapporteur template --country CC --year YYYY"))
        }
        // Plain UTF-8, the usual sheet, is taken as it is; anything else is
        // decoded, or explained by the decoding.
        let bytes: [UInt8]
        if encoding == .utf8, let plain = DataScan.plainUTF8(data) {
            bytes = plain
        } else {
            bytes = Array(try encoding.decode(data, file: file).utf8)
        }
        let tokenizer = CSVTokenizer(delimiter: CSVTokenizer.delimiter(of: bytes))
        do {
            return try tokenizer.records(in: consume bytes)
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
    }

    /// The records as the layout's rows, each made when it is read.
    private static func rows(of records: CSVTokenizer.Records, file: String) -> LazyMapSequence<[CSVTokenizer.Record], TableLayout.Row> {
        records.records.lazy.map { record in
            TableLayout.Row(fields: records.fields(of: record), location: SourceLocation(file: file, line: record.line))
        }
    }

    /// A plain sheet's values in one pass, for a caller that keeps values
    /// only: UTF-8 text whose rows up to the header say nothing wrong, and
    /// whose every answer row gives an id as `ids` writes it and an answer,
    /// with nothing past the header's columns. Nil for any other sheet,
    /// which the full reading then reads and explains; for a plain one,
    /// the outcome is the one the full reading gives (`PlainSheetTests`).
    static func readValues(_ data: Data, file: String, ids: PlainIDs,
                           assembler: SheetAssembler) -> (SheetAssembler.Outcome, head: RawSheet)? {
        guard let records = try? tokenized(data, file: file, encoding: .utf8) else { return nil }
        // Rows are made only as far as the header: the answer rows are read
        // from the fields themselves.
        let head = TableLayout.head(rows(of: records, file: file), bytes: records.bytes, file: file)
        guard head.diagnostics.isEmpty, let indicatorColumn = head.indicator, let answerColumn = head.answer else { return nil }
        var answers: [(place: Int, range: Range<Int>)] = []
        answers.reserveCapacity(records.records.count - head.next)
        var previous = -1
        for record in records.records[head.next...] {
            let fields = records.fields(of: record)
            // A row of empty cells is blank; cells past the header's
            // columns, or an id of any other form, are for the full reading.
            guard fields.contains(where: { !$0.range.isEmpty }) else { continue }
            guard fields.dropFirst(head.width).allSatisfy({ $0.range.isEmpty }), indicatorColumn < fields.count,
                  let place = ids.place(of: records.bytes[fields[fields.startIndex + indicatorColumn].range], after: previous)
            else { return nil }
            previous = place
            answers.append((place, answerColumn < fields.count ? fields[fields.startIndex + answerColumn].range : 0..<0))
        }
        return assembler.assembleValues(head.sheet, bytes: records.bytes, answers: answers).map { ($0, head.sheet) }
    }
}
