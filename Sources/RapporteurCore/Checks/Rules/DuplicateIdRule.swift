/// Area, indicator and region ids are unique across the framework: sheets,
/// exports and reports all key on them.
struct DuplicateIdRule: FrameworkRule {
    static let description = RuleDescription(
        id: .duplicateId,
        summary: "An area, indicator or region id is used twice.",
        triggering: [
            .area(RuleExample.validIndicator(id: "IDN.01") + RuleExample.validIndicator(id: "IDN.01")),
            .framework(regions: """
                <regions><region id="r"><title xml:lang="en">R</title></region>
                <region id="r"><title xml:lang="en">R</title></region></regions>
                """),
        ],
        nonTriggering: [
            .area(RuleExample.validIndicator(id: "IDN.01") + RuleExample.validIndicator(id: "IDN.02")),
        ]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        var firstSeen: [String: SourceLocation] = [:]
        var found: [Diagnostic] = []
        func see(_ kind: String, _ id: String, _ location: SourceLocation) {
            if let first = firstSeen[id] {
                found.append(diagnostic("\(kind) id '\(id)' is already used at \(first.description)",
                                        at: location, suggestion: "give each \(kind) its own id"))
            } else {
                firstSeen[id] = location
            }
        }
        for area in framework.areas {
            see("area", area.id, area.location)
            for indicator in area.indicators { see("indicator", indicator.id, indicator.location) }
        }
        var regions: [String: SourceLocation] = [:]
        for region in framework.regions {
            if let first = regions[region.id] {
                found.append(diagnostic("region id '\(region.id)' is already used at \(first.description)",
                                        at: region.location))
            } else {
                regions[region.id] = region.location
            }
        }
        return found
    }
}
