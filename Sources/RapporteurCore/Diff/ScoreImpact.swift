/// What a change of the instrument does to the numbers: the comparison of
/// the same sheets made under OLD and under NEW, set side by side. Every
/// country, year, level and id whose displayed score or rank differs, the
/// largest difference first.
public struct ScoreImpact: Sendable {
    public struct Row: Sendable, Hashable {
        public var year: Int
        public var country: String
        public var level: ComparisonLevel
        public var id: String
        /// Displayed (2-decimal) scores; nil where there is none.
        public var old: Double?
        public var new: Double?
        /// `new - old` of the displayed scores; nil unless both are there.
        public var difference: Double?
        public var oldRank: Int?
        public var newRank: Int?

        public var scoreMoved: Bool { old != new }
        public var rankMoved: Bool { oldRank != newRank }
    }

    public var rows: [Row]
    /// The latest year of either comparison, whose ranks the summary gives.
    public var latestYear: Int?

    public init(old: Comparison, new: Comparison) {
        struct Key: Hashable {
            var year: Int, country: String, level: ComparisonLevel, id: String
        }
        var before: [Key: ComparisonRow] = [:]
        for row in old.rows { before[Key(year: row.year, country: row.country, level: row.level, id: row.id)] = row }
        var rows: [Row] = []
        var seen: Set<Key> = []
        func add(_ key: Key, _ was: ComparisonRow?, _ now: ComparisonRow?) {
            let (a, b) = (was?.displayedScore, now?.displayedScore)
            let row = Row(year: key.year, country: key.country, level: key.level, id: key.id, old: a, new: b,
                          difference: a.flatMap { a in b.map { Rounding.twoDecimals($0 - a) } },
                          oldRank: was?.rank, newRank: now?.rank)
            if row.scoreMoved || row.rankMoved { rows.append(row) }
        }
        for row in new.rows {
            let key = Key(year: row.year, country: row.country, level: row.level, id: row.id)
            seen.insert(key)
            add(key, before[key], row)
        }
        for row in old.rows {
            let key = Key(year: row.year, country: row.country, level: row.level, id: row.id)
            if !seen.contains(key) { add(key, row, nil) }
        }
        self.rows = rows.sorted(by: Self.largestFirst)
        latestYear = (old.years + new.years).max()
    }

    /// Largest score difference first (a score that appears or disappears
    /// after every difference), then the largest rank shift, then the
    /// latest year, overall before areas before indicators, id, country.
    static func largestFirst(_ a: Row, _ b: Row) -> Bool {
        let size = { (row: Row) in row.difference.map(abs) ?? (row.scoreMoved ? -1 : -2) }
        if size(a) != size(b) { return size(a) > size(b) }
        let shift = { (row: Row) in abs((row.newRank ?? 0) - (row.oldRank ?? 0)) }
        if shift(a) != shift(b) { return shift(a) > shift(b) }
        if a.year != b.year { return a.year > b.year }
        let order = ComparisonLevel.allCases
        if a.level != b.level { return order.firstIndex(of: a.level)! < order.firstIndex(of: b.level)! }
        if a.id != b.id { return a.id < b.id }
        return a.country < b.country
    }

    /// How many scores moved.
    public var scoresMoved: Int { rows.filter(\.scoreMoved).count }

    /// The largest difference of a score there both before and after.
    public var largest: Row? { rows.first { $0.difference != nil && $0.difference != 0 } }

    /// Overall ranks that differ in the latest year, by country.
    public var rankChanges: [Row] {
        rows.filter { $0.level == .overall && $0.year == latestYear && $0.rankMoved }.sorted { $0.country < $1.country }
    }
}
