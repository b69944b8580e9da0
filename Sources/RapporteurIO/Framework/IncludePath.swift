/// The path of an `<include href>`, normalised, or the reason it may not be
/// followed: the framework's files stay inside its directory.
enum IncludePath {
    enum Refusal: Error {
        case absolute, url, escapes, empty
    }

    static func normalise(_ href: String) -> Result<String, Refusal> {
        if href.isEmpty { return .failure(.empty) }
        if href.contains("://") || hasScheme(href) { return .failure(.url) }
        if href.hasPrefix("/") || href.hasPrefix("\\") { return .failure(.absolute) }
        var parts: [Substring] = []
        for part in href.split(whereSeparator: { $0 == "/" || $0 == "\\" }) {
            switch part {
            case ".": continue
            case "..":
                if parts.isEmpty { return .failure(.escapes) }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        if parts.isEmpty { return .failure(.empty) }
        return .success(parts.joined(separator: "/"))
    }

    /// `http:`, `file:`, `C:` and the like.
    private static func hasScheme(_ href: String) -> Bool {
        guard let colon = href.firstIndex(of: ":") else { return false }
        let scheme = href[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
