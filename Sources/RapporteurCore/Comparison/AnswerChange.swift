/// An indicator whose answer differs between a country's sheet of the
/// latest year and its most recent earlier sheet: what the report's
/// profiles list, with the indicator's title and both answers.
public struct AnswerChange: Sendable, Hashable {
    public var country: String
    public var indicator: String
    public var fromYear: Int
    public var toYear: Int
    /// Both answers as a reader should see them, in the report's language.
    public var old: String
    public var new: String

    public init(country: String, indicator: String, fromYear: Int, toYear: Int, old: String, new: String) {
        self.country = country
        self.indicator = indicator
        self.fromYear = fromYear
        self.toYear = toYear
        self.old = old
        self.new = new
    }

    /// The scored and free-text indicators whose meaning differs between
    /// `earlier` and `later`, in the framework's order. An answer typed
    /// differently but meaning the same (`Da` and `da`) is no change.
    public static func between(_ earlier: Sheet, _ later: Sheet, framework: Framework,
                               language: String) -> [AnswerChange] {
        var changes: [AnswerChange] = []
        for area in framework.areas {
            for indicator in area.indicators {
                let old = earlier.answers[indicator.id]?.value ?? .missing
                let new = later.answers[indicator.id]?.value ?? .missing
                guard old != new else { continue }
                changes.append(AnswerChange(
                    country: later.metadata.country, indicator: indicator.id, fromYear: earlier.metadata.year,
                    toYear: later.metadata.year, old: shown(old, indicator, language), new: shown(new, indicator, language)))
            }
        }
        return changes
    }

    /// An answer as words: option labels in `language`, numbers plainly,
    /// a ratio as `N/D`, `–` for no answer, and "not applicable" in words.
    static func shown(_ value: AnswerValue, _ indicator: Indicator, _ language: String) -> String {
        func label(_ code: String) -> String {
            indicator.answer.options.first { $0.code == code }?.labels.text(in: language) ?? code
        }
        switch value {
        case .missing: return "–"
        case .notApplicable: return ReportWords(language: language)[.notApplicable]
        case .choice(let code): return label(code)
        case .checklist(let codes): return codes.isEmpty ? "–" : codes.map(label).joined(separator: "; ")
        case .number(let number): return Rounding.plain(number)
        case .ratio(let numerator, let denominator): return "\(Rounding.plain(numerator))/\(Rounding.plain(denominator))"
        case .text(let text): return text
        }
    }
}
