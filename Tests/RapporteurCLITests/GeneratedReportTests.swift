import Foundation
import Testing
import TestSupport

/// The reports committed in reports/ are what the example sheets give, and
/// every line of every text report fits in 100 columns.
@Suite("reports/ and the text report", .serialized)
struct GeneratedReportTests {
    static let regions = ["western-balkans", "south-east-europe"]

    @Test("reports/ is up to date with examples/sheets (run `make reports` if not)", arguments: regions)
    func upToDate(region: String) throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandRunner.run(["report", "--region", region, "--output", directory.path, "examples/sheets"])
        #expect(result.status == 0, "\(result.standardError)")
        let committed = Fixtures.repository.appending(path: "reports/\(region)")
        for name in ["comparison.csv", "comparison-wide.csv", "comparison.xml", "indicators.csv", "countries.csv",
                     "report.txt", "report.html", "agreement.csv", "sensitivity.csv", "evidence.csv"] {
            let fresh = try Data(contentsOf: directory.appending(path: name))
            let stored = try? Data(contentsOf: committed.appending(path: name))
            #expect(fresh == stored, "reports/\(region)/\(name) is stale: run `make reports`")
        }
    }

    static let variants: [[String]] = [
        [], ["--lang", "sr-Latn"], ["--lang", "sr-Cyrl"], ["--ascii"], ["--region", "south-east-europe", "--lang", "sr-Cyrl"],
        ["--include-drafts", "--years", "2022-2023"], ["--lang", "sq"], ["--lang", "mk"], ["--lang", "bs"],
        ["--region", "south-east-europe", "--lang", "sq"], ["--region", "south-east-europe", "--lang", "mk"],
    ]

    @Test("every line of the text report fits in 100 columns", arguments: variants.indices)
    func width(index: Int) throws {
        let result = try CommandRunner.run(["compare", "--format", "text"] + Self.variants[index] + ["examples/sheets"])
        #expect(result.status == 0, "\(result.standardError)")
        for (number, line) in result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            #expect(line.count <= 100, "line \(number + 1) has \(line.count) columns: \(line)")
        }
    }

    @Test("every line of the committed reports fits in 100 columns", arguments: regions)
    func committedWidth(region: String) throws {
        let text = try String(contentsOf: Fixtures.repository.appending(path: "reports/\(region)/report.txt"), encoding: .utf8)
        for line in text.split(separator: "\n") { #expect(line.count <= 100, "\(line)") }
    }

    @Test("--ascii draws bars and borders in ASCII only")
    func ascii() throws {
        let result = try CommandRunner.run(["compare", "--format", "text", "--ascii", "--lang", "en", "examples/sheets"])
        #expect(result.status == 0)
        #expect(!result.standardOutput.contains("█") && !result.standardOutput.contains("─") && !result.standardOutput.contains("═"))
        #expect(result.standardOutput.contains("####"))
    }

    @Test("in sr-Cyrl, framework texts with a Serbian translation show no Latin letters")
    func cyrillic() throws {
        let result = try CommandRunner.run(["report", "--lang", "sr-Cyrl", "--output",
                                            Fixtures.temporaryDirectory().path, "examples/sheets"])
        #expect(result.status == 0)
        let text = try CommandRunner.run(["compare", "--format", "text", "--lang", "sr-Cyrl", "--region", "western-balkans",
                                          "examples/sheets"]).standardOutput
        let lines = text.split(separator: "\n").map(String.init)
        // The area legend: "  IDN Идентификација жртава": after the id, Cyrillic only.
        let legend = lines.filter { $0.hasPrefix("  ") && $0.dropFirst(2).prefix(3).allSatisfy(\.isUppercase)
            && $0.dropFirst(5).hasPrefix(" ") }
        #expect(legend.count >= 14)
        for line in legend {
            let title = line.dropFirst(6)
            #expect(!title.contains { $0.isASCII && $0.isLetter }, "Latin letters in: \(line)")
        }
        // Rating labels and the report's own words, e.g. the heading of the ranking.
        #expect(text.contains("Укупни поредак"))
        #expect(lines.first?.contains("Упоредни извештај") == true)
        let header = try #require(lines.first)
        #expect(!header.contains { $0.isASCII && $0.isLetter }, "Latin letters in: \(header)")
    }
}
