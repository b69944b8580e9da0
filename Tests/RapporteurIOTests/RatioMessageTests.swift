import Foundation
import RapporteurCore
import RapporteurIO
import Testing
import TestSupport

/// A ratio answered the wrong way gets a message that says what is in the
/// cell: a whole ratio, a date, a fraction or a percentage.
@Suite("what a wrong ratio cell holds")
struct RatioMessageTests {
    static let framework: Framework = {
        FrameworkLoader.load(from: DirectoryFrameworkSource(
            directory: Fixtures.url("conformance/arithmetic/framework"))).framework!
    }()

    /// The errors of a sheet whose table rows are `rows` (`;`-separated),
    /// LNZ.05 being a ratio; the table starts at line 6, so rows at line 7.
    private func errors(_ rows: String) throws -> [Diagnostic] {
        let text = "country;RS\nyear;2024\nframework;conformance 2.1\nstatus;final\n\nindicator;answer\n" + rows + "\n"
        let (raw, found) = try SheetLoader.readRaw(Data(text.utf8), file: "s.csv", encoding: .utf8)
        return (found + SheetAssembler(framework: Self.framework).assemble(raw).diagnostics).filter { $0.severity == .error }
    }

    @Test("N/D typed into the ID/N row says so, and where each count goes", arguments: ["", "6"])
    func ratioInNumeratorRow(denominator: String) throws {
        let found = try errors("LNZ.05/N;5/6\nLNZ.05/D;\(denominator)")
        #expect(found.map(\.code) == [.ratioInCountRow])
        #expect(found.first?.message.contains("'5/6' is a whole ratio") == true)
        #expect(found.first?.suggestion == "write 5 in 'LNZ.05/N' and 6 in 'LNZ.05/D'")
        #expect(found.first?.location.line == 7)
    }

    @Test("a date in the ID/N or ID/D row says a spreadsheet made it a date")
    func dateInCountRow() throws {
        #expect(try errors("LNZ.05/N;5.6.2024.\nLNZ.05/D;").map(\.code) == [.answerBecameDate])
        #expect(try errors("LNZ.05/N;5\nLNZ.05/D;6-Jun").map(\.code) == [.answerBecameDate])
    }

    @Test("a fraction or a percent in a count row asks for the counts in the two rows, not N/D in one cell")
    func fractionInCountRow() throws {
        let fraction = try #require(try errors("LNZ.05/N;0.45\nLNZ.05/D;").first)
        #expect(fraction.code == .countIsFraction)
        #expect(fraction.message.contains("'0.45' is a fraction, but LNZ.05/N takes a whole count"))
        #expect(fraction.suggestion?.contains("'LNZ.05/N'") == true && fraction.suggestion?.contains("N/D") == false)
        let percent = try #require(try errors("LNZ.05/N;45%\nLNZ.05/D;100").first)
        #expect(percent.code == .countIsPercent)
        #expect(percent.message.contains("'45%' is a percentage"))
    }

    @Test("a percent or a fraction as the whole answer asks for the two counts it came from")
    func shareAsAnswer() throws {
        #expect(try errors("LNZ.05;45%").map(\.code) == [.countIsPercent])
        #expect(try errors("LNZ.05;0,45").map(\.code) == [.countIsFraction])
        let side = try #require(try errors("LNZ.05;4.5/10").first)
        #expect(side.code == .countIsFraction && side.message.contains("the numerator of LNZ.05"))
    }

    @Test("counts still read as before")
    func counts() throws {
        #expect(try errors("LNZ.05/N;5\nLNZ.05/D;6").isEmpty)
        #expect(try errors("LNZ.05;5/6").isEmpty)
        #expect(try errors("LNZ.05/N;7\nLNZ.05/D;6").map(\.code) == [.ratioAboveOne])
    }
}
