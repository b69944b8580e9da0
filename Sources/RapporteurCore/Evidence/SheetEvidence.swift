/// One sheet's evidence, kept once the sheet is scored and its answers let
/// go: the rows of `evidence.csv` in a few bytes each. A location is a line
/// and column (or a workbook cell's row and column) in the sheet's own
/// file, not a string per answer, so a report over thousands of sheets
/// keeps a small table rather than every answer.
public struct SheetEvidence: Sendable {
    public let file: String
    public let year: Int
    public let country: String
    public let respondent: String
    /// The worksheet that holds a workbook's answers; nil for text files.
    private let worksheet: String?
    private let entries: [Entry]
    /// Locations that do not fit a `Place` (none from our readers), by entry.
    private let unusual: [Int: [SourceLocation]]

    private struct Entry: Sendable {
        var indicator: String
        var answer: String
        var value: String
        var score: Double?
        var state: EvidenceState
        var source: String?
        var comment: String?
        var first: Place?
        var second: Place?
    }

    /// A line and column, or a cell's row and column (A = 1).
    private struct Place: Sendable, Equatable {
        var line: UInt32
        var column: UInt32
    }

    public init(_ score: SheetScore) {
        let sheet = score.sheet
        file = sheet.file
        year = sheet.metadata.year
        country = sheet.metadata.country
        respondent = Evidence.respondent(of: sheet)
        // A workbook's answers all stand on one worksheet; the first answer's cell names it.
        let worksheet = score.areas.lazy.flatMap(\.indicators)
            .compactMap { sheet.answers[$0.indicator]?.location.cell.flatMap(Self.split)?.worksheet }.first
        self.worksheet = worksheet
        var unusual: [Int: [SourceLocation]] = [:]
        var entries: [Entry] = []
        entries.reserveCapacity(score.areas.reduce(0) { $0 + $1.indicators.count })
        for area in score.areas {
            for result in area.indicators {
                let answer = sheet.answers[result.indicator]
                let first = answer.map { Self.place($0.location, file: sheet.file, worksheet: worksheet) }
                let second = answer?.denominatorLocation.map { Self.place($0, file: sheet.file, worksheet: worksheet) }
                if first == .some(nil) || second == .some(nil), let answer { unusual[entries.count] = answer.locations }
                entries.append(Entry(indicator: result.indicator, answer: answer?.raw ?? "", value: Evidence.valueText(of: answer),
                                     score: result.state == .scored ? result.score : nil,
                                     state: Evidence.state(result, answer: answer), source: answer?.source,
                                     comment: answer?.comment, first: first ?? nil, second: second ?? nil))
            }
        }
        self.entries = entries
        self.unusual = unusual
    }

    /// Each row with its location text, written straight from the numbers:
    /// what the CSV needs, without a location value per answer.
    public func forEachRow(_ body: (EvidenceRow, String) -> Void) {
        for (index, entry) in entries.enumerated() {
            var text = ""
            if let locations = unusual[index] {
                text = locations.map(\.description).joined(separator: " ")
            } else if let first = entry.first {
                text = locationText(first)
                if let second = entry.second { text += " " + locationText(second) }
            }
            body(row(entry, locations: []), text)
        }
    }

    private func row(_ entry: Entry, locations: [SourceLocation]) -> EvidenceRow {
        EvidenceRow(year: year, country: country, respondent: respondent, indicator: entry.indicator, answer: entry.answer,
                    value: entry.value, score: entry.score, state: entry.state, source: entry.source, comment: entry.comment,
                    locations: locations)
    }

    private func locationText(_ place: Place) -> String {
        if let worksheet { return file + ":" + worksheet + "!" + Self.letters(Int(place.column)) + String(place.line) }
        return place.column == 0 ? file + ":" + String(place.line) : file + ":" + String(place.line) + ":" + String(place.column)
    }

    /// The rows, in the framework's order, as `Evidence.rows(of:)` gives them.
    public var rows: [EvidenceRow] {
        entries.enumerated().map { index, entry in
            row(entry, locations: unusual[index] ?? [entry.first, entry.second].compactMap { $0.map(location) })
        }
    }

    private func location(_ place: Place) -> SourceLocation {
        guard let worksheet else {
            return SourceLocation(file: file, line: Int(place.line), column: place.column == 0 ? nil : Int(place.column))
        }
        return SourceLocation(file: file, cell: "\(worksheet)!\(Self.letters(Int(place.column)))\(place.line)")
    }

    /// Nil when the location is not in this file, or is a cell of another worksheet.
    private static func place(_ location: SourceLocation, file: String, worksheet: String?) -> Place? {
        guard location.file == file else { return nil }
        if let cell = location.cell {
            guard let (sheet, column, row) = split(cell), sheet == worksheet else { return nil }
            return Place(line: UInt32(row), column: UInt32(column))
        }
        guard worksheet == nil, let line = location.line, line > 0, line <= Int(UInt32.max),
              (location.column ?? 0) >= 0, (location.column ?? 0) <= Int(UInt32.max) else { return nil }
        return Place(line: UInt32(line), column: UInt32(location.column ?? 0))
    }

    /// `Answers!E15` is `("Answers", 5, 15)`.
    private static func split(_ cell: String) -> (worksheet: String, column: Int, row: Int)? {
        guard let bang = cell.lastIndex(of: "!") else { return nil }
        let reference = cell[cell.index(after: bang)...]
        let letters = reference.prefix { $0.isASCII && $0.isUppercase }
        guard !letters.isEmpty, letters.count <= 3, let row = Int(reference.dropFirst(letters.count)), row > 0,
              row <= Int(UInt32.max) else { return nil }
        let column = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
        return (String(cell[..<bang]), column, row)
    }

    /// 1 is `A`, 27 is `AA`.
    private static func letters(_ column: Int) -> String {
        var column = column, text = ""
        while column > 0 {
            let digit = (column - 1) % 26
            text = String(UnicodeScalar(UInt8(65 + digit))) + text
            column = (column - 1) / 26
        }
        return text
    }
}
