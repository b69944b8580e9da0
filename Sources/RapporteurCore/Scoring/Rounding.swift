import Foundation

/// Rounding as every output shows numbers: half away from zero, on the
/// decimal value the reader sees.
public enum Rounding {
    public static func twoDecimals(_ value: Double) -> Double { rounded(value, places: 2) }

    public static func rounded(_ value: Double, places: Int) -> Double {
        units(value, places: places) / scale(places)
    }

    /// `value` in units of the last decimal place, rounded: 267 for 2.67 at
    /// two places.
    static func units(_ value: Double, places: Int) -> Double {
        // Through the shortest decimal text of value * scale, so that a value
        // such as 2.675 (stored as 2.67499999...) * 100 = 267.49999999999997
        // is not pushed below its half-way point by binary noise alone.
        let scaled = value * scale(places)
        let nudged = (scaled * 1e9).rounded() / 1e9
        return nudged.rounded(.toNearestOrAwayFromZero)
    }

    /// 10 to the power `places`: written out for the places outputs use,
    /// since `pow` showed in profiles of exports with millions of numbers.
    /// They are the same exact values `pow` returns.
    public static func scale(_ places: Int) -> Double {
        switch places {
        case 0: 1
        case 1: 10
        case 2: 100
        case 3: 1_000
        case 4: 10_000
        default: pow(10, Double(places))
        }
    }

    /// A number as a person writes it: `10`, `1.5`, not `10.0`.
    public static func plain(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// `12.30`, `-0.50`, `100.00`: fixed decimals, `.` separator, no groups.
    /// Written by hand: exports format millions of numbers, and
    /// `String(format:)` was a third of a comparison's time.
    public static func fixed(_ value: Double, places: Int) -> String {
        var representable = true
        let text = String(unsafeUninitializedCapacity: fixedCapacity(places)) { buffer in
            let count = writeFixed(value, places: places, into: buffer)
            representable = count != nil
            return count ?? 0
        }
        return representable ? text : String(value)
    }

    /// The bytes `writeFixed` may need.
    public static func fixedCapacity(_ places: Int) -> Int { 24 + max(places, 0) }

    /// Writes `fixed(value, places:)` as UTF-8 into `buffer`, which holds
    /// at least `fixedCapacity(places)` bytes, and returns how many it
    /// wrote; nil for a value too large or not finite to write this way.
    public static func writeFixed(_ value: Double, places: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        // The rounded units themselves: dividing by the scale and multiplying
        // back gives them again, exactly, while they are below 2^50.
        let direct = Self.units(value, places: places)
        let scaled = abs(direct) < 0x1p50 ? direct : (rounded(value, places: places) * scale(places)).rounded()
        guard places >= 0, scaled.isFinite, abs(scaled) < 9e17 else { return nil }
        let units = Int64(scaled)
        var position = 0
        if units < 0 {
            buffer[0] = UInt8(ascii: "-")
            position = 1
        }
        var digits = 1
        var rest = units.magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        digits = max(digits, places + 1)
        let end = position + digits + (places > 0 ? 1 : 0)
        var remaining = units.magnitude
        var index = end
        for digit in 0..<digits {
            if places > 0 && digit == places {
                index -= 1
                buffer[index] = UInt8(ascii: ".")
            }
            index -= 1
            buffer[index] = UInt8(ascii: "0") + UInt8(remaining % 10)
            remaining /= 10
        }
        return end
    }
}
