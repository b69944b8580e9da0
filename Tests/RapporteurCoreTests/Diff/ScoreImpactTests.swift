import Foundation
import RapporteurCore
import Testing

/// The impact of a change worked by hand on `ComparisonEngineTests`'s
/// framework (two areas of one number each; the answer is the score).
/// Before: RS answers 60 and 60, AL 50 and 50. After: RS answers 40 and 40.
@Suite("score impact, worked by hand")
struct ScoreImpactTests {
    func comparison(_ rs: String) throws -> Comparison {
        let framework = try #require(ComparisonEngineTests.framework)
        let scores = [try ComparisonEngineTests.sheet("RS", 2024, rs, rs), try ComparisonEngineTests.sheet("AL", 2024, "50", "50")]
        return try ComparisonEngine(framework: framework).compare(scores, ComparisonRequest()).get()
    }

    @Test("scores that moved come first, largest first, then ranks that moved; the summary counts them")
    func impact() throws {
        let impact = ScoreImpact(old: try comparison("60"), new: try comparison("40"))
        let rows = impact.rows.map { "\($0.country) \($0.level.rawValue) \($0.id)" }
        // RS falls by 20 everywhere (rank 1 to 2); AL keeps 50 but rises from 2 to 1.
        #expect(rows == ["RS overall overall", "RS area AA", "RS area BB", "RS indicator AA.01", "RS indicator BB.01",
                         "AL overall overall", "AL area AA", "AL area BB", "AL indicator AA.01", "AL indicator BB.01"])
        let first = try #require(impact.rows.first)
        #expect(first.old == 60 && first.new == 40 && first.difference == -20 && first.oldRank == 1 && first.newRank == 2)
        #expect(impact.scoresMoved == 5)
        #expect(impact.largest == first)
        #expect(impact.latestYear == 2024)
        #expect(impact.rankChanges.map { "\($0.country) \($0.oldRank!)→\($0.newRank!)" } == ["AL 2→1", "RS 1→2"])
    }

    @Test("the same comparison twice has no impact")
    func none() throws {
        #expect(ScoreImpact(old: try comparison("60"), new: try comparison("60")).rows.isEmpty)
    }
}
