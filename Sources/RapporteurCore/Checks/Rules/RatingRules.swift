/// Two ratings from one threshold would make the rating of a score ambiguous.
struct DuplicateRatingMinimumRule: FrameworkRule {
    static let description = RuleDescription(
        id: .ratingDuplicateMin,
        summary: "Two ratings have the same 'min'.",
        triggering: [.framework(ratings: """
            <ratings><rating code="a" min="0"><label xml:lang="en">A</label></rating>
            <rating code="b" min="0"><label xml:lang="en">B</label></rating></ratings>
            """)],
        nonTriggering: [.framework(ratings: """
            <ratings><rating code="a" min="50"><label xml:lang="en">A</label></rating>
            <rating code="b" min="0"><label xml:lang="en">B</label></rating></ratings>
            """)]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        var seen: [Double: Rating] = [:]
        return framework.ratings.compactMap { rating in
            if let first = seen[rating.minimum] {
                return diagnostic("ratings '\(first.code)' and '\(rating.code)' both start at \(formatted(rating.minimum))",
                                  at: rating.location, suggestion: "give every rating its own 'min'")
            }
            seen[rating.minimum] = rating
            return nil
        }
    }
}

/// Every score, down to 0, needs a rating.
struct RatingFromZeroRule: FrameworkRule {
    static let description = RuleDescription(
        id: .ratingNoZero,
        summary: "No rating starts at 0, so low scores would have none.",
        triggering: [.framework(ratings: #"<ratings><rating code="a" min="50"><label xml:lang="en">A</label></rating></ratings>"#)],
        nonTriggering: [.framework()]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        guard !framework.ratings.isEmpty, !framework.ratings.contains(where: { $0.minimum == 0 }) else { return [] }
        let lowest = framework.ratings.min { $0.minimum < $1.minimum }!
        return [diagnostic("no rating has min=\"0\"; scores below \(formatted(lowest.minimum)) would have no rating",
                           at: lowest.location, suggestion: "set min=\"0\" on the lowest rating")]
    }
}
