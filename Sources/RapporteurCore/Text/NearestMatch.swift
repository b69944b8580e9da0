/// Suggestions for what a person probably meant, by edit distance.
public enum NearestMatch {
    /// The candidate closest to `word` (case-insensitive), if it is close
    /// enough to be a plausible typo.
    public static func best(for word: String, among candidates: [String]) -> String? {
        let target = Array(word.lowercased())
        // No suggestion is farther than `reach`, and a distance is at least
        // the difference in length: a candidate that differs more in length
        // could never be suggested, so its distance is not computed. Without
        // this, a megabyte-long cell cost a megabyte times every id.
        let reach = max(2, (candidates.map(\.count).max() ?? 0) / 2)
        var best: (String, Int)?
        for candidate in candidates {
            let letters = Array(candidate.lowercased())
            guard abs(letters.count - target.count) <= reach else { continue }
            let distance = editDistance(target, letters)
            if best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let limit = max(2, min(target.count, candidate.count) / 2)
        return distance <= limit ? candidate : nil
    }

    /// Levenshtein distance with adjacent transpositions counted as one.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = Swift.min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}

extension CountryCode {
    /// A hint for a code that is not a country: upper case, the two-letter
    /// form of a common three-letter code, or the list's rule.
    public static func suggestion(for code: String) -> DiagnosticMessage {
        let upper = code.uppercased()
        if upper != code, isValid(upper) { return DiagnosticMessage("write it in capitals: '\(upper)'") }
        if let two = alpha3[upper] { return DiagnosticMessage("use the two-letter code '\(two)'") }
        return DiagnosticMessage("use an ISO 3166-1 alpha-2 code such as 'RS', 'BA' or 'XK'")
    }

    /// Three-letter codes people in the region type most.
    static let alpha3: [String: String] = [
        "ALB": "AL", "BIH": "BA", "MNE": "ME", "MKD": "MK", "SRB": "RS", "XKX": "XK", "KOS": "XK",
        "BGR": "BG", "HRV": "HR", "MDA": "MD", "ROU": "RO", "SVN": "SI", "UKR": "UA", "GRC": "GR",
        "AUT": "AT", "DEU": "DE", "FRA": "FR", "ITA": "IT", "HUN": "HU", "CZE": "CZ", "TUR": "TR",
    ]
}
