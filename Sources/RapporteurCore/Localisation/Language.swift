/// A language Rapporteur speaks: its own words, diagnostics and report.
///
/// Serbian Cyrillic is derived from Serbian Latin by transliteration unless
/// its catalogue gives an entry of its own.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case english = "en"
    case serbianLatin = "sr-Latn"
    case serbianCyrillic = "sr-Cyrl"
    case albanian = "sq"
    case macedonian = "mk"

    /// The BCP 47 tag, as catalogues, sheets and framework texts name it.
    public var tag: String { rawValue }

    /// Whether numbers in text outputs are written with a decimal comma.
    public var usesDecimalComma: Bool { self != .english }

    /// `12.5` as this language's readers write it: `12,5` outside English.
    public func decimal(_ plain: String) -> String {
        usesDecimalComma ? plain.replacingAll(".", with: ",") : plain
    }
}
