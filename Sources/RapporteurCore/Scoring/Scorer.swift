import Foundation

/// The scoring of the framework contract: each answer normalised to
/// [0, 100], areas and the overall score aggregated with weights, coverage,
/// withheld and not-applicable states, and the rating. Pure functions.
public struct Scorer: Sendable {
    public let framework: Framework
    /// The layout of every score this scorer makes, indexed once.
    private let index: SheetScore.Index
    /// Each area's indicators as scoring reads them, taken out of the
    /// framework once: reading an `Indicator` out of the areas for each
    /// answer copied it whole, a dozen references.
    private let rules: [[Rule]]

    /// What scoring one indicator reads. A class, so that taking it for
    /// each answer is one reference.
    private final class Rule: Sendable {
        let id: String
        /// Where `SheetAssembler` puts its answer's value when it keeps
        /// values only: the id's first place among the framework's
        /// indicators, as `AnswerInterpreter` numbers them.
        let place: Int
        let isScored: Bool
        let weight: Double
        let answer: AnswerSpec

        init(_ indicator: Indicator, place: Int) {
            id = indicator.id
            self.place = place
            isScored = indicator.isScored
            weight = indicator.weight
            answer = indicator.answer
        }
    }

    public init(framework: Framework) {
        self.framework = framework
        index = SheetScore.Index(areas: framework.areas.map(\.id), indicators: framework.areas.map { $0.indicators.map(\.id) })
        let places = AnswerInterpreter.places(of: framework)
        rules = framework.areas.map { area in area.indicators.map { Rule($0, place: places[$0.id] ?? 0) } }
    }

    public func score(_ sheet: Sheet) -> SheetScore {
        score(sheet) { rule in sheet.answers[rule.id]?.value }
    }

    /// A sheet whose answers' values are given by place, as an assembler
    /// that keeps no text gives them (`SheetAssembler.Outcome.values`).
    public func score(_ sheet: Sheet, values: [AnswerValue?]) -> SheetScore {
        score(sheet) { rule in rule.place < values.count ? values[rule.place] : nil }
    }

    private func score(_ sheet: Sheet, answer: (Rule) -> AnswerValue?) -> SheetScore {
        var parts: [Part] = []
        let areas = zip(framework.areas, rules).map { area, rules in
            let indicators = rules.map { rule in
                Self.score(rule.id, isScored: rule.isScored, weight: rule.weight, spec: rule.answer, answer: answer(rule))
            }
            parts.removeAll(keepingCapacity: true)
            for part in indicators where part.state != .recorded {
                parts.append(Part(weight: part.weight, applicable: part.state != .notApplicable,
                                  score: part.state == .scored ? part.score : nil))
            }
            return AreaScore(area: area.id, weight: area.weight, aggregate: aggregate(parts), indicators: indicators)
        }
        parts.removeAll(keepingCapacity: true)
        for area in areas where area.weight > 0 {
            parts.append(Part(weight: area.weight, applicable: area.aggregate.state != .notApplicable,
                              score: area.aggregate.score))
        }
        let overall = aggregate(parts)
        let rating = overall.score.map { framework.rating(for: Rounding.twoDecimals($0)) } ?? nil
        return SheetScore(sheet: sheet, areas: areas, overall: overall, rating: rating, index: index)
    }

    /// One indicator's state and normalised score.
    public func score(_ indicator: Indicator, answer: AnswerValue?) -> IndicatorScore {
        Self.score(indicator.id, isScored: indicator.isScored, weight: indicator.weight, spec: indicator.answer, answer: answer)
    }

    private static func score(_ id: String, isScored: Bool, weight: Double, spec: AnswerSpec,
                              answer: AnswerValue?) -> IndicatorScore {
        guard isScored else {
            return IndicatorScore(indicator: id, state: .recorded, weight: weight)
        }
        let value = answer ?? .missing
        switch value {
        case .missing:
            return IndicatorScore(indicator: id, state: .missing, weight: weight)
        case .notApplicable:
            return IndicatorScore(indicator: id, state: .notApplicable, weight: weight)
        default:
            guard let normalised = normalised(value, for: spec) else {
                return IndicatorScore(indicator: id, state: .missing, weight: weight)
            }
            return IndicatorScore(indicator: id, state: .scored, score: normalised, weight: weight)
        }
    }

