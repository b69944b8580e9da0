/// One organisation's answers for one country and one year, read and
/// interpreted against a framework.
public struct Sheet: Sendable {
    public var file: String
    public var metadata: SheetMetadata
    /// Answers by indicator id (a dictionary: the sheet's row order is not kept).
    public var answers: [String: SheetAnswer]
    /// Indicators of the framework the sheet has no answer for, in the
    /// framework's order: for a sheet of an earlier version, the new ones.
    public var absent: [String]

    public init(file: String, metadata: SheetMetadata, answers: [String: SheetAnswer], absent: [String] = []) {
        self.file = file
        self.metadata = metadata
        self.answers = answers
        self.absent = absent
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
    /// The `ID/D` row's answer, for a ratio answered on two rows (then
    /// `location` is the `ID/N` row's).
    public var denominatorLocation: SourceLocation? {
        get { secondRow?.location }
        set { secondRow = newValue.map(SecondRow.init) }
    }
    /// Boxed: few answers have a second row, and every answer would
    /// otherwise carry room for one through a comparison's reading.
    private var secondRow: SecondRow?

    public init(indicator: String, raw: String, value: AnswerValue, source: String? = nil,
                comment: String? = nil, location: SourceLocation, denominatorLocation: SourceLocation? = nil) {
        self.indicator = indicator
        self.raw = raw
        self.value = value
        self.source = source
        self.comment = comment
        self.location = location
        secondRow = denominatorLocation.map(SecondRow.init)
    }

    /// Where the answer was read: one place, or the two rows of a ratio.
    public var locations: [SourceLocation] { [location] + (denominatorLocation.map { [$0] } ?? []) }
}

/// The location of a ratio's `ID/D` row, held by reference.
private final class SecondRow: Sendable, Hashable {
    let location: SourceLocation

    init(_ location: SourceLocation) { self.location = location }

    static func == (lhs: SecondRow, rhs: SecondRow) -> Bool { lhs.location == rhs.location }

    func hash(into hasher: inout Hasher) { hasher.combine(location) }
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
