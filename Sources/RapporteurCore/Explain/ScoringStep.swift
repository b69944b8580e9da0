/// The scoring rule that turned one answer into its score, with the
/// numbers it used, so that the score can be worked out again by hand.
public enum ScoringStep: Sendable, Hashable {
    /// `100 x points / best`, best being the most points any option gives.
    case option(code: String, points: Double, best: Double)
    /// `100 x min(points, cap) / cap`, points summed over the items ticked.
    case checklist(codes: [String], points: Double, cap: Double)
    /// `100 x clamp((value - low) / (high - low), 0, 1)`; a ratio's value is
    /// its percentage `100 x N / D`.
    case linear(value: Double, low: Double, high: Double)
    /// `100 x points / best` of the band `[from, to)` that holds the value.
    case band(value: Double, from: Double, to: Double?, points: Double, best: Double)

    /// The step `Scorer.normalised` takes for this answer; nil when the
    /// answer has no score.
    public static func step(for value: AnswerValue, spec: AnswerSpec) -> ScoringStep? {
        switch (value, spec) {
        case (.choice(let code), .choice(let choice)):
            guard let option = choice.options.first(where: { $0.code == code }),
                  let best = choice.options.lazy.map(\.points).max(), best > 0 else { return nil }
            return .option(code: code, points: option.points, best: best)
        case (.checklist(let codes), .checklist(let checklist)):
            let cap = checklist.effectiveCap
            guard cap > 0 else { return nil }
            let sum = checklist.items.lazy.filter { codes.contains($0.code) }.reduce(0) { $0 + $1.points }
            return .checklist(codes: codes, points: sum, cap: cap)
        case (.number(let number), .number(let spec)):
            return step(spec.rule, number)
        case (.ratio(let n, let d), .ratio(let spec)):
            guard d > 0 else { return nil }
            return step(spec.rule, 100 * n / d)
        default:
            return nil
        }
    }

    private static func step(_ rule: ScoringRule, _ value: Double) -> ScoringStep? {
        switch rule {
        case .linear(let low, let high, _):
            guard high != low else { return nil }
            return .linear(value: value, low: low, high: high)
        case .bands(let bands, _):
            guard let best = bands.lazy.map(\.points).max(), best > 0,
                  let band = bands.first(where: { $0.contains(value) }) else { return nil }
            return .band(value: value, from: band.from, to: band.to, points: band.points, best: best)
        }
    }

    /// The score the step gives, as `Scorer` computes it.
    public var score: Double {
        switch self {
        case .option(_, let points, let best): 100 * points / best
        case .checklist(_, let points, let cap): 100 * min(points, cap) / cap
        case .linear(let value, let low, let high): 100 * min(max((value - low) / (high - low), 0), 1)
        case .band(_, _, _, let points, let best): 100 * points / best
        }
    }
}
