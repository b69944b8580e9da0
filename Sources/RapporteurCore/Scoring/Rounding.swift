import Foundation

/// Rounding as every output shows numbers: half away from zero, on the
/// decimal value the reader sees.
public enum Rounding {
    public static func twoDecimals(_ value: Double) -> Double { rounded(value, places: 2) }

    public static func rounded(_ value: Double, places: Int) -> Double {
        let scale = pow(10, Double(places))
        // Through the shortest decimal text of value * scale, so that a value
        // such as 2.675 (stored as 2.67499999...) * 100 = 267.49999999999997
        // is not pushed below its half-way point by binary noise alone.
        let scaled = value * scale
        let nudged = (scaled * 1e9).rounded() / 1e9
        return nudged.rounded(.toNearestOrAwayFromZero) / scale
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
        let scale = pow(10, Double(places))
        let scaled = rounded(value, places: places) * scale
        guard scaled.isFinite, abs(scaled) < 9e17 else { return String(value) }
        let units = Int64(scaled.rounded())
        let negative = units < 0
        var digits = String(negative ? -units : units)
        if places > 0 {
            if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -places))
        }
        return negative && units != 0 ? "-" + digits : digits
    }
}
