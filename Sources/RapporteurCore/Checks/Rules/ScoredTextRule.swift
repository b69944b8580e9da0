/// Free text cannot be scored, so a weight on it would silently count for nothing.
struct ScoredTextRule: FrameworkRule {
    static let description = RuleDescription(
        id: .scoredText,
        summary: "A text indicator has a weight above 0.",
        triggering: [.area(RuleExample.validIndicator() + RuleExample.validIndicator(id: "IDN.02", attributes: #"weight="1""#, answer: "<text/>"))],
        nonTriggering: [.area(RuleExample.validIndicator() + RuleExample.validIndicator(id: "IDN.02", answer: "<text/>"))]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        framework.indicators.filter { $0.answer.isText && $0.weight > 0 }.map { indicator in
            diagnostic("\(indicator.id) is free text but has weight \(formatted(indicator.weight))",
                       at: indicator.location, suggestion: "remove the weight (text is recorded, never scored)")
        }
    }
}
