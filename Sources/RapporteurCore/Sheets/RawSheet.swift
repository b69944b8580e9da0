/// A sheet as a reader found it, before meaning: metadata cells and answer
/// rows with where each stood. CSV, XML and workbook readers all produce
/// this; `SheetAssembler` interprets it against a framework.
public struct RawSheet: Sendable {
    public var file: String
    public var metadata: [RawMetadata]
    public var rows: [RawAnswerRow]
    /// Where the table header stood; nil when the sheet has no table.
    public var header: SourceLocation?

    public init(file: String, metadata: [RawMetadata] = [], rows: [RawAnswerRow] = [], header: SourceLocation? = nil) {
        self.file = file
        self.metadata = metadata
        self.rows = rows
        self.header = header
    }
}

public struct RawMetadata: Sendable, Hashable {
    public var key: String
    public var value: String
    /// Where the value stands (or the key, when the value is absent).
    public var location: SourceLocation

    public init(key: String, value: String, location: SourceLocation) {
        self.key = key
        self.value = value
        self.location = location
    }
}

public struct RawAnswerRow: Sendable, Hashable {
    /// `IDN.01`, or `IDN.01/N` and `IDN.01/D` for a ratio in two rows.
    public var indicator: String
    public var answer: String
    public var source: String?
    public var comment: String?
    /// Where the indicator id stands.
    public var indicatorLocation: SourceLocation
    /// Where the answer stands.
    public var answerLocation: SourceLocation
    /// A workbook cell that holds a date, whatever it displays.
    public var answerIsDateCell: Bool

    public init(indicator: String, answer: String, source: String? = nil, comment: String? = nil,
                indicatorLocation: SourceLocation, answerLocation: SourceLocation, answerIsDateCell: Bool = false) {
        self.indicator = indicator
        self.answer = answer
        self.source = source
        self.comment = comment
        self.indicatorLocation = indicatorLocation
        self.answerLocation = answerLocation
        self.answerIsDateCell = answerIsDateCell
    }
}
