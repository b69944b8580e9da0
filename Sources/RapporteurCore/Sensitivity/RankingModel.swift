/// The overall scores of one year's sheets under varied choices of the
/// instrument. Built once from the sheets' indicator scores; each run only
/// re-aggregates them (nothing is read or interpreted again), with the same
/// aggregation as scoring, so that a run with the instrument's own choices
/// gives the scores of the comparison to the last bit.
public struct RankingModel: Sendable {
    /// The countries, in the order of `scores`.
    public let countries: [String]
    private let framework: Framework
    /// Per area, its scored indicators' positions in `indicatorWeights`.
    private let areaParts: [Range<Int>]
    private let areaWeights: [Double]
    private let indicatorWeights: [Double]
    /// Country by country, a value per scored indicator: its score, or
    /// `missing` or `notApplicable`.
    private let values: [Double]

    private static let missing = -1.0
    private static let notApplicable = -2.0

    /// The choices of one run.
    public struct Run: Sendable, Hashable {
        /// One factor per area, in framework order.
        public var areaFactors: [Double]
        /// One factor per scored indicator, in framework order.
        public var indicatorFactors: [Double]
        public var aggregation: Aggregation
        public var minimumCoverage: Double
        /// Missing answers scored 0 instead of left out.
        public var missingAsZero: Bool
    }

    public init(framework: Framework, sheets: [SheetScore]) {
        self.framework = framework
        countries = sheets.map(\.sheet.metadata.country)
        var ranges: [Range<Int>] = []
        var weights: [Double] = []
        for area in framework.areas {
            let start = weights.count
            weights += area.scoredIndicators.map(\.weight)
            ranges.append(start..<weights.count)
        }
        areaParts = ranges
        areaWeights = framework.areas.map(\.weight)
        indicatorWeights = weights
        let ids = framework.areas.flatMap { $0.scoredIndicators.map(\.id) }
        values = sheets.flatMap { sheet in
            ids.map { id -> Double in
                guard let indicator = sheet.indicator(id) else { return Self.missing }
                switch indicator.state {
                case .scored: return indicator.score ?? Self.missing
                case .notApplicable: return Self.notApplicable
                case .missing, .recorded, .withheld: return Self.missing
                }
            }
        }
    }

    public var areaCount: Int { areaWeights.count }
    public var indicatorCount: Int { indicatorWeights.count }

    /// The instrument's own choices.
    public var nominal: Run {
        Run(areaFactors: Array(repeating: 1, count: areaCount), indicatorFactors: Array(repeating: 1, count: indicatorCount),
            aggregation: framework.scoring.aggregation, minimumCoverage: framework.scoring.minimumCoverage,
            missingAsZero: false)
    }

    /// Each country's overall score in the run, unrounded; nil where it is
    /// withheld or not applicable.
    public func scores(_ run: Run) -> [Double?] {
        let indicatorWeights = zip(self.indicatorWeights, run.indicatorFactors).map { $0 * $1 }
        let areaWeights = zip(self.areaWeights, run.areaFactors).map { $0 * $1 }
        let width = indicatorWeights.count
        // One buffer of parts per area, filled in place for each country.
        var buffers = areaParts.map { [Scorer.Part](repeating: Scorer.Part(weight: 0, applicable: false, score: nil), count: $0.count) }
        var areas: [Scorer.Part] = []
        areas.reserveCapacity(areaWeights.count)
        return countries.indices.map { country in
            let offset = country * width
            areas.removeAll(keepingCapacity: true)
            for (area, range) in areaParts.enumerated() {
                // As in scoring: an area of weight 0 does not enter the overall score.
                guard self.areaWeights[area] > 0 else { continue }
                buffers[area].overwriting { parts in
                    for (slot, index) in range.enumerated() {
                        let value = values[offset + index]
                        let score: Double? = value >= 0 ? value : (value == Self.missing && run.missingAsZero ? 0 : nil)
                        parts[slot] = Scorer.Part(weight: indicatorWeights[index], applicable: value != Self.notApplicable,
                                                  score: score)
                    }
                }
                let aggregate = Scorer.aggregate(buffers[area], aggregation: run.aggregation,
                                                 minimumCoverage: run.minimumCoverage)
                areas.append(Scorer.Part(weight: areaWeights[area], applicable: aggregate.state != .notApplicable,
                                         score: aggregate.score))
            }
            return Scorer.aggregate(areas, aggregation: run.aggregation, minimumCoverage: run.minimumCoverage).score
        }
    }

    /// Standard competition ranks of the run's 2-decimal scores, among the
    /// countries scored in it; nil for the others.
    public func ranks(_ run: Run) -> [Int?] {
        let scores = self.scores(run)
        let ranked = ComparisonEngine.competitionRanks(scores.compactMap { $0.map(Rounding.twoDecimals) })
        var next = ranked.makeIterator()
        return scores.map { $0 == nil ? nil : next.next() }
    }
}
