import Foundation

/// Rounding as every output shows numbers: half away from zero, on the
/// binary value, with a tolerance of half a billionth of the last place shown
/// for the error of storing a decimal in binary.
///
/// It is not rounding of the decimal text: at two places 0.004999999999
/// shows 0.01 (within the tolerance of the half-way point), while
/// 0.0049999995 shows 0.00.
public enum Rounding {
    public static func twoDecimals(_ value: Double) -> Double { rounded(value, places: 2) }

    public static func rounded(_ value: Double, places: Int) -> Double {
        units(value, places: places) / scale(places)
    }

    /// `value` in units of the last decimal place, rounded: 267 for 2.67 at
    /// two places.
    static func units(_ value: Double, places: Int) -> Double {
        // All in Double arithmetic, no decimal text. value * scale is rounded
        // to nine decimals (half away from zero), then to a whole number (half
        // away from zero). The first step lets a value typed with few decimals
        // reach its half-way point despite binary storage: 1.005 is stored as
        // 1.00499999999999989..., times 100 is 100.49999999999998..., nine
        // decimals make it 100.5, and it shows 1.01. A value below the half-way
        // point by more than 0.5e-9 of a unit stays below: 0.0049999995 is
        // 0.49999995 units and shows 0.00.
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
        let text = String(composingUTF8: fixedCapacity(places)) { buffer in
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
    static func writeFixed(_ value: Double, places: Int, into buffer: WritableSlots<UInt8>) -> Int? {
        // The rounded units themselves: dividing by the scale and multiplying
        // back gives them again, exactly, while they are below 2^50.
        let direct = Self.units(value, places: places)
        let scaled = abs(direct) < 0x1p50 ? direct : (rounded(value, places: places) * scale(places)).rounded()
        guard places >= 0, scaled.isFinite, abs(scaled) < 9e17 else { return nil }
        let units = Int64(scaled)
        let magnitude = units.magnitude
        // The count of digits, found by multiplying rather than dividing,
        // and at least one more than the places: 0.50, not .50. Below
        // 9e17 there are at most 18, so `power` stays within UInt64.
        var digits = 1
        var power: UInt64 = 10
        while magnitude >= power {
            digits += 1
            power &*= 10
        }
        digits = max(digits, places + 1)
        let sign = units < 0 ? 1 : 0
        if sign == 1 { buffer[0] = UInt8(ascii: "-") }
        let end = sign + digits + (places > 0 ? 1 : 0)
        // From the last digit back: the decimals, the point, the whole part.
        var remaining = magnitude
        var index = end
        for _ in 0..<places {
            index -= 1
            buffer[index] = UInt8(ascii: "0") + UInt8(remaining % 10)
            remaining /= 10
        }
        if places > 0 {
            index -= 1
            buffer[index] = UInt8(ascii: ".")
        }
        while index > sign {
            index -= 1
            buffer[index] = UInt8(ascii: "0") + UInt8(remaining % 10)
            remaining /= 10
        }
        return end
    }
}
