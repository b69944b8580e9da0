/// Which sheets a comparison takes and which years it shows.
public struct ComparisonRequest: Sendable, Hashable {
    public enum Years: Sendable, Hashable {
        /// Every year a taking-part sheet has.
        case all
        case range(Int, Int)

        func contains(_ year: Int) -> Bool {
            switch self {
            case .all: true
            case .range(let first, let last): (first...last).contains(year)
            }
        }

        var last: Int? {
            if case .range(_, let last) = self { last } else { nil }
        }
    }

    /// A region id of the framework; nil for every country present.
    public var region: String?
    public var years: Years
    public var includeDrafts: Bool
    /// Whose sheets take part; the others are left out and named in the notes.
    public var respondent: Respondent

    public init(region: String? = nil, years: Years = .all, includeDrafts: Bool = false, respondent: Respondent = .ngo) {
        self.region = region
        self.years = years
        self.includeDrafts = includeDrafts
        self.respondent = respondent
    }
}
