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
    @Test("an assembler that keeps no text finds the same values and diagnostics as a full one")
    func sameValuesAndDiagnostics() throws {
        let framework = try #require(FrameworkLoader.load(from: DirectoryFrameworkSource(directory: Fixtures.indicators)).framework)
        let full = SheetAssembler(framework: framework)
        let lean = SheetAssembler(framework: framework, keepsText: false)
        let sheets = Fixtures.repository.appending(path: "examples/sheets")
        let files = try FileManager.default.contentsOfDirectory(atPath: sheets.path).filter { $0.hasSuffix(".csv") }.sorted()
        #expect(files.count > 10)
        for name in files {
            let data = try Data(contentsOf: sheets.appending(path: name))
            let (raw, _) = try SheetLoader.readRaw(data, file: name, encoding: .utf8)
            let (withText, valuesOnly) = (full.assemble(raw), lean.assemble(raw))
            #expect(withText.diagnostics == valuesOnly.diagnostics, "\(name)")
            #expect(withText.sheet?.answers.mapValues(\.value) == valuesOnly.sheet?.answers.mapValues(\.value), "\(name)")
            #expect(withText.sheet?.answers.mapValues(\.location) == valuesOnly.sheet?.answers.mapValues(\.location), "\(name)")
            #expect(valuesOnly.sheet?.answers.values.allSatisfy { $0.raw.isEmpty && $0.source == nil && $0.comment == nil } != false)
        }
    }
}
