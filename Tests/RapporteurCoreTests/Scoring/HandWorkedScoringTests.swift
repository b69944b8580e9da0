import RapporteurCore
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
    /// The framework above as its XML would load: `hand` 1.0, minimum
    /// coverage 0.5, ratings strong from 80, moderate from 50, weak from 0.
    static func framework(aggregation: Aggregation = .arithmetic) -> Framework {
        let text = TestFrameworks.text
        func at(_ file: String) -> RapporteurCore.SourceLocation { TestFrameworks.at(file, 1) }
        func option(_ code: String, _ points: Double, _ label: String, serbian: String? = nil) -> AnswerOption {
            var labels = LocalisedText(["en": label])
            if let serbian { labels = LocalisedText(["en": label, "sr-Latn": serbian]) }
            return AnswerOption(code: code, points: points, labels: labels, location: at("a.xml"))
        }
        func indicator(_ id: String, weight: Double? = nil, allowsNotApplicable: Bool = false, _ answer: AnswerSpec) -> Indicator {
            Indicator(id: id, type: .process, weight: weight, allowsNotApplicable: allowsNotApplicable, title: text(id),
                      question: text("\(id)?"), answer: answer, location: at("a.xml"))
        }
        let yesNo = AnswerSpec.choice(Choice(options: [option("yes", 1, "Yes"), option("no", 0, "No")], location: at("b.xml")))
        let areaA = [
            indicator("AAA.01", .choice(Choice(options: [option("yes", 4, "Yes"), option("partly", 2, "Partly", serbian: "Delimično"),
                                                          option("no", 0, "No")], location: at("a.xml")))),
            indicator("AAA.02", weight: 2, .checklist(Checklist(items: [option("a", 1, "Alpha"), option("b", 2, "Beta"),
                                                                        option("c", 3, "Gamma")], cap: 4, location: at("a.xml")))),
            indicator("AAA.03", .number(NumberSpec(minimum: 0, rule: .bands([
                Band(from: 0, to: 10, points: 1, location: at("a.xml")), Band(from: 10, to: 50, points: 3, location: at("a.xml")),
                Band(from: 50, to: nil, points: 4, location: at("a.xml")),
            ], location: at("a.xml")), location: at("a.xml")))),
            indicator("AAA.04", .ratio(RatioSpec(numerator: text("n"), denominator: text("d"),
                                                 rule: .linear(low: 20, high: 70, location: at("a.xml")), location: at("a.xml")))),
            indicator("AAA.05", .text),
        ]
        let areaB = [
            indicator("BBB.01", allowsNotApplicable: true, yesNo),
            indicator("BBB.02", weight: 3, .number(NumberSpec(minimum: 0, maximum: 1000,
                                                              rule: .linear(low: 100, high: 0, location: at("b.xml")),
                                                              location: at("b.xml")))),
            indicator("BBB.03", yesNo),
        ]
        return Framework(
            id: "hand", version: FrameworkVersion(major: 1, minor: 0), title: text("Hand"),
            scoring: ScoringSettings(aggregation: aggregation, minimumCoverage: 0.5),
            ratings: [Rating(code: "strong", minimum: 80, label: text("Strong"), location: at("framework.xml")),
                      Rating(code: "moderate", minimum: 50, label: text("Moderate"), location: at("framework.xml")),
                      Rating(code: "weak", minimum: 0, label: text("Weak"), location: at("framework.xml"))],
            areas: [Area(id: "AA", weight: 2, title: text("A"), indicators: areaA, location: at("a.xml")),
                    Area(id: "BB", weight: 1, title: text("B"), indicators: areaB, location: at("b.xml"))],
            location: at("framework.xml"))
    }

    static let fullAnswers: [String: String] = [
        "AAA.01": "Delimično", "AAA.02": "beta; gamma", "AAA.03": "12", "AAA.04": "30/60", "AAA.05": "notes",
        "BBB.01": "n/a", "BBB.02": "25", "BBB.03": "",
    ]

    func score(_ answers: [String: String], aggregation: Aggregation = .arithmetic) throws -> SheetScore {
        let framework = Self.framework(aggregation: aggregation)
        let rows = answers.sorted { $0.key < $1.key }.map { (indicator: $0.key, answer: $0.value) }
        let raw = TestFrameworks.rawSheet(file: "hand.csv", country: "RS", year: 2024, framework: "hand 1.0", status: "final",
                                          answers: rows)
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
        let result = try score(Self.fullAnswers, aggregation: .geometric)
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
        let result = try score(answers, aggregation: .geometric)
        #expect(result.area("AA")?.aggregate == AggregateScore(state: .scored, score: 0, coverage: 1))
        // Overall: an answered area of 0 makes the overall 0 as well.
        #expect(result.overall.score == 0)
        #expect(result.rating?.code == "weak")
    }
}
