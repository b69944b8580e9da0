/// What a sensitivity analysis found, as plain values: per country its
/// nominal score and rank beside the spread of its ranks over the runs
/// (what a table or a chart of the uncertainty draws), and with Saltelli's
/// design, per input its Sobol' indices.
public struct SensitivityResult: Sendable, Hashable {
    /// The year ranked: the latest selected.
    public var year: Int
    public var settings: SensitivitySettings
    /// Runs made: `settings.runs`, or N (k + 2) with Saltelli's design.
    public var totalRuns: Int
    /// In nominal rank order, then by country code.
    public var countries: [CountrySensitivity]
    /// With Saltelli's design, one per varied input; otherwise empty.
    public var inputs: [InputSensitivity]

    public init(year: Int, settings: SensitivitySettings, totalRuns: Int, countries: [CountrySensitivity],
                inputs: [InputSensitivity]) {
        self.year = year
        self.settings = settings
        self.totalRuns = totalRuns
        self.countries = countries
        self.inputs = inputs
    }

    public func country(_ code: String) -> CountrySensitivity? { countries.first { $0.country == code } }
}

/// One country's ranks over the runs.
public struct CountrySensitivity: Sendable, Hashable {
    public var country: String
    /// Nominal, unrounded, as in the comparison.
    public var score: Double
    /// Nominal, as in the comparison.
    public var rank: Int
    /// Runs in which the country was scored.
    public var runs: Int
    /// Nearest-rank percentiles of its ranks; nil when it was scored in no run.
    public var medianRank: Int?
    public var q05: Int?
    public var q95: Int?
    public var meanRank: Double?
    /// Mean of |rank - nominal rank|.
    public var meanShift: Double?
    /// Share of its runs at the nominal rank.
    public var sameShare: Double?

    public init(country: String, score: Double, rank: Int, ranks: [Int]) {
        self.country = country
        self.score = score
        self.rank = rank
        runs = ranks.count
        let sorted = ranks.sorted()
        medianRank = NearestRank.percentile(50, ofSorted: sorted)
        q05 = NearestRank.percentile(5, ofSorted: sorted)
        q95 = NearestRank.percentile(95, ofSorted: sorted)
        guard !ranks.isEmpty else { return }
        let count = Double(ranks.count)
        meanRank = Double(ranks.reduce(0, +)) / count
        meanShift = Double(ranks.reduce(0) { $0 + abs($1 - rank) }) / count
        sameShare = Double(ranks.count { $0 == rank }) / count
    }
}

/// One input's Sobol' indices of the mean absolute rank shift; nil when
/// the shift did not vary at all.
public struct InputSensitivity: Sendable, Hashable {
    public var input: SensitivityInput
    public var firstOrder: Double?
    public var total: Double?

    public init(input: SensitivityInput, firstOrder: Double?, total: Double?) {
        self.input = input
        self.firstOrder = firstOrder
        self.total = total
    }
}
