import Foundation
import Testing
import TestSupport

/// What the text report of the example sheets must tell a reader, worked
/// out from examples/sheets and indicators/framework.xml: Montenegro's 2024
/// sheet is a draft; BG, HR and RO (4 sheets each) are outside the Western
/// Balkans; every 2024 sheet says its data are illustrative; the instrument
/// has min-coverage 0.7, stable-band 2.0 and five ratings.
@Suite("the text report of the example sheets")
struct TextReportTests {
    static func report(_ options: [String] = []) throws -> [String] {
        let result = try CommandRunner.run(["compare", "--format", "text", "--region", "western-balkans"] + options
            + ["examples/sheets"])
        #expect(result.status == 0, "\(result.standardError)")
        return result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test("every member is in the ranking, Montenegro with the reason it has no score")
    func everyMember() throws {
        let lines = try Self.report()
        let montenegro = try #require(lines.first { $0.hasPrefix("  - ME Montenegro") })
        #expect(montenegro.hasSuffix("draft excluded"))
    }

    @Test("the coverage column ends the ranking line with the coverage, the bar follows the score")
    func coverageColumn() throws {
        let lines = try Self.report()
        let albania = try #require(lines.first { $0.hasPrefix("  2 AL Albania") })
        #expect(albania.hasSuffix("100%"))
        #expect(albania.contains("62.4 █████████░░░░░░ Substantial"))
    }

    @Test("a year-by-year table shows every year's overall score")
    func yearByYear() throws {
        let lines = try Self.report()
        let start = try #require(lines.firstIndex(of: "2. Overall score by year"))
        #expect(lines[start + 2].hasSuffix("2021   2022   2023   2024 Trend"))
        // XK has no 2022 sheet.
        #expect(lines[(start + 3)...].prefix(7).contains { $0.hasPrefix("XK Kosovo") && $0.contains("   -   ") })
    }

    @Test("the method note states the instrument's settings")
    func method() throws {
        let text = try Self.report().joined(separator: "\n")
        #expect(text.contains("minimum coverage 70%; stable band 2 points"))
        #expect(text.contains("Strong ≥\n80, Substantial ≥ 60, Partial ≥ 40, Limited ≥ 20, Weak ≥ 0."))
    }

    @Test("countries outside the region are one line, illustrative sheets another")
    func qualityLines() throws {
        let lines = try Self.report()
        #expect(lines.contains("- 12 sheets of countries outside the region left out: BG, HR, RO"))
        #expect(!lines.contains { $0.contains("not in the region") })
        #expect(lines.contains { $0.hasPrefix("- 5 of 5 sheets of the latest year say their data are illustrative") })
    }

    @Test("changed answers are listed whole in the annex, with titles and both answers")
    func annex() throws {
        let lines = try Self.report()
        let start = try #require(lines.firstIndex(of: "Annex: answers that changed"))
        #expect(!lines.contains { $0.contains("… (+") })
        #expect(lines[start...].contains { $0.hasPrefix("AL Albania, 2023 → 2024 (") })
        // AL-2023.csv answers RES.01 "partly", AL-2024.csv "largely": shown by their labels.
        #expect(lines[start...].contains("  RES.01 Residence permit for foreign victims: Partly → Largely"))
        #expect(lines.contains { $0.hasPrefix("  Indicators whose answer changed:") && $0.hasSuffix("(see the annex)") })
    }
}
