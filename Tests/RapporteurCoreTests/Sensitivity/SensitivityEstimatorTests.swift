import Foundation
import RapporteurCore
import Testing

/// The pieces of the sensitivity analysis that need no sheets: the seeded
/// generator, nearest-rank percentiles, a country's summary of its ranks,
/// and the Sobol' estimator on the Ishigami function.
@Suite("sensitivity: generator, percentiles, Sobol indices")
struct SensitivityEstimatorTests {
    @Test("SplitMix64 gives the published sequence for seed 1234567 (Rosetta Code)")
    func splitMix() {
        var generator = SplitMix64(seed: 1_234_567)
        let expected: [UInt64] = [6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
                                  4_593_380_528_125_082_431, 16_408_922_859_458_223_821]
        #expect((0..<5).map { _ in generator.next() } == expected)
    }

    /// Expected values from a line-by-line Python transcription of
    /// Blackman and Vigna's reference C (xoshiro256starstar.c), seeded by
    /// SplitMix64 from 1.
    @Test("xoshiro256** seeded by SplitMix64 matches the reference algorithm")
    func xoshiro() {
        var generator = SeededGenerator(seed: 1)
        let expected: [UInt64] = [12_966_619_160_104_079_557, 9_600_361_134_598_540_522, 10_590_380_919_521_690_900,
                                  7_218_738_570_589_545_383]
        #expect((0..<4).map { _ in generator.next() } == expected)
        var units = SeededGenerator(seed: 1)
        // 12966619160104079557 >> 11 = 6331357011769570, times 2^-53.
        #expect(units.nextUnit() == 6_331_357_011_769_570 * 0x1p-53)
    }

    @Test("the same seed gives the same numbers; another seed others")
    func seeds() {
        var a = SeededGenerator(seed: 7)
        var b = SeededGenerator(seed: 7)
        var c = SeededGenerator(seed: 8)
        let first = (0..<100).map { _ in a.nextUnit() }
        #expect(first == (0..<100).map { _ in b.nextUnit() })
        #expect(first != (0..<100).map { _ in c.nextUnit() })
        #expect(first.allSatisfy { (0..<1).contains($0) })
    }

    /// Sorted: 1 1 1 2 2 2 3 3 4 5 (n = 10). The p-th percentile is the
    /// ceil(p n / 100)-th value: 5% the 1st (ceil 0.5), 30% the 3rd, 31% the
    /// 4th (ceil 3.1), 50% the 5th, 90% the 9th, 95% the 10th (ceil 9.5).
    @Test("nearest-rank percentiles, worked by hand on ten ranks")
    func nearestRank() {
        let ranks = [3, 1, 2, 2, 5, 4, 1, 1, 2, 3]
        #expect(NearestRank.percentile(5, of: ranks) == 1)
        #expect(NearestRank.percentile(30, of: ranks) == 1)
        #expect(NearestRank.percentile(31, of: ranks) == 2)
        #expect(NearestRank.percentile(50, of: ranks) == 2)
        #expect(NearestRank.percentile(90, of: ranks) == 4)
        #expect(NearestRank.percentile(95, of: ranks) == 5)
        #expect(NearestRank.percentile(100, of: ranks) == 5)
        #expect(NearestRank.percentile(0, of: ranks) == 1)
        #expect(NearestRank.percentile(50, of: []) == nil)
        // 5% of 20 runs is exactly the 1st; of 21, the 2nd (ceil 1.05).
        #expect(NearestRank.percentile(5, of: [1] + Array(repeating: 2, count: 19)) == 1)
        #expect(NearestRank.percentile(5, of: [1] + Array(repeating: 2, count: 20)) == 2)
    }

    /// Nominal rank 2, ranks 1 2 2 3 in four runs: median the 2nd (2), q05
    /// the 1st (1), q95 the 4th (3); mean 8 / 4 = 2; shift (1 + 0 + 0 + 1) / 4
    /// = 0.5; at the nominal rank in 2 of 4 runs.
    @Test("a country's summary of its ranks, worked by hand")
    func countrySummary() {
        let country = CountrySensitivity(country: "RS", score: 59.02, rank: 2, ranks: [3, 2, 1, 2])
        #expect(country.runs == 4)
        #expect(country.medianRank == 2 && country.q05 == 1 && country.q95 == 3)
        #expect(country.meanRank == 2 && country.meanShift == 0.5 && country.sameShare == 0.5)
        let never = CountrySensitivity(country: "AL", score: 40, rank: 1, ranks: [])
        #expect(never.runs == 0 && never.medianRank == nil && never.meanRank == nil && never.sameShare == nil)
    }

    /// Ishigami, f = sin x1 + a sin^2 x2 + b x3^4 sin x1 on [-pi, pi]^3 with
    /// a = 7, b = 0.1. Analytical indices (Sobol' and Levitan 1999):
    /// S = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437. With N = 50,000
    /// pseudo-random base runs (250,000 evaluations), every estimate must lie
    /// within 0.02 of its value; the estimators' standard errors at this N
    /// are below 0.01.
    @Test("the Saltelli and Jansen estimators recover the Ishigami indices within 0.02 at N = 50000")
    func ishigami() {
        let a = 7.0, b = 0.1
        let ishigami = { (u: [Double]) -> Double in
            let x = u.map { -Double.pi + 2 * Double.pi * $0 }
            return sin(x[0]) + a * sin(x[1]) * sin(x[1]) + b * pow(x[2], 4) * sin(x[0])
        }
        var generator = SeededGenerator(seed: 2026)
        let indices = SobolIndices.of(ishigami, baseRuns: 50_000, groups: [0..<1, 1..<2, 2..<3], generator: &generator)
        let first = [0.3139, 0.4424, 0]
        let total = [0.5576, 0.4424, 0.2437]
        for input in 0..<3 {
            let s = indices.firstOrder[input] ?? .nan, st = indices.total[input] ?? .nan
            #expect(abs(s - first[input]) < 0.02, "S\(input + 1) = \(s)")
            #expect(abs(st - total[input]) < 0.02, "ST\(input + 1) = \(st)")
        }
    }

    @Test("a design of N base runs and k inputs has N (k + 2) points; AB_i takes input i from B")
    func design() {
        var generator = SeededGenerator(seed: 3)
        let design = SaltelliDesign(baseRuns: 4, groups: [0..<2, 2..<3], generator: &generator)
        #expect(design.points.count == 4 * (2 + 2))
        for row in 0..<4 {
            let a = design.points[row], b = design.points[4 + row]
            #expect(design.points[8 + row] == [b[0], b[1], a[2]])
            #expect(design.points[12 + row] == [a[0], a[1], b[2]])
        }
        #expect(design.block(of: 0) == .a && design.block(of: 5) == .b && design.block(of: 13) == .mixed(1))
    }

    @Test("outputs that never vary give no indices rather than a division by zero")
    func constant() {
        var generator = SeededGenerator(seed: 1)
        let indices = SobolIndices.of({ _ in 3 }, baseRuns: 10, groups: [0..<1, 1..<2], generator: &generator)
        #expect(indices.firstOrder == [nil, nil] && indices.total == [nil, nil])
    }
}
