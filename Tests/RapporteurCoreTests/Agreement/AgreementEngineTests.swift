import RapporteurCore
import Testing

/// The agreement engine and the respondent in the comparison, on cases
/// worked out by hand. Area AA has three numbers and BB one, each scored
/// linearly from 0 to 100 (an answer is its score), weights 1, minimum
/// coverage 0.5; region r holds RS and AL.
@Suite("agreement engine, worked by hand")
struct AgreementEngineTests {
    /// The framework above as its XML would load: `t` 1.0, arithmetic,
    /// stable band 2, ratings `good` from 60 and `poor` from 0.
    static let framework: Framework? = {
        let text = TestFrameworks.text
        func indicator(_ id: String) -> Indicator {
            let location = SourceLocation(file: "\(id.prefix(2).lowercased()).xml", line: 2)
            return Indicator(id: id, type: .outcome, title: text("Title \(id)"), question: text("q?"),
                             answer: .number(NumberSpec(minimum: 0, maximum: 100, rule: .linear(low: 0, high: 100, location: location),
                                                        location: location)),
                             location: location)
        }
        let at = TestFrameworks.at
        return Framework(
            id: "t", version: FrameworkVersion(major: 1, minor: 0), title: LocalisedText(["en": "T", "sr-Latn": "T"]),
            scoring: ScoringSettings(aggregation: .arithmetic, minimumCoverage: 0.5, stableBand: 2),
            // The ratings and the region of RS and AL are those of twoAreas.
            ratings: TestFrameworks.twoAreas.ratings, regions: TestFrameworks.twoAreas.regions,
            areas: [Area(id: "AA", title: text("Alpha"), indicators: ["AA.01", "AA.02", "AA.03"].map(indicator),
                         location: at("aa.xml", 1)),
                    Area(id: "BB", title: text("Beta"), indicators: [indicator("BB.01")], location: at("bb.xml", 1))],
            location: at("framework.xml", 1))
    }()

