/// The short texts a change shows for what was and what is: `yes = 2`,
/// `[0, 10) = 50`, `linear 0–100`. Identifiers and numbers, not sentences,
/// so they read the same in every language.
enum ShortText {
    /// Longer texts are cut to this many characters.
    static let limit = 40

    static func number(_ value: Double) -> String { Rounding.plain(value) }

    static func field(_ name: String, _ text: String) -> String { "\(name): \(cut(text))" }

    static func words(_ text: LocalisedText) -> String { text.english ?? text.entries.first?.text ?? "" }

    static func cut(_ text: String) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    static func area(_ area: Area) -> String {
        "weight \(number(area.weight)), \(area.indicators.count) indicator\(area.indicators.count == 1 ? "" : "s")"
    }

    static func indicator(_ indicator: Indicator, in area: Area) -> String {
        "\(area.id), \(indicator.answer.kind.rawValue), weight \(number(indicator.weight))"
    }

    static func option(_ option: AnswerOption) -> String { "\(option.code) = \(number(option.points))" }

    static func band(_ band: Band) -> String {
        "[\(number(band.from)), \(band.to.map(number) ?? "…")) = \(number(band.points))"
    }

    static func rule(_ rule: ScoringRule) -> String {
        switch rule {
        case .linear(let low, let high, _): "linear \(number(low))–\(number(high))"
        case .bands(let bands, _): cut("bands " + bands.map(band).joined(separator: " "))
        }
    }

    static func location(of rule: ScoringRule) -> SourceLocation {
        switch rule {
        case .linear(_, _, let location), .bands(_, let location): location
        }
    }

    static func range(_ spec: NumberSpec) -> String {
        let bounds = "\(spec.minimum.map(number) ?? "…")–\(spec.maximum.map(number) ?? "…")"
        return spec.integer ? bounds + ", whole" : bounds
    }

    static func cap(_ cap: Double?) -> String { "cap \(cap.map(number) ?? "none")" }

    static func notApplicable(_ allowed: Bool) -> String { "allow-na \(allowed)" }

    static func rating(_ rating: Rating) -> String { "\(rating.code) ≥ \(number(rating.minimum))" }

    static func region(_ region: Region) -> String {
        "\(region.id): " + region.countries.sorted().joined(separator: " ")
    }

    static func sources(_ indicator: Indicator) -> String {
        (indicator.sources + indicator.references.map { "\($0.instrument) \($0.article)" }).joined(separator: "; ")
    }
}
