import RapporteurCore

/// The annual country comparison as plain text, what an NGO officer pastes
/// into a report: header, overall ranking with bars, area matrix, largest
/// changes, country profiles, data-quality notes and the method. At most
/// 100 columns, aligned for Cyrillic and Latin alike.
public struct ReportText {
    public static let maximumWidth = 100

    public let framework: Framework
    public let comparison: Comparison
    public let language: String
    public let ascii: Bool
    /// When given, the ranking shows each rank's 5th-95th percentile interval.
    public let sensitivity: SensitivityResult?
    /// The answers that changed and the sheets that call themselves
    /// illustrative; the report names neither without it.
    public let history: AnswerHistory
    let words: ReportWords
    /// When government sheets are among the inputs: the section on where they and the NGOs disagree.
    public var agreement: Agreement?

    public init(framework: Framework, comparison: Comparison, language: String = "en", ascii: Bool = false,
                sensitivity: SensitivityResult? = nil, history: AnswerHistory = AnswerHistory()) {
        self.framework = framework
        self.comparison = comparison
        self.language = language
        self.ascii = ascii
        self.sensitivity = sensitivity
        self.history = history
        words = ReportWords(language: language)
    }

    public func render() -> String {
        var lines = header()
        if let year = comparison.years.last {
            lines += [""] + ranking(year)
            lines += [""] + yearByYear()
            lines += [""] + areaMatrix(year)
            lines += [""] + changes(year)
            lines += [""] + profiles(year)
        }
        if let agreement {
            lines += [""] + DisagreementSection(agreement: agreement, language: language, ascii: ascii, number: 6).lines()
        }
        lines += [""] + quality()
        lines += [""] + method()
        if !history.changes.isEmpty { lines += [""] + annex() }
        return lines.map(TextLayout.trimmedRight).joined(separator: "\n") + "\n"
    }

    // MARK: Sections

    private func heading(_ number: Int?, _ title: String) -> [String] {
        let text = number.map { "\($0). \(title)" } ?? title
        return TextLayout.heading(text, ascii: ascii)
    }

    private func header() -> [String] {
        var lines = TextLayout.title("\(words[.title]): \(framework.title.text(in: language))", width: Self.maximumWidth,
                                     ascii: ascii)
        lines += wrapped("\(words[.framework]): \(framework.id) \(framework.version)")
        let region = comparison.region.map { "\($0.title.text(in: language)) (\($0.id))" } ?? words[.allCountries]
        lines += wrapped("\(words[.region]): \(region)")
        if let first = comparison.years.first, let last = comparison.years.last {
            let span = first == last ? "\(first)" : "\(first)–\(last)"
            lines += wrapped("\(words[.years]): \(span) (\(words[.latest]): \(last))")
        }
        return lines + wrapped(sheetsLine())
    }

    /// `Sheets: 22 used (22 in the years shown); 1 draft excluded`.
    func sheetsLine() -> String {
        let shown = comparison.sheetsUsed.filter(\.shown).count
        let earlier = comparison.sheetsUsed.count - shown
        let drafts = comparison.notes.filter { $0.kind == .draftExcluded }.count
        var sheets = "\(words[.sheets]): \(comparison.sheetsUsed.count) \(words[.used]) (\(shown) \(words[.inYearsShown])"
        sheets += earlier > 0 ? ", \(earlier) \(words[.earlierForDeltas]))" : ")"
        if drafts > 0 { sheets += "; \(drafts) \(drafts == 1 ? words[.draftExcluded] : words[.draftsExcluded])" }
        return sheets
    }

