import Foundation
import RapporteurCore
import RapporteurIO
import Testing
import TestSupport

/// The conformance sets: every sheet reads, the spreadsheet-mangled,
/// re-encoded and workbook twins score exactly as the originals, and every
/// score and coverage equals the independent implementation's expected CSV.
@Suite("conformance sheets")
struct ConformanceScoringTests {
    static func framework(_ set: String) throws -> Framework {
        try #require(FrameworkLoader.load(
            from: DirectoryFrameworkSource(directory: Fixtures.url("conformance/\(set)/framework"))).framework)
    }

    static let originals = ["arithmetic", "geometric"].flatMap { set in
        Fixtures.files(in: "conformance/\(set)/sheets", withExtension: "csv").map { "\(set)/sheets/\($0.lastPathComponent)" }
    }

    @Test("every sheet of sheets/ reads without error", arguments: originals)
    func reads(path: String) throws {
        let set = String(path.prefix { $0 != "/" })
        let outcome = SheetLoader(framework: try Self.framework(set)).load(Fixtures.path("conformance/" + path))
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics.filter { $0.severity == .error }.map(\.message))")
        #expect(outcome.sheet != nil)
    }

    static let twins: [(String, SheetEncoding)] =
        Fixtures.files(in: "conformance/arithmetic/sheets-spreadsheet", withExtension: "csv")
            .map { ("sheets-spreadsheet/" + $0.lastPathComponent, .utf8) }
        + Fixtures.files(in: "conformance/arithmetic/sheets-xlsx", withExtension: "xlsx")
            .map { ("sheets-xlsx/" + $0.lastPathComponent, .utf8) }
        + Fixtures.files(in: "conformance/arithmetic/sheets-encoded", withExtension: "csv").map { file in
            ("sheets-encoded/" + file.lastPathComponent,
             file.lastPathComponent.contains("1251") ? SheetEncoding.windows1251 : .windows1250)
        }

    @Test("a twin from a spreadsheet or another encoding scores as the original", arguments: twins)
    func twinScoresTheSame(path: String, encoding: SheetEncoding) throws {
        let framework = try Self.framework("arithmetic")
        let name = URL(fileURLWithPath: path).lastPathComponent
        let original = String(name.prefix(7)) + ".csv"
        let twin = SheetLoader(framework: framework, encoding: encoding).load(Fixtures.path("conformance/arithmetic/" + path))
        let base = SheetLoader(framework: framework).load(Fixtures.path("conformance/arithmetic/sheets/" + original))
        #expect(!twin.diagnostics.hasErrors, "\(twin.diagnostics.filter { $0.severity == .error }.map(\.message))")
        let twinSheet = try #require(twin.sheet), baseSheet = try #require(base.sheet)
        // The twins keep the metadata that matters; their `language` row and
        // the unscored free text (a formula the spreadsheet evaluated) may differ.
        #expect(twinSheet.metadata.country == baseSheet.metadata.country)
        #expect(twinSheet.metadata.year == baseSheet.metadata.year)
        #expect(twinSheet.metadata.status == baseSheet.metadata.status)
        #expect(twinSheet.metadata.frameworkVersion == baseSheet.metadata.frameworkVersion)
        let scored = Set(framework.indicators.filter(\.isScored).map(\.id))
        #expect(twinSheet.answers.filter { scored.contains($0.key) }.mapValues(\.value)
                == baseSheet.answers.filter { scored.contains($0.key) }.mapValues(\.value))
        let scorer = Scorer(framework: framework)
        let a = scorer.score(twinSheet), b = scorer.score(baseSheet)
        #expect(a.overall == b.overall)
        #expect(a.areas == b.areas)
    }

    /// `(set, expected file)`: the files with every sheet, drafts included.
    static let expectations = [("arithmetic", "with-drafts.csv"), ("geometric", "all.csv")]

    @Test("scores and coverage equal the expected comparison CSV", arguments: expectations)
    func scoresMatchExpected(set: String, expectedFile: String) throws {
        let framework = try Self.framework(set)
        let scorer = Scorer(framework: framework)
        var scores: [String: SheetScore] = [:]
        for file in Fixtures.files(in: "conformance/\(set)/sheets", withExtension: "csv") {
            let sheet = try #require(SheetLoader(framework: framework).load(file.path).sheet)
            scores["\(sheet.metadata.year),\(sheet.metadata.country)"] = scorer.score(sheet)
        }
        let expected = try ExpectedCSV(Fixtures.url("conformance/\(set)/expected/\(expectedFile)"))
        #expect(expected.rows.count > 100)
        for row in expected.rows {
            let key = "\(row["year"]!),\(row["country"]!)"
            let score = try #require(scores[key], "no sheet for \(key)")
            let (value, coverage): (Double?, Double?)
            switch row["level"] {
            case "overall": (value, coverage) = (score.overall.score, score.overall.coverage)
            case "area":
                let area = try #require(score.area(row["id"]!))
                (value, coverage) = (area.aggregate.score, area.aggregate.coverage)
            default:
                let indicator = try #require(score.indicator(row["id"]!))
                (value, coverage) = (indicator.score, nil)
            }
            let context = "\(key) \(row["level"]!) \(row["id"]!)"
            #expect(ExpectedCSV.same(value.map(Rounding.twoDecimals), row["score"]!, unit: 0.01), "score of \(context)")
            if row["level"] != "indicator" {
                #expect(ExpectedCSV.same(coverage.map { Rounding.rounded($0, places: 4) }, row["coverage"]!, unit: 0.0001),
                        "coverage of \(context)")
            }
            if row["level"] == "overall" {
                #expect((score.rating?.code ?? "") == row["rating"]!, "rating of \(context)")
            }
        }
    }
}

/// An expected CSV of the conformance set, read by header.
struct ExpectedCSV {
    var header: [String] = []
    var rows: [[String: String]] = []

    init(_ url: URL) throws {
        try self.init(text: String(contentsOf: url, encoding: .utf8))
    }

    /// Numbers compared as numbers: equal, or one unit apart in the last
    /// decimal where the exact value sits on a rounding boundary.
    static func same(_ actual: Double?, _ expected: String, unit: Double) -> Bool {
        guard let expectedValue = Double(expected) else { return actual == nil && expected.isEmpty }
        guard let actual else { return false }
        return abs(actual - expectedValue) <= unit * 1.000001
    }
}
