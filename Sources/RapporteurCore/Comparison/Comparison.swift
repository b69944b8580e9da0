/// The regional and annual comparison: one row per year, country, level and
/// id, with the regional statistics, gaps, deltas, trends and ratings of the
/// comparison contract, and what a reader must know about the data.
public struct Comparison: Sendable {
    public var frameworkId: String
    public var frameworkVersion: FrameworkVersion
    public var region: Region?
    /// The years shown, ascending.
    public var years: [Int]
    /// Countries with a taking-part sheet in a shown year, sorted.
    public var countries: [String]
    /// Sheets that take part, earlier years for deltas included, by file.
    public var sheetsUsed: [SheetReference]
    public var notes: [ComparisonNote]
    /// By year, level, framework order of ids, then country.
    public let rows: [ComparisonRow]
    /// Where each year, level and id's rows stand: they are contiguous.
    private let groups: [Group: Range<Int>]

    private struct Group: Hashable {
        var year: Int
        var level: ComparisonLevel
        var id: String
    }

    public init(frameworkId: String, frameworkVersion: FrameworkVersion, region: Region?, years: [Int],
                countries: [String], sheetsUsed: [SheetReference], notes: [ComparisonNote], rows: [ComparisonRow]) {
        self.frameworkId = frameworkId
        self.frameworkVersion = frameworkVersion
        self.region = region
        self.years = years
        self.countries = countries
        self.sheetsUsed = sheetsUsed
        self.notes = notes
        self.rows = rows
        var groups: [Group: Range<Int>] = [:]
        var start = 0
        while start < rows.count {
            let key = Group(year: rows[start].year, level: rows[start].level, id: rows[start].id)
            var end = start + 1
            while end < rows.count, rows[end].year == key.year, rows[end].level == key.level, rows[end].id == key.id {
                end += 1
            }
            groups[key] = start..<end
            start = end
        }
        self.groups = groups
    }

    /// The rows of one year and level, by id then country.
    public func rows(year: Int, level: ComparisonLevel) -> ArraySlice<ComparisonRow> {
        let ranges = groups.filter { $0.key.year == year && $0.key.level == level }.values
        guard let lower = ranges.map(\.lowerBound).min(), let upper = ranges.map(\.upperBound).max() else { return [] }
        return rows[lower..<upper]
    }

    /// The rows of one year, level and id, one per country.
    public func rows(year: Int, level: ComparisonLevel, id: String) -> ArraySlice<ComparisonRow> {
        guard let range = groups[Group(year: year, level: level, id: id)] else { return [] }
        return rows[range]
    }

    public func row(year: Int, country: String, level: ComparisonLevel, id: String) -> ComparisonRow? {
        rows(year: year, level: level, id: id).first { $0.country == country }
    }
}

public struct SheetReference: Sendable, Hashable {
    public var file: String
    public var country: String
    public var year: Int
    public var status: SheetStatus
    /// Whether the sheet is in a shown year, or only serves earlier deltas.
    public var shown: Bool
}

public enum ComparisonLevel: String, Sendable, Hashable, CaseIterable {
    case overall, area, indicator
}

public struct ComparisonRow: Sendable, Hashable {
    public var country: String
    /// Why there is no score, when there is none.
    public var state: ScoreState
    public var trend: Trend?
    // A comparison holds a row per year, country, level and id: 630,000 at
    // 200 countries and 20 years. The optional numbers are kept as plain
    // values and a bit each saying they are there (an absent one stored as
    // 0, so that equal rows are equal field by field), and what every row
    // of a group shares lives in `shared`: a row takes 80 bytes, not 152.
    private var present: Present
    private var storedScore: Double
    private var storedCoverage: Double
    private var storedGap: Double
    private var storedDelta: Double
    private var storedRank: Int
    private var storedDeltaFrom: Int
    /// The year, level, id, statistics and rating, held by reference: every
    /// row of a group shares them, and most rows have no rating.
    private var shared: Shared

    public init(year: Int, country: String, level: ComparisonLevel, id: String, score: Double?, coverage: Double?,
                rank: Int?, statistics: RegionalStatistics, state: ScoreState) {
        self.init(country: country, score: score, coverage: coverage, rank: rank,
                  shared: Shared(year: year, level: level, id: id, statistics: statistics), state: state)
    }

    init(country: String, score: Double?, coverage: Double?, rank: Int?, shared: Shared, state: ScoreState) {
        self.country = country
        self.state = state
        present = []
        storedScore = 0
        storedCoverage = 0
        storedGap = 0
        storedDelta = 0
        storedRank = 0
        storedDeltaFrom = 0
        self.shared = shared
        self.score = score
        self.coverage = coverage
        self.rank = rank
    }

    public var year: Int {
        get { shared.year }
        set { shared = shared.with(year: newValue) }
    }

    public var level: ComparisonLevel {
        get { shared.level }
        set { shared = shared.with(level: newValue) }
    }

    public var id: String {
        get { shared.id }
        set { shared = shared.with(id: newValue) }
    }

    /// Unrounded; nil when withheld, not applicable or missing.
    public var score: Double? {
        get { present.contains(.score) ? storedScore : nil }
        set { Self.store(newValue, in: &storedScore, marking: .score, in: &present) }
    }