    private func ranking(_ year: Int) -> [String] {
        let rows = comparison.rows(year: year, level: .overall, id: "overall")
            .sorted { ($0.rank ?? Int.max, $0.country) < ($1.rank ?? Int.max, $1.country) }
        // Members without a sheet that year are named too, with the reason.
        let listed = Set(rows.map(\.country))
        let absent = Unranked.of(comparison, year: year).filter { !listed.contains($0.country) }
        let nameWidth = min(max((rows.map(\.country) + absent.map(\.country)).map { TextLayout.width(CountryName.label($0, language: language)) }
            .max() ?? 8, 8), 25)
        var lines = heading(1, "\(words[.overallRanking]), \(year)")
        // 3 + 25 + 5 + 15 + 12 + 7 + 11 + 8 columns and 7 spaces: at most 93;
        // a rank interval beside the rank takes its width from the bar.
        let intervals = rows.map { row in
            sensitivity.flatMap { $0.year == year ? $0.country(row.country) : nil }
                .flatMap { SensitivityText.interval($0, ascii: ascii) }
        }
        let intervalWidth = sensitivity?.year == year
            ? ([words[.rankInterval]] + intervals.compactMap { $0 }).map(TextLayout.width).max() ?? 0 : 0
        let barCells = min(15, Self.maximumWidth - 53 - nameWidth - (intervalWidth > 0 ? intervalWidth + 1 : 0))
        var header: [(String, Int, right: Bool)] = [
            ("#", 3, true), (words[.country], nameWidth, false), (words[.score], 5, true),
            ("", barCells, false), (words[.rating], 12, false), (words[.delta], 7, true),
            (words[.trend], 11, false), (words[.coverage], 8, true),
        ]
        if intervalWidth > 0 { header.insert((words[.rankInterval], intervalWidth, true), at: 1) }
        lines.append(TextLayout.row(header))
        for (row, interval) in zip(rows, intervals) {
            var cells: [(String, Int, right: Bool)] = [
                (row.rank.map(String.init) ?? "-", 3, true), (CountryName.label(row.country, language: language), nameWidth, false),
                (one(row.score) ?? "-", 5, true), (TextLayout.bar(row.displayedScore, cells: barCells, ascii: ascii), barCells, false),
                (ratingLabel(row) ?? state(row), 12, false), (signed(row.delta) ?? "", 7, true),
                (trendWord(row.trend), 11, false),
                (row.coverage.map { Rounding.fixed($0 * 100, places: 0) + "%" } ?? "", 8, true),
            ]
            if intervalWidth > 0 { cells.insert((interval ?? "", intervalWidth, true), at: 1) }
            lines.append(TextLayout.row(cells))
        }
        for absent in absent {
            lines.append(TextLayout.row([("-", 3, true), (CountryName.label(absent.country, language: language), nameWidth, false), ("-", 5, true),
                                         (absent.words(words), 40, false)]))
        }
        if let first = rows.first {
            let s = first.statistics
            lines += wrapped("\(words[.regionalMean]): \(one(s.mean) ?? "-"); \(words[.median]) \(one(s.median) ?? "-"); n = \(s.n)")
        }
        return lines
    }

    /// Overall scores of every country in every year shown (the latest
    /// eight where more would not fit), with the latest trend.
    private func yearByYear() -> [String] {
        var lines = heading(2, words[.yearByYear])
        let years = Array(comparison.years.suffix(8))
        let labels = comparison.countries.map { CountryName.label($0, language: language) } + [words[.regionalMean]]
        let nameWidth = min(max(labels.map(TextLayout.width).max() ?? 8, 8), 25)
        lines.append(TextLayout.row([(words[.country], nameWidth, false)] + years.map { (String($0), 6, true) }
            + [(words[.trend], 11, false)]))
        for country in comparison.countries {
            let rows = years.map { comparison.row(year: $0, country: country, level: .overall, id: "overall") }
            let trend = rows.last.flatMap { $0?.trend }
            lines.append(TextLayout.row([(CountryName.label(country, language: language), nameWidth, false)]
                + rows.map { (one($0?.score) ?? "-", 6, true) } + [(trendWord(trend), 11, false)]))
        }
        let means = years.map { comparison.rows(year: $0, level: .overall, id: "overall").first?.statistics.mean }
        lines.append(TextLayout.row([(words[.regionalMean], nameWidth, false)] + means.map { (one($0) ?? "-", 6, true) }))
        return lines
    }

