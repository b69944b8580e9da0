/// One question of the instrument, how it is answered and how it scores.
public struct Indicator: Sendable {
    public var id: String
    public var type: IndicatorType
    public var weight: Double
    public var allowsNotApplicable: Bool
    public var title: LocalisedText
    public var question: LocalisedText
    public var guidance: LocalisedText
    public var sources: [String]
    public var references: [Reference]
    public var answer: AnswerSpec
    public var location: SourceLocation

    public init(
        id: String, type: IndicatorType, weight: Double? = nil, allowsNotApplicable: Bool = false,
        title: LocalisedText, question: LocalisedText, guidance: LocalisedText = LocalisedText(),
        sources: [String] = [], references: [Reference] = [], answer: AnswerSpec, location: SourceLocation
    ) {
        self.id = id
        self.type = type
        self.weight = weight ?? (answer.isText ? 0 : 1)
        self.allowsNotApplicable = allowsNotApplicable
        self.title = title
        self.question = question
        self.guidance = guidance
        self.sources = sources
        self.references = references
        self.answer = answer
        self.location = location
    }

    /// Whether the indicator enters its area's score.
    public var isScored: Bool { weight > 0 && !answer.isText }

    /// The area id an indicator id starts with: `IDN` for `IDN.01`.
    public var areaPrefix: String { String(id.prefix { $0 != "." }) }
}

/// The human-rights indicator triad.
public enum IndicatorType: String, Sendable, Hashable, CaseIterable {
    case structural, process, outcome
}

/// An article of a standard an indicator rests on.
public struct Reference: Sendable, Hashable {
    public var instrument: String
    public var article: String
    public init(instrument: String, article: String) {
        self.instrument = instrument
        self.article = article
    }
}
