import Foundation

/// The message catalogues of every language, read from the PO files in
/// `locales/` that the build embeds (`en.po`, `sr-Latn.po`, `sq.po`,
/// `mk.po`, and `sr-Cyrl.po` for any Cyrillic text that is not the
/// transliteration of the Latin one).
///
/// A missing entry falls back to English; Serbian Cyrillic falls back to
/// the Serbian Latin entry, transliterated, before English.
public struct Catalogues: Sendable {
    /// The PO text of each language, parsed when a message in it is first
    /// asked for: parsing all five catalogues was a tenth of a whole
    /// `compare` of a hundred sheets, and a command speaks one language.
    private let files: [Language: String]
    private let parsed = ParsedCatalogues()
    /// Set for the bundled catalogues, whose `en.po` gives every message
    /// as its own `msgid` (a test holds it): English messages then need no
    /// parsing, and a command run in English, with its translated help
    /// summaries, parses no catalogue unless it prints a word.
    private let englishMessagesAreTheirIds: Bool

    public init(files: [String: String]) {
        self.init(files: files, englishMessagesAreTheirIds: false)
    }

    private init(files: [String: String], englishMessagesAreTheirIds: Bool) {
        self.englishMessagesAreTheirIds = englishMessagesAreTheirIds
        var texts: [Language: String] = [:]
        for language in Language.allCases {
            if let text = files[language.tag + ".po"] { texts[language] = text }
        }
        self.files = texts
    }

    /// Every language's catalogue, parsed.
    public var byLanguage: [Language: POCatalogue] {
        var all: [Language: POCatalogue] = [:]
        for language in files.keys { all[language] = catalogue(language) }
        return all
    }

    /// The catalogue of one language, parsed once.
    private func catalogue(_ language: Language) -> POCatalogue? {
        guard let text = files[language] else { return nil }
        return parsed.catalogue(language) { POCatalogue(parsing: text) }
    }

    /// The catalogues built into this program.
    public static let bundled = Catalogues(files: Dictionary(
        EmbeddedCatalogues.texts.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first }),
        englishMessagesAreTheirIds: true)

    /// The translation of a diagnostic's English template; the template
    /// itself when no catalogue has it.
    public func message(_ english: String, in language: Language) -> String {
        translation(of: english, in: language) ?? english
    }

    /// The translation of a message in exactly this language (Serbian
    /// Cyrillic: or transliterated from Serbian Latin), without English.
    public func translation(of english: String, in language: Language) -> String? {
        if language == .english, englishMessagesAreTheirIds { return english }
        let key = POCatalogue.Key(id: english)
        if let own = catalogue(language)?.translations[key] { return own }
        switch language {
        case .english: return english
        case .serbianCyrillic: return catalogue(.serbianLatin)?.translations[key].map(Self.cyrillic)
        default: return nil
        }
    }

    /// A word or phrase kept under a context, e.g. `report.title` for
    /// `ReportWords`; found by the context alone, so that its English text
    /// may change without orphaning the translations. English when the
    /// language lacks it; the context when even English does.
    public func word(_ context: String, in language: Language) -> String {
        wordTranslation(context, in: language) ?? catalogue(.english)?.byContext[context] ?? context
    }

    /// A word in exactly this language (Serbian Cyrillic: or transliterated
    /// from Serbian Latin), without English.
    public func wordTranslation(_ context: String, in language: Language) -> String? {
        if let own = catalogue(language)?.byContext[context] { return own }
        if language == .serbianCyrillic { return catalogue(.serbianLatin)?.byContext[context].map(Self.cyrillic) }
        return nil
    }

    /// Serbian Latin to Cyrillic, except what stands between single quotes
    /// (a code, a column name, a value to type), acronyms of three letters or more (`CSV`, `XML`; `UN` is `УН`) and
    /// names a reader types or finds on screen (`rapporteur`, `Excel`).
    static func cyrillic(_ latin: String) -> String {
        latin.split(separator: "'", omittingEmptySubsequences: false).enumerated().map { index, part in
            guard index.isMultiple(of: 2) else { return String(part) }
            return part.split(separator: " ", omittingEmptySubsequences: false).map { word in
                keepsLatin(word) ? String(word) : SerbianScript.toCyrillic(String(word))
            }.joined(separator: " ")
        }.joined(separator: "'")
    }

    static let latinNames: Set<String> = ["rapporteur", "template", "excel", "windows", "workbook", "file", "info",
                                          "protect", "zip", "libxml2", "cc"]

    private static func keepsLatin(_ word: Substring) -> Bool {
        let letters = word.filter { $0.isLetter || $0.isNumber }
        guard !letters.isEmpty else { return false }
        if letters.count >= 3, letters.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) }) { return true }
        let lower = letters.lowercased()
        return latinNames.contains(lower) || lower.hasPrefix("rapporteur")
    }
}

/// The catalogues parsed so far, shared by every thread that translates.
private final class ParsedCatalogues: @unchecked Sendable {
    private var catalogues: [Language: POCatalogue] = [:]
    private let lock = NSLock()

    func catalogue(_ language: Language, parse: () -> POCatalogue) -> POCatalogue {
        lock.withLock {
            if let known = catalogues[language] { return known }
            let catalogue = parse()
            catalogues[language] = catalogue
            return catalogue
        }
    }
}
