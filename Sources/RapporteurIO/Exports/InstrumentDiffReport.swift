import RapporteurCore

/// Everything `rapporteur diff` shows, ready for its four formats: the two
/// versions, the changes between them and, with sheets, their impact.
public struct InstrumentDiffReport: Sendable {
    public var old: Framework
    public var new: Framework
    public var changes: [InstrumentChange]
    /// Present with `--sheets`.
    public var impact: ScoreImpact?
    public var sheetCount: Int

    public init(old: Framework, new: Framework, changes: [InstrumentChange], impact: ScoreImpact? = nil, sheetCount: Int = 0) {
        self.old = old
        self.new = new
        self.changes = changes
        self.impact = impact
        self.sheetCount = sheetCount
    }

    public var breakingCount: Int { changes.filter(\.breaking).count }

    /// `ban 1.0 → ban 1.1`.
    var versions: String { "\(old.id) \(old.version) → \(new.id) \(new.version)" }

    /// `12 (breaking: 4)`.
    func changeCount(_ words: ReportWords) -> String {
        "\(words[.diffChanges]): \(changes.count) (\(words[.diffBreaking]): \(breakingCount))"
    }

    /// `old → new`, `+ new` for an addition, `− old` for a removal.
    static func fromTo(_ change: InstrumentChange) -> String {
        switch (change.old, change.new) {
        case (let old?, let new?): "\(old) → \(new)"
        case (nil, let new?): "+ \(new)"
        case (let old?, nil): "− \(old)"
        case (nil, nil): ""
        }
    }

    /// `Rank` from the report's `rank`.
    static func capitalised(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

    static func score(_ value: Double?) -> String { value.map { Rounding.fixed($0, places: 2) } ?? "–" }

    static func signed(_ value: Double?) -> String {
        guard let value else { return "" }
        return (value > 0 ? "+" : "") + Rounding.fixed(value, places: 2)
    }

    static func rank(_ row: ScoreImpact.Row) -> String {
        guard row.rankMoved else { return row.newRank.map(String.init) ?? "" }
        return "\(row.oldRank.map(String.init) ?? "–") → \(row.newRank.map(String.init) ?? "–")"
    }

    /// `RS 2024 overall 59.00 → 61.25 (+2.25)`.
    static func move(_ row: ScoreImpact.Row, _ words: ReportWords) -> String {
        let place = row.level == .overall ? "\(row.country) \(row.year) overall" : "\(row.country) \(row.year) \(row.id)"
        return "\(place) \(words.decimal(score(row.old))) → \(words.decimal(score(row.new))) (\(words.decimal(signed(row.difference))))"
    }

    /// `Scores moved: 42 (largest: RS 2024 overall …)`.
    func impactSummary(_ impact: ScoreImpact, _ words: ReportWords) -> String {
        var text = "\(words[.diffScoresMoved]): \(impact.scoresMoved)"
        if let largest = impact.largest { text += " (\(words[.diffLargest]): \(Self.move(largest, words)))" }
        return text
    }

    /// `Ranks changed, 2024: AL 2 → 3, RS 3 → 2`, or nil when none did.
    func rankSummary(_ impact: ScoreImpact, _ words: ReportWords) -> String? {
        let changes = impact.rankChanges
        guard !changes.isEmpty, let year = impact.latestYear else { return nil }
        return "\(words[.diffRanksChanged]), \(year): "
            + changes.map { "\($0.country) \(Self.rank($0))" }.joined(separator: ", ")
    }
}
