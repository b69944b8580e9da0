import Foundation
import RapporteurCore

/// A translation catalogue through what the program does with one: parsed
/// (the catalogues are embedded as text and parsed when first used), then
/// every message looked up and filled in every language, Serbian Cyrillic
/// transliterated from the Latin entries.
enum CatalogueRun {
    static let file = "fuzz.po"
    /// Entries whose messages are filled per input; the rest are only
    /// looked up, which keeps an input of thousands of entries fast.
    static let filledEntries = 64
    /// The values put into placeholders: no braces and no digit run of their
    /// own, so that no placeholder can come out of a filled value.
    static let values = ["‹a›", "‹b›", "‹c›"]

    static func run(_ input: Data) -> FuzzOutcome {
        let text = String(decoding: input, as: UTF8.self)
        let catalogue = POCatalogue(parsing: text)
        // A skipped line as the diagnostic a catalogue's author would see;
        // the catalogues are the program's own, so the text is not translated.
        var outcome = FuzzOutcome(diagnostics: catalogue.problems.map { problem in
            .warning(.poLine, DiagnosticMessage(verbatim: problem.message), at: SourceLocation(file: file, line: problem.line))
        })
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        for problem in catalogue.problems where !(1...lines).contains(problem.line) || problem.message.isEmpty {
            outcome.brokenPromises.append("\(file): a problem names line \(problem.line) of \(lines): '\(problem.message)'")
        }
        for (key, translation) in catalogue.translations {
            if catalogue.translation(context: key.context, id: key.id) != translation {
                outcome.brokenPromises.append("\(file): the lookup of '\(key.id)' does not give its translation")
            }
            if let context = key.context, catalogue.byContext[context] == nil {
                outcome.brokenPromises.append("\(file): the word '\(context)' is translated but not found by its context")
            }
        }
        // The input as the English and the Serbian Latin catalogue: Serbian
        // Cyrillic then transliterates it, Albanian and Macedonian fall back
        // to it, so every path of a lookup reads it, for two parses.
        let catalogues = Catalogues(files: ["en.po": text, "sr-Latn.po": text])
        for key in catalogue.keys.prefix(filledEntries) {
            for language in Language.allCases {
                if let context = key.context { _ = catalogues.word(context, in: language) }
                var message = DiagnosticMessage(stringLiteral: key.id)
                message.arguments = values.map { .text($0) }
                let filled = message.text(in: language, catalogues: catalogues)
                let left = DiagnosticMessage.placeholders(in: filled).filter { placeholder in
                    Int(placeholder.dropFirst().dropLast()).map(values.indices.contains) ?? false
                }
                if !left.isEmpty {
                    outcome.brokenPromises.append("\(file): '\(key.id)' in \(language.tag) keeps \(left) after filling: '\(filled)'")
                }
            }
        }
        outcome.expectFilesNamed([file])
        return outcome
    }
}
