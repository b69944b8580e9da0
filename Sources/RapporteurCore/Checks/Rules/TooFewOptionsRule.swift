/// A choice with one option is no choice.
struct TooFewOptionsRule: FrameworkRule {
    static let description = RuleDescription(
        id: .tooFewOptions,
        summary: "A choice has fewer than two options.",
        triggering: [
            .area(RuleExample.validIndicator(answer: #"<choice><option code="yes" points="1"><label xml:lang="en">Yes</label></option></choice>"#)),
        ],
        nonTriggering: [.area(RuleExample.validIndicator())]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        framework.indicators.compactMap { indicator in
            guard case .choice(let choice) = indicator.answer, choice.options.count < 2 else { return nil }
            return diagnostic("\(indicator.id) is a choice with \(choice.options.count) option(s)",
                              at: choice.location, suggestion: "give at least two options, or use another answer kind")
        }
    }
}