    /// A scored sheet; `answers` are AA.01, AA.02, AA.03, BB.01 in order,
    /// with source and comment `s-ID`, `c-ID` on every row.
    static func sheet(_ country: String, _ year: Int, _ respondent: String?, _ answers: [String],
                      status: String = "final", file: String? = nil) throws -> SheetScore {
        let framework = try #require(framework)
        let ids = ["AA.01", "AA.02", "AA.03", "BB.01"]
        let name = file ?? "\(country)-\(year)\(respondent.map { "-" + $0 } ?? "").csv"
        let raw = TestFrameworks.rawSheet(file: name, country: country, year: year, framework: "t 1.0", status: status,
                                          respondent: respondent,
                                          answers: zip(ids, answers).map { (indicator: $0, answer: $1) },
                                          sources: ids.map { "s-\($0)-\(respondent ?? "ngo")" }, comments: ids.map { "c-\($0)" })
        let assembled = SheetAssembler(framework: framework).assemble(raw)
        #expect(!assembled.diagnostics.hasErrors, "\(assembled.diagnostics)")
        return Scorer(framework: framework).score(try #require(assembled.sheet))
    }

    func agree(_ scores: [SheetScore], _ request: ComparisonRequest = ComparisonRequest()) throws -> Agreement {
        try AgreementEngine(framework: try #require(Self.framework)).agree(scores, request).get()
    }

    /// Government: 100, unknown, 0, 70. NGO: 50, 40, 0, 70.
    static func pair() throws -> [SheetScore] {
        [try sheet("RS", 2024, "government", ["100", "unknown", "0", "70"]), try sheet("RS", 2024, nil, ["50", "40", "0", "70"])]
    }

    @Test("one side missing an answer: that indicator is left out of n, same, mad and alpha")
    func oneSideMissing() throws {
        let agreement = try agree(try Self.pair())
        #expect(agreement.pairs.count == 1)
        // AA: government (100 + 0) / 2 = 50, NGO (50 + 40 + 0) / 3 = 30; n = 2 (AA.01, AA.03).
        // same 1/2, mad (50 + 0) / 2 = 25; v = 100, 50, 0, 0: sum 150, squares 12500,
        // ordered pairs 2 * 4 * 12500 - 2 * 150^2 = 55000, D_e = 55000 / 12, D_o = 2500 / 2;
        // alpha = 1 - 1250 * 12 / 55000 = 8/11.
        let area = try #require(agreement.rows.first { $0.level == .area && $0.id == "AA" })
        #expect(area.government == 50 && area.ngo == 30 && area.difference == 20)
        let s = try #require(area.statistics)
        #expect(s.n == 2 && s.same == 0.5 && s.mad == 25)
        #expect(abs(try #require(s.alpha) - 8.0 / 11) < 1e-12)
        // Overall: government (50 + 70) / 2 = 60, NGO (30 + 70) / 2 = 50; n = 3: (100, 50), (0, 0), (70, 70).
        // same 2/3, mad 50/3; v = 100, 50, 0, 0, 70, 70: sum 290, squares 22300,
        // ordered pairs 2 * 6 * 22300 - 2 * 290^2 = 99400, D_e = 99400 / 30, D_o = 2500 / 3;
        // alpha = 1 - 25000 / 99400 = 372/497.
        let overall = try #require(agreement.rows.first { $0.level == .overall })
        #expect(overall.government == 60 && overall.ngo == 50 && overall.difference == 10)
        let o = try #require(overall.statistics)
        #expect(o.n == 3)
        #expect(abs(try #require(o.same) - 2.0 / 3) < 1e-12)
        #expect(abs(try #require(o.mad) - 50.0 / 3) < 1e-12)
        #expect(abs(try #require(o.alpha) - 372.0 / 497) < 1e-12)
        // BB: one indicator, equal: n = 1, same 1, mad 0, no alpha.
        let bb = try #require(agreement.rows.first { $0.level == .area && $0.id == "BB" })
        #expect(bb.statistics == AgreementStatistics([(70, 70)]))
        #expect(bb.statistics?.alpha == nil)
        // The indicator the government left unknown: no government score, no difference.
        let missing = try #require(agreement.rows.first { $0.id == "AA.02" })
        #expect(missing.government == nil && missing.ngo == 40 && missing.difference == nil && missing.statistics == nil)
    }

    @Test("rows come by year, level, framework order, then country")
    func order() throws {
        let scores = try Self.pair() + [try Self.sheet("AL", 2024, "government", ["1", "2", "3", "4"]),
                                        try Self.sheet("AL", 2024, "ngo", ["1", "2", "3", "4"])]
        let keys = try agree(scores).rows.map { "\($0.level.rawValue) \($0.id) \($0.country)" }
        #expect(keys == ["overall overall AL", "overall overall RS", "area AA AL", "area AA RS", "area BB AL", "area BB RS",
                         "indicator AA.01 AL", "indicator AA.01 RS", "indicator AA.02 AL", "indicator AA.02 RS",
                         "indicator AA.03 AL", "indicator AA.03 RS", "indicator BB.01 AL", "indicator BB.01 RS"])
    }

    @Test("the indicators that differ most come first, equal ones are not listed")
    func differences() throws {
        let scores = [try Self.sheet("RS", 2024, "government", ["100", "60", "10", "70"]),
                      try Self.sheet("RS", 2024, nil, ["50", "0", "10", "70"])]
        let listed = try agree(scores).differences(year: 2024, country: "RS").map { "\($0.id) \($0.difference!)" }
        #expect(listed == ["AA.02 60.0", "AA.01 50.0"])
    }

