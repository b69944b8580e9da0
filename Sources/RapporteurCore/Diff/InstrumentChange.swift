/// One difference between two versions of the instrument, as `rapporteur
/// diff` lists it: what kind of change, to which area, indicator or the
/// framework itself, whether a sheet's scores may change, and where it is.
///
///     weight COO.01 1 → 2 (breaking) at indicators/areas/coo.xml:9
public struct InstrumentChange: Sendable, Hashable {
    /// The kinds of the analysis contract, by their names there.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case areaAdded = "area-added"
        case areaRemoved = "area-removed"
        case indicatorAdded = "indicator-added"
        case indicatorRemoved = "indicator-removed"
        case indicatorMoved = "indicator-moved"
        case weight
        /// Options, points, bands, rules, caps, the answer kind, the range a
        /// number may take, whether `n/a` is allowed.
        case scoring
        case aggregation
        case coverage
        case ratings
        case regions
        /// Titles, questions, guidance, labels and other words only.
        case text

        /// The code a breaking change of this kind is reported under.
        public var code: DiagnosticCode {
            switch self {
            case .areaAdded: .instrumentAreaAdded
            case .areaRemoved: .instrumentAreaRemoved
            case .indicatorAdded: .instrumentIndicatorAdded
            case .indicatorRemoved: .instrumentIndicatorRemoved
            case .indicatorMoved: .instrumentIndicatorMoved
            case .weight: .instrumentWeight
            case .scoring: .instrumentScoring
            case .aggregation: .instrumentAggregation
            case .coverage: .instrumentCoverage
            case .ratings: .instrumentRatings
            case .regions: .instrumentRegions
            case .text: .instrumentText
            }
        }
    }

    public var kind: Kind
    /// The area or indicator id, or the framework id.
    public var id: String
    /// Whether scores of a sheet may change.
    public var breaking: Bool
    /// Short texts of what it was and what it is; nil where there is none
    /// (the old side of an addition).
    public var old: String?
    public var new: String?
    /// In NEW, or in OLD for a removal.
    public var location: SourceLocation
    /// Where the change shows in NEW: the location itself, or for a removal
    /// the nearest element of NEW that held what was removed. Annotations
    /// on a pull request point here.
    public var anchor: SourceLocation

    public init(kind: Kind, id: String, breaking: Bool, old: String?, new: String?, location: SourceLocation,
                anchor: SourceLocation? = nil) {
        self.kind = kind
        self.id = id
        self.breaking = breaking
        self.old = old
        self.new = new
        self.location = location
        self.anchor = anchor ?? location
    }
}
