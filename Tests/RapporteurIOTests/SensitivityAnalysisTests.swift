import Foundation
import RapporteurCore
import RapporteurIO
import RapporteurXML
import Testing
import TestSupport

/// The analysis over real sheets: the runs re-aggregate the comparison's
/// own indicator scores, so the instrument's own choices give back its
/// scores and ranks exactly, and collapse every interval.
@Suite("sensitivity analysis")
struct SensitivityAnalysisTests {
    static func conformance(_ set: String, _ request: ComparisonRequest = ComparisonRequest())
        throws -> (Framework, Comparison, [SheetScore])
    {
        let framework = try #require(FrameworkLoader.load(
            from: DirectoryFrameworkSource(directory: Fixtures.url("conformance/\(set)/framework"))).framework)
        let batch = SheetBatch.load([Fixtures.path("conformance/\(set)/sheets")], framework: framework, encoding: .utf8,
                                    keepAnswers: false)
        let comparison = try ComparisonEngine(framework: framework).compare(batch.scores, request).get()
        return (framework, comparison, batch.scores)
    }

    static func analyse(_ set: String, _ settings: SensitivitySettings) throws -> SensitivityResult {
        let (framework, comparison, scores) = try conformance(set)
        return try #require(SensitivityAnalysis.run(settings, framework: framework, comparison: comparison, scores: scores))
    }

    /// expected/all.csv, 2024 overall: FR 62.04 (1), BG 58.34 (2), BA 57.10 (3), AT 54.06 (4).
    @Test("score and rank are the comparison's, in nominal rank order")
    func nominal() throws {
        let result = try Self.analyse("arithmetic", SensitivitySettings(runs: 50))
        #expect(result.year == 2024)
        #expect(result.countries.map(\.country) == ["FR", "BG", "BA", "AT"])
        #expect(result.countries.map(\.rank) == [1, 2, 3, 4])
        #expect(result.countries.map { Rounding.fixed($0.score, places: 2) } == ["62.04", "58.34", "57.10", "54.06"])
        let csv = String(decoding: SensitivityCSV.countries(result), as: UTF8.self)
        #expect(csv.hasPrefix("year,country,score,rank,runs,median_rank,mean_rank,q05,q95,mean_shift,p_same\n2024,FR,62.04,1,"))
        #expect(csv.contains("\n2024,AT,54.06,4,"))
    }

    @Test("the instrument's own choices give the comparison's overall scores to the last bit", arguments: ["arithmetic", "geometric"])
    func nominalRun(set: String) throws {
        let (framework, comparison, scores) = try Self.conformance(set)
        for year in comparison.years {
            let used = Set(comparison.sheetsUsed.map(\.file))
            let sheets = scores.filter { $0.sheet.metadata.year == year && used.contains($0.sheet.file) }
            let model = RankingModel(framework: framework, sheets: sheets)
            let rerun = model.scores(model.nominal)
            for (country, score) in zip(model.countries, rerun) {
                let row = comparison.row(year: year, country: country, level: .overall, id: "overall")
                #expect(row?.score == score, "\(country) \(year)")
            }
        }
    }

    @Test("with weight noise 0 and only the weights varied, every interval is the nominal rank",
          arguments: ["arithmetic", "geometric"])
    func noNoise(set: String) throws {
        let result = try Self.analyse(set, SensitivitySettings(varied: [.weights], weightNoise: 0, runs: 200))
        #expect(!result.countries.isEmpty)
        for country in result.countries {
            #expect(country.runs == 200)
            #expect(country.q05 == country.rank && country.q95 == country.rank && country.medianRank == country.rank)
            #expect(country.sameShare == 1 && country.meanShift == 0)
        }
    }

    @Test("with nothing varied, every interval is the nominal rank", arguments: SensitivityMethod.allCases)
    func nothingVaried(method: SensitivityMethod) throws {
        let result = try Self.analyse("arithmetic", SensitivitySettings(varied: [], runs: 100, method: method))
        for country in result.countries {
            #expect(country.q05 == country.rank && country.q95 == country.rank && country.medianRank == country.rank)
        }
        #expect(result.inputs.isEmpty)
    }

    /// Geometric 2024: CZ is withheld (coverage 0.60), HR, HU and IT all
    /// score 0.00 and share rank 1.
    @Test("a country withheld in the comparison has no row; tied countries keep their shared rank")
    func withheld() throws {
        let result = try Self.analyse("geometric", SensitivitySettings(varied: [.weights], runs: 50))
        #expect(result.countries.map(\.country) == ["HR", "HU", "IT"])
        #expect(result.countries.allSatisfy { $0.rank == 1 && $0.q95 == 1 })
    }

    /// Two areas of one indicator each, scored linearly 0 to 100: BEST
    /// answers 100 everywhere, so any weights and either mean give it 100,
    /// and with nothing missing no coverage can withhold it.
    @Test("a country whose every answer is the best option ranks first in every run", arguments: SensitivityMethod.allCases)
    func bestFirst(method: SensitivityMethod) throws {
        func area(_ id: String) -> String {
            """
            <area xmlns="urn:rapporteur:framework:1" id="\(id)"><title xml:lang="en">\(id)</title>
            <indicator id="\(id).01" type="outcome"><title xml:lang="en">t</title><question xml:lang="en">q?</question>
            <number min="0" max="100"><linear low="0" high="100"/></number></indicator>
            <indicator id="\(id).02" type="outcome"><title xml:lang="en">t</title><question xml:lang="en">q?</question>
            <choice><option code="yes" points="2"><label xml:lang="en">Yes</label></option>
            <option code="no" points="0"><label xml:lang="en">No</label></option></choice></indicator></area>
            """
        }
        let files = [
            "framework.xml": """
                <framework xmlns="urn:rapporteur:framework:1" id="t" version="1.0"><title xml:lang="en">T</title>
                <scoring min-coverage="0.5"/><ratings><rating code="any" min="0"><label xml:lang="en">Any</label></rating></ratings>
                <include href="aa.xml"/><include href="bb.xml"/></framework>
                """,
            "aa.xml": area("AA"), "bb.xml": area("BB"),
        ]
        let framework = try #require(FrameworkLoader.load(from: MemoryFrameworkSource(texts: files)).framework)
        let answers = [("RS", "100", "yes", "100", "yes"), ("AL", "99", "yes", "", "yes"), ("MK", "100", "no", "100", "yes"),
                       ("BA", "", "", "90", "yes"), ("XK", "0", "no", "50", "no")]
        let scores = try answers.map { sheet in
            let text = "country,\(sheet.0)\nyear,2024\nframework,t 1.0\nstatus,final\n\nindicator,answer\n"
                + "AA.01,\(sheet.1)\nAA.02,\(sheet.2)\nBB.01,\(sheet.3)\nBB.02,\(sheet.4)\n"
            let (raw, _) = try SheetLoader.readRaw(Data(text.utf8), file: "\(sheet.0)-2024.csv", encoding: .utf8)
            return Scorer(framework: framework).score(try #require(SheetAssembler(framework: framework).assemble(raw).sheet))
        }
        let comparison = try ComparisonEngine(framework: framework).compare(scores, ComparisonRequest()).get()
        let settings = SensitivitySettings(varied: SensitivityInput.allCases, weightNoise: 1, runs: 300, method: method)
        let result = try #require(SensitivityAnalysis.run(settings, framework: framework, comparison: comparison, scores: scores))
        let best = try #require(result.country("RS"))
        #expect(best.rank == 1 && best.runs == result.totalRuns)
        #expect(best.sameShare == 1 && best.q95 == 1 && best.meanShift == 0)
        // The others do move: the analysis is not idle.
        #expect(result.countries.contains { $0.q05 != $0.q95 })
    }

    @Test("the same seed gives the same result; another seed another", arguments: SensitivityMethod.allCases)
    func seeds(method: SensitivityMethod) throws {
        let one = try Self.analyse("arithmetic", SensitivitySettings(runs: 300, seed: 5, method: method))
        let again = try Self.analyse("arithmetic", SensitivitySettings(runs: 300, seed: 5, method: method))
        let other = try Self.analyse("arithmetic", SensitivitySettings(runs: 300, seed: 6, method: method))
        #expect(SensitivityCSV.countries(one) == SensitivityCSV.countries(again))
        #expect(SensitivityCSV.inputs(one) == SensitivityCSV.inputs(again))
        #expect(SensitivityCSV.countries(one) != SensitivityCSV.countries(other))
    }

    @Test("Saltelli's design makes N (k + 2) runs and gives indices per varied input")
    func saltelli() throws {
        let result = try Self.analyse("arithmetic", SensitivitySettings(runs: 100, method: .saltelli))
        #expect(result.totalRuns == 100 * (3 + 2))
        #expect(result.inputs.map(\.input) == [.weights, .coverage, .missing])
        let csv = String(decoding: SensitivityCSV.inputs(result), as: UTF8.self).split(separator: "\n")
        #expect(csv.first == "input,first_order,total" && csv.count == 4)
        #expect(csv.dropFirst().allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 3 })
    }

    static let schemaURL = Fixtures.repository.appending(path: "reports/schema/sensitivity.xsd")

    @Test("the XML validates against sensitivity.xsd in-process and with xmllint", arguments: SensitivityMethod.allCases)
    func xml(method: SensitivityMethod) throws {
        let (framework, comparison, scores) = try Self.conformance("geometric")
        let settings = SensitivitySettings(varied: SensitivityInput.allCases, runs: 60, method: method)
        let result = try #require(SensitivityAnalysis.run(settings, framework: framework, comparison: comparison, scores: scores))
        let data = try SensitivityXML.document(result, comparison: comparison)
        let schema = try XMLSchema(name: "sensitivity.xsd", data: try Data(contentsOf: Self.schemaURL))
        let document = try XMLDocument.parse(data, file: "sensitivity.xml").get()
        #expect(schema.validate(document).isEmpty)
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "sensitivity.xml")
        try data.write(to: file)
        #expect(try XMLLint.accepts([file.path], schema: Self.schemaURL.path))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#"<country code="HR" score="0.00" rank="1" runs=""#))
        #expect(text.contains(#"vary="weights aggregation coverage missing""#))
    }

    @Test("the year of a CSV sheet is read from its metadata rows alone, or not at all when in doubt")
    func yearProbe() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func probe(_ text: String, _ name: String = "s.csv") throws -> Int? {
            let file = directory.appending(path: name)
            try Data(text.utf8).write(to: file)
            return SheetYearProbe.year(ofFile: file.path)
        }
        #expect(try probe("country,RS\nyear,2024\nstatus,final\n\nindicator,answer\nAA.01,\"broken") == 2024)
        #expect(try probe("\u{FEFF}country;RS\r\nYear; 2023 \r\n\r\nIndicator;answer\r\n") == 2023)
        #expect(try probe("country\tRS\nyear\t2022\nindicator\tanswer\n") == 2022)
        #expect(try probe("country,RS\nyear,\"2024\"\nindicator,answer\n") == nil)
        #expect(try probe("country,RS\nyear,2024\nyear,2023\nindicator,answer\n") == nil)
        #expect(try probe("country,RS\nyear,2024.0\nindicator,answer\n") == nil)
        #expect(try probe("country,RS\nindicator,answer\n") == nil)
        #expect(try probe("country,RS\nyear,2024\n") == nil)
        #expect(try probe("<sheet year=\"2024\"/>", "s.xml") == nil)
    }
}
