import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RapporteurCore
@testable import RapporteurIO
import Testing
import TestSupport

/// The parts of report.html drawn from the analyses beside the comparison:
/// ranks under varied choices, the government's profiles, and the
/// explanation of every score of a profile. Data of the text report's
/// golden test (see `ChartTests`): RS 2024 AA 60, BB 80, overall 70; AL
/// 2024 AA 40, BB 40, overall 40; one indicator per area, scored linearly,
/// so an answer is its score; weights 1.
@Suite("report.html: explanations, ranks under varied choices, government profiles")
struct AnalysisChartTests {
    /// Three countries' ranks over four runs, given out of order:
    /// - RS, nominal 1, ranks 1 1 1 2: median 1 (3 of 4 runs at 1 or better),
    ///   5th percentile 1, 95th 2;
    /// - AL, nominal 2, ranks 2 2 1 3: median 2 (1 and 2 are 3 of 4), 5th 1, 95th 3;
    /// - XK, nominal 3, ranks 3 3 3 3: 3, 3, 3.
    static func sensitivity() -> SensitivityResult {
        SensitivityResult(year: 2024, settings: SensitivitySettings(), totalRuns: 4, countries: [
            CountrySensitivity(country: "XK", score: 30, rank: 3, ranks: [3, 3, 3, 3]),
            CountrySensitivity(country: "RS", score: 70, rank: 1, ranks: [1, 1, 1, 2]),
            CountrySensitivity(country: "AL", score: 40, rank: 2, ranks: [2, 2, 1, 3]),
        ], inputs: [])
    }

    static func attribute(_ element: XMLElement, _ name: String) -> String? { element.attribute(forName: name)?.stringValue }

    static func elements(_ root: XMLElement, _ name: String, class wanted: String) -> [XMLElement] {
        root.elements(forName: name).filter { attribute($0, "class") == wanted }
    }