    @Test("a government and an NGO sheet for one country and year are both accepted")
    func differentRespondents() throws {
        let framework = try #require(Self.framework)
        let scores = try Self.pair()
        #expect((try? agree(scores)) != nil)
        // The comparison takes the NGO's and names the government's in the notes.
        let comparison = try ComparisonEngine(framework: framework).compare(scores, ComparisonRequest()).get()
        #expect(comparison.row(year: 2024, country: "RS", level: .overall, id: "overall")?.score == 50)
        let note = try #require(comparison.notes.first { $0.kind == .otherRespondent })
        #expect(note.file == "RS-2024-government.csv" && note.detail == "government")
        // And the government's when asked for.
        let government = try ComparisonEngine(framework: framework)
            .compare(scores, ComparisonRequest(respondent: .government)).get()
        #expect(government.row(year: 2024, country: "RS", level: .overall, id: "overall")?.score == 60)
        #expect(government.notes.contains { $0.kind == .otherRespondent && $0.file == "RS-2024.csv" && $0.detail == "ngo" })
    }

    @Test("two sheets with the same respondent for one country and year are refused, naming both")
    func sameRespondent() throws {
        let framework = try #require(Self.framework)
        let twice = try Self.pair() + [try Self.sheet("RS", 2024, "vlada", ["1", "2", "3", "4"], file: "RS-2024-vlada.csv")]
        guard case .failure(let failure) = AgreementEngine(framework: framework).agree(twice, ComparisonRequest()) else {
            Issue.record("two government sheets for RS 2024 must be refused")
            return
        }
        let message = try #require(failure.diagnostics.first { $0.code == .duplicateSheet }).message
        #expect(message.contains("RS-2024-government.csv") && message.contains("RS-2024-vlada.csv"))
        #expect(message.contains("RS 2024 (government)"))
        // The comparison of the government's sheets refuses them too.
        let comparison = ComparisonEngine(framework: framework).compare(twice, ComparisonRequest(respondent: .government))
        guard case .failure(let refused) = comparison else {
            Issue.record("two government sheets for RS 2024 must be refused by --respondent government")
            return
        }
        #expect(refused.diagnostics.contains { $0.code == .duplicateSheet })
        // Whereas the NGO comparison, which leaves both out, goes ahead.
        #expect((try? ComparisonEngine(framework: framework).compare(twice, ComparisonRequest()).get()) != nil)
    }

    @Test("drafts, joint sheets and years outside the selection take no part")
    func selection() throws {
        let scores = try Self.pair() + [
            try Self.sheet("AL", 2024, "government", ["1", "2", "3", "4"], status: "draft"),
            try Self.sheet("AL", 2024, nil, ["1", "2", "3", "4"]),
            try Self.sheet("RS", 2023, "joint", ["1", "2", "3", "4"]),
            try Self.sheet("RS", 2023, nil, ["1", "2", "3", "4"]),
        ]
        let agreement = try agree(scores)
        #expect(agreement.pairs.map { "\($0.country) \($0.year)" } == ["RS 2024"])
        #expect(agreement.notes.contains { $0.kind == .draftExcluded && $0.country == "AL" })
        #expect(agreement.notes.contains { $0.kind == .otherRespondent && $0.detail == "joint" })
        #expect(try agree(scores, ComparisonRequest(includeDrafts: true)).pairs.count == 2)
        #expect(try agree(scores, ComparisonRequest(years: .range(2023, 2023))).pairs.isEmpty)
    }

    @Test("a respondent that is none of ngo, government, joint is an error naming the line")
    func badRespondent() throws {
        let framework = try #require(Self.framework)
        let raw = TestFrameworks.rawSheet(file: "RS.csv", country: "RS", year: 2024, framework: "t 1.0", status: "final",
                                          respondent: "ministry", answers: [(indicator: "AA.01", answer: "1")])
        let assembled = SheetAssembler(framework: framework).assemble(raw)
        let error = try #require(assembled.diagnostics.first { $0.code == .badRespondent })
        #expect(error.severity == .error)
        #expect(error.location.line == 5)
        #expect(error.message.contains("'ministry'"))
        #expect(assembled.sheet == nil || assembled.diagnostics.hasErrors)
    }
}
