/// The words of the annual report itself, from the catalogues in `locales/`
/// (context `report.<key>`); English where a language lacks one.
public struct ReportWords: Sendable {
    public let language: String
    private let speaks: Language

    public init(language: String) {
        self.language = language
        speaks = (try? LanguageTag.resolve(language).get().language) ?? .english
    }

    public subscript(_ key: Key) -> String { Catalogues.bundled.word("report." + key.rawValue, in: speaks) }

    /// `12.5` as the report's reader writes it: `12,5` outside English.
    public func decimal(_ plain: String) -> String { speaks.decimal(plain) }

    public enum Key: String, Sendable, CaseIterable {
        case title, framework, region, allCountries, years, latest, sheets, used, inYearsShown, earlierForDeltas
        case draftExcluded, draftsExcluded, overallRanking, country, score, rating, delta, trend, coverage, regionalMean, median
        case areas, area, mean, best, withheldOrNoData, legend, largestChanges, noChanges, profiles, rank, of
        case strongest, weakest, gapsToMean, changedIndicators, noChangedIndicators, dataQuality, noNotes, method
        case improved, stable, declined, noSheet, withheld, notApplicable
        case methodText, overallScore
        case noteDraft, noteOutsideRegion, noteMinorVersion, noteMissing, noteOverallWithheld, noteAreasWithheld
        case noteLowCoverage, kosovoNote, noteInvalidSheet
        // The government's self-assessment beside the NGO sheet (agreement).
        case noteOtherRespondent, government, ngo, joint, agreementTitle, disagreementTitle, disagreementIntro, noPairs
        case year, indicator, difference, same, meanDifference, alpha, largestDifferences, noDifferences
        case answer, source, comment, noteJointLeftOut, noteNoNGOSheet
        // How firm the ranking is when the instrument's choices vary (sensitivity).
        case rankInterval, sensitivity, runs, seed, varied, sensitivityNote, variedWeights, variedAggregation
        case variedCoverage, variedMissing, nothingVaried, or, medianRank, meanRank, meanShift, sameRank
        case sobolIndices, input, firstOrder, totalIndex, monteCarlo, saltelliDesign, neverRanked
        // What changed between two versions of the instrument (diff).
        case diffTitle, diffChanges, diffBreaking, diffNoChanges, diffImpact, diffSheets, diffScoresMoved, diffLargest
        case diffRanksChanged, diffNoImpact, diffMore, diffLeftOut, diffKind, diffWhere, diffLevel, diffOld, diffNew
        case diffYear, noteNotInSheet
        // The HTML report and the text report's later sections.
        case scoresOverYears, areaScoresAgainstMean, gap, previousAnswer, newAnswer, contents
        case rankingChartText, heatMapText, trendChartText, profileChartText, changesChartText, dataTable
        case yearByYear, stableBand, minimumCoverage, aggregation, arithmeticMean, geometricMean
        case ratingCutOffs, points, outsideRegionSummary, annex, seeAnnex, illustrativeNote, madeWith
        // explain
        case explainSheet, explainIndicator, explainCoverage, explainMinimum, explainArithmetic, explainGeometric
        case explainOfAreas, explainOfIndicators, explainAnsweredWeight, explainWeight, explainScore
        case explainContribution, explainWithheldCoverage, explainBelowMinimum, explainNoAnswer, explainUnknown
        case explainNotApplicable, explainNothingApplies, explainRecorded, explainAnswer, explainReadAs, explainRule
        case explainOption, explainSum, explainPoints, explainOfAtMost, explainItems, explainCap, explainLinear, explainTo
        case explainBand, explainOrMore, explainShare, explainLimited, explainSource, explainComment, explainRank
        case explainNoRank, explainChangeSince, explainNoEarlierScore, explainPrevious, explainNoPrevious
        case explainNotCompared
        // The HTML report's explanations, ranks under varied choices and government profiles.
        case explainHow, explainSumOfContributions, explainWhere, uncertaintyTitle, uncertaintyChartText, nominalRank
        case agreementProfile, agreementChartText
        // The page's line of members without a rank (its catalogue entries were there; the key was not).
        case notRanked
    }
}
