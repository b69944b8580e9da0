import Foundation
import RapporteurCore
import RapporteurIO
import Testing
import TestSupport

/// The CSV exports beyond the contract's columns: `state`, integers, the
/// wide file for every year, and the codebook files.
@Suite("the CSV exports")
struct CSVExportTests {
    static func conformance() throws -> ExpectedCSV {
        let framework = try #require(FrameworkLoader.load(
            from: DirectoryFrameworkSource(directory: Fixtures.url("conformance/arithmetic/framework"))).framework)
        let batch = SheetBatch.load([Fixtures.path("conformance/arithmetic/sheets")], framework: framework, encoding: .utf8)
        let comparison = try ComparisonEngine(framework: framework).compare(batch.scores, ComparisonRequest()).get()
        return try ExpectedCSV(text: ComparisonCSV.long(comparison))
    }

    @Test("an empty score says why: FR 2021 RBZ is withheld (coverage 0.4444 below 0.5), RBZ.02 was left blank")
    func stateSaysWhy() throws {
        let rows = try Self.conformance().rows
        func state(_ id: String) -> String? {
            rows.first { $0["year"] == "2021" && $0["country"] == "FR" && $0["id"] == id }?["state"]
        }
        #expect(state("RBZ") == "withheld")
        #expect(state("RBZ.02") == "missing")
        #expect(state("overall") == "scored")
    }

    @Test("state is `scored` exactly where there is a score, else withheld, not-applicable or missing")
    func stateMatchesScore() throws {
        let csv = try Self.conformance()
        #expect(csv.header.last == "state")
        for row in csv.rows {
            let state = try #require(row["state"])
            if row["score"]?.isEmpty == false {
                #expect(state == "scored")
            } else {
                #expect(["withheld", "not-applicable", "missing"].contains(state), "\(row)")
            }
        }
        #expect(csv.rows.contains { $0["state"] == "not-applicable" } || csv.rows.contains { $0["state"] == "missing" })
    }

    @Test("rank, n and delta_from are whole numbers without a decimal point")
    func integers() throws {
        for row in try Self.conformance().rows {
            for column in ["rank", "n", "delta_from"] {
                let cell = row[column] ?? ""
                #expect(cell.isEmpty || cell.allSatisfy(\.isNumber), "\(column): \(cell)")
            }
        }
    }

    /// Rows worked out in ReportGoldenTests: RS 2023 50/70, RS 2024 60/80,
    /// AL 2024 40/40; region r; ratings good from 60, poor below.
    @Test("the wide file has one row per year and country, with year, region and state")
    func wide() throws {
        let (framework, comparison) = try ReportGoldenTests.comparison()
        #expect(ComparisonCSV.wide(comparison, framework: framework) == """
            year,region,country,overall,rating,coverage,state,AA,BB
            2023,r,RS,60.00,good,1.0000,scored,50.00,70.00
            2024,r,AL,40.00,poor,1.0000,scored,40.00,40.00
            2024,r,RS,70.00,good,1.0000,scored,60.00,80.00

            """)
    }

    @Test("indicators.csv lists overall, each area and each indicator with its type, kind and weight")
    func indicators() throws {
        let (framework, _) = try ReportGoldenTests.comparison()
        #expect(CodebookCSV.indicators(framework, language: "sr-Latn") == """
            level,id,area,title,type,kind,weight
            overall,overall,,Probni instrument,,,
            area,AA,AA,Alfa,,,1
            indicator,AA.01,AA,t,outcome,number,1
            area,BB,BB,Beta,,,1
            indicator,BB.01,BB,t,outcome,number,1

            """)
    }

    /// ME is a member of region r without a sheet: listed all the same.
    @Test("countries.csv names each country in the language asked, with its regions")
    func countries() throws {
        let (framework, comparison) = try ReportGoldenTests.comparison()
        #expect(CodebookCSV.countries(framework, comparison: comparison, language: "sr-Latn") == """
            code,name,regions
            AL,Albanija,r
            ME,Crna Gora,r
            RS,Srbija,r

            """)
    }
}
