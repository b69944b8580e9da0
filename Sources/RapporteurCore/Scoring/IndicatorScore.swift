/// How one indicator of one sheet stands.
public struct IndicatorScore: Sendable, Hashable {
    /// Scored, missing, not applicable or recorded; never withheld.
    public typealias State = ScoreState

    public var indicator: String
    public var state: State
    /// In [0, 100] when scored.
    public var score: Double?
    public var weight: Double

    public init(indicator: String, state: State, score: Double? = nil, weight: Double) {
        self.indicator = indicator
        self.state = state
        self.score = score
        self.weight = weight
    }
}

/// An area's or the overall score of one sheet.
public struct AggregateScore: Sendable, Hashable {
    /// Scored, withheld or not applicable.
    public typealias State = ScoreState

    public var state: State
    /// Unrounded; present only when `scored`.
    public var score: Double?
    /// Answered weight over applicable weight; nil when not applicable.
    public var coverage: Double?

    public init(state: State, score: Double?, coverage: Double?) {
        self.state = state
        self.score = score
        self.coverage = coverage
    }
}

public struct AreaScore: Sendable, Hashable {
    public var area: String
    public var weight: Double
    public var aggregate: AggregateScore
    public var indicators: [IndicatorScore]
}

/// Everything scoring one sheet yields.
public struct SheetScore: Sendable {
    public var sheet: Sheet
    public let areas: [AreaScore]
    public var overall: AggregateScore
    /// The rating of the overall score rounded to 2 decimals; nil when withheld.
    public var rating: Rating?
    /// Where each area and indicator stands, by id. Every sheet scored by
    /// one `Scorer` has the same layout, so they all share one index.
    private let index: Index

    public init(sheet: Sheet, areas: [AreaScore], overall: AggregateScore, rating: Rating?) {
        self.init(sheet: sheet, areas: areas, overall: overall, rating: rating, index: Index(areas))
    }

    init(sheet: Sheet, areas: [AreaScore], overall: AggregateScore, rating: Rating?, index: Index) {
        self.sheet = sheet
        self.areas = areas
        self.overall = overall
        self.rating = rating
        self.index = index
    }

    public func area(_ id: String) -> AreaScore? { index.areas[id].map { areas[$0] } }

    public func indicator(_ id: String) -> IndicatorScore? {
        index.indicators[id].map { areas[$0.area].indicators[$0.indicator] }
    }

    /// Positions by id; the first of a repeated id wins.
    final class Index: Sendable {
        let areas: [String: Int]
        let indicators: [String: (area: Int, indicator: Int)]

        convenience init(_ areas: [AreaScore]) {
            self.init(areas: areas.map(\.area), indicators: areas.map { $0.indicators.map(\.indicator) })
        }

        /// From the area ids and, per area, its indicator ids, in order.
        init(areas: [String], indicators: [[String]]) {
            var areaIndex: [String: Int] = [:]
            var indicatorIndex: [String: (area: Int, indicator: Int)] = [:]
            for (position, area) in areas.enumerated() {
                if areaIndex[area] == nil { areaIndex[area] = position }
                for (offset, indicator) in indicators[position].enumerated() where indicatorIndex[indicator] == nil {
                    indicatorIndex[indicator] = (position, offset)
                }
            }
            self.areas = areaIndex
            self.indicators = indicatorIndex
        }
    }
}
