/// The words Rapporteur itself writes into templates and reports, in the
/// languages it speaks: English and Serbian Latin, with Serbian Cyrillic by
/// transliteration. Other languages fall back to English.
public struct Vocabulary: Sendable {
    public let language: String
    private let words: [String: String]

    public init(language: String) {
        self.language = language
        let lower = language.lowercased()
        if lower == "sr-latn" || lower == "sr" || lower == "bs" || lower == "hr" || lower == "sr-cyrl" || lower == "cnr" {
            var serbian = Self.serbianLatin
            if lower == "sr-cyrl" { serbian = serbian.mapValues(SerbianScript.toCyrillic) }
            words = serbian
        } else {
            words = [:]
        }
    }

    public subscript(_ key: Key) -> String { words[key.rawValue] ?? key.english }

    public enum Key: String, Sendable, CaseIterable {
        case number, wholeNumber, from, to, anyOf, freeText, numerator, denominator

        var english: String {
            switch self {
            case .number: "number"
            case .wholeNumber: "whole number"
            case .from: "from"
            case .to: "to"
            case .anyOf: "any of"
            case .freeText: "free text"
            case .numerator: "numerator"
            case .denominator: "denominator"
            }
        }
    }

    private static let serbianLatin: [String: String] = [
        "number": "broj", "wholeNumber": "ceo broj", "from": "od", "to": "do",
        "anyOf": "bilo šta od", "freeText": "slobodan tekst", "numerator": "brojilac", "denominator": "imenilac",
    ]
}
