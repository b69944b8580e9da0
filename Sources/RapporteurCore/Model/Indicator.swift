/// One question of the instrument, how it is answered and how it scores.
public struct Indicator: Sendable {
    public let id: String
    public let type: IndicatorType
    /// 0 for a recorded, never scored indicator; 1 unless the framework says.
    public let weight: Double
    public let allowsNotApplicable: Bool
    public let title: LocalisedText
    public let question: LocalisedText
    public let guidance: LocalisedText
    public let sources: [String]
    public let references: [Reference]
    public let answer: AnswerSpec
    public let location: SourceLocation

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
