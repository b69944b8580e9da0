import ArgumentParser
import Foundation
import RapporteurCore

/// The language of this run, fixed before the arguments are parsed (so that
/// the command summaries of `--help` are in it too): `--lang`, else the
/// environment (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
///
/// Messages about a sheet whose `language` row names a language Rapporteur
/// speaks are in that language when no `--lang` is given.
enum ChosenLanguage {
    static let arguments = Array(CommandLine.arguments.dropFirst())

    /// The `--lang` given on the command line, resolved; nil when absent or
    /// not a language (parsing then stops with a usage error).
    static let explicit: LanguageTag.Resolved? = tag(in: arguments).flatMap { try? LanguageTag.resolve($0).get() }

    static let language: Language = explicit?.language
        ?? LanguageTag.fromEnvironment(ProcessInfo.processInfo.environment)

    /// The value of `--lang L` or `--lang=L`.
    static func tag(in arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { return nil }
            if argument == "--lang", index + 1 < arguments.count { return arguments[index + 1] }
            if argument.hasPrefix("--lang=") { return String(argument.dropFirst("--lang=".count)) }
        }
        return nil
    }

    /// The language for messages about a sheet: its `language` row when no
    /// `--lang` was given and the row names a language Rapporteur speaks.
    static func forSheet(_ row: String?) -> Language? {
        guard explicit == nil, let row, case .success(let resolved) = LanguageTag.resolve(row) else { return nil }
        return resolved.language
    }
}

extension DiagnosticMessage {
    /// The message in the run's language, for what the command itself says.
    var inChosenLanguage: String { text(in: ChosenLanguage.language) }
}

/// `--lang L`, on every command.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"),
            help: ArgumentHelp("Language: en, sr-Latn (also sr, bs, hr, cnr), sr-Cyrl, sq or mk. "
                               + "Default: the sheet's language row for messages about it, else LC_ALL, LC_MESSAGES or LANG, else en.",
                               valueName: "L"))
    var tag: String?

    func validate() throws {
        guard let tag else { return }
        switch LanguageTag.resolve(tag) {
        case .failure(let unknown): throw ValidationError(unknown.description)
        case .success(let resolved):
            if let note = resolved.fallbackNote {
                Terminal.standardError("note: \(note.text(in: resolved.language))\n")
            }
        }
    }

    /// The language of the run's words and framework texts.
    var language: Language { tag.flatMap { try? LanguageTag.resolve($0).get().language } ?? ChosenLanguage.language }
}
