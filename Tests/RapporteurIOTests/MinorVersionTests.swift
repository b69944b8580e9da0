import Foundation
import RapporteurCore
import RapporteurIO
import Testing
import TestSupport

/// Sheets filled under an earlier minor version of the instrument, compared
/// under the current one: answers carried by indicator id. Each version has
/// one area `AA` of numbers scored linearly 0 to 100 (an answer is its
/// score). The sheet, filled for 1.0, answers `AA.01` and `AA.03`; version
/// 1.1 no longer has `AA.03` and adds `AA.02`.
@Suite("sheets of an earlier minor version")
struct MinorVersionTests {
    static func framework(_ version: String, _ ids: [String]) throws -> Framework {
        let indicators = ids.map { id in
            """
            <indicator id="\(id)" type="outcome"><title xml:lang="en">\(id)</title><question xml:lang="en">q?</question>
            <number min="0" max="100"><linear low="0" high="100"/></number></indicator>
            """
        }.joined(separator: "\n")
        let files = [
            "framework.xml": """
                <framework xmlns="urn:rapporteur:framework:1" id="t" version="\(version)"><title xml:lang="en">T</title>
                <scoring min-coverage="0.7"/>
                <ratings><rating code="any" min="0"><label xml:lang="en">Any</label></rating></ratings>
                <include href="aa.xml"/></framework>
                """,
            "aa.xml": """
                <area xmlns="urn:rapporteur:framework:1" id="AA"><title xml:lang="en">A</title>
                \(indicators)
                </area>
                """,
        ]
        let loaded = FrameworkLoader.load(from: MemoryFrameworkSource(texts: files, prefix: "t-\(version)"))
        return try #require(loaded.framework)
    }

    static let sheetText = "country,RS\nyear,2024\nframework,t 1.0\nstatus,final\n\nindicator,answer\nAA.01,60\nAA.03,40\n"

    static func assemble(_ framework: Framework) throws -> SheetAssembler.Outcome {
        let (raw, _) = try SheetLoader.readRaw(Data(sheetText.utf8), file: "RS-2024.csv", encoding: .utf8)
        return SheetAssembler(framework: framework).assemble(raw)
    }

    @Test("an indicator retired since the sheet's version is left out with a warning, not an error")
    func retired() throws {
        let outcome = try Self.assemble(try Self.framework("1.1", ["AA.01", "AA.02"]))
        #expect(!outcome.diagnostics.hasErrors)
        let warning = try #require(outcome.diagnostics.first { $0.code == .retiredIndicator })
        #expect(warning.location.line == 8 && warning.message.contains("AA.03"))
        let sheet = try #require(outcome.sheet)
        #expect(Set(sheet.answers.keys) == ["AA.01"])
        #expect(sheet.absent == ["AA.02"])
    }

    @Test("a sheet claiming a later version gets no such allowance: an unknown indicator is an error")
    func laterVersion() throws {
        let outcome = try Self.assemble(try Self.framework("0.9", ["AA.01"]))
        #expect(outcome.diagnostics.contains { $0.severity == .error && $0.code == .unknownIndicator })
    }

    @Test("the comparison's minor-version note names the indicators that count as missing")
    func noteSaysWhich() throws {
        let framework = try Self.framework("1.1", ["AA.01", "AA.02"])
        let score = Scorer(framework: framework).score(try #require(try Self.assemble(framework).sheet))
        let comparison = try ComparisonEngine(framework: framework).compare([score], ComparisonRequest()).get()
        let note = try #require(comparison.notes.first { $0.kind == .minorVersion })
        #expect(note.indicators == ["AA.02"])
        #expect(note.message.hasSuffix("not in the sheet, counted as missing: AA.02"))
        let report = ReportText(framework: framework, comparison: comparison, language: "en", ascii: true).render()
        #expect(report.replacingOccurrences(of: "\n  ", with: " ").contains("RS-2024.csv (1.0): filled for another version of the instrument, compared as t 1.1; "
                                + "not in the sheet, counted as missing: AA.02"))
    }

    @Test("diff shows what the new indicator costs: AA.01 alone covers half the area, below 0.7, so RS is withheld")
    func costPerCountry() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.sheetText.replacingOccurrences(of: "AA.03,40\n", with: "")
            .write(to: directory.appending(path: "RS-2024.csv"), atomically: true, encoding: .utf8)
        let old = try Self.framework("1.0", ["AA.01"]), new = try Self.framework("1.1", ["AA.01", "AA.02"])
        let sheets = ImpactSheets.load([directory.path], old: old, new: new, encoding: .utf8)
        #expect(!sheets.diagnostics.hasErrors)
        let compare = { (framework: Framework, scores: [SheetScore]) in
            try ComparisonEngine(framework: framework).compare(scores, ComparisonRequest()).get()
        }
        let impact = ScoreImpact(old: try compare(old, sheets.old), new: try compare(new, sheets.new))
        let overall = try #require(impact.rows.first { $0.level == .overall })
        #expect(overall.country == "RS" && overall.year == 2024 && overall.old == 60 && overall.new == nil)
        #expect(overall.oldRank == 1 && overall.newRank == nil)
    }
}
