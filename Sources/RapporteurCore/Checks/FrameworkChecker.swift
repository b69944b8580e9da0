/// Runs every meaning rule over a loaded framework.
public enum FrameworkChecker {
    public static let rules: [any FrameworkRule] = [
        DuplicateIdRule(), IndicatorPrefixRule(), MissingEnglishRule(), UnevenLanguagesRule(),
        TooFewOptionsRule(), DuplicateOptionCodeRule(), OptionLabelCollisionRule(), AllPointsZeroRule(),
        BandOverlapRule(), BandGapRule(), EmptyBandRule(), BandsNeedMinimumRule(), FlatLinearRule(),
        MinimumAboveMaximumRule(), ScoredTextRule(), NegativeWeightRule(), DuplicateRatingMinimumRule(),
        RatingFromZeroRule(), RegionMemberRule(), EmptyAreaRule(), ZeroWeightAreaRule(), UnreachableCapRule(),
        ZeroWeightRule(), PointsOutlierRule(), PointsOrderRule(), ItemAboveCapRule(), BandUnreachableRule(),
    ]

    /// Every rule `check` knows, loader rules first, for docs and tests.
    public static var descriptions: [RuleDescription] {
        LoaderRule.all + rules.map { type(of: $0).description }
    }

    public static func check(_ framework: Framework) -> [Diagnostic] {
        rules.flatMap { $0.check(framework) }
    }
}
