/// Scores are `100 * points / max(points)`: with every point at 0 nothing
/// can score, and the division has no meaning.
struct AllPointsZeroRule: FrameworkRule {
    static let description = RuleDescription(
        id: .allPointsZero,
        summary: "Every option, item or band of an indicator is worth 0 points.",
        triggering: [
            .area(RuleExample.validIndicator(answer: """
                <choice><option code="yes" points="0"><label xml:lang="en">Yes</label></option>
                <option code="no" points="0"><label xml:lang="en">No</label></option></choice>
                """)),
            .area(RuleExample.validIndicator(answer: """
                <number min="0"><bands><band from="0" to="10" points="0"/><band from="10" points="0"/></bands></number>
                """)),
        ],
        nonTriggering: [.area(RuleExample.validIndicator())]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        framework.indicators.compactMap { indicator in
            let points: [Double]
            let what: String
            switch indicator.answer {
            case .choice(let choice): (points, what) = (choice.options.map(\.points), "option")
            case .checklist(let list): (points, what) = (list.items.map(\.points), "item")
            case .number(let spec): (points, what) = (spec.rule.bandPoints, "band")
            case .ratio(let spec): (points, what) = (spec.rule.bandPoints, "band")
            case .text: return nil
            }
            guard !points.isEmpty, points.allSatisfy({ $0 == 0 }) else { return nil }
            return diagnostic("\(indicator.id): every \(what) is worth 0 points, so no answer can score",
                              at: indicator.location, suggestion: "give the best \(what) the most points")
        }
    }
}

extension ScoringRule {
    var bandPoints: [Double] {
        if case .bands(let bands, _) = self { bands.map(\.points) } else { [] }
    }
}
