/// The pseudo-random numbers of a sensitivity analysis: xoshiro256**
/// (Blackman and Vigna, 2018), its 256-bit state filled from the seed by
/// SplitMix64, as its authors recommend. Both are pure integer arithmetic,
/// so a seed gives the same numbers, and the same report, on every machine.
///
///     var generator = SeededGenerator(seed: 1)
///     let u = generator.nextUnit()   // in [0, 1)
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    public init(seed: UInt64) {
        var splitMix = SplitMix64(seed: seed)
        state = (splitMix.next(), splitMix.next(), splitMix.next(), splitMix.next())
    }

    /// xoshiro256**: the scrambled output of a 256-bit linear engine.
    public mutating func next() -> UInt64 {
        let result = Self.rotateLeft(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = Self.rotateLeft(state.3, 45)
        return result
    }

    /// A double uniform in [0, 1): the top 53 bits, times 2^-53.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    static func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}

/// SplitMix64 (Steele, Lea and Flood, 2014; Vigna's public-domain C): a
/// 64-bit counter stepped by the golden ratio and mixed, used to seed
/// xoshiro256** so that nearby seeds give unrelated states.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
