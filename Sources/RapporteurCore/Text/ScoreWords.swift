/// The words of `rapporteur score`'s text output, from the catalogues in
/// `locales/` (context `score.<key>`); English where a language lacks one.
public struct ScoreWords: Sendable {
    private let speaks: Language

    public init(language: String) {
        speaks = (try? LanguageTag.resolve(language).get().language) ?? .english
    }

    public subscript(_ key: Key) -> String { Catalogues.bundled.word("score." + key.rawValue, in: speaks) }

    /// `46.4` as the reader writes it: `46,4` outside English.
    public func decimal(_ plain: String) -> String { speaks.decimal(plain) }

    public enum Key: String, Sendable, CaseIterable {
        case sheet, areaScore, missing, notApplicable, notScored, overall, rating, missingAnswers
        case coverage, withheld, tooLittleData, notApplicableArea
    }
}
