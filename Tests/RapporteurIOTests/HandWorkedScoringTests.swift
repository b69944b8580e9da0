import Foundation
import RapporteurCore
import RapporteurIO
import Testing

/// Scores of small sheets worked out by hand from the framework contract.
///
/// Area A (weight 2): AA.01 choice yes 4 / partly 2 / no 0 (w 1);
/// AA.02 checklist a 1, b 2, c 3, cap 4 (w 2); AA.03 number banded
/// [0,10) 1, [10,50) 3, [50,∞) 4 (w 1); AA.04 ratio linear 20→70 (w 1);
/// AA.05 free text.
/// Area B (weight 1): BB.01 choice yes 1 / no 0, n/a allowed (w 1);
/// BB.02 number linear 100→0, lower is better (w 3); BB.03 choice (w 1).
@Suite("scoring, worked by hand")
struct HandWorkedScoringTests {
    static func framework(aggregation: String = "arithmetic") -> Framework? {
        let yesNo = """
            <choice><option code="yes" points="1"><label xml:lang="en">Yes</label></option>
            <option code="no" points="0"><label xml:lang="en">No</label></option></choice>
            """
        func indicator(_ id: String, _ attributes: String, _ answer: String) -> String {
            """
            <indicator id="\(id)" type="process" \(attributes)><title xml:lang="en">\(id)</title>
            <question xml:lang="en">\(id)?</question>\(answer)</indicator>
            """
        }
        let areaA = indicator("AAA.01", "", """
            <choice><option code="yes" points="4"><label xml:lang="en">Yes</label></option>
            <option code="partly" points="2"><label xml:lang="en">Partly</label><label xml:lang="sr-Latn">Delimično</label></option>
            <option code="no" points="0"><label xml:lang="en">No</label></option></choice>
            """) + indicator("AAA.02", #"weight="2""#, """
            <checklist cap="4"><item code="a" points="1"><label xml:lang="en">Alpha</label></item>
            <item code="b" points="2"><label xml:lang="en">Beta</label></item>
            <item code="c" points="3"><label xml:lang="en">Gamma</label></item></checklist>
            """) + indicator("AAA.03", "", """
            <number min="0"><bands><band from="0" to="10" points="1"/><band from="10" to="50" points="3"/>
            <band from="50" points="4"/></bands></number>
            """) + indicator("AAA.04", "", """
            <ratio><numerator xml:lang="en">n</numerator><denominator xml:lang="en">d</denominator>
            <linear low="20" high="70"/></ratio>
            """) + indicator("AAA.05", "", "<text/>")
        let areaB = indicator("BBB.01", #"allow-na="true""#, yesNo)
            + indicator("BBB.02", #"weight="3""#, #"<number min="0" max="1000"><linear low="100" high="0"/></number>"#)
            + indicator("BBB.03", "", yesNo)
        let files = [
            "framework.xml": """
                <framework xmlns="urn:rapporteur:framework:1" id="hand" version="1.0"><title xml:lang="en">Hand</title>
                <scoring aggregation="\(aggregation)" min-coverage="0.5"/>
                <ratings><rating code="strong" min="80"><label xml:lang="en">Strong</label></rating>
                <rating code="moderate" min="50"><label xml:lang="en">Moderate</label></rating>
                <rating code="weak" min="0"><label xml:lang="en">Weak</label></rating></ratings>
                <include href="a.xml"/><include href="b.xml"/></framework>
                """,
            "a.xml": #"<area xmlns="urn:rapporteur:framework:1" id="AA" weight="2"><title xml:lang="en">A</title>"# + areaA + "</area>",
            "b.xml": #"<area xmlns="urn:rapporteur:framework:1" id="BB" weight="1"><title xml:lang="en">B</title>"# + areaB + "</area>",
        ]
        return FrameworkLoader.load(from: MemoryFrameworkSource(texts: files)).framework
    }

    static let fullAnswers: [String: String] = [
        "AAA.01": "Delimično", "AAA.02": "beta; gamma", "AAA.03": "12", "AAA.04": "30/60", "AAA.05": "notes",
        "BBB.01": "n/a", "BBB.02": "25", "BBB.03": "",
    ]

    func score(_ answers: [String: String], aggregation: String = "arithmetic") throws -> SheetScore {
        let framework = try #require(Self.framework(aggregation: aggregation))
        let rows = answers.sorted { $0.key < $1.key }.map { id, answer in
            "\(id),\"\(answer)\""
        }.joined(separator: "\n")
        let text = "country,RS\nyear,2024\nframework,hand 1.0\nstatus,final\n\nindicator,answer\n" + rows + "\n"
        let (raw, _) = try SheetLoader.readRaw(Data(text.utf8), file: "hand.csv", encoding: .utf8)
        let assembled = SheetAssembler(framework: framework).assemble(raw)
        #expect(!assembled.diagnostics.hasErrors, "\(assembled.diagnostics.map(\.message))")
        return Scorer(framework: framework).score(try #require(assembled.sheet))
    }

    @Test("each answer kind normalises to [0, 100] as the contract says")
    func indicatorScores() throws {
        let result = try score(Self.fullAnswers)
        #expect(result.indicator("AAA.01")?.score == 50)       // 100 * 2 / 4
        #expect(result.indicator("AAA.02")?.score == 100)      // 100 * min(2 + 3, 4) / 4
        #expect(result.indicator("AAA.03")?.score == 75)       // 12 is in [10, 50): 100 * 3 / 4
        #expect(result.indicator("AAA.04")?.score == 60)       // v = 50: 100 * (50 - 20) / (70 - 20)
        #expect(result.indicator("AAA.05")?.state == .recorded)
        #expect(result.indicator("BBB.01")?.state == .notApplicable)
        #expect(result.indicator("BBB.02")?.score == 75)       // 100 * (25 - 100) / (0 - 100)
        #expect(result.indicator("BBB.03")?.state == .missing)
    }

    @Test("arithmetic areas and overall: weighted means over answered, coverage over applicable")
    func arithmetic() throws {
        let result = try score(Self.fullAnswers)
        // A: (1*50 + 2*100 + 1*75 + 1*60) / 5 = 77, all answered.
        #expect(result.area("AA")?.aggregate == AggregateScore(state: .scored, score: 77, coverage: 1))
        // B: BB.01 not applicable; of weight 3 + 1, 3 answered: coverage 0.75, score 75.
        #expect(result.area("BB")?.aggregate == AggregateScore(state: .scored, score: 75, coverage: 0.75))
        // Overall: (2*77 + 1*75) / 3 = 76.333..., rated on 76.33: moderate.
        let overall = try #require(result.overall.score)
        #expect(abs(overall - 229.0 / 3) < 1e-12)
        #expect(result.overall.coverage == 1)
        #expect(result.rating?.code == "moderate")
    }

    @Test("an area below the minimum coverage is withheld and leaves the overall score")
    func withheld() throws {
        var answers = Self.fullAnswers
        answers["BBB.02"] = "unknown"
        let result = try score(answers)
        // B: 0 of 4 applicable weight answered.
        #expect(result.area("BB")?.aggregate == AggregateScore(state: .withheld, score: nil, coverage: 0))
        // Overall over A alone: 77, coverage 2 / 3.
        #expect(result.overall.score == 77)
        #expect(result.overall.coverage == 2.0 / 3)
    }

    @Test("the overall score is withheld when too little of it is answered")
    func overallWithheld() throws {
        let result = try score(["BBB.02": "25"])
        // A: nothing answered, withheld; B: 3 of 4, 75; overall coverage 1/3 < 0.5.
        #expect(result.area("AA")?.aggregate.state == .withheld)
        #expect(result.overall.state == .withheld)
        #expect(result.overall.coverage == 1.0 / 3)
        #expect(result.rating == nil)
    }

    @Test("an area with nothing applicable is not applicable and leaves the overall score")
    func notApplicableArea() throws {
        let result = try score(["AAA.01": "yes", "AAA.02": "a", "AAA.03": "0", "AAA.04": "0/0", "BBB.01": "n/a", "BBB.02": "", "BBB.03": ""])
        // AA.04 with D = 0 is not applicable: A = (1*100 + 2*25 + 1*25) / 4 = 43.75.
        #expect(result.indicator("AAA.04")?.state == .notApplicable)
        #expect(result.area("AA")?.aggregate == AggregateScore(state: .scored, score: 43.75, coverage: 1))
        // B: BB.01 n/a, BB.02 and BB.03 missing: 0 of 4 answered, withheld.
        #expect(result.area("BB")?.aggregate.state == .withheld)
    }

    @Test("geometric aggregation: weighted geometric means")
    func geometric() throws {
        let result = try score(Self.fullAnswers, aggregation: "geometric")
        // A: exp((ln 50 + 2 ln 100 + ln 75 + ln 60) / 5) = 74.2055697...
        let a = try #require(result.area("AA")?.aggregate.score)
        #expect(abs(a - 74.20556969510294) < 1e-9)
        // BB: exp(3 ln 75 / 3) = 75, up to rounding in exp and ln.
        #expect(abs(try #require(result.area("BB")?.aggregate.score) - 75) < 1e-9)
        // Overall: exp((2 ln A + ln 75) / 3) = 74.4694404...
        let overall = try #require(result.overall.score)
        #expect(abs(overall - 74.46944037578433) < 1e-9)
    }

    @Test("geometric aggregation: one answered zero makes the area 0")
    func geometricZero() throws {
        var answers = Self.fullAnswers
        answers["AAA.01"] = "no"
        let result = try score(answers, aggregation: "geometric")
        #expect(result.area("AA")?.aggregate == AggregateScore(state: .scored, score: 0, coverage: 1))
        // Overall: an answered area of 0 makes the overall 0 as well.
        #expect(result.overall.score == 0)
        #expect(result.rating?.code == "weak")
    }
}
