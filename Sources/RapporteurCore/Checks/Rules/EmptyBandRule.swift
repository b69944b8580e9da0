/// `[from, to)` with `to <= from` holds no value: almost always a typo.
struct EmptyBandRule: FrameworkRule {
    static let description = RuleDescription(
        id: .emptyBand,
        summary: "A band's 'to' is not above its 'from'.",
        triggering: [
            .area(RuleExample.validIndicator(answer: """
                <number min="0"><bands><band from="0" to="10" points="1"/><band from="10" to="10" points="2"/><band from="10" points="3"/></bands></number>
                """)),
        ],
        nonTriggering: [
            .area(RuleExample.validIndicator(answer: """
                <number min="0"><bands><band from="0" to="10" points="1"/><band from="10" points="2"/></bands></number>
                """)),
        ]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        BandLayout.problems(in: framework).compactMap { indicator, problem -> Diagnostic? in
            guard case .empty(let band) = problem else { return nil }
            return diagnostic("\(indicator.id): band \(band.rangeDescription) is empty", at: band.location,
                              suggestion: "'to' must be greater than 'from'")
        }
    }
}
