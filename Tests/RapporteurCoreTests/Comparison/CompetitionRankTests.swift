import Testing
@testable import RapporteurCore

/// Standard competition ranking: a value's rank is one more than the number
/// of values above it, so ties share a rank and the ranks after them are
/// skipped.
@Suite("competition ranks")
struct CompetitionRankTests {
    @Test("worked by hand: 50, 70, 70, 10 rank 3, 1, 1, 4")
    func byHand() {
        #expect(ComparisonEngine.competitionRanks([50, 70, 70, 10]) == [3, 1, 1, 4])
        #expect(ComparisonEngine.competitionRanks([]) == [])
        #expect(ComparisonEngine.competitionRanks([-0.0, 0]) == [1, 1])
    }

    @Test("random values with many ties rank as counting the values above each gives")
    func againstCounting() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let values = (0..<Int.random(in: 0...60, using: &generator)).map { _ in
                Double(Int.random(in: 0...12, using: &generator)) * 8.33 - 20
            }
            let counted = values.map { value in values.filter { $0 > value }.count + 1 }
            #expect(ComparisonEngine.competitionRanks(values) == counted)
        }
    }
}
