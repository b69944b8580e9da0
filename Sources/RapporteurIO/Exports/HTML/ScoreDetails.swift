import RapporteurCore

/// One score of a country profile with the parts it was computed from, for
/// a `<details>` under the profile: the overall score by area, an area's
/// score by indicator. The parts are `Explainer`'s, worded as `explain`
/// words them, so the page and the command line tell the same trail.
/// Compact on purpose: one table row per part, the sheet's name said once.
struct ScoreDetails {
    struct Part {
        var id: String
        /// Indicators only: the answer as typed and, when it differs, what
        /// it was read as.
        var answer: String
        /// Indicators with a score: the rule with its numbers.
        var rule: String
        /// Two decimals, or why there is no score.
        var score: String
        var scored: Bool
        var weight: String
        /// Areas only.
        var coverage: String
        /// Arithmetic means only.
        var contribution: String
        /// Line and column, or cell, in the sheet named above the table.
        var location: String
        var source: String
    }

    /// The element's id, which the profile's scores link to.
    var anchor: String
    /// `Overall score: 63.06`, `LEG Legislation: 69.00`.
    var heading: String
    /// The aggregation, the answered weight and the coverage.
    var how: String
    var sheet: String
    var isOverall: Bool
    var parts: [Part]
    /// `Sum of the contributions: 63.06`; absent without contributions.
    var total: String?
}

extension ScoreDetails {
    /// The explanations of a profile's overall and area scores, keyed by
    /// `overall` and area id; empty without the country's scored sheet.
    static func profile(_ input: ChartInput, country: String, year: Int, sheet: SheetScore?) -> [String: ScoreDetails] {
        guard let sheet else { return [:] }
        let explainer = Explainer(framework: input.framework)
        let text = ExplanationText(framework: input.framework, language: input.language)
        var details: [String: ScoreDetails] = [:]
        for id in ["overall"] + input.framework.areas.map(\.id) {
            guard input.comparison.row(year: year, country: country, level: id == "overall" ? .overall : .area, id: id) != nil,
                  case .success(let explanation) = explainer.explain(id, country: country, year: year, scores: [sheet],
                                                                      comparison: input.comparison, inputs: sheet.sheet.file)
            else { continue }
            details[id] = of(explanation, input: input, text: text)
        }
        return details
    }

    static func anchor(country: String, id: String) -> String { "explain-\(country)-\(id)" }

    static func of(_ e: Explanation, input: ChartInput, text: ExplanationText) -> ScoreDetails {
        let words = input.words
        let what = e.level == .overall ? words[.overallScore] : "\(e.id) \(input.areaTitle(e.id))"
        let parts = e.parts.map { part in
            let evidence = part.evidence
            var answer = evidence?.answer ?? ""
            if let value = evidence?.value, !value.isEmpty, value != answer, !answer.isEmpty {
                answer += " (\(words[.explainReadAs]) \(value))"
            }
            return Part(id: part.id, answer: answer, rule: part.rule.map { text.describe($0, evidence: evidence) } ?? "",
                        score: part.score.map { text.two($0) } ?? text.why(part, in: e) ?? "–",
                        scored: part.score != nil, weight: text.plain(part.weight),
                        coverage: part.coverage.map(text.percent) ?? "",
                        contribution: part.contribution.map { text.two($0) } ?? "",
                        location: evidence.map { local($0.locations, in: e.file) } ?? "",
                        source: evidence?.source.map(text.oneLine) ?? "")
        }
        let contributions = e.parts.compactMap(\.contribution)
        let total = contributions.isEmpty ? nil
            : "\(words[.explainSumOfContributions]): \(text.two(contributions.reduce(0, +)))"
        return ScoreDetails(anchor: anchor(country: e.country, id: e.id),
                            heading: "\(what): \(text.number(e.score, state: e.state))", how: text.summary(e),
                            sheet: "\(words[.explainSheet]): \(e.file)", isOverall: e.level == .overall, parts: parts,
                            total: total)
    }

    /// Locations without the sheet's name, which the details say once:
    /// `12:5`, `Answers!E15`.
    private static func local(_ locations: [SourceLocation], in file: String) -> String {
        locations.map { location in
            let text = location.description
            return location.file == file && text.hasPrefix(file + ":") ? String(text.dropFirst(file.count + 1)) : text
        }.joined(separator: " ")
    }
}
