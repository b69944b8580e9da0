import Foundation

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
        switch SheetSelection.region(request, in: framework) {
        case .success(let found): region = found
        case .failure(let failure): return .failure(failure)
        }

        // Selection: drafts, region, years after the range, duplicates.
        var taking: [SheetScore] = []
        // Sorted by place: sorting the scores themselves copied each one on
        // the one core that runs this.
        for place in scores.indices.sorted(by: { scores[$0].sheet.file < scores[$1].sheet.file }) {
            let score = scores[place]
            let m = score.sheet.metadata
            if let last = request.years.last, m.year > last { continue }
            if let region, !region.countries.contains(m.country) {
                notes.append(note(.outsideRegion, "\(m.country) \(m.year) is not in region \(region.id): \(score.sheet.file) left out",
                                  score))
                continue
            }
            if m.respondent != request.respondent {
                notes.append(note(.otherRespondent, "\(m.respondent.rawValue) sheet left out: \(score.sheet.file) "
                                  + "(\(m.country) \(m.year)); use --respondent \(m.respondent.rawValue) to compare it",
                                  score, detail: m.respondent.rawValue))
                continue
            }
            if m.status == .draft && !request.includeDrafts {
                notes.append(SheetSelection.draftExcluded(score))
                continue
            }
            if let version = m.frameworkVersion, version != framework.version, m.frameworkId == framework.id {
                var minor = note(.minorVersion, "\(score.sheet.file) was filled for \(framework.id) \(version); "
                                 + "compared as \(framework.id) \(framework.version)", score, detail: version.description)
                if !score.sheet.absent.isEmpty {
                    minor.indicators = score.sheet.absent
                    minor.message += "; not in the sheet, counted as missing: " + score.sheet.absent.joined(separator: ", ")
                }
                notes.append(minor)
            }
            taking.append(score)
        }
        var byKey: [String: Int] = [:]
        var duplicates: [Diagnostic] = []
        for (place, score) in taking.enumerated() {
            let m = score.sheet.metadata
            let key = "\(m.country) \(m.year) (\(m.respondent.rawValue))"
            if let first = byKey[key] {
                duplicates.append(SheetSelection.duplicate(taking[first], score, what: key))
            } else {
                byKey[key] = place
            }
        }
        if !duplicates.isEmpty { return .failure(ComparisonFailure(diagnostics: duplicates)) }

        let years = Set(taking.map(\.sheet.metadata.year)).filter(request.years.contains).sorted()
        let shown = taking.filter { request.years.contains($0.sheet.metadata.year) }
        let countries = Set(shown.map(\.sheet.metadata.country)).sorted()
        let rows = buildRows(taking, years: years)
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

    /// Where each of `levels` stands in a `SheetScore` as `Scorer` builds it
    /// (areas in framework order, each area's indicators in order): the area
    /// and the indicator's index in it; nil for overall.
    var positions: [(area: Int, indicator: Int?)?] {
        [nil] + framework.areas.indices.map { ($0, nil) }
            + framework.areas.enumerated().flatMap { area, content in
                content.indicators.enumerated().filter { $0.element.isScored }.map { (area, $0.offset) }
            }
    }

    /// Every row, by year, level, id and country. The rows of a year depend
    /// only on the sheets, so the years are built on all cores: the same
    /// rows in the same order as one core would build them.
    private func buildRows(_ taking: [SheetScore], years: [Int]) -> [ComparisonRow] {
        let levels = self.levels
        let history = History(taking, levels: levels, positions: positions)
        let sheetsByYear = years.map { history.sheets(in: $0) }
        return OrderedParallelMap.flatMap(sizes: sheetsByYear.map { $0.count * levels.count }) { index, emit in
            for level in levels.indices {
                rows(sheetsByYear[index], year: years[index], level: level, levels: levels, history: history, emit: emit)
            }
        }
    }

    /// The rows of one year, level and id: one per sheet, in country order,
    /// each handed to `emit` as it is made.
    private func rows(_ sheets: [Int], year: Int, level index: Int, levels: [(ComparisonLevel, String)],
                      history: History, emit: (ComparisonRow) -> Void) {
        let (level, id) = levels[index]
        let values = sheets.map { history.value(sheet: $0, level: index) }
        let scored = values.compactMap(\.score)
        let statistics = RegionalStatistics(scored)
        let shared = ComparisonRow.Shared(year: year, level: level, id: id, statistics: statistics)
        var rated: [String: ComparisonRow.Shared] = [:]
        let shownMean = statistics.mean.map(Rounding.twoDecimals)
        let ranks = Self.competitionRanks(scored.map(Rounding.twoDecimals))
        var rankIndex = 0
        for (sheet, value) in zip(sheets, values) {
            var row = ComparisonRow(country: history.country(of: sheet), score: value.score,
                                    coverage: level == .indicator ? nil : value.coverage, rank: nil, shared: shared,
                                    state: value.state)
            guard let displayed = row.displayedScore else {
                emit(row)
                continue
            }
            row.rank = ranks[rankIndex]
            rankIndex += 1
            row.gap = shownMean.map { Rounding.twoDecimals(displayed - $0) }
            if let (earlier, previous) = history.previous(sheet: sheet, level: index) {
                let delta = Rounding.twoDecimals(displayed - Rounding.twoDecimals(previous))
                row.delta = delta
                row.deltaFrom = earlier
                row.trend = delta >= framework.scoring.stableBand ? .improved
                    : delta <= -framework.scoring.stableBand ? .declined : .stable
            }
            if level == .overall, let rating = framework.rating(for: displayed) {
                // One shared value per rating, not one per row.
                let withRating = rated[rating.code] ?? shared.with(rating: rating)
                rated[rating.code] = withRating
                row.setShared(withRating)
            }
            emit(row)
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
        SheetSelection.note(kind, message, score, detail: detail)
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
        // By place, not by value: sorting the scores and filtering their
        // areas copied every score and area, on one core after the rows.
        // The keys are taken once: read in the comparison, each sheet's
        // metadata was copied, all its texts retained, twice per step of
        // the sort (4% of a comparison of 3,400 sheets).
        let keys = shown.map { (year: $0.sheet.metadata.year, country: $0.sheet.metadata.country) }
        let order = shown.indices.sorted { (keys[$0].year, keys[$0].country) < (keys[$1].year, keys[$1].country) }
        for place in order {
            let score = shown[place]
            let m = score.sheet.metadata
            var withheld: [String] = []
            for area in score.areas.indices where score.areas[area].aggregate.state == .withheld {
                withheld.append(score.areas[area].area)
            }
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

/// Scores of every taking-part sheet at every level, looked up once, and
/// each country's sheets newest first, for deltas.
struct History: Sendable {
    /// One sheet's score at one level, its numbers kept as plain values
    /// and a flag each saying they are there: 24 bytes rather than the 40
    /// of two optionals, and there is one per sheet and level.
    struct Value: Sendable {
        private let storedScore: Double
        private let storedCoverage: Double
        let state: ScoreState
        private let hasScore: Bool
        private let hasCoverage: Bool

        init(score: Double?, coverage: Double?, state: ScoreState) {
            storedScore = score ?? 0
            storedCoverage = coverage ?? 0
            hasScore = score != nil
            hasCoverage = coverage != nil
            self.state = state
        }

        var score: Double? { hasScore ? storedScore : nil }
        var coverage: Double? { hasCoverage ? storedCoverage : nil }
    }

    private let levelCount: Int
    /// Sheet by sheet, a value per level in `levels` order.
    private let values: [Value]
    private let years: [Int]
    private let countries: [String]
    /// For each sheet, the country's sheets of earlier years, newest first.
    private let earlier: [[Int]]

    init(_ scores: [SheetScore], levels: [(ComparisonLevel, String)], positions: [(area: Int, indicator: Int?)?]) {
        let levelCount = levels.count
        self.levelCount = levelCount
        // Sheet by sheet on every core.
        values = OrderedParallelMap.flatMap(sizes: Array(repeating: levelCount, count: scores.count)) { sheet, emit in
            // Taken once: a copy of a score per level retained all its parts each time.
            let score = scores[sheet]
            for (level, position) in zip(levels, positions) {
                emit(Self.value(of: score, level: level.0, id: level.1, at: position))
            }
        }
        let years = scores.map(\.sheet.metadata.year)
        let countries = scores.map(\.sheet.metadata.country)
        self.years = years
        self.countries = countries
        var byCountry: [String: [Int]] = [:]
        for index in scores.indices { byCountry[countries[index], default: []].append(index) }
        var earlier = [[Int]](repeating: [], count: scores.count)
        for var sheets in byCountry.values {
            sheets.sort { years[$0] > years[$1] }
            for sheet in sheets {
                earlier[sheet] = sheets.filter { years[$0] < years[sheet] }
            }
        }
        self.earlier = earlier
    }

    /// The sheets of one year, in country order.
    func sheets(in year: Int) -> [Int] {
        years.indices.filter { years[$0] == year }.sorted { countries[$0] < countries[$1] }
    }

    func country(of sheet: Int) -> String { countries[sheet] }

    func value(sheet: Int, level: Int) -> Value { values[sheet * levelCount + level] }

    /// The most recent earlier year in which the sheet's country has a score
    /// at this level.
    func previous(sheet: Int, level: Int) -> (Int, Double)? {
        for other in earlier[sheet] {
            if let score = value(sheet: other, level: level).score { return (years[other], score) }
        }
        return nil
    }

    /// The value at `position` when the score has the id there, as it does
    /// when built by `Scorer`: no look-up by id for each of every sheet's
    /// levels. Otherwise by id.
    static func value(of score: SheetScore, level: ComparisonLevel, id: String,
                      at position: (area: Int, indicator: Int?)?) -> Value {
        // Read in place: binding the area would copy it, and retain its
        // indicators, for each of the sheet's levels.
        if let position, position.area < score.areas.count {
            if level == .area, score.areas[position.area].area == id {
                let aggregate = score.areas[position.area].aggregate
                return Value(score: aggregate.score, coverage: aggregate.coverage, state: aggregate.state)
            }
            if level == .indicator, let index = position.indicator, index < score.areas[position.area].indicators.count,
               score.areas[position.area].indicators[index].indicator == id {
                let indicator = score.areas[position.area].indicators[index]
                return Value(score: indicator.score, coverage: nil, state: indicator.state)
            }
        }
        return value(of: score, level: level, id: id)
    }

    static func value(of score: SheetScore, level: ComparisonLevel, id: String) -> Value {
        switch level {
        case .overall:
            return Value(score: score.overall.score, coverage: score.overall.coverage, state: score.overall.state)
        case .area:
            let area = score.area(id)
            return Value(score: area?.aggregate.score, coverage: area?.aggregate.coverage,
                         state: area?.aggregate.state ?? .missing)
        case .indicator:
            let indicator = score.indicator(id)
            return Value(score: indicator?.score, coverage: nil, state: indicator?.state ?? .missing)
        }
    }
}
