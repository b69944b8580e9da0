/// A date cell's stored number as the calendar date it shows: days counted
/// from the workbook's epoch, the time of day dropped.
///
/// The 1900 date system counts 1900-01-01 as day 1 and, like Lotus 1-2-3
/// before it, holds a 29 February 1900 that never was (day 60); every later
/// day is one more than the calendar says. The 1904 system (old Mac
/// workbooks, `date1904`) counts 1904-01-01 as day 0.
public enum SpreadsheetDate {
    public enum System: Sendable {
        case from1900, from1904
    }

    /// `2026-03-09` for 46090 in the 1900 system; nil for a negative or
    /// absurdly large number, which no spreadsheet shows as a date.
    public static func isoDate(serial: Double, system: System) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let day = Int(serial.rounded(.down))
        switch system {
        case .from1904:
            return iso(daysSince1970: day + daysFrom1970(1904, 1, 1))
        case .from1900:
            if day == 60 { return "1900-02-29" }
            if day == 0 { return "1899-12-31" }
            let offset = day < 60 ? day : day - 1
            return iso(daysSince1970: daysFrom1970(1899, 12, 31) + offset)
        }
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's
    /// `days_from_civil`).
    static func daysFrom1970(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// `YYYY-MM-DD` of a day counted from 1970-01-01 (`civil_from_days`).
    static func iso(daysSince1970 days: Int) -> String {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
