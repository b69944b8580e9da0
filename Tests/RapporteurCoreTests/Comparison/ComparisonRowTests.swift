import Testing
@testable import RapporteurCore

/// `ComparisonRow` keeps its optional numbers as plain values with a flag
/// each, and its group's year, level and id in a shared object. To its
/// users it must behave as a struct of plain optional fields.
@Suite("a comparison row behaves as its fields")
struct ComparisonRowTests {
    private let statistics = RegionalStatistics([40, 60])

    private func row() -> ComparisonRow {
        ComparisonRow(year: 2024, country: "RS", level: .area, id: "PROT", score: 61.25, coverage: 0.75, rank: 2,
                      statistics: statistics, state: .scored)
    }

    @Test("each field reads back what was set, nil included")
    func fieldsRoundTrip() {
        var row = row()
        #expect(row.year == 2024 && row.country == "RS" && row.level == .area && row.id == "PROT")
        #expect(row.score == 61.25 && row.coverage == 0.75 && row.rank == 2)
        #expect(row.gap == nil && row.delta == nil && row.deltaFrom == nil && row.trend == nil && row.rating == nil)
        row.gap = -0.0
        row.delta = 0
        row.deltaFrom = 2023
        row.rank = 0
        #expect(row.gap == 0 && row.gap?.sign == .minus)
        #expect(row.delta == 0 && row.deltaFrom == 2023 && row.rank == 0)
        row.score = nil
        row.coverage = nil
        row.rank = nil
        #expect(row.score == nil && row.coverage == nil && row.rank == nil)
        #expect(row.gap == 0 && row.delta == 0 && row.deltaFrom == 2023)
        row.year = 2025
        row.level = .overall
        row.id = "overall"
        row.statistics = RegionalStatistics([1])
        #expect(row.year == 2025 && row.level == .overall && row.id == "overall" && row.statistics.n == 1)
    }

    /// Setting a field on one row leaves the rows it shared its group with
    /// as they were.
    @Test("changing a shared field changes that row only")
    func sharedFieldsAreCopiedOnWrite() {
        let first = row()
        var second = first
        second.year = 2030
        second.id = "PREV"
        second.rating = Rating(code: "high", minimum: 60, label: LocalisedText([.init(language: "en", text: "High")]),
                               location: SourceLocation(file: "framework.xml"))
        #expect(first.year == 2024 && first.id == "PROT" && first.rating == nil)
        #expect(second.year == 2030 && second.id == "PREV" && second.rating?.code == "high")
        #expect(second.level == .area && second.statistics == first.statistics)
    }

    /// A number set and then cleared leaves the row equal, with the same
    /// hash, to one where it was never set: equality is by field.
    @Test("rows equal field by field are equal and hash alike")
    func equalityByField() {
        var cleared = row()
        cleared.gap = 12.5
        cleared.deltaFrom = 2020
        cleared.gap = nil
        cleared.deltaFrom = nil
        let untouched = row()
        #expect(cleared == untouched)
        #expect(cleared.hashValue == untouched.hashValue)
        var other = row()
        other.gap = 0
        #expect(other != untouched)
        var moved = row()
        moved.year = 2023
        #expect(moved != untouched)
    }

    /// The reason for the layout: 630,000 rows at 200 countries and 20
    /// years were 95 MB at 152 bytes a row.
    @Test("a row takes at most 80 bytes")
    func compact() {
        #expect(MemoryLayout<ComparisonRow>.stride <= 80)
    }
}
