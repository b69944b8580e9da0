/// Options are listed from best to worst or from worst to best; points that
/// go up and down along the list (3, 2, 0, 1) usually hold a swap.
struct PointsOrderRule: FrameworkRule {
    static let description = RuleDescription(
        id: .pointsOrder,
        summary: "A choice's option points neither rise nor fall along the order the options are listed in.",
        severity: .warning,
        triggering: [
            .area(RuleExample.validIndicator(answer: """
                <choice><option code="full" points="3"><label xml:lang="en">Fully</label></option>
                <option code="largely" points="2"><label xml:lang="en">Largely</label></option>
                <option code="partly" points="0"><label xml:lang="en">Partly</label></option>
                <option code="no" points="1"><label xml:lang="en">No</label></option></choice>
                """)),
        ],
        nonTriggering: [
            .area(RuleExample.validIndicator(answer: """
                <choice><option code="no" points="0"><label xml:lang="en">No</label></option>
                <option code="partly" points="1"><label xml:lang="en">Partly</label></option>
                <option code="also-partly" points="1"><label xml:lang="en">In part</label></option>
                <option code="full" points="3"><label xml:lang="en">Fully</label></option></choice>
                """)),
        ]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        framework.indicators.compactMap { indicator in
            guard case .choice(let choice) = indicator.answer else { return nil }
            let points = choice.options.map(\.points)
            let steps = zip(points, points.dropFirst())
            guard steps.contains(where: { $0 < $1 }) && steps.contains(where: { $0 > $1 }) else { return nil }
            // The first option that breaks the direction the list starts in.
            let rising = points.first! < points.first { $0 != points.first! }!
            let breaking = zip(choice.options, choice.options.dropFirst())
                .first { rising ? $0.points > $1.points : $0.points < $1.points }!.1
            return diagnostic(
                "\(indicator.id): option points go \(points.map(formatted).joined(separator: ", ")) in the listed order; '\(breaking.code)' breaks the order",
                at: breaking.location,
                suggestion: "list the options from best to worst, or check the points of '\(breaking.code)' for a swap")
        }
    }
}
