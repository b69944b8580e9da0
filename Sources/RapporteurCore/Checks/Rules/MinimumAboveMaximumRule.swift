/// No number could be accepted.
struct MinimumAboveMaximumRule: FrameworkRule {
    static let description = RuleDescription(
        id: .minAboveMax,
        summary: "A number's 'min' is greater than its 'max'.",
        triggering: [.area(RuleExample.validIndicator(answer: #"<number min="10" max="5"><linear low="0" high="5"/></number>"#))],
        nonTriggering: [.area(RuleExample.validIndicator(answer: #"<number min="0" max="5"><linear low="0" high="5"/></number>"#))]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        framework.indicators.compactMap { indicator in
            guard case .number(let spec) = indicator.answer, let low = spec.minimum, let high = spec.maximum,
                  low > high else { return nil }
            return diagnostic("\(indicator.id): min \(formatted(low)) is greater than max \(formatted(high))",
                              at: spec.location, suggestion: "swap them")
        }
    }
}
