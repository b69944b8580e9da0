import Testing
@testable import RapporteurCore

/// The rounding rule of docs/decisions.md, on values worked out by hand
/// where binary storage, the nine-decimal tolerance and the decimal text
/// would each give a different answer.
@Suite("rounding half away from zero, on the binary value with a tolerance")
struct RoundingTests {
    // 1.005 is stored as 1.00499999999999989...; times 100 that is
    // 100.49999999999998..., binary rounding alone would give 100; nine
    // decimals make it 100.5, so 101 hundredths. Likewise 0.285 is stored as
    // 0.28499999999999997..., times 100 is 28.499999999999996..., nine
    // decimals make 28.5: 29 hundredths.
    @Test("a decimal stored just below its half-way point still rounds up")
    func storedBelowHalf() {
        #expect(Rounding.fixed(1.005, places: 2) == "1.01")
        #expect(Rounding.fixed(0.285, places: 2) == "0.29")
        #expect(Rounding.twoDecimals(1.005) == 1.01)
    }

    // 0.0049999995 times 100 is 0.49999995: 5e-8 below the half-way point,
    // a hundred times the tolerance of 5e-10, so nine decimals keep it at
    // 0.499999950 and it rounds to 0. Rounding to nine decimals of the value
    // first (0.005) would have given 0.01.
    @Test("0.0049999995 shows 0.00: the tolerance is on the scaled value, not nine decimals of the value")
    func belowTolerance() {
        #expect(Rounding.fixed(0.0049999995, places: 2) == "0.00")
        #expect(Rounding.twoDecimals(0.0049999995) == 0)
        // The negative rounds to -0 hundredths, written without a sign.
        #expect(Rounding.fixed(-0.0049999995, places: 2) == "0.00")
    }

    // 0.004999999999 times 100 is 0.4999999999: 1e-10 below the half-way
    // point, within the tolerance, so nine decimals make it 0.500000000 and
    // it rounds away from zero to 1. The decimal text, below 0.005, would
    // round down.
    @Test("0.004999999999 shows 0.01: within the tolerance, so not the decimal text's rounding")
    func withinTolerance() {
        #expect(Rounding.fixed(0.004999999999, places: 2) == "0.01")
        #expect(Rounding.fixed(-0.004999999999, places: 2) == "-0.01")
    }

    // At four places the scale is 10,000. 0.00004999995 is 0.4999995 units,
    // 5e-7 below the half: 0. 0.0000499999999 is 0.499999999 units, 1e-9
    // below the half, still outside the tolerance of 5e-10: 0.
    // 0.00004999999999 is 0.4999999999 units, 1e-10 below: inside, so 1.
    @Test("the tolerance is per unit of the last place shown, at any number of places")
    func otherPlaces() {
        #expect(Rounding.fixed(0.00004999995, places: 4) == "0.0000")
        #expect(Rounding.fixed(0.0000499999999, places: 4) == "0.0000")
        #expect(Rounding.fixed(0.00004999999999, places: 4) == "0.0001")
    }
}
