/// First-order and total Sobol' sensitivity indices of any model over the
/// unit hypercube, by Saltelli's A, B, AB_i design:
///
/// - A and B are N points each, drawn independently; AB_i is A with the
///   columns of input i taken from B. The model runs on A, B and every AB_i:
///   N (k + 2) runs for k inputs.
/// - First order (Saltelli et al. 2010, table 2, (b)):
///   S_i = (1/N) sum_j f(B)_j (f(AB_i)_j - f(A)_j) / V.
/// - Total (Jansen 1999): ST_i = (1/2N) sum_j (f(A)_j - f(AB_i)_j)^2 / V.
/// - V: the variance of the 2N outputs on A and B together.
///
/// An input may span several columns (a group, such as every weight at
/// once); the indices are then those of the group.
///
///     let design = SaltelliDesign(baseRuns: 1000, groups: [0..<1, 1..<2, 2..<3], generator: &generator)
///     let outputs = design.points.map(model)
///     let indices = SobolIndices(outputs: outputs, design: design)
public struct SaltelliDesign: Sendable {
    /// N.
    public let baseRuns: Int
    /// The columns of each input, in order.
    public let groups: [Range<Int>]
    /// A's rows, then B's, then AB_1's ... AB_k's: N (k + 2) points.
    public let points: [[Double]]

    public init(baseRuns: Int, groups: [Range<Int>], generator: inout SeededGenerator) {
        self.baseRuns = baseRuns
        self.groups = groups
        let dimension = groups.map(\.upperBound).max() ?? 0
        // Row by row, A's then B's, so that a larger N keeps the first rows.
        var a: [[Double]] = []
        var b: [[Double]] = []
        for _ in 0..<baseRuns {
            a.append((0..<dimension).map { _ in generator.nextUnit() })
            b.append((0..<dimension).map { _ in generator.nextUnit() })
        }
        var points = a + b
        for group in groups {
            for row in 0..<baseRuns {
                var mixed = a[row]
                mixed.replaceSubrange(group, with: b[row][group])
                points.append(mixed)
            }
        }
        self.points = points
    }

    /// Which matrix a point belongs to, by its index in `points`.
    public enum Block: Equatable, Sendable {
        case a, b
        /// AB_i, i an index into `groups`.
        case mixed(Int)
    }

    public func block(of index: Int) -> Block {
        switch index / baseRuns {
        case 0: .a
        case 1: .b
        case let block: .mixed(block - 2)
        }
    }
}

/// The indices the design's outputs give, one per input; nil where the
/// outputs do not vary at all (V = 0), since nothing can then be said.
public struct SobolIndices: Sendable, Hashable {
    public var firstOrder: [Double?]
    public var total: [Double?]

    public init(outputs: [Double], design: SaltelliDesign) {
        precondition(outputs.count == design.points.count, "one output per point of the design")
        let n = design.baseRuns
        let a = outputs[0..<n]
        let b = outputs[n..<(2 * n)]
        let both = outputs[0..<(2 * n)]
        let mean = both.reduce(0, +) / Double(2 * n)
        let variance = both.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(2 * n)
        var firstOrder: [Double?] = []
        var total: [Double?] = []
        for group in design.groups.indices {
            let mixed = outputs[((group + 2) * n)..<((group + 3) * n)]
            guard n > 0, variance > 0 else {
                firstOrder.append(nil)
                total.append(nil)
                continue
            }
            var first = 0.0
            var jansen = 0.0
            for (fa, (fb, fab)) in zip(a, zip(b, mixed)) {
                first += fb * (fab - fa)
                jansen += (fa - fab) * (fa - fab)
            }
            firstOrder.append(first / Double(n) / variance)
            total.append(jansen / Double(2 * n) / variance)
        }
        self.firstOrder = firstOrder
        self.total = total
    }

    /// The indices of `model`, run on every point of a fresh design.
    public static func of(_ model: ([Double]) -> Double, baseRuns: Int, groups: [Range<Int>],
                          generator: inout SeededGenerator) -> SobolIndices {
        let design = SaltelliDesign(baseRuns: baseRuns, groups: groups, generator: &generator)
        return SobolIndices(outputs: design.points.map(model), design: design)
    }
}
