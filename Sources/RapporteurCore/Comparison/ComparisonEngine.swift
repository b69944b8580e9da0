/// Builds the comparison from scored sheets: selection, then per year and
/// level the scores, ranks, regional statistics, gaps, deltas, trends and
/// ratings. A pure function of its inputs.
public struct ComparisonEngine: Sendable {
    public let framework: Framework

    public init(framework: Framework) { self.framework = framework }

    /// Coverage below this (but still scored) is worth a data-quality note.
    static let lowCoverage = 0.85

    public func compare(_ scores: [SheetScore], _ request: ComparisonRequest) -> Result<Comparison, ComparisonFailure> {
        var notes: [ComparisonNote] = []
        let region: Region?
        if let id = request.region {
            guard let found = framework.region(id) else {
                return .failure(ComparisonFailure(diagnostics: [.error(
                    "unknown-region", "the framework has no region '\(id)'", at: framework.location,
                    suggestion: "regions: " + framework.regions.map(\.id).joined(separator: ", "))]))
            }
            region = found
        } else {
            region = nil
        }

        // Selection: drafts, region, years after the range, duplicates.
        var taking: [SheetScore] = []
        for score in scores.sorted(by: { $0.sheet.file < $1.sheet.file }) {
            let m = score.sheet.metadata
            if let last = request.years.last, m.year > last { continue }
            if let region, !region.countries.contains(m.country) {
                notes.append(note(.outsideRegion, "\(m.country) \(m.year) is not in region \(region.id): \(score.sheet.file) left out",
                                  score))
                continue
            }
            if m.status == .draft && !request.includeDrafts {
                notes.append(note(.draftExcluded, "draft excluded: \(score.sheet.file) (\(m.country) \(m.year)); "
                                  + "use --include-drafts to compare it", score))
                continue
            }
            if let version = m.frameworkVersion, version != framework.version, m.frameworkId == framework.id {
                notes.append(note(.minorVersion, "\(score.sheet.file) was filled for \(framework.id) \(version); "
                                  + "compared as \(framework.id) \(framework.version)", score, detail: version.description))
            }
            taking.append(score)
        }
        var byKey: [String: SheetScore] = [:]
        var duplicates: [Diagnostic] = []
        for score in taking {
            let key = "\(score.sheet.metadata.country) \(score.sheet.metadata.year)"
            if let first = byKey[key] {
                duplicates.append(.error("duplicate-sheet",
                                         "\(first.sheet.file) and \(score.sheet.file) are both sheets for \(key)",
                                         at: SourceLocation(file: score.sheet.file),
                                         suggestion: "keep one sheet per country and year (mark the other draft, or move it away)"))
            } else {
                byKey[key] = score
            }
        }
        if !duplicates.isEmpty { return .failure(ComparisonFailure(diagnostics: duplicates)) }

        let years = Set(taking.map(\.sheet.metadata.year)).filter(request.years.contains).sorted()
        let shown = taking.filter { request.years.contains($0.sheet.metadata.year) }
        let countries = Set(shown.map(\.sheet.metadata.country)).sorted()
        let history = History(taking)

        var rows: [ComparisonRow] = []
        for year in years {
            let sheets = shown.filter { $0.sheet.metadata.year == year }.sorted { $0.sheet.metadata.country < $1.sheet.metadata.country }
            for (level, id) in levels {
                rows += compare(sheets, year: year, level: level, id: id, history: history)
            }
        }
        let drafts = Set(notes.filter { $0.kind == .draftExcluded }.compactMap { note in
            note.country.flatMap { country in note.year.map { "\(country) \($0)" } }
        })
        notes += qualityNotes(shown: shown, years: years, countries: region?.countries.sorted() ?? countries,
                              excludedDrafts: drafts)
        let used = taking.map { score in
            SheetReference(file: score.sheet.file, country: score.sheet.metadata.country, year: score.sheet.metadata.year,
                           status: score.sheet.metadata.status, shown: request.years.contains(score.sheet.metadata.year))
        }
        return .success(Comparison(frameworkId: framework.id, frameworkVersion: framework.version, region: region,
                                   years: years, countries: countries, sheetsUsed: used, notes: notes, rows: rows))
    }

    /// Every level and id in output order: overall, areas, scored indicators.
    var levels: [(ComparisonLevel, String)] {
        [(.overall, "overall")] + framework.areas.map { (.area, $0.id) }
            + framework.areas.flatMap { area in area.scoredIndicators.map { (.indicator, $0.id) } }
    }

