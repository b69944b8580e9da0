/// A checklist item worth more than the cap gives the full score on its
/// own, and every other item is then worth nothing beside it.
struct ItemAboveCapRule: FrameworkRule {
    static let description = RuleDescription(
        id: .itemAboveCap,
        summary: "A checklist item is worth more points than the checklist's cap.",
        severity: .warning,
        triggering: [.area(RuleExample.validIndicator(answer: """
            <checklist cap="2"><item code="a" points="1"><label xml:lang="en">A</label></item>
            <item code="b" points="5"><label xml:lang="en">B</label></item></checklist>
            """))],
        nonTriggering: [.area(RuleExample.validIndicator(answer: """
            <checklist cap="2"><item code="a" points="1"><label xml:lang="en">A</label></item>
            <item code="b" points="2"><label xml:lang="en">B</label></item></checklist>
            """))]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        CappedChecklist.all(in: framework).flatMap { indicator, list, cap in
            list.items.filter { $0.points > cap }.map { item in
                diagnostic("\(indicator.id): item '\(item.code)' is worth \(formatted(item.points)) points, more than the cap \(formatted(cap)), so it alone gives the full score",
                           at: item.location, suggestion: "lower the item's points to \(formatted(cap)) or less, or raise the cap")
            }
        }
    }
}

/// The checklists with a cap, the two cap rules' subject.
enum CappedChecklist {
    static func all(in framework: Framework) -> [(indicator: Indicator, list: Checklist, cap: Double)] {
        framework.indicators.compactMap { indicator in
            guard case .checklist(let list) = indicator.answer, let cap = list.cap else { return nil }
            return (indicator, list, cap)
        }
    }
}
