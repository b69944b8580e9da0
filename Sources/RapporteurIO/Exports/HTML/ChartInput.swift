import RapporteurCore

/// What the charts and the page are drawn from: the comparison, its
/// framework, the analyses beside it, and the language the words and
/// titles are in. The small
/// formatting rules of the page live here, so every chart shows a number
/// the same way.
struct ChartInput {
    let framework: Framework
    let comparison: Comparison
    let language: String
    let words: ReportWords
    let analyses: ReportAnalyses

    init(framework: Framework, comparison: Comparison, language: String, analyses: ReportAnalyses = ReportAnalyses()) {
        self.framework = framework
        self.comparison = comparison
        self.language = language
        self.analyses = analyses
        words = ReportWords(language: language)
    }

    /// `AL Albania`: the code always beside the name.
    func countryLabel(_ code: String) -> String {
        let name = CountryName.name(code, language: language)
        return name == code ? code : "\(code) \(name)"
    }

    func areaTitle(_ id: String) -> String {
        framework.areas.first { $0.id == id }?.title.text(in: language) ?? id
    }

    /// Ratings from the highest cut-off down, each with its colour.
    var ratingsDescending: [Rating] { framework.ratings.sorted { $0.minimum > $1.minimum } }

    func colour(of rating: Rating?) -> String {
        guard let rating, let index = ratingsDescending.firstIndex(of: rating) else { return "#999999" }
        return [SVG.categorical[2], SVG.categorical[4], SVG.categorical[1], SVG.categorical[5], SVG.categorical[3],
                SVG.categorical[0]][index % 6]
    }

    /// One decimal, half away from zero, as the text report shows scores
    /// (with a decimal comma outside English).
    func one(_ value: Double?) -> String? { value.map { words.decimal(Rounding.fixed($0, places: 1)) } }

    /// Two decimals, as the CSV and the ranking table show them.
    func two(_ value: Double?) -> String? { value.map { words.decimal(Rounding.fixed($0, places: 2)) } }

    /// `+2.16`, `-0.50`, `0.00`: changes and gaps keep two decimals.
    func signed(_ value: Double?) -> String? {
        guard let value else { return nil }
        let text = Rounding.fixed(value, places: 2)
        return words.decimal(value > 0 && text != "0.00" ? "+" + text : text)
    }

    func percent(_ coverage: Double?) -> String? { coverage.map { Rounding.fixed($0 * 100, places: 0) + "%" } }

    /// Why a row has no score, in words.
    func state(_ row: ComparisonRow) -> String {
        switch row.state {
        case .withheld: words[.withheld]
        case .notApplicable: words[.notApplicable]
        default: words[.noSheet]
        }
    }

    func trendWord(_ trend: Trend?) -> String {
        switch trend {
        case .improved: words[.improved]
        case .stable: words[.stable]
        case .declined: words[.declined]
        case nil: ""
        }
    }

    /// The overall rows of `year`, by rank, countries without a score last.
    func ranked(_ year: Int) -> [ComparisonRow] {
        comparison.rows(year: year, level: .overall, id: "overall")
            .sorted { ($0.rank ?? Int.max, $0.country) < ($1.rank ?? Int.max, $1.country) }
    }

    /// The largest changes of `year`, overall and by area: at most ten,
    /// the largest first, as in the text report.
    func largestChanges(_ year: Int) -> [ComparisonRow] {
        let levels = [(ComparisonLevel.overall, "overall")] + framework.areas.map { (ComparisonLevel.area, $0.id) }
        return Array(levels.flatMap { comparison.rows(year: year, level: $0.0, id: $0.1) }
            .filter { $0.delta != nil && $0.delta != 0 }
            .sorted { (abs($0.delta!), $1.country, $1.id) > (abs($1.delta!), $0.country, $0.id) }
            .prefix(10))
    }
}
