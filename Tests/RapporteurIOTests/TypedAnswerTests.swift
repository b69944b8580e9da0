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

    /// Answers are read once per distinct text (or checklist part) and
    /// remembered: what is remembered must be what reading anew gives.
    @Test("a checklist's parts read the same in any combination and any script, every time")
    func rememberedParts() throws {
        for _ in 0..<2 {
            let outcome = try Self.read("LNZ.08,Smeštaj; edu,\n")
            #expect(outcome.sheet?.answers["LNZ.08"]?.value == .checklist(codes: ["edu", "shelter"]))
            let cyrillic = try Self.read("LNZ.08,Преводилац;Смештај | Obrazovanje,\n")
            #expect(cyrillic.sheet?.answers["LNZ.08"]?.value == .checklist(codes: ["edu", "interp", "shelter"]))
            let wrong = try Self.read("LNZ.08,edu; Kuhinja,\n")
            #expect(wrong.diagnostics.contains { $0.code == .notAnOption && $0.message.contains("'Kuhinja'") })
        }
    }

    @Test("an answer read before keeps its own text in the message, byte for byte")
    func rememberedByBytes() throws {
        // "Nič" precomposed and decomposed: equal as Swift strings, but each
        // message quotes the text as typed.
        let precomposed = try Self.read("PJW.06,Ni\u{10D},\n")
        let decomposed = try Self.read("PJW.06,Nic\u{30C},\n")
        let first = try #require(precomposed.diagnostics.first { $0.code == .notAnOption })
        let second = try #require(decomposed.diagnostics.first { $0.code == .notAnOption })
        #expect(Array(first.message.description.utf8).contains(0xC4) && !Array(second.message.description.utf8).contains(0xC4))
    }
}
