/// The words Rapporteur itself writes into templates, from the catalogues
/// in `locales/` (context `template.<key>`); English where a language lacks one.
public struct Vocabulary: Sendable {
    public let language: String
    private let speaks: Language

    public init(language: String) {
        self.language = language
        speaks = (try? LanguageTag.resolve(language).get().language) ?? .english
    }

    public subscript(_ key: Key) -> String { Catalogues.bundled.word("template." + key.rawValue, in: speaks) }

    public enum Key: String, Sendable, CaseIterable {
        case number, wholeNumber, from, to, anyOf, freeText, numerator, denominator
        // The workbook template: the guidance sheet's header, and what a
        // spreadsheet says when a typed answer does not fit the cell.
        case indicator, question, guidance, sources, references
        case notAnOption, notAWholeNumber, severalItems
    }
}
