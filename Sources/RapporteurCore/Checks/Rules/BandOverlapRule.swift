/// A value in two bands would have two scores.
struct BandOverlapRule: FrameworkRule {
    static let description = RuleDescription(
        id: .bandOverlap,
        summary: "Two bands of one indicator cover the same values (bands are [from, to)).",
        triggering: [
            .area(RuleExample.validIndicator(answer: """
                <number min="0"><bands><band from="0" to="10" points="1"/><band from="5" points="2"/></bands></number>
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
            guard case .overlap(let first, let second) = problem else { return nil }
            return diagnostic(
                "\(indicator.id): band \(second.rangeDescription) overlaps band \(first.rangeDescription)",
                at: second.location,
                suggestion: first.to == nil
                    ? "only the last band may be open; give band \(first.rangeDescription) a 'to'"
                    : "start it at \(formatted(first.to!)), where the band before ends")
        }
    }
}
