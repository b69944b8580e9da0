/// Why a score is what it is, or why there is none: one set of states from
/// scoring through the comparison to every export, spelled as the contracts
/// write them in their `state` columns and attributes.
///
/// An indicator is scored, missing, not applicable or recorded; an area or
/// the overall score is scored, withheld or not applicable; a comparison row
/// takes its level's state, or `missing` when the sheet lacks the area or
/// indicator.
public enum ScoreState: String, Sendable, Hashable, CaseIterable {
    /// Answered and scored.
    case scored
    /// No data: empty, `unknown`, or not in the sheet.
    case missing
    /// Nothing in it applies.
    case notApplicable = "not-applicable"
    /// Weight 0 or free text: kept as evidence, never scored.
    case recorded
    /// Coverage below the framework's minimum: the score is not shown.
    case withheld
}
