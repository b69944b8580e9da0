/// How a point of the unit hypercube becomes a run's choices: one column
/// per area and per scored indicator for the weights (one group), one
/// column each for the aggregation, the coverage and the missing answers,
/// only for the inputs varied, in `SensitivityInput` order.
public struct RunDraw: Sendable {
    public let model: RankingModel
    public let settings: SensitivitySettings
    /// The columns of each varied input, in `settings.varied` order.
    public let groups: [Range<Int>]

    public init(model: RankingModel, settings: SensitivitySettings) {
        self.model = model
        self.settings = settings
        var groups: [Range<Int>] = []
        var next = 0
        for input in settings.varied {
            let width = input == .weights ? model.areaCount + model.indicatorCount : 1
            groups.append(next..<(next + width))
            next += width
        }
        self.groups = groups
    }

    public var dimension: Int { groups.last?.upperBound ?? 0 }

    /// The run a point gives; inputs not varied keep the instrument's choice.
    public func run(_ point: [Double]) -> RankingModel.Run {
        var run = model.nominal
        for (input, group) in zip(settings.varied, groups) {
            let first = point[group.lowerBound]
            switch input {
            case .weights:
                let w = settings.weightNoise
                let factors = point[group].map { 1 - w + 2 * w * $0 }
                run.areaFactors = Array(factors[..<model.areaCount])
                run.indicatorFactors = Array(factors[model.areaCount...])
            case .aggregation:
                run.aggregation = first < 0.5 ? .arithmetic : .geometric
            case .coverage:
                // Thirds: 0.1 below, the instrument's value, 0.1 above.
                let step = min(Int(first * 3), 2) - 1
                if step != 0 {
                    run.minimumCoverage = min(max(Rounding.rounded(run.minimumCoverage + 0.1 * Double(step), places: 6), 0), 1)
                }
            case .missing:
                run.missingAsZero = first >= 0.5
            }
        }
        return run
    }

    /// `count` independent points, drawn in order, for Monte Carlo.
    public func points(_ count: Int, generator: inout SeededGenerator) -> [[Double]] {
        (0..<count).map { _ in (0..<dimension).map { _ in generator.nextUnit() } }
    }
}
