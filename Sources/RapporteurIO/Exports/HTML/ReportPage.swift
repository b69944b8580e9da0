import RapporteurCore

/// Everything the HTML template shows, as plain values: words, numbers
/// already formatted, and the charts as SVG markup. A template reads these
/// by name (`{{title}}`, `{{#ranking}}...{{/ranking}}`); see
/// `docs/exports.md` for the list.
struct ReportPage {
    struct RankingLine {
        var rank: String
        var code: String
        var country: String
        var score: String
        var ratingCode: String
        var rating: String
        var delta: String
        var trend: String
        var coverage: String
    }

    struct AreaLine {
        var id: String
        var title: String
        var scores: [String]
        var mean: String
    }

    struct TrendLine {
        var label: String
        var scores: [String]
    }

    struct ChangeLine {
        var country: String
        var what: String
        var delta: String
        var from: String
    }

    struct AnswerLine {
        var id: String
        var title: String
        var old: String
        var new: String
    }

    struct AreaPoint {
        var id: String
        var title: String
        var score: String
        var mean: String
        var gap: String
        /// The id of the score's explanation, when it has one.
        var explain: String?
    }

    struct Profile {
        var code: String
        var heading: String
        var summary: String
        var chart: String
        var areas: [AreaPoint]
        var strongest: String
        /// Absent when only one area has a score.
        var weakest: String?
        var answers: [AnswerLine]
        var answersFrom: String
        var noAnswers: Bool
        /// The explanations of the overall score, then of each area's.
        var details: [ScoreDetails]
        var hasDetails: Bool
        var overallExplain: String?
        /// Absent without the government's sheet of the country and year.
        var agreement: AgreementView?
    }

    /// A country's government and NGO area scores side by side.
    struct AgreementView {
        struct Line {
            var id: String
            var title: String
            var government: String
            var ngo: String
            var difference: String
        }

        var chart: String
        var overall: Line
        var lines: [Line]
    }

    /// A country's ranks under varied choices, as in `sensitivity.csv`.
    struct UncertaintyLine {
        var code: String
        var country: String
        var score: String
        var rank: String
        var median: String
        var interval: String
        var same: String
    }

    var lang: String
    var words: PageWords
    var title: String
    var framework: String
    var region: String
    var years: String
    var sheets: String
    var year: String
    var hasYear: Bool
    var rankingChart: String
    var ranking: [RankingLine]
    /// Absent without a sensitivity analysis of the year shown.
    var hasUncertainty: Bool
    var uncertaintyChart: String
    var uncertainty: [UncertaintyLine]
    /// Runs, seed and what was varied.
    var uncertaintyNote: String
    var unranked: [String]
    /// The same, in one line; absent when every member is ranked.
    var unrankedLine: String?
    var regionalMean: String
    var heatMapChart: String
    var countryCodes: [String]
    var areaLines: [AreaLine]
    var trendChart: String
    var trendYears: [String]
    var trendLines: [TrendLine]
    var changesChart: String
    var changes: [ChangeLine]
    var profiles: [Profile]
    var notes: [String]
    var method: [String]
}

extension ReportPage {
    init(_ input: ChartInput, history: AnswerHistory) {
        let words = input.words
        let comparison = input.comparison
        let framework = input.framework
        var text = ReportText(framework: framework, comparison: comparison, language: input.language,
                              sensitivity: input.analyses.sensitivity, history: history)
        text.agreement = input.analyses.agreement
        lang = Self.languageTag(input.language)
        self.words = PageWords(Dictionary(uniqueKeysWithValues: ReportWords.Key.allCases.map { ("\($0)", words[$0]) }))
        title = "\(words[.title]): \(framework.title.text(in: input.language))"
        self.framework = "\(framework.id) \(framework.version)"
        region = comparison.region.map { "\($0.title.text(in: input.language)) (\($0.id))" } ?? words[.allCountries]
        if let first = comparison.years.first, let last = comparison.years.last {
            years = (first == last ? "\(first)" : "\(first)–\(last)") + " (\(words[.latest]): \(last))"
        } else {
            years = ""
        }
        sheets = text.sheetsLine()
        notes = text.qualityItems()
        method = text.methodParagraphs()
        trendYears = comparison.years.map(String.init)
        trendLines = comparison.countries.map { country in
            TrendLine(label: input.countryLabel(country), scores: comparison.years.map { year in
                input.one(comparison.row(year: year, country: country, level: .overall, id: "overall")?.score) ?? "–"
            })
        } + [TrendLine(label: words[.regionalMean], scores: comparison.years.map { year in
            input.one(comparison.rows(year: year, level: .overall, id: "overall").first?.statistics.mean) ?? "–"
        })]
        trendChart = TrendChart.svg(input)
        guard let latest = comparison.years.last else {
            year = ""
            hasYear = false
            rankingChart = ""
            ranking = []
            hasUncertainty = false
            uncertaintyChart = ""
            uncertainty = []
            uncertaintyNote = ""
            unranked = []
            unrankedLine = nil
            regionalMean = ""
            heatMapChart = ""
            countryCodes = []
            areaLines = []
            changesChart = ""
            changes = []
            profiles = []
            return
        }
        year = String(latest)
        hasYear = true
        let rows = input.ranked(latest).filter { $0.score != nil }
        rankingChart = RankingChart.svg(input, year: latest)
        ranking = rows.map { row in
            RankingLine(rank: row.rank.map(String.init) ?? "", code: row.country,
                        country: CountryName.name(row.country, language: input.language), score: input.two(row.score) ?? "",
                        ratingCode: row.rating?.code ?? "", rating: row.rating?.label.text(in: input.language) ?? "",
                        delta: input.signed(row.delta) ?? "–", trend: input.trendWord(row.trend),
                        coverage: input.percent(row.coverage) ?? "")
        }
        let sensitivity = input.analyses.sensitivity.flatMap { $0.year == latest ? $0 : nil }
        hasUncertainty = sensitivity != nil
        uncertaintyChart = sensitivity.map { UncertaintyChart.svg(input, sensitivity: $0) } ?? ""
        uncertainty = sensitivity.map { Self.uncertainty(input, $0) } ?? []
        uncertaintyNote = sensitivity.map { Self.uncertaintyNote(input, $0) } ?? ""
        unranked = Unranked.of(comparison, year: latest).map { "\(input.countryLabel($0.country)): \($0.words(words))" }
        unrankedLine = unranked.isEmpty ? nil : unranked.joined(separator: "; ")
        let statistics = input.ranked(latest).first?.statistics
        regionalMean = "\(words[.regionalMean]): \(input.one(statistics?.mean) ?? "–"); "
            + "\(words[.median]) \(input.one(statistics?.median) ?? "–"); n = \(statistics?.n ?? 0)"
        heatMapChart = AreaHeatMap.svg(input, year: latest)
        let codes = input.ranked(latest).map(\.country).sorted()
        countryCodes = codes
        areaLines = framework.areas.map { area in
            let areaRows = comparison.rows(year: latest, level: .area, id: area.id)
            return AreaLine(id: area.id, title: area.title.text(in: input.language), scores: codes.map { code in
                input.one(areaRows.first { $0.country == code }?.score) ?? "–"
            }, mean: input.one(areaRows.first?.statistics.mean) ?? "–")
        }
        changesChart = ChangesChart.svg(input, year: latest)
        changes = input.largestChanges(latest).map { row in
            ChangeLine(country: input.countryLabel(row.country),
                       what: row.level == .overall ? words[.overallScore] : "\(row.id) \(input.areaTitle(row.id))",
                       delta: input.signed(row.delta) ?? "", from: row.deltaFrom.map(String.init) ?? "")
        }
        let sheets = Dictionary(input.analyses.scores.filter { $0.sheet.metadata.year == latest }
            .map { ($0.sheet.metadata.country, $0) }, uniquingKeysWith: { first, _ in first })
        profiles = codes.compactMap { code in
            comparison.row(year: latest, country: code, level: .overall, id: "overall").map {
                Self.profile(input, row: $0, history: history, sheet: sheets[code])
            }
        }
    }