    private func areaMatrix(_ year: Int) -> [String] {
        let countries = comparison.rows(year: year, level: .overall, id: "overall").map(\.country)
        var lines = heading(3, "\(words[.areas]), \(year) (\(words[.withheldOrNoData]))")
        // Columns: area id, then 6 per country, then mean and best; countries
        // beyond what 100 columns hold go to a further block.
        let perBlock = max((Self.maximumWidth - 7 - 7 - 9) / 7, 1)
        var start = 0
        repeat {
            let block = Array(countries[start..<min(start + perBlock, countries.count)])
            let last = start + perBlock >= countries.count
            var header: [(String, Int, right: Bool)] = [(words[.area], 6, false)] + block.map { ($0, 6, true) }
            if last { header += [(words[.mean], 6, true), (words[.best], 8, false)] }
            lines.append(TextLayout.row(header))
            for area in framework.areas {
                let rows = comparison.rows(year: year, level: .area, id: area.id)
                var cells: [(String, Int, right: Bool)] = [(area.id, 6, false)]
                for country in block {
                    cells.append((one(rows.first { $0.country == country }?.score) ?? "-", 6, true))
                }
                if last {
                    let best = rows.filter { $0.rank == 1 }.map(\.country).joined(separator: ",")
                    cells += [(one(rows.first?.statistics.mean) ?? "-", 6, true), (best, 8, false)]
                }
                lines.append(TextLayout.row(cells))
            }
            start += perBlock
            if !last { lines.append("") }
        } while start < countries.count
        lines.append("")
        lines.append(words[.legend] + ":")
        for area in framework.areas {
            lines += TextLayout.wrap("\(area.id)  \(area.title.text(in: language))", width: Self.maximumWidth,
                                     indent: "  ", hanging: "       ")
        }
        return lines
    }

    private func changes(_ year: Int) -> [String] {
        var lines = heading(4, words[.largestChanges])
        let levels = [(ComparisonLevel.overall, "overall")] + framework.areas.map { (ComparisonLevel.area, $0.id) }
        let changed = levels.flatMap { comparison.rows(year: year, level: $0.0, id: $0.1) }
            .filter { $0.delta != nil && $0.delta != 0 }
            .sorted { (abs($0.delta!), $1.country, $1.id) > (abs($1.delta!), $0.country, $0.id) }
            .prefix(10)
        if changed.isEmpty { return lines + wrapped(words[.noChanges]) }
        for row in changed {
            let what = row.level == .overall ? words[.overallScore] : "\(row.id) \(areaTitle(row.id))"
            let line = TextLayout.row([(row.country, 3, false), (signed(row.delta) ?? "", 8, true),
                                       ("(\(row.deltaFrom.map(String.init) ?? "") → \(year))", 14, false),
                                       (what, Self.maximumWidth - 30, false)])
            lines.append("  " + line)
        }
        return lines
    }

    private func profiles(_ year: Int) -> [String] {
        var lines = heading(5, words[.profiles])
        let overall = comparison.rows(year: year, level: .overall, id: "overall")
        for row in overall.sorted(by: { $0.country < $1.country }) {
            lines.append("")
            var title = "\(CountryName.label(row.country, language: language)), \(year): \(one(row.score) ?? state(row))"
            if let rating = ratingLabel(row) { title += " (\(rating))" }
            if let rank = row.rank { title += ", \(words[.rank]) \(rank) \(words[.of]) \(row.statistics.n)" }
            lines += wrapped(title)
            let areas = framework.areas.compactMap {
                comparison.row(year: year, country: row.country, level: .area, id: $0.id)
            }.filter { $0.score != nil }.sorted { ($0.score!, $1.id) > ($1.score!, $0.id) }
            if !areas.isEmpty {
                let describe = { (r: ComparisonRow) in "\(r.id) \(one(r.score)!)" }
                // Strongest and weakest never share an area.
                let shown = max(min(3, areas.count / 2), 1)
                lines += listed(words[.strongest], areas.prefix(shown).map(describe))
                if areas.count > 1 { lines += listed(words[.weakest], areas.suffix(shown).reversed().map(describe)) }
                let gaps = areas.sorted { abs($0.gap ?? 0) > abs($1.gap ?? 0) }.prefix(4)
                    .map { "\($0.id) \(signed($0.gap) ?? "")" }
                lines += listed(words[.gapsToMean], Array(gaps))
            }
            let changed = history.changes(of: row.country).count
            lines += listed(words[.changedIndicators],
                            [changed == 0 ? words[.noChangedIndicators] : "\(changed) (\(words[.seeAnnex]))"])
        }
        return lines
    }

