/// One organisation's answers for one country and one year, read and
/// interpreted against a framework.
public struct Sheet: Sendable {
    public var file: String
    public var metadata: SheetMetadata
    /// Answers by indicator id (a dictionary: the sheet's row order is not kept).
    public var answers: [String: SheetAnswer]

    public init(file: String, metadata: SheetMetadata, answers: [String: SheetAnswer]) {
        self.file = file
        self.metadata = metadata
        self.answers = answers
    }
}

public enum SheetStatus: String, Sendable, Hashable {
    case draft, final
}

public struct SheetMetadata: Sendable, Hashable {
    public var country: String
    public var year: Int
    public var status: SheetStatus
    /// As the sheet names it, e.g. `ban` and `1.0`; nil when not given.
    public var frameworkId: String?
    public var frameworkVersion: FrameworkVersion?
    public var organisation: String?
    public var date: String?
    public var language: String?
    /// Who answered; `ngo` when the sheet does not say.
    public var respondent: Respondent

    public init(country: String, year: Int, status: SheetStatus, frameworkId: String? = nil,
                frameworkVersion: FrameworkVersion? = nil, organisation: String? = nil,
                date: String? = nil, language: String? = nil, respondent: Respondent = .ngo) {
        self.country = country
        self.year = year
        self.status = status
        self.frameworkId = frameworkId
        self.frameworkVersion = frameworkVersion
        self.organisation = organisation
        self.date = date
        self.language = language
        self.respondent = respondent
    }
}

/// An answer as typed, what it means, and the evidence given with it.
public struct SheetAnswer: Sendable, Hashable {
    public var indicator: String
    /// The text as it stood in the sheet (for ratios in two rows, `N/D`).
    public var raw: String
    public var value: AnswerValue
    public var source: String?
    public var comment: String?
    public var location: SourceLocation

    public init(indicator: String, raw: String, value: AnswerValue, source: String? = nil,
                comment: String? = nil, location: SourceLocation) {
        self.indicator = indicator
        self.raw = raw
        self.value = value
        self.source = source
        self.comment = comment
        self.location = location
    }
}

/// What an answer means once read against its indicator.
public enum AnswerValue: Sendable, Hashable {
    /// Empty or `unknown`: no data.
    case missing
    case notApplicable
    case choice(code: String)
    /// Item codes, in the framework's order.
    case checklist(codes: [String])
    case number(Double)
    case ratio(numerator: Double, denominator: Double)
    case text(String)
}
