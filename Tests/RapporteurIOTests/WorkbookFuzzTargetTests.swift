import Foundation
import FuzzTargets
import RapporteurCore
import RapporteurIO
import Testing
import TestSupport
import ZIPFoundation

/// The workbook fuzz target reads what the sheet reader reads: a workbook
/// split into its parts (as `scripts/workbook-parts.py` splits the seeds)
/// and zipped again by the target reads to the same sheet as the original
/// file, so mutations of the parts test the real parsers.
@Suite("workbook fuzz target")
struct WorkbookFuzzTargetTests {
    /// The parts of a workbook in the target's layout, selector byte first;
    /// `leaving` names parts to leave empty.
    private func input(from workbook: Data, selector: UInt8, leaving: Set<String> = []) throws -> Data {
        let archive = try Archive(data: workbook, accessMode: .read, pathEncoding: nil)
        var out = Data([selector])
        for (index, name) in WorkbookParts.names.enumerated() {
            if index > 0 { out.append(WorkbookParts.separator) }
            guard !leaving.contains(name),
                  let entry = archive.first(where: { $0.path.lowercased() == name.lowercased() }) else { continue }
            _ = try archive.extract(entry, skipCRC32: false) { out.append($0) }
        }
        return out
    }

    @Test("a spreadsheet-saved workbook split into parts and zipped again reads to the same sheet",
          arguments: Fixtures.files(in: "conformance/arithmetic/sheets-xlsx", withExtension: "xlsx").prefix(4))
    func roundTrip(file: URL) throws {
        let original = try Data(contentsOf: file)
        let parts = WorkbookParts(try input(from: original, selector: 0))
        let zipped = try #require(parts.zipped())
        let (direct, _) = try WorkbookSheetReader.read(original, file: "fuzz.xlsx")
        var reached = WorkbookStages()
        let (again, _) = try WorkbookSheetReader.read(zipped, file: "fuzz.xlsx", reached: &reached)
        #expect(again.metadata == direct.metadata)
        #expect(again.rows == direct.rows)
        #expect(!direct.rows.isEmpty)
        #expect(reached.contains([.package, .workbook, .sharedStrings, .worksheet]))
        #expect(FuzzTarget.workbook.run(try input(from: original, selector: 0)).brokenPromises.isEmpty)
    }

    @Test("a part left empty is left out of the package, and the reader says which")
    func missingWorksheet() throws {
        let original = try Data(contentsOf: Fixtures.files(in: "conformance/arithmetic/sheets-xlsx", withExtension: "xlsx")[0])
        let broken = try input(from: original, selector: 0, leaving: ["xl/worksheets/sheet1.xml"])
        let parts = WorkbookParts(broken)
        #expect(!parts.parts.map(\.name).contains("xl/worksheets/sheet1.xml"))
        let outcome = FuzzTarget.workbook.run(broken)
        #expect(outcome.brokenPromises.isEmpty)
        #expect(outcome.diagnostics.contains { $0.severity == .error && $0.location.file == "fuzz.xlsx" })
    }

    @Test("an empty input and a run of separators are refused, not crashed on")
    func degenerate() {
        for input in [Data(), Data([4]), Data([0]) + WorkbookParts.separator + WorkbookParts.separator] {
            #expect(FuzzTarget.workbook.run(input).brokenPromises.isEmpty)
        }
    }
}
