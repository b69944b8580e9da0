import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RapporteurCore
@testable import RapporteurIO
import Testing

/// The charts of report.html, parsed as the SVG they are, over the data of
/// the text report's golden test: RS 2023 AA 50, BB 70 (overall 60); RS
/// 2024 AA 60, BB 80 (overall 70, Good, +10.00 everywhere); AL 2024 AA 40,
/// BB 40 (overall 40, Poor). 2024 area means: AA 50, BB 60; overall 55.
@Suite("the charts of report.html")
struct ChartTests {
    static func input(_ language: String = "en") throws -> ChartInput {
        let (framework, comparison) = try ReportGoldenTests.comparison()
        return ChartInput(framework: framework, comparison: comparison, language: language)
    }

    static func parse(_ svg: String) throws -> XMLElement {
        let document = try XMLDocument(xmlString: svg, options: [])
        let root = try #require(document.rootElement())
        #expect(root.name == "svg")
        #expect(root.attribute(forName: "role")?.stringValue == "img")
        // The title and description a screen reader announces, referenced by id.
        let labelled = try #require(root.attribute(forName: "aria-labelledby")?.stringValue).split(separator: " ")
        let title = try #require(root.elements(forName: "title").first)
        let description = try #require(root.elements(forName: "desc").first)
        #expect(labelled.map(String.init) == [title.attribute(forName: "id")?.stringValue,
                                              description.attribute(forName: "id")?.stringValue].compactMap { $0 })
        #expect(!(title.stringValue ?? "").isEmpty && !(description.stringValue ?? "").isEmpty)
        return root
    }

    static func attributes(_ root: XMLElement, _ name: String) -> [[String: String]] {
        root.elements(forName: name).map { element in
            Dictionary(uniqueKeysWithValues: (element.attributes ?? []).compactMap { node in
                node.name.map { ($0, node.stringValue ?? "") }
            })
        }
    }

    static func texts(_ root: XMLElement) -> [String] { root.elements(forName: "text").map { $0.stringValue ?? "" } }

    @Test("the ranking draws each score as a bar of 240 × score / 100 pixels, coloured and labelled by rating")
    func ranking() throws {
        let root = try Self.parse(RankingChart.svg(try Self.input(), year: 2024))
        // The scale's grid lines are lines; the bars are the only rects.
        let bars = Self.attributes(root, "rect")
        #expect(bars.map { $0["width"] } == ["168", "96"])
        #expect(bars.map { $0["x"] } == ["192", "192"])
        // Good is the higher rating (Okabe-Ito bluish green), Poor the next (sky blue).
        #expect(bars.map { $0["fill"] } == ["#009E73", "#56B4E9"])
        let texts = Self.texts(root)
        for expected in ["RS Serbia", "70.0 Good", "+10.00", "AL Albania", "40.0 Poor", "100%"] {
            #expect(texts.contains(expected), "no \(expected) in \(texts)")
        }
    }

    @Test("the heat map prints every area score and the mean in cells shaded by viridis steps of 20")
    func heatMap() throws {
        let root = try Self.parse(AreaHeatMap.svg(try Self.input(), year: 2024))
        let texts = Self.texts(root)
        // Columns AL, RS, mean; rows AA (40, 60, 50) and BB (40, 80, 60).
        #expect(Array(texts.prefix(3)) == ["AL", "RS", "Mean"])
        #expect(Array(texts.dropFirst(3).prefix(8)) == ["AA", "40.0", "60.0", "50.0", "BB", "40.0", "80.0", "60.0"])
        let fills = Self.attributes(root, "rect").prefix(6).map { $0["fill"] }
        #expect(fills == ["#21918C", "#5EC962", "#21918C", "#21918C", "#FDE725", "#5EC962"])
    }

    @Test("the line chart puts each year at its place and each score at 252 - 2.4 × score")
    func trend() throws {
        let root = try Self.parse(TrendChart.svg(try Self.input()))
        let paths = Self.attributes(root, "path").map { $0["d"] }
        // AL has one point only, 40 in 2024; RS 60 → 70; the mean 60 (RS alone) → 55.
        #expect(paths.contains("M560 156"))
        #expect(paths.contains("M44 108L560 84"))
        #expect(paths.contains("M44 108L560 120"))
        #expect(Self.attributes(root, "path").contains { $0["stroke-dasharray"] != nil && $0["stroke"] == "#000000" })
        #expect(Self.texts(root).contains("2023") && Self.texts(root).contains("Mean"))
    }

    @Test("a profile sets the country's circle and the mean's diamond on a 444-pixel scale")
    func profile() throws {
        let root = try Self.parse(ProfileChart.svg(try Self.input(), country: "RS", year: 2024))
        // x = 56 + 4.44 × score: RS AA 60 → 322.4, BB 80 → 411.2; means 50 → 278, 60 → 322.4.
        let circles = Self.attributes(root, "circle").map { $0["cx"] }
        #expect(circles == ["62", "322.4", "411.2"])
        let connectors = Self.attributes(root, "line").filter { $0["stroke"] == "#808080" }
        #expect(connectors.map { [$0["x1"], $0["x2"]] } == [["278", "322.4"], ["322.4", "411.2"]])
        let texts = Self.texts(root)
        #expect(texts.contains("+10.00") && texts.contains("+20.00") && texts.contains("60.0") && texts.contains("80.0"))
    }

    @Test("the changes chart draws rises to the right of zero (x 380), the largest 120 pixels long")
    func changes() throws {
        let root = try Self.parse(ChangesChart.svg(try Self.input(), year: 2024))
        let bars = Self.attributes(root, "rect")
        #expect(bars.count == 3)
        #expect(bars.allSatisfy { $0["x"] == "380" && $0["width"] == "120" && $0["fill"] == "#0072B2" })
        #expect(Self.texts(root).filter { $0 == "+10.00 (2023→2024)" }.count == 3)
    }

    @Test("chart text is escaped")
    func escaping() {
        #expect(SVG.escape("a < b & \"c\"") == "a &lt; b &amp; &quot;c&quot;")
    }
}
