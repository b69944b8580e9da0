import RapporteurCore
import Testing

/// Agreement between two sheets as the contract defines it, on small pairs
/// worked out by hand. With a_i, b_i the two scores and v the 2n values,
/// D_o = (1/n) sum (a_i - b_i)^2, D_e = sum over ordered pairs j != k of
/// (v_j - v_k)^2 / (2n (2n - 1)), alpha = 1 - D_o / D_e; the ordered-pair
/// sum is 2N sum v^2 - 2 (sum v)^2 with N = 2n.
@Suite("agreement statistics, worked by hand")
struct AgreementStatisticsTests {
    @Test("n = 1: same and mad are given, alpha is not (it needs n >= 2)")
    func single() {
        let s = AgreementStatistics([(government: 60, ngo: 40)])
        #expect(s.n == 1)
        #expect(s.same == 0)
        #expect(s.mad == 20)
        #expect(s.alpha == nil)
    }

    @Test("n = 0: nothing but n")
    func none() {
        let s = AgreementStatistics([])
        #expect(s.n == 0 && s.same == nil && s.mad == nil && s.alpha == nil)
    }

    @Test("identical answers that differ between indicators: same 1, mad 0, alpha 1")
    func identical() {
        // D_o = 0; v = 50, 50, 100, 100, 0, 0 are not all equal, so D_e > 0.
        let s = AgreementStatistics([(50, 50), (100, 100), (0, 0)])
        #expect(s.same == 1)
        #expect(s.mad == 0)
        #expect(s.alpha == 1)
    }

    @Test("all 2n scores equal: D_e = 0, so alpha is empty though the two agree fully")
    func allEqual() {
        let s = AgreementStatistics([(50, 50), (50, 50)])
        #expect(s.same == 1 && s.mad == 0)
        #expect(s.alpha == nil)
    }

    @Test("(100, 50), (50, 50), (0, 0): same 2/3, mad 50/3, alpha 12/17")
    func worked() throws {
        // D_o = 2500 / 3. v = 100, 50, 50, 50, 0, 0: sum 250, sum of squares 17500;
        // ordered pairs 2 * 6 * 17500 - 2 * 250^2 = 85000; D_e = 85000 / 30.
        // alpha = 1 - (2500 / 3) / (8500 / 3) = 1 - 5/17 = 12/17 = 0.7059.
        let s = AgreementStatistics([(100, 50), (50, 50), (0, 0)])
        #expect(s.n == 3)
        #expect(abs(try #require(s.same) - 2.0 / 3) < 1e-12)
        #expect(abs(try #require(s.mad) - 50.0 / 3) < 1e-12)
        #expect(abs(try #require(s.alpha) - 12.0 / 17) < 1e-12)
        #expect(Rounding.fixed(s.alpha!, places: 4) == "0.7059")
    }

    @Test("opposite answers give a negative alpha: (0, 100), (100, 0) is -0.5")
    func opposite() throws {
        // D_o = 10000. v = 0, 100, 100, 0: ordered pairs 2 * 4 * 20000 - 2 * 200^2 = 80000;
        // D_e = 80000 / 12; alpha = 1 - 10000 * 12 / 80000 = -0.5.
        let s = AgreementStatistics([(0, 100), (100, 0)])
        #expect(s.same == 0 && s.mad == 100)
        #expect(abs(try #require(s.alpha) + 0.5) < 1e-12)
    }

    @Test("same and mad compare the 2-decimal scores; alpha the unrounded ones")
    func rounding() throws {
        // 33.333333 and 33.331 both show as 33.33: equal, difference 0.
        let s = AgreementStatistics([(33.333333, 33.331), (100, 0)])
        #expect(s.same == 0.5)
        #expect(s.mad == 50)
        // Unrounded: D_o = ((0.002333)^2 + 10000) / 2, so alpha is not that of the rounded scores.
        let rounded = AgreementStatistics([(33.33, 33.33), (100, 0)])
        #expect(try #require(s.alpha) != (try #require(rounded.alpha)))
    }

    @Test("an indicator row's difference is of the displayed values: 66.67 - 33.33 = 33.34, not 33.33")
    func displayedDifference() {
        // Unrounded, 66.666 - 33.334 = 33.332, which would show as 33.33.
        let row = AgreementRow(year: 2024, country: "RS", level: .indicator, id: "AA.01", government: 66.666,
                               ngo: 33.334, statistics: nil)
        #expect(row.difference == 33.34)
        let negative = AgreementRow(year: 2024, country: "RS", level: .indicator, id: "AA.01", government: 33.334,
                                    ngo: 66.666, statistics: nil)
        #expect(negative.difference == -33.34)
    }

    @Test("the difference is empty when either side has no score")
    func missingSide() {
        let row = AgreementRow(year: 2024, country: "RS", level: .indicator, id: "AA.01", government: nil, ngo: 40,
                               statistics: nil)
        #expect(row.difference == nil)
    }

    @Test("respondents are read by code or by label in the instrument's languages")
    func respondentLabels() {
        #expect(Respondent(label: "government") == .government)
        #expect(Respondent(label: " Vlada ") == .government)
        #expect(Respondent(label: "ВЛАДА") == .government)
        #expect(Respondent(label: "qeveria") == .government)
        #expect(Respondent(label: "NVO") == .ngo)
        #expect(Respondent(label: "НВО") == .ngo)
        #expect(Respondent(label: "shoqëria civile") == .ngo)
        #expect(Respondent(label: "заеднички") == .joint)
        #expect(Respondent(label: "ministry") == nil)
    }
}