    /// The answer's score in [0, 100]; nil when the answer does not fit the
    /// indicator (an assembled sheet never holds such an answer).
    public static func normalised(_ value: AnswerValue, for spec: AnswerSpec) -> Double? {
        switch (value, spec) {
        case (.choice(let code), .choice(let choice)):
            guard let option = choice.options.first(where: { $0.code == code }),
                  let best = choice.options.lazy.map(\.points).max(), best > 0 else { return nil }
            return 100 * option.points / best
        case (.checklist(let codes), .checklist(let checklist)):
            let cap = checklist.effectiveCap
            guard cap > 0 else { return nil }
            let sum = checklist.items.lazy.filter { codes.contains($0.code) }.reduce(0) { $0 + $1.points }
            return 100 * min(sum, cap) / cap
        case (.number(let number), .number(let spec)):
            return apply(spec.rule, to: number)
        case (.ratio(let n, let d), .ratio(let spec)):
            guard d > 0 else { return nil }
            return apply(spec.rule, to: 100 * n / d)
        default:
            return nil
        }
    }

    static func apply(_ rule: ScoringRule, to value: Double) -> Double? {
        switch rule {
        case .linear(let low, let high, _):
            guard high != low else { return nil }
            return 100 * min(max((value - low) / (high - low), 0), 1)
        case .bands(let bands, _):
            guard let best = bands.lazy.map(\.points).max(), best > 0,
                  let band = bands.first(where: { $0.contains(value) }) else { return nil }
            return 100 * band.points / best
        }
    }

    /// One weighted member of an aggregate: applicable or not; its score
    /// when answered (absent when missing or withheld).
    struct Part {
        var weight: Double
        var applicable: Bool
        var score: Double?
    }

    /// Each sum runs over the parts in order, as the filtered arrays it
    /// replaces did, so the results are the same to the last bit.
    func aggregate(_ parts: [Part]) -> AggregateScore {
        Self.aggregate(parts, aggregation: framework.scoring.aggregation,
                       minimumCoverage: framework.scoring.minimumCoverage)
    }

    /// The aggregate under given settings: the framework's when scoring,
    /// varied ones in a sensitivity run (so that both compute alike).
    static func aggregate(_ parts: [Part], aggregation: Aggregation, minimumCoverage: Double) -> AggregateScore {
        var applicableCount = 0
        var applicableWeight = 0.0
        var answeredWeight = 0.0
        for part in parts where part.applicable {
            applicableCount += 1
            applicableWeight += part.weight
            if part.score != nil { answeredWeight += part.weight }
        }
        guard applicableCount > 0, applicableWeight > 0 else {
            return AggregateScore(state: .notApplicable, score: nil, coverage: nil)
        }
        let coverage = answeredWeight / applicableWeight
        guard coverage >= minimumCoverage, answeredWeight > 0 else {
            return AggregateScore(state: .withheld, score: nil, coverage: coverage)
        }
        let score: Double
        switch aggregation {
        case .arithmetic:
            var sum = 0.0
            for part in parts where part.applicable {
                if let value = part.score { sum += part.weight * value }
            }
            score = sum / answeredWeight
        case .geometric:
            if parts.contains(where: { $0.applicable && $0.score == 0 && $0.weight > 0 }) {
                score = 0
            } else {
                var logSum = 0.0
                for part in parts where part.applicable && part.weight > 0 {
                    if let value = part.score { logSum += part.weight * log(value) }
                }
                score = exp(logSum / answeredWeight)
            }
        }
        return AggregateScore(state: .scored, score: score, coverage: coverage)
    }
}