    private static func profile(_ input: ChartInput, row: ComparisonRow, history: AnswerHistory,
                                sheet: SheetScore?) -> Profile {
        let words = input.words
        var summary = "\(words[.score]): \(input.one(row.score) ?? input.state(row))"
        if let rating = row.rating?.label.text(in: input.language) { summary += " (\(rating))" }
        if let rank = row.rank { summary += ", \(words[.rank]) \(rank) \(words[.of]) \(row.statistics.n)" }
        if let delta = input.signed(row.delta), let from = row.deltaFrom { summary += "; \(words[.delta]) \(delta) (\(from))" }
        let areas = input.framework.areas.compactMap {
            input.comparison.row(year: row.year, country: row.country, level: .area, id: $0.id)
        }
        let scored = areas.filter { $0.score != nil }.sorted { ($0.score!, $1.id) > ($1.score!, $0.id) }
        let shown = max(min(3, scored.count / 2), 1)
        let describe = { (r: ComparisonRow) in "\(r.id) \(input.areaTitle(r.id)) \(input.one(r.score)!)" }
        let changes = history.changes(of: row.country)
        let details = ScoreDetails.profile(input, country: row.country, year: row.year, sheet: sheet)
        return Profile(
            code: row.country, heading: input.countryLabel(row.country), summary: summary,
            chart: ProfileChart.svg(input, country: row.country, year: row.year),
            areas: input.framework.areas.map { area in
                let areaRow = areas.first { $0.id == area.id }
                return AreaPoint(id: area.id, title: area.title.text(in: input.language),
                                 score: input.one(areaRow?.score) ?? areaRow.map(input.state) ?? words[.noSheet],
                                 mean: input.one(input.comparison.rows(year: row.year, level: .area, id: area.id)
                                     .first?.statistics.mean) ?? "–",
                                 gap: input.signed(areaRow?.gap) ?? "–", explain: details[area.id]?.anchor)
            },
            strongest: scored.prefix(shown).map(describe).joined(separator: "; "),
            weakest: scored.count > 1 ? scored.suffix(shown).reversed().map(describe).joined(separator: "; ") : nil,
            answers: changes.map { change in
                AnswerLine(id: change.indicator,
                           title: input.framework.indicator(change.indicator)?.title.text(in: input.language) ?? "",
                           old: change.old, new: change.new)
            },
            answersFrom: changes.first.map { "\($0.fromYear) → \($0.toYear)" } ?? "",
            noAnswers: changes.isEmpty,
            details: (["overall"] + input.framework.areas.map(\.id)).compactMap { details[$0] },
            hasDetails: !details.isEmpty, overallExplain: details["overall"]?.anchor,
            agreement: agreement(input, country: row.country, year: row.year))
    }

    /// The BCP 47 tag for `<html lang>`: `sr-Latn`, `sr-Cyrl`, `en`.
    static func languageTag(_ language: String) -> String {
        let parts = language.split(separator: "-")
        guard let first = parts.first else { return "en" }
        return ([first.lowercased()] + parts.dropFirst().map { $0.count == 4 ? $0.prefix(1).uppercased() + $0.dropFirst().lowercased() : $0.uppercased() })
            .joined(separator: "-")
    }
}
