/// One question of the instrument, how it is answered and how it scores.
public struct Indicator: Sendable {
    public var id: String {
        get { storage.fields.id }
        set { unique().fields.id = newValue }
    }

    public var type: IndicatorType {
        get { storage.fields.type }
        set { unique().fields.type = newValue }
    }

    public var weight: Double {
        get { storage.fields.weight }
        set { unique().fields.weight = newValue }
    }

    public var allowsNotApplicable: Bool {
        get { storage.fields.allowsNotApplicable }
        set { unique().fields.allowsNotApplicable = newValue }
    }

    public var title: LocalisedText {
        get { storage.fields.title }
        set { unique().fields.title = newValue }
    }

    public var question: LocalisedText {
        get { storage.fields.question }
        set { unique().fields.question = newValue }
    }

    public var guidance: LocalisedText {
        get { storage.fields.guidance }
        set { unique().fields.guidance = newValue }
    }

    public var sources: [String] {
        get { storage.fields.sources }
        set { unique().fields.sources = newValue }
    }

    public var references: [Reference] {
        get { storage.fields.references }
        set { unique().fields.references = newValue }
    }

    public var answer: AnswerSpec {
        get { storage.fields.answer }
        set { unique().fields.answer = newValue }
    }

    public var location: SourceLocation {
        get { storage.fields.location }
        set { unique().fields.location = newValue }
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
        storage = Storage(Fields(id: id, type: type, weight: weight ?? (answer.isText ? 0 : 1),
                                 allowsNotApplicable: allowsNotApplicable, title: title, question: question,
                                 guidance: guidance, sources: sources, references: references, answer: answer,
                                 location: location))
    }

    /// The box, copied first if another indicator shares it.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        return storage
    }

    private struct Fields {
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
    }

    /// Mutated only while uniquely referenced (see `unique`), so sharing it
    /// across threads is safe.
    private final class Storage: @unchecked Sendable {
        var fields: Fields

        init(_ fields: Fields) { self.fields = fields }
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
