/// One question of the instrument, how it is answered and how it scores.
public struct Indicator: Sendable {
    public var id: String {
        get { storage.id }
        set { unique().id = newValue }
    }

    public var type: IndicatorType {
        get { storage.type }
        set { unique().type = newValue }
    }

    public var weight: Double {
        get { storage.weight }
        set { unique().weight = newValue }
    }

    public var allowsNotApplicable: Bool {
        get { storage.allowsNotApplicable }
        set { unique().allowsNotApplicable = newValue }
    }

    public var title: LocalisedText {
        get { storage.title }
        set { unique().title = newValue }
    }

    public var question: LocalisedText {
        get { storage.question }
        set { unique().question = newValue }
    }

    public var guidance: LocalisedText {
        get { storage.guidance }
        set { unique().guidance = newValue }
    }

    public var sources: [String] {
        get { storage.sources }
        set { unique().sources = newValue }
    }

    public var references: [Reference] {
        get { storage.references }
        set { unique().references = newValue }
    }

    public var answer: AnswerSpec {
        get { storage.answer }
        set { unique().answer = newValue }
    }

    public var location: SourceLocation {
        get { storage.location }
        set { unique().location = newValue }
    }

    /// All fields live in one copy-on-write box: a comparison reads an
    /// indicator for each of hundreds of thousands of answers, and copying
    /// the struct retained every one of its strings and arrays each time.
    private var storage: Storage

    public init(
        id: String, type: IndicatorType, weight: Double? = nil, allowsNotApplicable: Bool = false,
        title: LocalisedText, question: LocalisedText, guidance: LocalisedText = LocalisedText(),
        sources: [String] = [], references: [Reference] = [], answer: AnswerSpec, location: SourceLocation
    ) {
        storage = Storage(id: id, type: type, weight: weight ?? (answer.isText ? 0 : 1),
                          allowsNotApplicable: allowsNotApplicable, title: title, question: question, guidance: guidance,
                          sources: sources, references: references, answer: answer, location: location)
    }

    /// The box, copied first if another indicator shares it.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// Mutated only while uniquely referenced (see `unique`), so sharing it
    /// across threads is safe.
    private final class Storage: @unchecked Sendable {
        var id: String
        var type: IndicatorType
        var weight: Double
        var allowsNotApplicable: Bool
        var title: LocalisedText
        var question: LocalisedText
        var guidance: LocalisedText
        var sources: [String]
        var references: [Reference]
        var answer: AnswerSpec
        var location: SourceLocation

        init(id: String, type: IndicatorType, weight: Double, allowsNotApplicable: Bool, title: LocalisedText,
             question: LocalisedText, guidance: LocalisedText, sources: [String], references: [Reference],
             answer: AnswerSpec, location: SourceLocation) {
            self.id = id
            self.type = type
            self.weight = weight
            self.allowsNotApplicable = allowsNotApplicable
            self.title = title
            self.question = question
            self.guidance = guidance
            self.sources = sources
            self.references = references
            self.answer = answer
            self.location = location
        }

        func copy() -> Storage {
            Storage(id: id, type: type, weight: weight, allowsNotApplicable: allowsNotApplicable, title: title,
                    question: question, guidance: guidance, sources: sources, references: references, answer: answer,
                    location: location)
        }
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
