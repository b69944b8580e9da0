/// How one number of one sheet came about: the parts it was computed from,
/// the rule that scored each answer, where each answer stands, and where
/// the number stands in the comparison. A pure value; the text and JSON
/// renderers (and any other) only lay it out.
public struct Explanation: Sendable, Hashable {
    public var country: String
    public var year: Int
    public var level: ComparisonLevel
    /// `overall`, an area id or an indicator id.
    public var id: String
    /// The sheet the number comes from.
    public var file: String
    /// Unrounded; nil when withheld, not applicable or missing.
    public var score: Double?
    public var state: PartState
    /// Overall and area only.
    public var coverage: Double?
    public var aggregation: Aggregation
    public var minimumCoverage: Double
    /// The weight of the parts that have a score; the divisor of the mean.
    public var answeredWeight: Double?
    /// Areas for `overall`, indicators for an area, the indicator itself
    /// for an indicator; in the framework's order.
    public var parts: [ExplanationPart]
    /// Where the number stands among the compared countries; nil when the
    /// comparison has no row for it (an indicator that is not scored).
    public var standing: Standing?
    /// For an indicator: its answer in the country's previous taking-part sheet.
    public var previous: EvidenceRow?
    public var previousFile: String?
}

/// One part of an explained number: an area of the overall score, or an
/// indicator of an area.
public struct ExplanationPart: Sendable, Hashable {
    public var id: String
    public var weight: Double
    /// Unrounded; nil when not scored.
    public var score: Double?
    public var state: PartState
    /// Areas only.
    public var coverage: Double?
    /// What the part adds to the mean: weight x score / answered weight.
    /// Arithmetic aggregation only; nil for parts without a score.
    public var contribution: Double?
    /// Indicators only: the answer, its value, source, comment and locations.
    public var evidence: EvidenceRow?
    /// Indicators with a score: the scoring rule that applied.
    public var rule: ScoringStep?
}

/// The state of an explained number or part, as the contracts name it.
public enum PartState: Sendable, Hashable {
    case aggregate(AggregateScore.State)
    case answer(EvidenceState)

    public var rawValue: String {
        switch self {
        case .aggregate(let state): state.rawValue
        case .answer(let state): state.rawValue
        }
    }
}

/// A number's place in the comparison of its year and level.
public struct Standing: Sendable, Hashable {
    /// The region compared; nil for every country present.
    public var region: String?
    public var rank: Int?
    /// Countries with a score at this level and id.
    public var n: Int
    public var mean: Double?
    public var delta: Double?
    public var deltaFrom: Int?
    /// The sheet of the year the delta was taken from.
    public var deltaFile: String?
}