    private func quality() -> [String] {
        let lines = heading(agreement == nil ? 6 : 7, words[.dataQuality])
        let items = qualityItems()
        if items.isEmpty { return lines + wrapped(words[.noNotes]) }
        return lines + items.flatMap { TextLayout.wrap("- " + $0, width: Self.maximumWidth, hanging: "  ") }
    }

    /// The data-quality notes in words: the comparison's notes, sheets
    /// outside the region summed up in one, and the illustrative sheets.
    func qualityItems() -> [String] {
        var items = comparison.notes.filter { $0.kind != .outsideRegion }.map(worded)
        let outside = comparison.notes.filter { $0.kind == .outsideRegion }
        if !outside.isEmpty {
            let countries = Set(outside.compactMap(\.country)).sorted().joined(separator: ", ")
            items.append("\(outside.count) \(words[.outsideRegionSummary]): \(countries)")
        }
        if let year = comparison.years.last, !history.illustrative.isEmpty {
            let sheets = comparison.sheetsUsed.filter { $0.year == year }.count
            items.append("\(history.illustrative.count) \(words[.of]) \(sheets) \(words[.illustrativeNote]) (\(year))")
        }
        return items
    }

    /// Every changed answer, country by country: the indicator, its title,
    /// the earlier answer and the new one.
    private func annex() -> [String] {
        var lines = heading(nil, words[.annex])
        for country in Set(history.changes.map(\.country)).sorted() {
            let changes = history.changes(of: country)
            guard let first = changes.first else { continue }
            lines.append("")
            lines += wrapped("\(CountryName.label(country, language: language)), \(first.fromYear) → \(first.toYear) (\(changes.count))")
            for change in changes {
                let title = framework.indicator(change.indicator)?.title.text(in: language) ?? ""
                lines += TextLayout.wrap("\(change.indicator) \(title): \(change.old) → \(change.new)",
                                         width: Self.maximumWidth, indent: "  ", hanging: "      ")
            }
        }
        return lines
    }

    /// A note in the report's language, from its parts.
    private func worded(_ note: ComparisonNote) -> String {
        let place = note.place
        let file = note.file ?? ""
        switch note.kind {
        case .draftExcluded: return note.aboutFile(words[.noteDraft])
        case .outsideRegion: return note.aboutFile(words[.noteOutsideRegion])
        case .minorVersion:
            let absent = note.indicators.isEmpty ? "" : "; \(words[.noteNotInSheet]): " + note.indicators.joined(separator: ", ")
            let filledFor = note.detail.map { " (\($0))" } ?? ""
            return "\(file)\(filledFor): \(words[.noteMinorVersion]) \(comparison.frameworkId) \(comparison.frameworkVersion)"
                + absent
        case .missingSheet: return "\(words[.noteMissing]) \(place)"
        case .withheld where note.detail == "overall": return "\(place): \(words[.noteOverallWithheld])"
        case .withheld: return "\(place): \(words[.noteAreasWithheld]): \(note.detail ?? "")"
        case .lowCoverage: return "\(place): \(words[.noteLowCoverage]) \(note.detail ?? "")"
        case .otherRespondent: return "\(words[.noteOtherRespondent]): \(file) (\(place), \(respondentWord(note.detail)))"
        case .invalidSheet:
            return "\(file)\(place.isEmpty ? "" : " (\(place))"): \(words[.noteInvalidSheet]): \(note.detail ?? "")"
        }
    }

