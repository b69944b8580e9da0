/// How far two accounts of the same indicators agree: over the n indicators
/// both sheets scored, the share of equal 2-decimal scores, the mean
/// absolute difference of the 2-decimal scores, and Krippendorff's alpha
/// for two coders at the interval level on the unrounded scores.
public struct AgreementStatistics: Sendable, Hashable {
    public var n: Int
    /// In [0, 1]; nil only when n = 0.
    public var same: Double?
    /// In points; nil only when n = 0.
    public var mad: Double?
    /// nil when n < 2 or when all 2n scores are equal (no expected disagreement).
    public var alpha: Double?

    /// `pairs`: the government's and the NGO's unrounded score of each
    /// indicator both scored.
    public init(_ pairs: [(government: Double, ngo: Double)]) {
        n = pairs.count
        guard n > 0 else { return }
        let shown = pairs.map { (Rounding.twoDecimals($0.government), Rounding.twoDecimals($0.ngo)) }
        same = Double(shown.filter { $0.0 == $0.1 }.count) / Double(n)
        mad = shown.reduce(0) { $0 + abs($1.0 - $1.1) } / Double(n)
        alpha = Self.alpha(pairs)
    }

    /// `1 - D_o / D_e` with `D_o = (1/n) sum (a_i - b_i)^2` and `D_e` the
    /// mean squared difference over ordered pairs of distinct values among
    /// the 2n. Each pair is differenced directly, so that equal scores give
    /// exactly 0 rather than a rounding residue of a sum of squares.
    static func alpha(_ pairs: [(government: Double, ngo: Double)]) -> Double? {
        let n = pairs.count
        guard n >= 2 else { return nil }
        let observed = pairs.reduce(0) { $0 + ($1.government - $1.ngo) * ($1.government - $1.ngo) } / Double(n)
        let values = pairs.flatMap { [$0.government, $0.ngo] }
        var sum = 0.0
        for j in values.indices {
            for k in values.indices where k > j {
                sum += (values[j] - values[k]) * (values[j] - values[k])
            }
        }
        // Each unordered pair stands for two ordered ones.
        let expected = 2 * sum / Double(values.count * (values.count - 1))
        guard expected > 0 else { return nil }
        return 1 - observed / expected
    }
}
