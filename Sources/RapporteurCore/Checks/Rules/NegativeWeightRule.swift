/// Weights are shares of a score; a negative share has no meaning.
struct NegativeWeightRule: FrameworkRule {
    static let description = RuleDescription(
        id: .negativeWeight,
        summary: "An area or indicator has a weight below 0.",
        triggering: [
            .area(RuleExample.validIndicator() + RuleExample.validIndicator(id: "IDN.02", attributes: #"weight="-1""#)),
            .area(RuleExample.validIndicator(), attributes: #"id="IDN" weight="-2""#),
        ],
        nonTriggering: [.area(RuleExample.validIndicator(attributes: #"weight="0.5""#))]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for area in framework.areas {
            if area.weight < 0 {
                found.append(diagnostic("area \(area.id) has weight \(formatted(area.weight))", at: area.location,
                                        suggestion: "use 0 to show an area without scoring it"))
            }
            for indicator in area.indicators where indicator.weight < 0 {
                found.append(diagnostic("\(indicator.id) has weight \(formatted(indicator.weight))",
                                        at: indicator.location, suggestion: "use 0 to record an indicator without scoring it"))
            }
        }
        return found
    }
}