    private func method() -> [String] {
        var lines = heading(agreement == nil ? 7 : 8, words[.method])
        for (index, paragraph) in methodParagraphs().enumerated() {
            if index > 0 { lines.append("") }
            lines += TextLayout.wrap(paragraph, width: Self.maximumWidth)
        }
        if let sensitivity {
            let varied = SensitivityText.varied(sensitivity.settings, framework: framework, words: words)
            lines.append("")
            lines += TextLayout.wrap("\(words[.sensitivityNote]): \(sensitivity.totalRuns) \(words[.runs]), "
                                     + "\(words[.seed]) \(sensitivity.settings.seed); \(words[.varied]): \(varied).",
                                     width: Self.maximumWidth)
        }
        return lines
    }

    /// The method note: how scores are made, the instrument's own settings
    /// (aggregation, minimum coverage, stable band, rating cut-offs), and
    /// the note on Kosovo where it is compared.
    func methodParagraphs() -> [String] {
        let scoring = framework.scoring
        let aggregation = scoring.aggregation == .geometric ? words[.geometricMean] : words[.arithmeticMean]
        let ratings = framework.ratings.sorted { $0.minimum > $1.minimum }
            .map { "\($0.label.text(in: language)) ≥ \(words.decimal(Rounding.plain($0.minimum)))" }.joined(separator: ", ")
        var paragraphs = [
            words[.methodText],
            "\(words[.aggregation].capitalizedFirst): \(aggregation); \(words[.minimumCoverage]) "
                + "\(Rounding.fixed(scoring.minimumCoverage * 100, places: 0))%; \(words[.stableBand]) "
                + "\(words.decimal(Rounding.plain(scoring.stableBand))) \(words[.points]); \(words[.ratingCutOffs]): \(ratings).",
        ]
        if comparison.countries.contains("XK") {
            paragraphs.append(words[.kosovoNote])
        }
        return paragraphs
    }

    // MARK: Pieces

    private func wrapped(_ text: String, indent: String = "") -> [String] {
        TextLayout.wrap(text, width: Self.maximumWidth, indent: indent, hanging: indent + "  ")
    }

    private func listed(_ label: String, _ items: [String]) -> [String] {
        TextLayout.wrapList(label + ": ", items, width: Self.maximumWidth, indent: "  ", hanging: "    ")
    }

    private func areaTitle(_ id: String) -> String {
        framework.areas.first { $0.id == id }?.title.text(in: language) ?? ""
    }

    private func ratingLabel(_ row: ComparisonRow) -> String? {
        row.rating?.label.text(in: language)
    }

    private func state(_ row: ComparisonRow) -> String {
        switch row.state {
        case .withheld: words[.withheld]
        case .notApplicable: words[.notApplicable]
        default: "-"
        }
    }

    private func trendWord(_ trend: Trend?) -> String {
        switch trend {
        case .improved: words[.improved]
        case .stable: words[.stable]
        case .declined: words[.declined]
        case nil: ""
        }
    }

    /// Numbers as the reader writes them: a decimal comma outside English.
    private func one(_ value: Double?) -> String? { value.map { words.decimal(Rounding.fixed($0, places: 1)) } }

    /// Changes and gaps keep their two decimals, so that a change of 1.97
    /// does not read as 2.0 while the trend, rightly, says stable.
    private func signed(_ value: Double?) -> String? {
        guard let value else { return nil }
        let text = Rounding.fixed(value, places: 2)
        return words.decimal(value > 0 && text != "0.00" ? "+" + text : text)
    }
}

private extension String {
    /// `Aggregation` from `aggregation`: a word that opens a sentence.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
