import Foundation

/// The uncertainty and sensitivity analysis of the ranking of the
/// comparison's latest year: the runs drawn from the seed, each
/// re-aggregating the year's indicator scores, then every country's ranks
/// summarised and, with Saltelli's design, the Sobol' indices of the mean
/// absolute rank shift. A pure function of its inputs and the seed.
public enum SensitivityAnalysis {
    /// nil when the comparison shows no year.
    public static func run(_ settings: SensitivitySettings, framework: Framework, comparison: Comparison,
                           scores: [SheetScore]) -> SensitivityResult? {
        guard let year = comparison.years.last else { return nil }
        let overall = comparison.rows(year: year, level: .overall, id: "overall")
        // The year's taking-part sheets, in the comparison's country order.
        let used = Set(comparison.sheetsUsed.filter { $0.year == year }.map(\.file))
        let byCountry = Dictionary(scores.filter { used.contains($0.sheet.file) }.map { ($0.sheet.metadata.country, $0) },
                                   uniquingKeysWith: { first, _ in first })
        let sheets = overall.compactMap { byCountry[$0.country] }
        let model = RankingModel(framework: framework, sheets: sheets)
        let nominal: [Int?] = model.countries.map { country in overall.first { $0.country == country }?.rank }
        let draw = RunDraw(model: model, settings: settings)

        var generator = SeededGenerator(seed: settings.seed)
        let design: SaltelliDesign?
        let points: [[Double]]
        switch settings.method {
        case .monteCarlo:
            design = nil
            points = draw.points(settings.runs, generator: &generator)
        case .saltelli:
            let saltelli = SaltelliDesign(baseRuns: settings.runs, groups: draw.groups, generator: &generator)
            design = saltelli
            points = saltelli.points
        }
        let ranks = ranksOfRuns(points, draw: draw)

        let countries = model.countries.indices.compactMap { index -> CountrySensitivity? in
            guard let rank = nominal[index], let score = overall.first(where: { $0.country == model.countries[index] })?.score
            else { return nil }
            return CountrySensitivity(country: model.countries[index], score: score, rank: rank,
                                      ranks: ranks.compactMap { $0[index] })
        }.sorted { ($0.rank, $0.country) < ($1.rank, $1.country) }

        var inputs: [InputSensitivity] = []
        if let design {
            let shifts = ranks.map { meanShift($0, nominal: nominal) }
            let indices = SobolIndices(outputs: shifts, design: design)
            inputs = settings.varied.enumerated().map { index, input in
                InputSensitivity(input: input, firstOrder: indices.firstOrder[index], total: indices.total[index])
            }
        }
        return SensitivityResult(year: year, settings: settings, totalRuns: points.count, countries: countries,
                                 inputs: inputs)
    }

    /// The mean |rank - nominal rank| over the countries with a nominal
    /// rank that the run scored; 0 when it scored none of them.
    static func meanShift(_ ranks: [Int?], nominal: [Int?]) -> Double {
        var sum = 0
        var count = 0
        for (rank, nominal) in zip(ranks, nominal) {
            guard let rank, let nominal else { continue }
            sum += abs(rank - nominal)
            count += 1
        }
        return count == 0 ? 0 : Double(sum) / Double(count)
    }

    /// Each point's ranks, on every core: a run depends only on its point,
    /// so the result is the same whatever the timing.
    static func ranksOfRuns(_ points: [[Double]], draw: RunDraw) -> [[Int?]] {
        OrderedParallelMap.map(points.count) { draw.model.ranks(draw.run(points[$0])) }
    }
}
