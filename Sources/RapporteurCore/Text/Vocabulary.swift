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
        // The workbook template: the guidance sheet's header, and what a
        // spreadsheet says when a typed answer does not fit the cell.
        case indicator, question, guidance, sources, references
        case notAnOption, notAWholeNumber, severalItems

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
            case .indicator: "indicator"
            case .question: "question"
            case .guidance: "guidance"
            case .sources: "sources"
            case .references: "references"
            case .notAnOption: "This is not one of the answers in the list. Keep it only if it is an answer's code, "
                + "its label in another language, unknown or n/a."
            case .notAWholeNumber: "Type a whole number, digits only: no dots, spaces or fractions. "
                + "Keep other text only if it is unknown or n/a."
            case .severalItems: "Type the items that apply, separated by ; (or none)."
            }
        }
    }

    private static let serbianLatin: [String: String] = [
        "number": "broj", "wholeNumber": "ceo broj", "from": "od", "to": "do",
        "anyOf": "bilo šta od", "freeText": "slobodan tekst", "numerator": "brojilac", "denominator": "imenilac",
        "indicator": "indikator", "question": "pitanje", "guidance": "uputstvo", "sources": "izvori",
        "references": "reference",
        "notAnOption": "Ovo nije jedan od odgovora sa liste. Zadržite ga samo ako je šifra odgovora, "
            + "njegov naziv na drugom jeziku, unknown ili n/a.",
        "notAWholeNumber": "Upišite ceo broj, samo cifre: bez tačaka, razmaka i razlomaka. "
            + "Drugi tekst zadržite samo ako je unknown ili n/a.",
        "severalItems": "Upišite stavke koje važe, razdvojene znakom ; (ili none).",
    ]
}
