/// One of the instrument's choices a sensitivity analysis varies.
public enum SensitivityInput: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Every area and indicator weight times a factor uniform in [1 - w, 1 + w].
    case weights
    /// Arithmetic or geometric means, each with probability 1/2.
    case aggregation
    /// The minimum coverage, or it minus or plus 0.1, each with probability 1/3.
    case coverage
    /// Missing answers left out, or scored 0, each with probability 1/2.
    case missing

    /// What `--vary` varies when not told: a geometric mean is 0 wherever
    /// one of its parts is, so with instruments whose answers score 0 it
    /// would dominate every interval; it is varied only when asked for.
    public static let defaults: [SensitivityInput] = [.weights, .coverage, .missing]

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How the runs are drawn.
public enum SensitivityMethod: String, Sendable, Hashable, CaseIterable {
    /// Independent runs, each input drawn afresh.
    case monteCarlo = "monte-carlo"
    /// Saltelli's A, B, AB_i design, which also gives Sobol' indices.
    case saltelli
}

/// What a sensitivity analysis is asked to do.
public struct SensitivitySettings: Sendable, Hashable {
    /// The inputs varied, in `SensitivityInput` order.
    public var varied: [SensitivityInput]
    /// w: weights vary by a factor in [1 - w, 1 + w].
    public var weightNoise: Double
    /// Monte Carlo runs, or Saltelli's N base runs.
    public var runs: Int
    public var seed: UInt64
    public var method: SensitivityMethod

    public init(varied: [SensitivityInput] = SensitivityInput.defaults, weightNoise: Double = 0.25, runs: Int = 1000,
                seed: UInt64 = 1, method: SensitivityMethod = .monteCarlo) {
        self.varied = Array(Set(varied)).sorted()
        self.weightNoise = weightNoise
        self.runs = runs
        self.seed = seed
        self.method = method
    }
}
