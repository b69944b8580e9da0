import RapporteurCore
import Testing

/// What people type that the contract does not spell out (docs/decisions.md,
/// "Sheets"), against the indicators of the arithmetic conformance
/// framework these cases answer, built as its XML loads. The row a CSV
/// reader refuses (a split cell) is the IO tests' own.
@Suite("answers as people type them")
struct TypedAnswerTests {
    /// `conformance` 2.1, as in `conformance/arithmetic/framework`, with
    /// only the indicators answered here: PJW.06 a choice (yes 5, partial
    /// 2, no 0, n/a allowed), LNZ.05 a banded ratio, LNZ.08 a checklist
    /// (edu 0.5, interp 2, shelter 2) and KCJ.02 a whole number of persons
    /// in [0, 50], linear 41 → 48, n/a allowed.
    static let framework: Framework = {
        func at(_ file: String) -> RapporteurCore.SourceLocation { TestFrameworks.at(file, 1) }
        func labels(_ english: String, _ latin: String, _ cyrillic: String) -> LocalisedText {
            LocalisedText(["en": english, "sr-Latn": latin, "sr-Cyrl": cyrillic])
        }
        func indicator(_ id: String, _ type: IndicatorType, allowsNotApplicable: Bool, _ answer: AnswerSpec) -> Indicator {
            Indicator(id: id, type: type, weight: 1, allowsNotApplicable: allowsNotApplicable,
                      title: LocalisedText(["en": "Indicator \(id)", "sr-Latn": "Indikator \(id)"]),
                      question: LocalisedText(["en": "Question for \(id)?", "sr-Latn": "Pitanje za \(id)?"]),
                      answer: answer, location: at("\(id.prefix(3).lowercased()).xml"))
        }
        let pjw = at("pjw.xml"), lnz = at("lnz.xml"), kcj = at("kcj.xml")
        let choice = Choice(options: [
            AnswerOption(code: "yes", points: 5, labels: labels("Yes", "Da", "Да"), location: pjw),
            AnswerOption(code: "partial", points: 2, labels: labels("Partial", "Delimično", "Делимично"), location: pjw),
            AnswerOption(code: "no", points: 0, labels: labels("No", "Ne", "Не"), location: pjw),
        ], location: pjw)
        let bands = [(0.0, 21.0, 2.0), (21, 64, 3), (64, 72, 1), (72, 78, 3)]
            .map { Band(from: $0.0, to: $0.1, points: $0.2, location: lnz) } + [Band(from: 78, to: nil, points: 4, location: lnz)]
        let ratio = RatioSpec(numerator: TestFrameworks.text("assisted"), denominator: TestFrameworks.text("identified"),
                              rule: .bands(bands, location: lnz), location: lnz)
        let checklist = Checklist(items: [
            AnswerOption(code: "edu", points: 0.5, labels: labels("Edu", "Obrazovanje", "Образовање"), location: lnz),
            AnswerOption(code: "interp", points: 2, labels: labels("Interp", "Prevodilac", "Преводилац"), location: lnz),
            AnswerOption(code: "shelter", points: 2, labels: labels("Shelter", "Smeštaj", "Смештај"), location: lnz),
        ], location: lnz)
        let count = NumberSpec(unit: "persons", minimum: 0, maximum: 50, integer: true,
                               rule: .linear(low: 41, high: 48, location: kcj), location: kcj)
        return Framework(
            id: "conformance", version: FrameworkVersion(major: 2, minor: 1), title: TestFrameworks.text("Conformance"),
            scoring: ScoringSettings(aggregation: .arithmetic, minimumCoverage: 0.5, stableBand: 1),
            ratings: [Rating(code: "any", minimum: 0, label: TestFrameworks.text("Any"), location: at("framework.xml"))],
            areas: [
                Area(id: "PJW", title: TestFrameworks.text("PJW"),
                     indicators: [indicator("PJW.06", .process, allowsNotApplicable: true, .choice(choice))], location: pjw),
                Area(id: "LNZ", title: TestFrameworks.text("LNZ"),
                     indicators: [indicator("LNZ.05", .process, allowsNotApplicable: false, .ratio(ratio)),
                                  indicator("LNZ.08", .structural, allowsNotApplicable: false, .checklist(checklist))],
                     location: lnz),
                Area(id: "KCJ", title: TestFrameworks.text("KCJ"),
                     indicators: [indicator("KCJ.02", .outcome, allowsNotApplicable: true, .number(count))], location: kcj),
            ],
            location: at("framework.xml"))
    }()

    /// The rows as the CSV reader gives them from `indicator,answer,source`
    /// with an empty source.
    static func read(_ rows: [(indicator: String, answer: String)]) -> SheetAssembler.Outcome {
        let raw = TestFrameworks.rawSheet(file: "typed.csv", country: "RS", year: 2024, framework: "conformance 2.1",
                                          status: "final", answers: rows, sources: rows.map { _ in "" })
        return SheetAssembler(framework: framework).assemble(raw)
    }

    @Test("a label typed without diacritics is accepted when one option matches")
    func withoutDiacritics() {
        let outcome = Self.read([("PJW.06", "Delimicno")])
        #expect(outcome.sheet?.answers["PJW.06"]?.value == .choice(code: "partial"))
    }

    @Test("thousands separators in counts get their own message")
    func grouped() {
        let outcome = Self.read([("LNZ.05", "1.250/2.000"), ("KCJ.02", "1,250")])
        #expect(outcome.diagnostics.contains { $0.code == .numberGrouped && $0.suggestion?.contains("1250") == true })
        #expect(outcome.diagnostics.contains { $0.code == .numberNotInteger && $0.suggestion?.contains("1250") == true })
    }

    /// Answers are read once per distinct text (or checklist part) and
    /// remembered: what is remembered must be what reading anew gives.
    @Test("a checklist's parts read the same in any combination and any script, every time")
    func rememberedParts() {
        for _ in 0..<2 {
            let outcome = Self.read([("LNZ.08", "Smeštaj; edu")])
            #expect(outcome.sheet?.answers["LNZ.08"]?.value == .checklist(codes: ["edu", "shelter"]))
            let cyrillic = Self.read([("LNZ.08", "Преводилац;Смештај | Obrazovanje")])
            #expect(cyrillic.sheet?.answers["LNZ.08"]?.value == .checklist(codes: ["edu", "interp", "shelter"]))
            let wrong = Self.read([("LNZ.08", "edu; Kuhinja")])
            #expect(wrong.diagnostics.contains { $0.code == .notAnOption && $0.message.contains("'Kuhinja'") })
        }
    }

    @Test("an answer read before keeps its own text in the message, byte for byte")
    func rememberedByBytes() throws {
        // "Nič" precomposed and decomposed: equal as Swift strings, but each
        // message quotes the text as typed.
        let precomposed = Self.read([("PJW.06", "Ni\u{10D}")])
        let decomposed = Self.read([("PJW.06", "Nic\u{30C}")])
        let first = try #require(precomposed.diagnostics.first { $0.code == .notAnOption })
        let second = try #require(decomposed.diagnostics.first { $0.code == .notAnOption })
        #expect(Array(first.message.description.utf8).contains(0xC4) && !Array(second.message.description.utf8).contains(0xC4))
    }
}
