/// How an indicator is answered, and with it how the answer scores.
public enum AnswerSpec: Sendable {
    case choice(Choice)
    case checklist(Checklist)
    case number(NumberSpec)
    case ratio(RatioSpec)
    case text

    public var kind: AnswerKind {
        switch self {
        case .choice: .choice
        case .checklist: .checklist
        case .number: .number
        case .ratio: .ratio
        case .text: .text
        }
    }

    public var isText: Bool { if case .text = self { true } else { false } }

    /// The options of a choice or the items of a checklist; empty otherwise.
    public var options: [AnswerOption] {
        switch self {
        case .choice(let choice): choice.options
        case .checklist(let checklist): checklist.items
        default: []
        }
    }
}

public enum AnswerKind: String, Sendable, Hashable, CaseIterable {
    case choice, checklist, number, ratio, text
}

/// An option of a choice, or an item of a checklist.
public struct AnswerOption: Sendable, Hashable {
    public var code: String
    public var points: Double
    public var labels: LocalisedText
    public var location: SourceLocation

    public init(code: String, points: Double, labels: LocalisedText, location: SourceLocation) {
        self.code = code
        self.points = points
        self.labels = labels
        self.location = location
    }
}

public struct Choice: Sendable {
    public var options: [AnswerOption]
    public var location: SourceLocation
    public init(options: [AnswerOption], location: SourceLocation) {
        self.options = options
        self.location = location
    }
}

public struct Checklist: Sendable {
    public var items: [AnswerOption]
    /// Points beyond which more items add nothing; the sum of all items when absent.
    public var cap: Double?
    public var location: SourceLocation

    public init(items: [AnswerOption], cap: Double? = nil, location: SourceLocation) {
        self.items = items
        self.cap = cap
        self.location = location
    }

    public var effectiveCap: Double { cap ?? items.reduce(0) { $0 + $1.points } }
}

public struct NumberSpec: Sendable {
    /// What the number counts (`persons`), per language; empty when it has no
    /// unit. The `unit` attribute of the XML is its English text unless an
    /// English `<unit>` is given.
    public var unitText: LocalisedText
    public var minimum: Double?
    public var maximum: Double?
    public var integer: Bool
    public var rule: ScoringRule
    public var location: SourceLocation

    /// The unit in English (the default text), nil when there is none.
    public var unit: String? { unit(in: "en") }

    /// The unit in `language`, with the fallbacks of `LocalisedText`.
    public func unit(in language: String) -> String? {
        unitText.isEmpty ? nil : unitText.text(in: language)
    }

    /// `unit` is the default (English) text; `unitText` the texts by language.
    public init(unit: String? = nil, unitText: LocalisedText = LocalisedText(), minimum: Double? = nil,
                maximum: Double? = nil, integer: Bool = false, rule: ScoringRule, location: SourceLocation) {
        var texts = unitText
        if let unit, texts.english == nil { texts.entries.insert(.init(language: "en", text: unit), at: 0) }
        self.unitText = texts
        self.minimum = minimum
        self.maximum = maximum
        self.integer = integer
        self.rule = rule
        self.location = location
    }
}

public struct RatioSpec: Sendable {
    public var numerator: LocalisedText
    public var denominator: LocalisedText
    public var rule: ScoringRule
    public var location: SourceLocation

    public init(numerator: LocalisedText, denominator: LocalisedText, rule: ScoringRule, location: SourceLocation) {
        self.numerator = numerator
        self.denominator = denominator
        self.rule = rule
        self.location = location
    }
}

/// How a number (or a ratio's percentage) becomes a score in [0, 100].
public enum ScoringRule: Sendable {
    /// `100 * clamp((v - low) / (high - low), 0, 1)`; `low > high` means lower is better.
    case linear(low: Double, high: Double, location: SourceLocation)
    case bands([Band], location: SourceLocation)
}

/// `[from, to)` scores `points`; the last band may be open above.
public struct Band: Sendable, Hashable {
    public var from: Double
    public var to: Double?
    public var points: Double
    public var location: SourceLocation

    public init(from: Double, to: Double?, points: Double, location: SourceLocation) {
        self.from = from
        self.to = to
        self.points = points
        self.location = location
    }

    public func contains(_ value: Double) -> Bool {
        value >= from && (to.map { value < $0 } ?? true)
    }
}
