/// One answer of one sheet as the evidence table shows it: the text as
/// typed, what it was read as, how it scored, the source and comment given
/// with it, and where it stands. A row of `evidence.csv`, and of the XML
/// exports' evidence.
public struct EvidenceRow: Sendable, Hashable {
    public var year: Int
    public var country: String
    public var respondent: String
    public var indicator: String
    /// Trimmed; `N/D` for a ratio answered on two rows; empty when not in the sheet.
    public var answer: String
    /// What the answer was read as: option codes joined by `;`, a number,
    /// `N/D`, `unknown`, `n/a`; empty for no answer and for free text.
    public var value: String
    /// Unrounded; present only when `scored`.
    public var score: Double?
    public var state: EvidenceState
    public var source: String?
    public var comment: String?
    /// Where the answer was read; two places for a ratio on two rows, none
    /// when the sheet does not have the indicator.
    public var locations: [SourceLocation]

    /// The locations as the contract writes them: separated by a space.
    public var locationText: String { locations.map(\.description).joined(separator: " ") }
}

/// Why an answer has a score or none.
public enum EvidenceState: String, Sendable, Hashable, CaseIterable {
    case scored
    /// Empty, or not in the sheet.
    case missing
    /// The sheet says `unknown` (or its label).
    case unknown
    case notApplicable = "not-applicable"
    /// Free text, or weight 0: kept as evidence, never scored.
    case text
}

/// The evidence of scored sheets, in the contract's order.
public enum Evidence {
    /// Who answered a sheet: its `respondent` (ngo, government or joint).
    public static func respondent(of sheet: Sheet) -> String { sheet.metadata.respondent.rawValue }

    /// One row per indicator of the framework, in its order, answered or not.
    public static func rows(of score: SheetScore) -> [EvidenceRow] {
        let sheet = score.sheet
        let respondent = respondent(of: sheet)
        return score.areas.flatMap { area in
            area.indicators.map { result in
                row(result, answer: sheet.answers[result.indicator], sheet: sheet, respondent: respondent)
            }
        }
    }

    /// Every row of the sheets, ordered by year, country, then the framework's order.
    public static func rows(of scores: [SheetScore]) -> [EvidenceRow] { ordered(scores.map(SheetEvidence.init)).flatMap(\.rows) }

    /// The sheets in the order of the evidence: by year, then country.
    public static func ordered(_ sheets: [SheetEvidence]) -> [SheetEvidence] {
        sheets.sorted { ($0.year, $0.country) < ($1.year, $1.country) }
    }

    /// One indicator's row of one sheet.
    public static func row(_ result: IndicatorScore, answer: SheetAnswer?, sheet: Sheet, respondent: String) -> EvidenceRow {
        EvidenceRow(year: sheet.metadata.year, country: sheet.metadata.country, respondent: respondent,
                    indicator: result.indicator, answer: answer?.raw ?? "",
                    value: valueText(of: answer),
                    score: result.state == .scored ? result.score : nil, state: state(result, answer: answer),
                    source: answer?.source, comment: answer?.comment, locations: answer?.locations ?? [])
    }

    /// What an answer was read as; empty for no answer.
    static func valueText(of answer: SheetAnswer?) -> String {
        guard let answer, !answer.raw.isEmpty else { return "" }
        return value(of: answer.value)
    }

    /// The state of an indicator's answer, telling `unknown` from an empty answer.
    public static func state(_ result: IndicatorScore, answer: SheetAnswer?) -> EvidenceState {
        switch result.state {
        case .scored: return .scored
        case .notApplicable: return .notApplicable
        case .recorded: return .text
        case .missing, .withheld:
            guard let answer, case .missing = answer.value, !answer.raw.isEmpty else { return .missing }
            return .unknown
        }
    }

    /// What an answer was read as, in the contract's words.
    public static func value(of value: AnswerValue) -> String {
        switch value {
        case .missing: "unknown"
        case .notApplicable: "n/a"
        case .choice(let code): code
        case .checklist(let codes): codes.joined(separator: ";")
        case .number(let number): Rounding.plain(number)
        case .ratio(let numerator, let denominator): "\(Rounding.plain(numerator))/\(Rounding.plain(denominator))"
        case .text: ""
        }
    }
}
