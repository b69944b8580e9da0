/// An area with nothing in it cannot be scored or shown.
struct EmptyAreaRule: FrameworkRule {
    static let description = RuleDescription(
        id: .emptyArea,
        summary: "An area has no indicators.",
        triggering: [.area("")],
        nonTriggering: [.area(RuleExample.validIndicator())]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        framework.areas.filter(\.indicators.isEmpty).map { area in
            diagnostic("area \(area.id) has no indicators", at: area.location,
                       suggestion: "add an <indicator>, or remove the area's <include>")
        }
    }
}

/// With no weight to share, an area score is 0/0.
struct ZeroWeightAreaRule: FrameworkRule {
    static let description = RuleDescription(
        id: .areaWeightZero,
        summary: "The weights of an area's indicators add up to 0.",
        triggering: [.area(RuleExample.validIndicator(attributes: #"weight="0""#))],
        nonTriggering: [.area(RuleExample.validIndicator(attributes: #"weight="0""#) + RuleExample.validIndicator(id: "IDN.02"))]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        framework.areas.filter { !$0.indicators.isEmpty && $0.scoredIndicators.isEmpty }.map { area in
            diagnostic("area \(area.id): the weights of its indicators add up to 0, so it can never be scored",
                       at: area.location, suggestion: "give at least one scored indicator a weight above 0")
        }
    }
}

/// A cap above what all items can reach means no answer scores 100.
struct UnreachableCapRule: FrameworkRule {
    static let description = RuleDescription(
        id: .capUnreachable,
        summary: "A checklist's cap is above the sum of its items' points.",
        severity: .warning,
        triggering: [.area(RuleExample.validIndicator(answer: """
            <checklist cap="5"><item code="a" points="1"><label xml:lang="en">A</label></item>
            <item code="b" points="1"><label xml:lang="en">B</label></item></checklist>
            """))],
        nonTriggering: [.area(RuleExample.validIndicator(answer: """
            <checklist cap="1.5"><item code="a" points="1"><label xml:lang="en">A</label></item>
            <item code="b" points="1"><label xml:lang="en">B</label></item></checklist>
            """))]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        CappedChecklist.all(in: framework).compactMap { indicator, list, cap in
            let total = list.items.reduce(0) { $0 + $1.points }
            guard cap > total, total > 0 else { return nil }
            return diagnostic("\(indicator.id): cap \(formatted(cap)) is above the \(formatted(total)) points all items give together",
                              at: list.location, suggestion: "lower the cap to \(formatted(total)) or less")
        }
    }
}
