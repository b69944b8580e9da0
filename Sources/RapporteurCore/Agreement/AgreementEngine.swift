/// Pairs the government's and the NGO's sheets of each country and year
/// and measures how far they agree. Selection as in the comparison
/// (region, years shown, drafts); joint sheets take no part. A pure
/// function of its inputs.
public struct AgreementEngine: Sendable {
    public let framework: Framework

    public init(framework: Framework) { self.framework = framework }

    /// `request.respondent` plays no part: both sides are taken.
    public func agree(_ scores: [SheetScore], _ request: ComparisonRequest) -> Result<Agreement, ComparisonFailure> {
        var notes: [ComparisonNote] = []
        let region: Region?
        if let id = request.region {
            guard let found = framework.region(id) else {
                return .failure(ComparisonFailure(diagnostics: [.error(
                    .unknownRegion, "the framework has no region '\(id)'", at: framework.location,
                    suggestion: "regions: \(framework.regions.map(\.id).joined(separator: ", "))")]))
            }
            region = found
        } else {
            region = nil
        }

        var bySide: [Key: SheetScore] = [:]
        var duplicates: [Diagnostic] = []
        for score in scores.sorted(by: { $0.sheet.file < $1.sheet.file }) {
            let m = score.sheet.metadata
            guard request.years.contains(m.year) else { continue }
            if let region, !region.countries.contains(m.country) { continue }
            if m.respondent == .joint {
                notes.append(note(.otherRespondent, "joint sheet left out: \(score.sheet.file) (\(m.country) \(m.year))",
                                  score, detail: m.respondent.rawValue))
                continue
            }
            if m.status == .draft && !request.includeDrafts {
                notes.append(note(.draftExcluded, "draft excluded: \(score.sheet.file) (\(m.country) \(m.year)); "
                                  + "use --include-drafts to compare it", score))
                continue
            }
            let key = Key(year: m.year, country: m.country, respondent: m.respondent)
            if let first = bySide[key] {
                let what = "\(m.country) \(m.year) (\(m.respondent.rawValue))"
                duplicates.append(.error(.duplicateSheet, "\(first.sheet.file) and \(score.sheet.file) are both sheets for \(what)",
                                         at: SourceLocation(file: score.sheet.file),
                                         suggestion: "keep one sheet per country, year and respondent (mark the other draft, or move it away)"))
            } else {
                bySide[key] = score
            }
        }
        if !duplicates.isEmpty { return .failure(ComparisonFailure(diagnostics: duplicates)) }

        var pairs: [AgreementPair] = []
        let places = Set(bySide.keys.map { Place(year: $0.year, country: $0.country) })
            .sorted { ($0.year, $0.country) < ($1.year, $1.country) }
        for place in places {
            let government = bySide[Key(year: place.year, country: place.country, respondent: .government)]
            let ngo = bySide[Key(year: place.year, country: place.country, respondent: .ngo)]
            if let government, let ngo {
                pairs.append(AgreementPair(year: place.year, country: place.country, government: government, ngo: ngo))
            } else if let government {
                notes.append(note(.missingSheet, "no NGO sheet for \(place.country) \(place.year) beside "
                                  + "\(government.sheet.file)", government, detail: Respondent.ngo.rawValue))
            }
        }
        return .success(Agreement(frameworkId: framework.id, frameworkVersion: framework.version, region: region,
                                  pairs: pairs, rows: rows(pairs), notes: notes))
    }

    private struct Key: Hashable {
        var year: Int
        var country: String
        var respondent: Respondent
    }

    private struct Place: Hashable {
        var year: Int
        var country: String
    }

    /// By year, level, framework order of ids, then country: the order of the comparison.
    private func rows(_ pairs: [AgreementPair]) -> [AgreementRow] {
        let levels = ComparisonEngine(framework: framework).levels
        var rows: [AgreementRow] = []
        for year in Set(pairs.map(\.year)).sorted() {
            let ofYear = pairs.filter { $0.year == year }
            for (level, id) in levels {
                for pair in ofYear {
                    let government = History.value(of: pair.government, level: level, id: id).score
                    let ngo = History.value(of: pair.ngo, level: level, id: id).score
                    rows.append(AgreementRow(year: year, country: pair.country, level: level, id: id, government: government,
                                             ngo: ngo, statistics: statistics(pair, level: level, id: id)))
                }
            }
        }
        return rows
    }

    /// Over the scored indicators below the level that both sheets scored;
    /// nil on indicator rows.
    private func statistics(_ pair: AgreementPair, level: ComparisonLevel, id: String) -> AgreementStatistics? {
        let areas: [Area]
        switch level {
        case .indicator: return nil
        case .overall: areas = framework.areas
        case .area: areas = framework.areas.filter { $0.id == id }
        }
        var both: [(government: Double, ngo: Double)] = []
        for indicator in areas.flatMap(\.scoredIndicators) {
            guard let a = pair.government.indicator(indicator.id), a.state == .scored, let government = a.score,
                  let b = pair.ngo.indicator(indicator.id), b.state == .scored, let ngo = b.score else { continue }
            both.append((government, ngo))
        }
        return AgreementStatistics(both)
    }

    private func note(_ kind: ComparisonNote.Kind, _ message: String, _ score: SheetScore,
                      detail: String? = nil) -> ComparisonNote {
        ComparisonNote(kind: kind, message: message, file: score.sheet.file,
                       country: score.sheet.metadata.country, year: score.sheet.metadata.year, detail: detail)
    }
}
