/// A value no band covers would have no score.
struct BandGapRule: FrameworkRule {
    static let description = RuleDescription(
        id: .bandGap,
        summary: "Some values in the indicator's range fall in no band.",
        triggering: [
            .area(RuleExample.validIndicator(answer: """
                <number min="0"><bands><band from="0" to="10" points="1"/><band from="20" points="2"/></bands></number>
                """)),
            .area(RuleExample.validIndicator(answer: """
                <ratio><numerator xml:lang="en">a</numerator><denominator xml:lang="en">b</denominator>
                <bands><band from="0" to="50" points="1"/><band from="50" to="100" points="2"/></bands></ratio>
                """)),
        ],
        nonTriggering: [
            .area(RuleExample.validIndicator(answer: """
                <ratio><numerator xml:lang="en">a</numerator><denominator xml:lang="en">b</denominator>
                <bands><band from="0" to="50" points="1"/><band from="50" points="2"/></bands></ratio>
                """)),
        ]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        BandLayout.problems(in: framework).compactMap { indicator, problem -> Diagnostic? in
            guard case .gap(let from, let to, let included, let location) = problem else { return nil }
            let range = "[\(formatted(from)), \(to.map(formatted) ?? "∞")\(included ? "]" : ")")"
            return diagnostic("\(indicator.id): values in \(range) fall in no band", at: location,
                              suggestion: "extend a band over \(range), or leave the last band open (no 'to')")
        }
    }
}
