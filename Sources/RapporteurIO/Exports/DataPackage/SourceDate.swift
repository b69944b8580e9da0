import Foundation

/// The one time an export may carry: `SOURCE_DATE_EPOCH`, the convention of
/// reproducible builds, so that the same inputs still give the same bytes.
public enum SourceDate {
    /// `SOURCE_DATE_EPOCH` as an ISO 8601 UTC time (`2025-03-14T00:00:00Z`),
    /// or nil when it is unset or not a whole number of seconds.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        guard let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text.trimmingCharacters(in: .whitespaces)) else {
            return nil
        }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