    @Test("the ranks chart orders countries by nominal rank and puts interval ends, median and nominal rank at their ranks")
    func uncertainty() throws {
        let root = try ChartTests.parse(UncertaintyChart.svg(try ChartTests.input(), sensitivity: Self.sensitivity()))
        // Ranks 1 to 3 from x 186 to x 540: rank r at 186 + 177 (r - 1), so 186, 363, 540.
        let intervals = Self.elements(root, "line", class: "interval")
        #expect(intervals.map { Self.attribute($0, "data-country") } == ["RS", "AL", "XK"])
        #expect(intervals.map { [Self.attribute($0, "x1"), Self.attribute($0, "x2")] }
            == [["186", "363"], ["186", "540"], ["540", "540"]])
        let medians = Self.elements(root, "line", class: "median")
        #expect(medians.map { Self.attribute($0, "x1") } == ["186", "363", "540"])
        #expect(medians.allSatisfy { Self.attribute($0, "x1") == Self.attribute($0, "x2") })
        let nominal = Self.elements(root, "circle", class: "nominal")
        #expect(nominal.map { Self.attribute($0, "cx") } == ["186", "363", "540"])
        // Rows 22 pixels apart from y 45, top to bottom in nominal order.
        #expect(nominal.map { Self.attribute($0, "cy") } == ["45", "67", "89"])
        #expect(intervals.map { Self.attribute($0, "y1") } == ["45", "67", "89"])
        let texts = ChartTests.texts(root)
        for expected in ["RS Serbia", "1 (1–2)", "2 (1–3)", "3 (3–3)"] {
            #expect(texts.contains(expected), "no \(expected) in \(texts)")
        }
    }

    /// RS 2024: overall government 75, NGO 70; AA 72.5 against 60, BB 77.5 against 80.
    static func agreement(_ framework: Framework) -> Agreement {
        func row(_ level: ComparisonLevel, _ id: String, _ government: Double, _ ngo: Double) -> AgreementRow {
            AgreementRow(year: 2024, country: "RS", level: level, id: id, government: government, ngo: ngo, statistics: nil)
        }
        return Agreement(frameworkId: framework.id, frameworkVersion: framework.version, region: nil, pairs: [],
                         rows: [row(.overall, "overall", 75, 70), row(.area, "AA", 72.5, 60), row(.area, "BB", 77.5, 80)],
                         notes: [])
    }

    @Test("the government's profile puts both respondents' area scores on a 404-pixel scale from x 56")
    func agreementChart() throws {
        let input = try ChartTests.input()
        let rows = Self.agreement(input.framework).profile(year: 2024, country: "RS")
        let root = try ChartTests.parse(AgreementChart.svg(input, country: "RS", year: 2024, rows: rows))
        // x = 56 + 4.04 × score: 72.5 → 348.9, 60 → 298.4, 77.5 → 369.1, 80 → 379.2;
        // the government's square is 10 wide, so its left edge is 5 less.
        let ngo = Self.elements(root, "circle", class: "ngo")
        #expect(ngo.map { Self.attribute($0, "data-area") } == ["AA", "BB"])
        #expect(ngo.map { Self.attribute($0, "cx") } == ["298.4", "379.2"])
        let government = Self.elements(root, "rect", class: "government")
        #expect(government.map { Self.attribute($0, "x") } == ["343.9", "364.1"])
        let texts = ChartTests.texts(root)
        for expected in ["72.50", "60.00", "+12.50", "77.50", "80.00", "-2.50"] {
            #expect(texts.contains(expected), "no \(expected) in \(texts)")
        }
    }

    static func page(_ analyses: ReportAnalyses) throws -> XMLDocument {
        let (framework, comparison) = try ReportGoldenTests.comparison()
        let html = try ReportHTML().render(framework: framework, comparison: comparison, language: "en",
                                           analyses: analyses)
        return try XMLDocument(xmlString: html, options: [])
    }

    static func nodes(_ document: XMLDocument, _ path: String) throws -> [XMLElement] {
        try document.nodes(forXPath: path).compactMap { $0 as? XMLElement }
    }

    @Test("the government's profile appears only for a country with the government's sheet, and only when there is one")
    func agreementOnlyWithGovernmentSheets() throws {
        let (framework, _) = try ReportGoldenTests.scored()
        let without = try Self.page(ReportAnalyses())
        #expect(try Self.nodes(without, "//*[local-name()='svg'][starts-with(@aria-labelledby, 'agreement-')]").isEmpty)
        #expect(try Self.nodes(without, "//*[local-name()='table'][@class='agreement']").isEmpty)
        let with = try Self.page(ReportAnalyses(agreement: Self.agreement(framework)))
        let charts = try Self.nodes(with, "//*[local-name()='section'][@id='profile-RS']//*[local-name()='svg'][starts-with(@aria-labelledby, 'agreement-')]")
        #expect(charts.count == 1)
        #expect(try Self.nodes(with, "//*[local-name()='section'][@id='profile-AL']//*[local-name()='svg'][starts-with(@aria-labelledby, 'agreement-')]").isEmpty)
        let cells = try Self.nodes(with, "//*[local-name()='table'][@class='agreement']//*[local-name()='tr'][@data-id]")
            .map { row in row.elements(forName: "td").map { $0.stringValue ?? "" } }
        #expect(cells == [["75.00", "70.00", "+5.00"], ["72.50", "60.00", "+12.50"], ["77.50", "80.00", "-2.50"]])
    }

    @Test("each score of a profile links to details whose parts rebuild it: RS overall 70 = 60/2 + 80/2")
    func explanations() throws {
        let (_, scores) = try ReportGoldenTests.scored()
        let page = try Self.page(ReportAnalyses(scores: scores))
        let overall = try #require(try Self.nodes(page, "//*[local-name()='details'][@id='explain-RS-overall']").first)
        #expect(overall.elements(forName: "summary").first?.stringValue == "Overall score: 70.00")
        let rows = try Self.nodes(page, "//*[local-name()='details'][@id='explain-RS-overall']//*[local-name()='tbody']/*")
        // Area, score, weight, coverage, contribution: each area weight 1 of 2.
        #expect(rows.map { ($0.stringValue ?? "") } == ["AA60.001100.0%30.00", "BB80.001100.0%40.00"])
        let area = try #require(try Self.nodes(page, "//*[local-name()='details'][@id='explain-RS-BB']").first)
        #expect(area.elements(forName: "summary").first?.stringValue == "BB Beta: 80.00")
        let cells = try Self.nodes(page, "//*[local-name()='details'][@id='explain-RS-BB']//*[local-name()='tbody']//*[local-name()='td']")
            .map { $0.stringValue ?? "" }
        // Answer 80, linear 0 to 100, weight 1 of 1, in line 8 of RS-2024.csv, its second field.
        #expect(cells == ["80", "linear from 0 to 100; 100 × (80 - 0) / (100 - 0) = 80.00", "80.00", "1", "80.00", "8:2", ""])
        // The profile's scores link to them; AL has its own.
        let links = try Self.nodes(page, "//*[local-name()='section'][@id='profile-RS']//*[local-name()='a']")
            .compactMap { Self.attribute($0, "href") }
        #expect(links == ["#explain-RS-overall", "#explain-RS-AA", "#explain-RS-BB"])
        #expect(try Self.nodes(page, "//*[local-name()='section'][@id='profile-AL']//*[local-name()='details']").count == 3)
        // Without the sheets' answers, no details and no links.
        let bare = try Self.page(ReportAnalyses())
        #expect(try Self.nodes(bare, "//*[local-name()='details']").isEmpty)
    }

    @Test("the ranks section appears with a sensitivity analysis of the year shown, and not without")
    func uncertaintySection() throws {
        let with = try Self.page(ReportAnalyses(sensitivity: Self.sensitivity()))
        let rows = try Self.nodes(with, "//*[local-name()='table'][@id='uncertainty-table']//*[local-name()='tr'][@data-country]")
        // Given as XK, RS, AL; listed by nominal rank like the chart.
        #expect(rows.compactMap { Self.attribute($0, "data-country") } == ["RS", "AL", "XK"])
        #expect(rows.first.map { $0.elements(forName: "td").map { $0.stringValue ?? "" } } == ["70.00", "1", "1", "1–2", "75.0%"])
        let without = try Self.page(ReportAnalyses())
        #expect(try Self.nodes(without, "//*[local-name()='section'][@id='uncertainty']").isEmpty)
    }

    /// The explain fixture's AT 2024 (minimum coverage 60%): area AAA (weight
    /// 2) has four of its five indicator weights answered, 80%; BBB (weight 1)
    /// one of four, 25%, so it is withheld and the overall score is AAA's
    /// alone (coverage 2 of 3). AAA.02 is a ratio answered on lines 8 and 9.
    @Test("a withheld area is named in the overall explanation with its coverage against the minimum, and adds nothing")
    func withheldArea() throws {
        let framework = try #require(FrameworkLoader.load(from: DirectoryFrameworkSource(
            directory: Fixtures.url("explain/framework"))).framework)
        let batch = SheetBatch.load([Fixtures.path("explain/sheets")], framework: framework, encoding: .utf8)
        let comparison = try ComparisonEngine(framework: framework).compare(batch.scores, ComparisonRequest()).get()
        let html = try ReportHTML().render(framework: framework, comparison: comparison, language: "en",
                                           analyses: ReportAnalyses(scores: batch.scores))
        let page = try XMLDocument(xmlString: html, options: [])
        let overall = try Self.nodes(page, "//*[local-name()='details'][@id='explain-AT-overall']//*[local-name()='tbody']/*")
            .map { $0.elements(forName: "td").map { $0.stringValue ?? "" } }
        #expect(overall.count == 2)
        #expect(overall.last == ["withheld: coverage 25.0% is below the minimum 60.0%", "1", "25.0%", ""])
        let aaa = try #require(overall.first)
        #expect(aaa[1] == "2" && aaa[2] == "80.0%" && aaa[0] == aaa[3], "AAA's contribution is its whole score: \(aaa)")
        let summary = try Self.nodes(page, "//*[local-name()='details'][@id='explain-AT-BBB']/*[local-name()='summary']")
        #expect(summary.first?.stringValue?.hasSuffix(": withheld") == true)
        let ratio = try #require(try Self.nodes(page, "//*[local-name()='details'][@id='explain-AT-AAA']//*[local-name()='tbody']/*")
            .first { $0.elements(forName: "th").first?.stringValue == "AAA.02" })
        let cells = ratio.elements(forName: "td").map { $0.stringValue ?? "" }
        #expect(cells.suffix(2) == ["8:2 9:2", "Police statistics"])
    }
}
