import RapporteurCore

/// The parts of the page that come from the analyses beside the
/// comparison: the ranks under varied choices and the government's
/// profiles. (The explanations are `ScoreDetails`.)
extension ReportPage {
    static func uncertainty(_ input: ChartInput, _ sensitivity: SensitivityResult) -> [UncertaintyLine] {
        sensitivity.countries.sorted { ($0.rank, $0.country) < ($1.rank, $1.country) }.map { country in
            UncertaintyLine(code: country.country, country: input.countryLabel(country.country),
                            score: input.two(country.score) ?? "", rank: String(country.rank),
                            median: country.medianRank.map(String.init) ?? input.words[.neverRanked],
                            interval: SensitivityText.interval(country, ascii: false) ?? "–",
                            same: country.sameShare.map { input.words.decimal(Rounding.fixed($0 * 100, places: 1)) + "%" } ?? "–")
        }
    }

    /// `1000 runs, seed 1; varied: ...`, as the method section says it.
    static func uncertaintyNote(_ input: ChartInput, _ sensitivity: SensitivityResult) -> String {
        let words = input.words
        let varied = SensitivityText.varied(sensitivity.settings, framework: input.framework, words: words)
        return "\(words[.monteCarlo]): \(sensitivity.totalRuns) \(words[.runs]), \(words[.seed]) "
            + "\(sensitivity.settings.seed); \(words[.varied]): \(varied)."
    }

    /// nil when the country has no government sheet beside its NGO sheet
    /// that year, or no report was given the agreement.
    static func agreement(_ input: ChartInput, country: String, year: Int) -> AgreementView? {
        guard let agreement = input.analyses.agreement else { return nil }
        let rows = agreement.rows(year: year, country: country)
        guard let overall = rows.first(where: { $0.level == .overall }) else { return nil }
        let areas = agreement.profile(year: year, country: country)
        func line(_ row: AgreementRow, title: String) -> AgreementView.Line {
            AgreementView.Line(id: row.id, title: title, government: input.two(row.government) ?? "–",
                               ngo: input.two(row.ngo) ?? "–", difference: input.signed(row.difference) ?? "–")
        }
        return AgreementView(chart: AgreementChart.svg(input, country: country, year: year, rows: areas),
                             overall: line(overall, title: input.words[.overallScore]),
                             lines: areas.map { line($0, title: input.areaTitle($0.id)) })
    }
}
