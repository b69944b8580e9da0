import Foundation
import RapporteurCore
import RapporteurIO
import Testing
import TestSupport

/// The compact evidence a report keeps gives back the rows the answers
/// give, locations included.
@Suite("evidence kept compactly")
struct SheetEvidenceTests {
    @Test("the example sheets' rows come back unchanged, CSV, XML and workbook alike")
    func examples() throws {
        let framework = try #require(FrameworkLoader.load(from: DirectoryFrameworkSource(directory: Fixtures.indicators)).framework)
        let batch = SheetBatch.load([Fixtures.repository.appending(path: "examples/sheets").path], framework: framework,
                                    encoding: .utf8)
        #expect(batch.scores.count == 41)
        for score in batch.scores {
            #expect(SheetEvidence(score).rows == Evidence.rows(of: score), "\(score.sheet.file)")
        }
    }

    @Test("cells past column Z, and a location in another file, come back as they were")
    func cells() throws {
        let framework = try #require(FrameworkLoader.load(
            from: DirectoryFrameworkSource(directory: Fixtures.url("explain/framework"))).framework)
        let file = "book.xlsx"
        let answers = [
            "AAA.01": SheetAnswer(indicator: "AAA.01", raw: "partly", value: .choice(code: "partly"),
                                  location: SourceLocation(file: "elsewhere.xlsx", cell: "Answers!E7")),
            "AAA.02": SheetAnswer(indicator: "AAA.02", raw: "12/40", value: .ratio(numerator: 12, denominator: 40),
                                  source: "Police", location: SourceLocation(file: file, cell: "Answers!AB120"),
                                  denominatorLocation: SourceLocation(file: file, cell: "Answers!ZZ3")),
            "AAA.03": SheetAnswer(indicator: "AAA.03", raw: "7", value: .number(7),
                                  location: SourceLocation(file: file, cell: "Answers!A1")),
        ]
        let sheet = Sheet(file: file, metadata: SheetMetadata(country: "AT", year: 2024, status: .final), answers: answers)
        let score = Scorer(framework: framework).score(sheet)
        let rows = SheetEvidence(score).rows
        #expect(rows == Evidence.rows(of: score))
        #expect(rows.map(\.locationText) == [
            "elsewhere.xlsx:Answers!E7", "book.xlsx:Answers!AB120 book.xlsx:Answers!ZZ3", "book.xlsx:Answers!A1", "", "", "", "",
        ])
        // 12/40 = 30 %, linear from 0 to 50: 60.
        #expect(rows[1].score == 60 && rows[1].value == "12/40" && rows[1].source == "Police")
    }
}
