/// `linear` divides by `high - low`.
struct FlatLinearRule: FrameworkRule {
    static let description = RuleDescription(
        id: .linearFlat,
        summary: "A linear rule has low = high.",
        triggering: [.area(RuleExample.validIndicator(answer: #"<number min="0"><linear low="5" high="5"/></number>"#))],
        nonTriggering: [
            .area(RuleExample.validIndicator(answer: #"<number min="0"><linear low="50" high="5"/></number>"#)),
        ]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        framework.indicators.compactMap { indicator in
            let rule: ScoringRule
            switch indicator.answer {
            case .number(let spec): rule = spec.rule
            case .ratio(let spec): rule = spec.rule
            default: return nil
            }
            guard case .linear(let low, let high, let location) = rule, low == high else { return nil }
            return diagnostic("\(indicator.id): linear rule has low = high = \(formatted(low))", at: location,
                              suggestion: "set 'low' to the value scoring 0 and 'high' to the value scoring 100")
        }
    }
}
