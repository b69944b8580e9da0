import Foundation
import RapporteurCore
import Testing

/// The comparison engine on cases worked out by hand. The framework has two
/// areas of one number each, scored linearly from 0 to 100, so a sheet's
/// answer is its score: `AA` (weight 1) and `BB` (weight 1), stable band 2,
/// minimum coverage 0.7; region `r` holds RS and AL.
@Suite("comparison engine, worked by hand")
struct ComparisonEngineTests {
    static let framework: Framework? = TestFrameworks.twoAreas

    /// A scored sheet for `country` and `year` answering AA and BB.
    static func sheet(_ country: String, _ year: Int, _ aa: String, _ bb: String, status: String = "final",
                      version: String = "1.0", file: String? = nil) throws -> SheetScore {
        let framework = try #require(framework)
        let raw = TestFrameworks.rawSheet(file: file ?? "\(country)-\(year).csv", country: country, year: year,
                                          framework: "t \(version)", status: status,
                                          answers: [("AA.01", aa), ("BB.01", bb)])
        let assembled = SheetAssembler(framework: framework).assemble(raw)
        return Scorer(framework: framework).score(try #require(assembled.sheet))
    }

    func compare(_ scores: [SheetScore], _ request: ComparisonRequest = ComparisonRequest()) throws -> Comparison {
        try ComparisonEngine(framework: try #require(Self.framework)).compare(scores, request).get()
    }

    @Test("ties share a rank and the next rank is skipped (1, 2, 2, 4)")
    func ties() throws {
        let comparison = try compare([
            try Self.sheet("RS", 2024, "60", "60"), try Self.sheet("AL", 2024, "60", "60"),
            try Self.sheet("BA", 2024, "50", "50"), try Self.sheet("ME", 2024, "70", "70"),
        ])
        let ranks = Dictionary(uniqueKeysWithValues: comparison.rows(year: 2024, level: .overall, id: "overall")
            .map { ($0.country, $0.rank) })
        #expect(ranks == ["ME": 1, "AL": 2, "RS": 2, "BA": 4])
        // Scores 70, 60, 60, 50: mean 60, median 60, sd sqrt(200 / 3) = 8.16.
        let row = try #require(comparison.row(year: 2024, country: "ME", level: .overall, id: "overall"))
        #expect(row.statistics.n == 4 && row.statistics.mean == 60 && row.statistics.median == 60)
        #expect(abs(row.statistics.sd! - (200.0 / 3).squareRoot()) < 1e-12)
        #expect(row.gap == 10)
        #expect(row.rating?.code == "good")
    }

    @Test("rows come by year, level, framework order, then country")
    func order() throws {
        let comparison = try compare([try Self.sheet("RS", 2024, "1", "2"), try Self.sheet("AL", 2024, "3", "4")])
        let keys = comparison.rows.map { "\($0.level.rawValue) \($0.id) \($0.country)" }
        #expect(keys == ["overall overall AL", "overall overall RS", "area AA AL", "area AA RS", "area BB AL", "area BB RS",
                         "indicator AA.01 AL", "indicator AA.01 RS", "indicator BB.01 AL", "indicator BB.01 RS"])
    }

    @Test("a country missing a year takes its delta from the year before that")
    func missingYear() throws {
        let comparison = try compare([
            try Self.sheet("RS", 2021, "50", "50"), try Self.sheet("RS", 2023, "51", "52"), try Self.sheet("AL", 2022, "40", "40"),
        ])
        let row = try #require(comparison.row(year: 2023, country: "RS", level: .overall, id: "overall"))
        // Overall 51.5 against 50 in 2021: +1.50, below the stable band of 2.
        #expect(row.delta == 1.5 && row.deltaFrom == 2021 && row.trend == .stable)
        let area = try #require(comparison.row(year: 2023, country: "RS", level: .area, id: "BB"))
        #expect(area.delta == 2 && area.trend == .improved)
        #expect(comparison.notes.contains { $0.kind == .missingSheet && $0.country == "RS" && $0.year == 2022 })
    }

    @Test("earlier years outside --years still give deltas")
    func earlierYears() throws {
        let comparison = try compare([try Self.sheet("RS", 2021, "70", "70"), try Self.sheet("RS", 2024, "60", "60")],
                                     ComparisonRequest(years: .range(2024, 2024)))
        #expect(comparison.years == [2024])
        let row = try #require(comparison.row(year: 2024, country: "RS", level: .overall, id: "overall"))
        #expect(row.delta == -10 && row.deltaFrom == 2021 && row.trend == .declined)
        #expect(comparison.sheetsUsed.first { $0.year == 2021 }?.shown == false)
    }

