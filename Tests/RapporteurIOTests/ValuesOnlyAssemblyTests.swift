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
            #expect(withText.sheet?.answers.mapValues(\.value) == valuesOnly.sheet?.answers.mapValues(\.value), "\(name)")
            #expect(withText.sheet?.answers.mapValues(\.location) == valuesOnly.sheet?.answers.mapValues(\.location), "\(name)")
            #expect(valuesOnly.sheet?.answers.values.allSatisfy { $0.raw.isEmpty && $0.source == nil && $0.comment == nil } != false)
        }
    }
}
