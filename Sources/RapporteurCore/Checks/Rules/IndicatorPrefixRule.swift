/// `IDN.01` belongs in area `IDN`: the id tells a reader where to look.
struct IndicatorPrefixRule: FrameworkRule {
    static let description = RuleDescription(
        id: .idPrefix,
        summary: "An indicator id does not start with its area's id.",
        triggering: [.area(RuleExample.validIndicator(id: "AST.01"))],
        nonTriggering: [.area(RuleExample.validIndicator(id: "IDN.01"))]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        framework.areas.flatMap { area in
            area.indicators.filter { $0.areaPrefix != area.id }.map { indicator in
                let number = indicator.id.split(separator: ".").last.map(String.init) ?? "01"
                return diagnostic(
                    "indicator '\(indicator.id)' is in area '\(area.id)' but its id starts with '\(indicator.areaPrefix)'",
                    at: indicator.location, suggestion: "rename it '\(area.id).\(number)' or move it to area '\(indicator.areaPrefix)'")
            }
        }
    }
}
