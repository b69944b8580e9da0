import RapporteurCore

/// How the agreement's numbers read in text: scores and differences with
/// the two decimals the contract compares, the share of equal scores as a
/// percentage, alpha with two decimals; `-` where there is no value.
enum AgreementFigures {
    static func score(_ value: Double?) -> String {
        value.map { Rounding.fixed($0, places: 2) } ?? "-"
    }

    /// `+9.90`, `-0.41`, `0.00`.
    static func signed(_ value: Double?) -> String {
        guard let value else { return "-" }
        let text = Rounding.fixed(value, places: 2)
        return value > 0 && text != "0.00" ? "+" + text : text
    }

    static func percent(_ share: Double?) -> String {
        share.map { Rounding.fixed($0 * 100, places: 0) + "%" } ?? "-"
    }

    static func alpha(_ value: Double?) -> String {
        value.map { Rounding.fixed($0, places: 2) } ?? "-"
    }

    /// The word for a respondent code in the reader's language.
    static func respondent(_ code: String?, _ words: ReportWords) -> String {
        switch code.flatMap(Respondent.init(rawValue:)) {
        case .government: words[.government]
        case .ngo: words[.ngo]
        case .joint: words[.joint]
        case nil: code ?? ""
        }
    }
}

extension ReportText {
    func respondentWord(_ code: String?) -> String { AgreementFigures.respondent(code, words) }
}
