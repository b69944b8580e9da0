import Foundation
import RapporteurCore
import RapporteurIO
import Testing

/// What people type that the contract does not spell out (docs/decisions.md,
/// "Sheets"), against the arithmetic conformance framework.
@Suite("answers as people type them")
struct TypedAnswerTests {
    static func read(_ rows: String) throws -> SheetAssembler.Outcome {
        let framework = try #require(CorpusSheetTests.framework as Framework?)
        let text = "country,RS\nyear,2024\nframework,conformance 2.1\nstatus,final\n\nindicator,answer,source\n" + rows
        let (raw, readerDiagnostics) = try SheetLoader.readRaw(Data(text.utf8), file: "typed.csv", encoding: .utf8)
        var outcome = SheetAssembler(framework: framework).assemble(raw)
        outcome.diagnostics = readerDiagnostics + outcome.diagnostics
        return outcome
    }

    @Test("a label typed without diacritics is accepted when one option matches")
    func withoutDiacritics() throws {
        let outcome = try Self.read("PJW.06,Delimicno,\n")
        #expect(outcome.sheet?.answers["PJW.06"]?.value == .choice(code: "partial"))
    }

    @Test("an unquoted decimal comma that splits a cell is an error, not a shifted row")
    func splitCell() throws {
        let outcome = try Self.read("LNZ.06,21,1,Report\n")
        #expect(outcome.diagnostics.contains { $0.code == .extraCells && $0.location.line == 7 })
        #expect(outcome.sheet?.answers["LNZ.06"] == nil)
    }

    @Test("thousands separators in counts get their own message")
    func grouped() throws {
        let outcome = try Self.read("LNZ.05,1.250/2.000,\nKCJ.02,\"1,250\",\n")
        #expect(outcome.diagnostics.contains { $0.code == .numberGrouped && $0.suggestion?.contains("1250") == true })
        #expect(outcome.diagnostics.contains { $0.code == .numberNotInteger && $0.suggestion?.contains("1250") == true })
    }
}