    private func compare(_ sheets: [SheetScore], year: Int, level: ComparisonLevel, id: String,
                         history: History) -> [ComparisonRow] {
        let values = sheets.map { History.value(of: $0, level: level, id: id) }
        let scored = values.compactMap(\.score)
        let statistics = RegionalStatistics(scored)
        let shownMean = statistics.mean.map(Rounding.twoDecimals)
        let ranks = Self.competitionRanks(scored.map(Rounding.twoDecimals))
        var rankIndex = 0
        return zip(sheets, values).map { sheet, value in
            let country = sheet.sheet.metadata.country
            var row = ComparisonRow(year: year, country: country, level: level, id: id, score: value.score,
                                    coverage: level == .indicator ? nil : value.coverage, rank: nil,
                                    statistics: statistics, state: value.state)
            guard let displayed = row.displayedScore else { return row }
            row.rank = ranks[rankIndex]
            rankIndex += 1
            row.gap = shownMean.map { Rounding.twoDecimals(displayed - $0) }
            if let (earlier, previous) = history.previous(country: country, before: year, level: level, id: id) {
                let delta = Rounding.twoDecimals(displayed - Rounding.twoDecimals(previous))
                row.delta = delta
                row.deltaFrom = earlier
                row.trend = delta >= framework.scoring.stableBand ? .improved
                    : delta <= -framework.scoring.stableBand ? .declined : .stable
            }
            if level == .overall { row.rating = framework.rating(for: displayed) }
            return row
        }
    }

    /// Standard competition ranking (1, 2, 2, 4) of values, highest first,
    /// returned in the values' own order.
    static func competitionRanks(_ values: [Double]) -> [Int] {
        let order = values.indices.sorted { values[$0] > values[$1] }
        var ranks = [Int](repeating: 0, count: values.count)
        for (position, index) in order.enumerated() {
            let tied = position > 0 && values[order[position - 1]] == values[index]
            ranks[index] = tied ? ranks[order[position - 1]] : position + 1
        }
        return ranks
    }

    private func note(_ kind: ComparisonNote.Kind, _ message: String, _ score: SheetScore,
                      detail: String? = nil) -> ComparisonNote {
        ComparisonNote(kind: kind, message: message, file: score.sheet.file,
                       country: score.sheet.metadata.country, year: score.sheet.metadata.year, detail: detail)
    }

    private func qualityNotes(shown: [SheetScore], years: [Int], countries: [String],
                              excludedDrafts: Set<String>) -> [ComparisonNote] {
        var notes: [ComparisonNote] = []
        // A country-year whose only sheet is an excluded draft is noted once, as that.
        let present = Set(shown.map { "\($0.sheet.metadata.country) \($0.sheet.metadata.year)" }).union(excludedDrafts)
        for year in years {
            for country in countries where !present.contains("\(country) \(year)") {
                notes.append(ComparisonNote(kind: .missingSheet, message: "no sheet for \(country) \(year)",
                                            country: country, year: year))
            }
        }
        for score in shown.sorted(by: { ($0.sheet.metadata.year, $0.sheet.metadata.country) < ($1.sheet.metadata.year, $1.sheet.metadata.country) }) {
            let m = score.sheet.metadata
            let withheld = score.areas.filter { $0.aggregate.state == .withheld }.map(\.area)
            if score.overall.state == .withheld {
                let coverage = Rounding.fixed(score.overall.coverage ?? 0, places: 2)
                notes.append(note(.withheld, "\(m.country) \(m.year): overall score withheld, coverage \(coverage)",
                                  score, detail: "overall"))
            }
            if !withheld.isEmpty {
                notes.append(note(.withheld, "\(m.country) \(m.year): area score withheld for too little data: "
                                  + withheld.joined(separator: ", "), score, detail: withheld.joined(separator: ", ")))
            }
            if score.overall.state == .scored, let coverage = score.overall.coverage, coverage < Self.lowCoverage {
                let shown = Rounding.fixed(coverage, places: 2)
                notes.append(note(.lowCoverage, "\(m.country) \(m.year): overall coverage only \(shown)", score, detail: shown))
            }
        }
        return notes
    }
}

/// Why a comparison cannot be made.
public struct ComparisonFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]
}

/// Scores of every taking-part sheet by country, level and id, for deltas.
struct History {
    struct Value {
        var score: Double?
        var coverage: Double?
        var state: String
    }

    private var byCountry: [String: [SheetScore]] = [:]

    init(_ scores: [SheetScore]) {
        for score in scores { byCountry[score.sheet.metadata.country, default: []].append(score) }
        for key in byCountry.keys { byCountry[key]!.sort { $0.sheet.metadata.year > $1.sheet.metadata.year } }
    }

    /// The most recent earlier year in which the country has a score here.
    func previous(country: String, before year: Int, level: ComparisonLevel, id: String) -> (Int, Double)? {
        for score in byCountry[country] ?? [] where score.sheet.metadata.year < year {
            if let value = Self.value(of: score, level: level, id: id).score { return (score.sheet.metadata.year, value) }
        }
        return nil
    }

    static func value(of score: SheetScore, level: ComparisonLevel, id: String) -> Value {
        switch level {
        case .overall:
            return Value(score: score.overall.score, coverage: score.overall.coverage, state: score.overall.state.rawValue)
        case .area:
            let area = score.area(id)
            return Value(score: area?.aggregate.score, coverage: area?.aggregate.coverage,
                         state: area?.aggregate.state.rawValue ?? "missing")
        case .indicator:
            let indicator = score.indicator(id)
            return Value(score: indicator?.score, coverage: nil, state: indicator?.state.rawValue ?? "missing")
        }
    }
}
