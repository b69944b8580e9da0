/// Percentiles by the nearest-rank method: the p-th percentile of n values
/// is the smallest value v with at least p% of the values at or below v,
/// that is the ceil(p n / 100)-th smallest. Always one of the values, so a
/// percentile of ranks is itself a rank.
///
///     NearestRank.percentile(5, of: [1, 1, 2, 3])   // 1: ceil(0.2) = 1st
///     NearestRank.percentile(50, of: [1, 1, 2, 3])  // 1: ceil(2) = 2nd
///     NearestRank.percentile(95, of: [1, 1, 2, 3])  // 3: ceil(3.8) = 4th
public enum NearestRank {
    /// `p` in whole percent, 0 to 100; nil for no values. The position is
    /// worked out in integers, so 5% of 20 runs is exactly the 1st.
    public static func percentile(_ p: Int, of values: [Int]) -> Int? {
        percentile(p, ofSorted: values.sorted())
    }

    /// As `percentile(_:of:)`, of values already sorted ascending.
    public static func percentile(_ p: Int, ofSorted sorted: [Int]) -> Int? {
        guard !sorted.isEmpty else { return nil }
        let position = (p * sorted.count + 99) / 100
        return sorted[min(max(position, 1), sorted.count) - 1]
    }
}