    /// On overall and area rows.
    public var coverage: Double? {
        get { present.contains(.coverage) ? storedCoverage : nil }
        set { Self.store(newValue, in: &storedCoverage, marking: .coverage, in: &present) }
    }

    public var rank: Int? {
        get { present.contains(.rank) ? storedRank : nil }
        set { Self.store(newValue, in: &storedRank, marking: .rank, in: &present) }
    }

    /// Differences of the displayed 2-decimal values, themselves rounded.
    public var gap: Double? {
        get { present.contains(.gap) ? storedGap : nil }
        set { Self.store(newValue, in: &storedGap, marking: .gap, in: &present) }
    }

    public var delta: Double? {
        get { present.contains(.delta) ? storedDelta : nil }
        set { Self.store(newValue, in: &storedDelta, marking: .delta, in: &present) }
    }

    public var deltaFrom: Int? {
        get { present.contains(.deltaFrom) ? storedDeltaFrom : nil }
        set { Self.store(newValue, in: &storedDeltaFrom, marking: .deltaFrom, in: &present) }
    }

    public var statistics: RegionalStatistics {
        get { shared.statistics }
        set { shared = shared.with(statistics: newValue) }
    }

    /// On overall rows with a score.
    public var rating: Rating? {
        get { shared.rating }
        set { shared = shared.with(rating: newValue) }
    }

    mutating func setShared(_ shared: Shared) { self.shared = shared }

    /// The score as every output shows and ranks it.
    public var displayedScore: Double? { score.map(Rounding.twoDecimals) }

    private static func store<Value: Numeric>(_ value: Value?, in stored: inout Value, marking field: Present,
                                              in present: inout Present) {
        if let value {
            stored = value
            present.insert(field)
        } else {
            stored = 0
            present.remove(field)
        }
    }

    private struct Present: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        static let score = Present(rawValue: 1 << 0)
        static let coverage = Present(rawValue: 1 << 1)
        static let rank = Present(rawValue: 1 << 2)
        static let gap = Present(rawValue: 1 << 3)
        static let delta = Present(rawValue: 1 << 4)
        static let deltaFrom = Present(rawValue: 1 << 5)
    }

    final class Shared: Sendable, Hashable {
        let year: Int
        let level: ComparisonLevel
        let id: String
        let statistics: RegionalStatistics
        let rating: Rating?

        init(year: Int, level: ComparisonLevel, id: String, statistics: RegionalStatistics, rating: Rating? = nil) {
            self.year = year
            self.level = level
            self.id = id
            self.statistics = statistics
            self.rating = rating
        }

        func with(year: Int? = nil, level: ComparisonLevel? = nil, id: String? = nil,
                  statistics: RegionalStatistics? = nil) -> Shared {
            Shared(year: year ?? self.year, level: level ?? self.level, id: id ?? self.id,
                   statistics: statistics ?? self.statistics, rating: rating)
        }

        func with(rating: Rating?) -> Shared {
            Shared(year: year, level: level, id: id, statistics: statistics, rating: rating)
        }

        static func == (lhs: Shared, rhs: Shared) -> Bool {
            lhs === rhs || (lhs.year == rhs.year && lhs.level == rhs.level && lhs.id == rhs.id
                && lhs.statistics == rhs.statistics && lhs.rating == rhs.rating)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(year)
            hasher.combine(level)
            hasher.combine(id)
            hasher.combine(statistics)
            hasher.combine(rating)
        }
    }
}

public enum Trend: String, Sendable, Hashable {
    case improved, stable, declined
}

/// Statistics of one year, level and id over the countries with a score.
public struct RegionalStatistics: Sendable, Hashable {
    public var n: Int
    public var mean: Double?
    public var median: Double?
    public var min: Double?
    public var max: Double?
    /// Sample standard deviation; nil when n < 2.
    public var sd: Double?

    public init(_ scores: [Double]) {
        n = scores.count
        guard !scores.isEmpty else { return }
        let sorted = scores.sorted()
        mean = scores.reduce(0, +) / Double(n)
        median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
        min = sorted.first
        max = sorted.last
        if n >= 2, let mean {
            sd = (scores.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)).squareRoot()
        }
    }
}

/// What a reader of the comparison must know about its data.
public struct ComparisonNote: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case draftExcluded = "draft-excluded"
        case outsideRegion = "outside-region"
        case minorVersion = "minor-version"
        case missingSheet = "missing-sheet"
        case withheld
        case lowCoverage = "low-coverage"
        /// A sheet of another respondent than the comparison's.
        case otherRespondent = "other-respondent"
        /// A sheet with errors, left out (the first error in `detail`).
        case invalidSheet = "invalid-sheet"
    }

    public var kind: Kind
    /// In English, for the XML export; the text report words it per language.
    public var message: String
    public var file: String?
    public var country: String?
    public var year: Int?
    /// What the note is about beyond file, country and year: the withheld
    /// areas (`overall` for the overall score), a coverage, a version.
    public var detail: String?
    /// For a sheet of another minor version: the indicators it has no
    /// answer for, which count as missing.
    public var indicators: [String] = []
}
