/// GitLab's Code Quality report: a JSON array that a merge request shows
/// beside the changed lines (`artifacts: reports: codequality`).
///
/// Each issue needs a fingerprint that stays the same while the finding
/// does, so GitLab can tell new findings from old ones: here a hash of
/// the code, file, line and message.
enum CodeQualityReport {
    static func render(_ diagnostics: [Diagnostic]) -> String {
        guard !diagnostics.isEmpty else { return "[]\n" }
        var seen: [String: Int] = [:]
        let objects = diagnostics.map { d -> String in
            var description = d.message.text(in: .english)
            if let cell = d.location.cell { description = "\(cell): " + description }
            if let suggestion = d.suggestion { description += " (\(suggestion.text(in: .english)))" }
            // Two equal findings at one place still need two fingerprints.
            let identity = "\(d.code)\u{1F}\(d.location.file)\u{1F}\(d.location.line ?? 0)\u{1F}\(d.message)"
            let repeats = seen[identity, default: 0]
            seen[identity] = repeats + 1
            let fields = [
                "\"description\": \(JSONString.quote(description))",
                "\"check_name\": \(JSONString.quote(d.code.rawValue))",
                "\"fingerprint\": \(JSONString.quote(fingerprint(identity + "\u{1F}\(repeats)")))",
                "\"severity\": \(JSONString.quote(severity(d.severity)))",
                "\"location\": {\"path\": \(JSONString.quote(d.location.file)), \"lines\": {\"begin\": \(d.location.line ?? 1)}}",
            ]
            return "  {" + fields.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    private static func severity(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        case .note: "info"
        }
    }

    /// FNV-1a, 64 bits, twice with different offsets: 32 hex digits, as
    /// long as the MD5 sums GitLab's own analysers give.
    static func fingerprint(_ text: String) -> String {
        func fnv(_ offset: UInt64) -> UInt64 {
            var hash = offset
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            return hash
        }
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return hex(fnv(0xCBF2_9CE4_8422_2325)) + hex(fnv(0x8422_2325_CBF2_9CE4))
    }
}
