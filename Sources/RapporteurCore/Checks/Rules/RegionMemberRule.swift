/// Members are matched against the `country` of each sheet.
struct RegionMemberRule: FrameworkRule {
    static let description = RuleDescription(
        id: .regionMember,
        summary: "A region member is not an ISO 3166-1 alpha-2 code (or XK).",
        triggering: [.framework(regions: #"<regions><region id="r"><title xml:lang="en">R</title><member country="SRB"/></region></regions>"#)],
        nonTriggering: [.framework(regions: #"<regions><region id="r"><title xml:lang="en">R</title><member country="RS"/><member country="XK"/></region></regions>"#)]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        framework.regions.flatMap { region in
            region.members.filter { !CountryCode.isValid($0.country) }.map { member in
                diagnostic("region '\(region.id)': '\(member.country)' is not a country code", at: member.location,
                           suggestion: CountryCode.suggestion(for: member.country))
            }
        }
    }
}
