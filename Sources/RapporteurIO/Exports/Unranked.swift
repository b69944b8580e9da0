import RapporteurCore

/// A member of the comparison without an overall score in a year, and why:
/// the reports name every member in the ranking, scored or not.
public struct Unranked: Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        case withheld, notApplicable, draftExcluded, noSheet
    }

    public var country: String
    public var reason: Reason

    /// The region's members (or, without a region, the countries compared)
    /// that have no overall score in `year`, by code.
    public static func of(_ comparison: Comparison, year: Int) -> [Unranked] {
        let members = comparison.region?.countries ?? comparison.countries
        let drafts = Set(comparison.notes.filter { $0.kind == .draftExcluded && $0.year == year }.compactMap(\.country))
        return members.sorted().compactMap { country in
            let row = comparison.row(year: year, country: country, level: .overall, id: "overall")
            if row?.score != nil { return nil }
            let reason: Reason = switch row?.state {
            case .withheld: .withheld
            case .notApplicable: .notApplicable
            default: drafts.contains(country) ? .draftExcluded : .noSheet
            }
            return Unranked(country: country, reason: reason)
        }
    }

    public func words(_ words: ReportWords) -> String {
        switch reason {
        case .withheld: words[.withheld]
        case .notApplicable: words[.notApplicable]
        case .draftExcluded: words[.draftExcluded]
        case .noSheet: words[.noSheet]
        }
    }
}
