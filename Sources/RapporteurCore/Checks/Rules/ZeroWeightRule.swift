/// Weight 0 is allowed ("recorded, not scored"), but on an area or a
/// scored indicator it is more often a slip: the answer silently stops
/// counting.
struct ZeroWeightRule: FrameworkRule {
    static let description = RuleDescription(
        id: .weightZero,
        summary: "An area, or an indicator that is not free text, has weight 0 and drops out of the score above it.",
        severity: .warning,
        triggering: [
            .area(RuleExample.validIndicator(), attributes: #"id="IDN" weight="0""#),
            .area(RuleExample.validIndicator() + RuleExample.validIndicator(id: "IDN.02", attributes: #"weight="0""#)),
        ],
        nonTriggering: [
            .area(RuleExample.validIndicator() + RuleExample.validIndicator(id: "IDN.02", attributes: #"weight="0""#, answer: "<text/>")),
            .area(RuleExample.validIndicator(attributes: #"weight="0.5""#)),
        ]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for area in framework.areas {
            if area.weight == 0 {
                found.append(diagnostic("area \(area.id) has weight 0, so it drops out of the overall score",
                                        at: area.location,
                                        suggestion: "give it a weight above 0, unless it is meant to be shown without counting"))
            }
            for indicator in area.indicators where indicator.weight == 0 && !indicator.answer.isText {
                found.append(diagnostic("\(indicator.id) has weight 0, so it drops out of the score of area \(area.id)",
                                        at: indicator.location,
                                        suggestion: "give it a weight above 0, unless it is meant to be recorded without counting"))
            }
        }
        return found
    }
}
