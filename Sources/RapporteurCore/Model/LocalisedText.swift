/// A text a person reads, given once per language (BCP 47 tag).
///
/// `en` is the language every text must have; the others are optional, and
/// lookups fall back to English.
public struct LocalisedText: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var language: String
        public var text: String
        public init(language: String, text: String) {
            self.language = language
            self.text = text
        }
    }

    public var entries: [Entry]

    public init(_ entries: [Entry] = []) { self.entries = entries }

    public init(_ pairs: KeyValuePairs<String, String>) {
        entries = pairs.map { Entry(language: $0.key, text: $0.value) }
    }

    public var isEmpty: Bool { entries.isEmpty }
    public var languages: [String] { entries.map(\.language) }

    /// The text in exactly this language (tags compared case-insensitively).
    public func exactly(_ language: String) -> String? {
        let wanted = language.lowercased()
        return entries.first { $0.language.lowercased() == wanted }?.text
    }

    public var english: String? { exactly("en") }

    /// The text in `language`, else (for `sr-Cyrl`) the Serbian Latin text
    /// transliterated, else in its primary language (`sr` for `sr-Latn`),
    /// else English, else whatever there is.
    public func text(in language: String) -> String {
        if let exact = exactly(language) { return exact }
        // Serbian Cyrillic is Serbian Latin, letter for letter.
        if language.lowercased() == "sr-cyrl", let latin = exactly("sr-Latn") {
            return SerbianScript.toCyrillic(latin)
        }
        let primary = language.split(separator: "-").first.map(String.init)?.lowercased() ?? language
        if let loose = entries.first(where: {
            $0.language.lowercased() == primary
        })?.text { return loose }
        return english ?? entries.first?.text ?? ""
    }
}
