/// Reads a language as a user or a sheet names it (BCP 47, case-insensitive,
/// `_` taken as `-`) and picks the language Rapporteur speaks for it.
///
/// `sr`, `sr-RS`, `sr-Latn-RS` → Serbian Latin; `sr-Cyrl`, `sr-Cyrl-RS` →
/// Serbian Cyrillic; Bosnian, Croatian and Montenegrin (`bs`, `hr`, `cnr`)
/// → Serbian Latin, with a note; `sq`, `mk`, `en` with any region.
public enum LanguageTag {
    /// The language chosen, and a note when it stands in for the one asked.
    public struct Resolved: Sendable, Hashable {
        public var language: Language
        /// Set when the language asked for is served by a close one.
        public var fallbackNote: DiagnosticMessage?
    }

    /// A language Rapporteur does not speak.
    public struct Unknown: Error, Sendable, Hashable, CustomStringConvertible {
        public var tag: String
        public var description: String {
            "unknown language '\(tag)'; available: "
                + Language.allCases.map(\.tag).joined(separator: ", ")
                + " (and sr, bs, hr, cnr, which mean sr-Latn)"
        }
    }

    public static func resolve(_ tag: String) -> Result<Resolved, Unknown> {
        let subtags = tag.trimmingWhitespace().lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let primary = subtags.first else { return .failure(Unknown(tag: tag)) }
        let rest = Set(subtags.dropFirst())
        switch primary {
        case "en": return .success(Resolved(language: .english))
        case "sq": return .success(Resolved(language: .albanian))
        case "mk": return .success(Resolved(language: .macedonian))
        case "sr": return .success(Resolved(language: rest.contains("cyrl") ? .serbianCyrillic : .serbianLatin))
        case "bs", "hr", "cnr":
            let script = rest.contains("cyrl") ? Language.serbianCyrillic : .serbianLatin
            return .success(Resolved(language: script,
                                     fallbackNote: DiagnosticMessage(
                                        "'\(tag)' is written in \(script.tag), the closest language Rapporteur has")))
        default: return .failure(Unknown(tag: tag))
        }
    }

    /// The language of the environment, as POSIX orders it: the first of
    /// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty. `C` and
    /// `POSIX` mean English, as does a language Rapporteur does not speak;
    /// the codeset (`.UTF-8`) is dropped, and a `@latin` or `@cyrillic`
    /// modifier picks the script of Serbian.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        guard let value = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy
            .compactMap({ environment[$0] }).first(where: { !$0.isEmpty })
        else { return .english }
        var locale = Substring(value)
        var modifier = ""
        if let at = locale.firstIndex(of: "@") {
            modifier = locale[locale.index(after: at)...].lowercased()
            locale = locale[..<at]
        }
        if let dot = locale.firstIndex(of: ".") { locale = locale[..<dot] }
        guard locale != "C", locale != "POSIX", case .success(let resolved) = resolve(String(locale)) else {
            return .english
        }
        if resolved.language == .serbianLatin || resolved.language == .serbianCyrillic {
            if modifier == "cyrillic" { return .serbianCyrillic }
            if modifier == "latin" { return .serbianLatin }
        }
        return resolved.language
    }
}
