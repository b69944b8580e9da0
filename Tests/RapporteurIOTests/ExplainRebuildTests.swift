import Foundation
import RapporteurCore
import RapporteurIO
import Testing
import TestSupport

/// Every overall and area score can be computed again from the parts that
/// `explain --format json` lists, with the framework's aggregation as the
/// framework contract states it, to the same 2-decimal value.
@Suite("explain: scores rebuilt from their parts")
struct ExplainRebuildTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var framework: URL?
        var sheets: String
        var testDescription: String { name }
    }

    static let cases = [
        Case(name: "the example sheets (arithmetic)", framework: nil, sheets: Fixtures.repository.appending(path: "examples/sheets").path),
        Case(name: "the geometric conformance set", framework: Fixtures.url("conformance/geometric/framework"),
             sheets: Fixtures.path("conformance/geometric/sheets")),
        Case(name: "the explain fixture (a withheld area)", framework: Fixtures.url("explain/framework"),
             sheets: Fixtures.path("explain/sheets")),
    ]

    @Test("each overall and area score equals the aggregation of its parts", arguments: cases)
    func rebuild(_ test: Case) throws {
        let source: FrameworkSource = test.framework.map { DirectoryFrameworkSource(directory: $0) }
            ?? DirectoryFrameworkSource(directory: Fixtures.indicators)
        let framework = try #require(FrameworkLoader.load(from: source).framework)
        let batch = SheetBatch.load([test.sheets], framework: framework, encoding: .utf8)
        #expect(!batch.diagnostics.hasErrors)
        let comparison = try ComparisonEngine(framework: framework).compare(batch.scores, ComparisonRequest()).get()
        let taking = Set(comparison.sheetsUsed.map(\.file))
        let scores = batch.scores.filter { taking.contains($0.sheet.file) }
        #expect(scores.count >= 3)
        var checked = 0
        for score in scores {
            for id in ["overall"] + framework.areas.map(\.id) {
                let explanation = try Explainer(framework: framework).explain(
                    id, country: score.sheet.metadata.country, year: score.sheet.metadata.year, scores: scores,
                    comparison: comparison, inputs: test.sheets).get()
                let json = ExplanationJSON.render(explanation)
                let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
                let parts = try #require(object["parts"] as? [[String: Any]])
                let rebuilt = Self.aggregate(parts, level: id == "overall" ? "overall" : "area", scoring: framework.scoring)
                let shown = object["score"] as? Double
                let place = "\(score.sheet.file) \(id)"
                #expect(rebuilt.state == object["state"] as? String, "\(place)")
                #expect(rebuilt.score.map(Self.twoDecimals) == shown, "\(place): rebuilt \(rebuilt.score ?? -1), shown \(shown ?? -1)")
                checked += 1
            }
        }
        #expect(checked == scores.count * (framework.areas.count + 1))
    }

    /// The framework contract's aggregation, written again from its text:
    /// parts that are not applicable (and areas of weight 0, and indicators
    /// recorded as text) leave the weights; coverage is answered weight over
    /// applicable weight; below the minimum the score is withheld.
    static func aggregate(_ parts: [[String: Any]], level: String, scoring: ScoringSettings) -> (score: Double?, state: String) {
        var applicable: [(weight: Double, score: Double?)] = []
        for part in parts {
            let weight = part["weight"] as? Double ?? 0
            let state = part["state"] as? String ?? ""
            if state == "not-applicable" || state == "text" || (level == "overall" && weight == 0) { continue }
            applicable.append((weight, part["score"] as? Double))
        }
        let total = applicable.reduce(0) { $0 + $1.weight }
        let answered = applicable.filter { $0.score != nil }.reduce(0) { $0 + $1.weight }
        guard !applicable.isEmpty, total > 0 else { return (nil, "not-applicable") }
        guard answered / total >= scoring.minimumCoverage, answered > 0 else { return (nil, "withheld") }
        switch scoring.aggregation {
        case .arithmetic:
            return (applicable.reduce(0) { $0 + $1.weight * ($1.score ?? 0) } / answered, "scored")
        case .geometric:
            if applicable.contains(where: { $0.score == 0 && $0.weight > 0 }) { return (0, "scored") }
            let logs = applicable.filter { $0.weight > 0 }.reduce(0) { $0 + $1.weight * ($1.score.map { log($0) } ?? 0) }
            return (exp(logs / answered), "scored")
        }
    }

    /// Half away from zero, as the contracts round.
    static func twoDecimals(_ value: Double) -> Double {
        let scaled = (value * 100).rounded(.toNearestOrAwayFromZero)
        return scaled / 100
    }
}
