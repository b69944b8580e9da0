/// Without a minimum, the bands' lower end cannot be checked for gaps.
struct BandsNeedMinimumRule: FrameworkRule {
    static let description = RuleDescription(
        id: .bandsNeedMin,
        summary: "A number scored by bands does not declare 'min'.",
        triggering: [
            .area(RuleExample.validIndicator(answer: """
                <number><bands><band from="0" to="10" points="1"/><band from="10" points="2"/></bands></number>
                """)),
        ],
        nonTriggering: [
            .area(RuleExample.validIndicator(answer: """
                <number min="0"><bands><band from="0" to="10" points="1"/><band from="10" points="2"/></bands></number>
                """)),
        ]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        framework.indicators.compactMap { indicator in
            guard case .number(let spec) = indicator.answer, case .bands = spec.rule, spec.minimum == nil
            else { return nil }
            return diagnostic("\(indicator.id): a number scored by bands must declare 'min'", at: spec.location,
                              suggestion: "add min=\"0\" (or the lowest value possible) to <number>")
        }
    }
}
