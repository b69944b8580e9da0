import Foundation
import RapporteurCore
import RapporteurIO
import Testing
import TestSupport

/// `compare` reads sheets without the answers' texts (it drops them once
/// scored): such a reading must find the same values and say the same
/// things as a full one.
@Suite("sheets read for their values only")
struct ValuesOnlyAssemblyTests {
    @Test("a reader and an assembler that keep no text find the same values and diagnostics as full ones")
    func sameValuesAndDiagnostics() throws {
        let framework = try #require(FrameworkLoader.load(from: DirectoryFrameworkSource(directory: Fixtures.indicators)).framework)
        let full = SheetAssembler(framework: framework)
        let lean = SheetAssembler(framework: framework, keepsText: false)
        let places = AnswerInterpreter.places(of: framework)
        let scorer = Scorer(framework: framework)
        let sheets = Fixtures.repository.appending(path: "examples/sheets")
        let files = try FileManager.default.contentsOfDirectory(atPath: sheets.path).filter { $0.hasSuffix(".csv") }.sorted()
        #expect(files.count > 10)
        for name in files {
            let data = try Data(contentsOf: sheets.appending(path: name))
            let (raw, readerSaid) = try SheetLoader.readRaw(data, file: name, encoding: .utf8)
            let (leanRaw, leanReaderSaid) = try SheetLoader.readRaw(data, file: name, encoding: .utf8, keepsEvidence: false)
            #expect(readerSaid == leanReaderSaid, "\(name)")
            #expect(leanRaw.rows.allSatisfy { $0.source == nil && $0.comment == nil })
            #expect(raw.rows.map(\.answer) == leanRaw.rows.map(\.answer), "\(name)")
            let (withText, valuesOnly) = (full.assemble(raw), lean.assemble(leanRaw))
            #expect(withText.diagnostics == valuesOnly.diagnostics, "\(name)")
            // The lean reading gives values by place and no answers.
            #expect(valuesOnly.sheet?.answers.isEmpty != false)
            let answers = withText.sheet?.answers ?? [:]
            #expect(valuesOnly.values.compactMap { $0 }.count == answers.count, "\(name)")
            for (id, answer) in answers {
                let place = try #require(places[id])
                #expect(valuesOnly.values[place] == answer.value, "\(name) \(id)")
            }
            // And both score alike.
            if let sheet = withText.sheet, let leanSheet = valuesOnly.sheet, !withText.diagnostics.hasErrors {
                let (scored, leanScored) = (scorer.score(sheet), scorer.score(leanSheet, values: valuesOnly.values))
                #expect(scored.overall == leanScored.overall, "\(name)")
                #expect(scored.areas.map(\.aggregate) == leanScored.areas.map(\.aggregate), "\(name)")
                #expect(scored.areas.flatMap(\.indicators) == leanScored.areas.flatMap(\.indicators), "\(name)")
            }
        }
    }
}
