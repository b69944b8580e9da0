/// An option worth 20 beside options worth 0 to 3 is usually a typo, and
/// it makes every other answer score almost nothing (scores are
/// `100 * points / max(points)`).
struct PointsOutlierRule: FrameworkRule {
    static let description = RuleDescription(
        id: .pointsOutlier,
        summary: "An option or band is worth far more than its siblings: above their highest by more than \(Int(factor)) times their spread.",
        severity: .warning,
        triggering: [
            .area(RuleExample.validIndicator(answer: """
                <choice><option code="full" points="20"><label xml:lang="en">Fully</label></option>
                <option code="largely" points="2"><label xml:lang="en">Largely</label></option>
                <option code="partly" points="1"><label xml:lang="en">Partly</label></option>
                <option code="no" points="0"><label xml:lang="en">No</label></option></choice>
                """)),
            .area(RuleExample.validIndicator(answer: """
                <number min="0"><bands><band from="0" to="10" points="0"/><band from="10" to="20" points="1"/>
                <band from="20" points="50"/></bands></number>
                """)),
        ],
        nonTriggering: [
            .area(RuleExample.validIndicator(answer: """
                <choice><option code="full" points="3"><label xml:lang="en">Fully</label></option>
                <option code="largely" points="2"><label xml:lang="en">Largely</label></option>
                <option code="no" points="0"><label xml:lang="en">No</label></option></choice>
                """)),
            .area(RuleExample.validIndicator(answer: """
                <choice><option code="full" points="100"><label xml:lang="en">Fully</label></option>
                <option code="largely" points="50"><label xml:lang="en">Largely</label></option>
                <option code="no" points="0"><label xml:lang="en">No</label></option></choice>
                """)),
        ]
    )

    /// How many spreads of the others above their highest the best may stand.
    static let factor = 3.0

    func check(_ framework: Framework) -> [Diagnostic] {
        framework.indicators.compactMap { indicator in
            let values: [(points: Double, location: SourceLocation)]
            let what: String
            switch indicator.answer {
            case .choice(let choice): (values, what) = (choice.options.map { ($0.points, $0.location) }, "option")
            case .number, .ratio: (values, what) = ((BandedAnswer(indicator.answer)?.bands ?? []).map { ($0.points, $0.location) }, "band")
            case .checklist, .text: return nil
            }
            guard values.count >= 3, let top = values.indices.max(by: { values[$0].points < values[$1].points }) else { return nil }
            let others = values.indices.filter { $0 != top }.map { values[$0].points }
            let highest = others.max()!, lowest = others.min()!
            let spread = highest - lowest
            guard spread > 0, values[top].points - highest > Self.factor * spread else { return nil }
            return diagnostic(
                "\(indicator.id): one \(what) is worth \(formatted(values[top].points)) points, the others \(formatted(lowest)) to \(formatted(highest)), so they score at most \(formatted((100 * highest / values[top].points).rounded()))",
                at: values[top].location,
                suggestion: "check the points for a typo; if it is meant, the others score almost nothing")
        }
    }
}
