import Foundation
import RapporteurCore
import RapporteurIO
import Testing

/// What people type that the CSV reader, not the core, must catch: the
/// rest of these cases are the core's `TypedAnswerTests`, on sheets built
/// in Swift. This one stays here because the split cell exists only in
/// the CSV text (`extraCells` comes from the reader's table layout).
@Suite("answers as people type them, in CSV")
struct TypedCSVAnswerTests {
    static func read(_ rows: String) throws -> SheetAssembler.Outcome {
        let framework = try #require(CorpusSheetTests.framework as Framework?)
        let text = "country,RS\nyear,2024\nframework,conformance 2.1\nstatus,final\n\nindicator,answer,source\n" + rows
        let (raw, readerDiagnostics) = try SheetLoader.readRaw(Data(text.utf8), file: "typed.csv", encoding: .utf8)
        var outcome = SheetAssembler(framework: framework).assemble(raw)
        outcome.diagnostics = readerDiagnostics + outcome.diagnostics
        return outcome
    }

    @Test("an unquoted decimal comma that splits a cell is an error, not a shifted row")
    func splitCell() throws {
        let outcome = try Self.read("LNZ.06,21,1,Report\n")
        #expect(outcome.diagnostics.contains { $0.code == .extraCells && $0.location.line == 7 })
        #expect(outcome.sheet?.answers["LNZ.06"] == nil)
    }
}