    @Test("a withheld score has no rank, does not count in the statistics, and is noted")
    func withheld() throws {
        let comparison = try compare([
            try Self.sheet("RS", 2024, "", "80"), try Self.sheet("AL", 2024, "60", "60"), try Self.sheet("BA", 2024, "40", "40"),
        ])
        let rows = comparison.rows(year: 2024, level: .area, id: "AA")
        let rs = try #require(rows.first { $0.country == "RS" })
        #expect(rs.score == nil && rs.rank == nil && rs.coverage == 0 && rs.gap == nil)
        #expect(rs.statistics.n == 2 && rs.statistics.mean == 50)
        // RS overall: AA withheld leaves coverage 1/2 < 0.7, withheld too.
        #expect(comparison.row(year: 2024, country: "RS", level: .overall, id: "overall")?.score == nil)
        #expect(comparison.notes.contains { $0.kind == .withheld && $0.country == "RS" })
    }

    @Test("a region keeps its members only, and says whom it left out")
    func region() throws {
        let comparison = try compare([
            try Self.sheet("RS", 2024, "60", "60"), try Self.sheet("AL", 2024, "50", "50"), try Self.sheet("BA", 2024, "90", "90"),
        ], ComparisonRequest(region: "r"))
        #expect(comparison.countries == ["AL", "RS"])
        #expect(comparison.row(year: 2024, country: "RS", level: .overall, id: "overall")?.rank == 1)
        #expect(comparison.notes.contains { $0.kind == .outsideRegion && $0.country == "BA" })
        let unknown = ComparisonEngine(framework: try #require(Self.framework))
            .compare([], ComparisonRequest(region: "nowhere"))
        guard case .failure(let failure) = unknown else {
            Issue.record("an unknown region must be refused")
            return
        }
        #expect(failure.diagnostics.first?.code == .unknownRegion)
    }

    @Test("drafts stay out unless asked for, and are named in the notes")
    func drafts() throws {
        let sheets = [try Self.sheet("RS", 2024, "60", "60"), try Self.sheet("AL", 2024, "50", "50", status: "draft")]
        let without = try compare(sheets)
        #expect(without.countries == ["RS"])
        #expect(without.notes.contains { $0.kind == .draftExcluded && $0.file == "AL-2024.csv" })
        #expect(!without.notes.contains { $0.kind == .missingSheet })
        let with = try compare(sheets, ComparisonRequest(includeDrafts: true))
        #expect(with.countries == ["AL", "RS"])
    }

    @Test("a draft beside a final sheet is no conflict; two final sheets are")
    func duplicates() throws {
        let framework = try #require(Self.framework)
        let draftBeside = [try Self.sheet("RS", 2024, "60", "60"),
                           try Self.sheet("RS", 2024, "10", "10", status: "draft", file: "RS-2024-draft.csv")]
        #expect(try compare(draftBeside).rows(year: 2024, level: .overall, id: "overall").first?.score == 60)
        let clash = ComparisonEngine(framework: framework).compare(draftBeside, ComparisonRequest(includeDrafts: true))
        guard case .failure(let failure) = clash else {
            Issue.record("two taking-part sheets for one country and year must be refused")
            return
        }
        let message = try #require(failure.diagnostics.first?.message)
        #expect(message.contains("RS-2024.csv") && message.contains("RS-2024-draft.csv"))
    }

    @Test("a sheet of another minor version takes part, with a note")
    func minorVersion() throws {
        let comparison = try compare([try Self.sheet("RS", 2024, "60", "60", version: "1.3")])
        #expect(comparison.countries == ["RS"])
        #expect(comparison.notes.contains { $0.kind == .minorVersion && $0.message.contains("t 1.3") })
    }

    @Test("gap and delta are differences of the displayed 2-decimal values")
    func displayedDifferences() throws {
        // 71.434 shows as 71.43 and 69.426 as 69.43: the delta is exactly 2.00, improved.
        let comparison = try compare([try Self.sheet("RS", 2023, "69.426", "69.426"),
                                      try Self.sheet("RS", 2024, "71.434", "71.434")])
        let row = try #require(comparison.row(year: 2024, country: "RS", level: .overall, id: "overall"))
        #expect(row.delta == 2 && row.trend == .improved)
    }
}
