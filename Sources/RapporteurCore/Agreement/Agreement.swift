/// The government's self-assessment beside the NGO's sheet: for each
/// country and year that has both, the two scores at every level and how
/// far they agree (the "Agreement" contract). Pure values, for the CSV, XML
/// and text exports and for charts of the two area profiles.
public struct Agreement: Sendable {
    public var frameworkId: String
    public var frameworkVersion: FrameworkVersion
    public var region: Region?
    /// By year, then country.
    public let pairs: [AgreementPair]
    /// By year, level, framework order of ids, then country.
    public let rows: [AgreementRow]
    /// Sheets left out (drafts, outside the region, joint sheets), and
    /// sheets without a counterpart.
    public var notes: [ComparisonNote]
    /// Each pair's rows, by year and country, in `rows` order.
    private let byPair: [PairKey: [Int]]

    private struct PairKey: Hashable {
        var year: Int
        var country: String
    }

    public init(frameworkId: String, frameworkVersion: FrameworkVersion, region: Region?, pairs: [AgreementPair],
                rows: [AgreementRow], notes: [ComparisonNote]) {
        self.frameworkId = frameworkId
        self.frameworkVersion = frameworkVersion
        self.region = region
        self.pairs = pairs
        self.rows = rows
        self.notes = notes
        var byPair: [PairKey: [Int]] = [:]
        for (index, row) in rows.enumerated() { byPair[PairKey(year: row.year, country: row.country), default: []].append(index) }
        self.byPair = byPair
    }

    /// One pair's rows: overall, areas, indicators, in framework order.
    public func rows(year: Int, country: String) -> [AgreementRow] {
        (byPair[PairKey(year: year, country: country)] ?? []).map { rows[$0] }
    }

    /// One pair's area rows: the two area profiles to draw against each other.
    public func profile(year: Int, country: String) -> [AgreementRow] {
        rows(year: year, country: country).filter { $0.level == .area }
    }

    /// One pair's indicator rows where the displayed scores differ, largest
    /// difference first (then framework order).
    public func differences(year: Int, country: String) -> [AgreementRow] {
        let indicators = rows(year: year, country: country).filter { $0.level == .indicator }
        return indicators.enumerated()
            .filter { ($0.element.difference ?? 0) != 0 }
            .sorted { (abs($0.element.difference!), -$0.offset) > (abs($1.element.difference!), -$1.offset) }
            .map(\.element)
    }
}

/// A government and an NGO sheet for the same country and year.
public struct AgreementPair: Sendable {
    public var year: Int
    public var country: String
    public var government: SheetScore
    public var ngo: SheetScore
}

/// One country, year, level and id: the two scores, their difference and,
/// on overall and area rows, the agreement over the indicators below.
public struct AgreementRow: Sendable, Hashable {
    public var year: Int
    public var country: String
    public var level: ComparisonLevel
    public var id: String
    /// Unrounded; nil when not scored.
    public var government: Double?
    public var ngo: Double?
    /// nil on indicator rows.
    public var statistics: AgreementStatistics?

    public init(year: Int, country: String, level: ComparisonLevel, id: String, government: Double?, ngo: Double?,
                statistics: AgreementStatistics?) {
        self.year = year
        self.country = country
        self.level = level
        self.id = id
        self.government = government
        self.ngo = ngo
        self.statistics = statistics
    }

    /// Government minus NGO of the displayed 2-decimal scores, itself
    /// rounded, so that a reader's own subtraction agrees with the table;
    /// nil when either is not scored.
    public var difference: Double? {
        guard let government, let ngo else { return nil }
        return Rounding.twoDecimals(Rounding.twoDecimals(government) - Rounding.twoDecimals(ngo))
    }
}
