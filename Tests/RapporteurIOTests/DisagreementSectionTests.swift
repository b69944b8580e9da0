import Foundation
import RapporteurCore
import RapporteurIO
import Testing

/// The text report's section "Where the government and civil society
/// disagree", whole, in English and Serbian Latin, on the framework of
/// `AgreementSheets` (an answer is its score).
///
/// - RS 2024: government 100, unknown, 0, 70; NGO 50, 40, 0, 70. Overall
///   60.00 against 50.00, +10.00; n = 3, same 2/3 = 67%, mad 50/3 = 16.67,
///   alpha 372/497 = 0.7485, shown 0.75. Only AA.01 differs: +50.00.
/// - AL 2024: both 80 everywhere. 80.00, 80.00, 0.00; n = 4, same 100%,
///   mad 0.00; all eight scores equal, so no alpha: `-`. Nothing differs.
/// - Rows by year, then country; country names as the report gives them.
@Suite("the disagreement section, golden")
struct DisagreementSectionTests {
    static func agreement() throws -> Agreement {
        let framework = try #require(AgreementSheets.framework)
        let scores = try AgreementSheets.pair() + [
            try AgreementSheets.sheet("AL", 2024, "government", ["80", "80", "80", "80"]),
            try AgreementSheets.sheet("AL", 2024, nil, ["80", "80", "80", "80"]),
        ]
        return try AgreementEngine(framework: framework).agree(scores, ComparisonRequest()).get()
    }

    @Test("in English")
    func english() throws {
        let lines = DisagreementSection(agreement: try Self.agreement(), language: "en", number: 5).lines()
        #expect(lines.joined(separator: "\n") == Self.english)
    }

    @Test("in Serbian Latin")
    func serbian() throws {
        let lines = DisagreementSection(agreement: try Self.agreement(), language: "sr-Latn", number: 5).lines()
        #expect(lines.joined(separator: "\n") == Self.serbian)
    }

    @Test("without pairs it says so")
    func noPairs() throws {
        let framework = try #require(AgreementSheets.framework)
        let agreement = try AgreementEngine(framework: framework)
            .agree([try AgreementSheets.sheet("AL", 2024, nil, ["1", "2", "3", "4"])], ComparisonRequest()).get()
        let lines = DisagreementSection(agreement: agreement, language: "en", number: 5).lines()
        #expect(lines.last == "No country has both a government and an NGO sheet for the same year.")
    }

    @Test("the agreement text names left-out sheets in the reader's language, within 100 columns")
    func agreementTextNotes() throws {
        let framework = try #require(AgreementSheets.framework)
        let scores = try AgreementSheets.pair() + [
            try AgreementSheets.sheet("AL", 2024, "government", ["1", "2", "3", "4"], status: "draft"),
            try AgreementSheets.sheet("RS", 2023, "joint", ["1", "2", "3", "4"]),
            try AgreementSheets.sheet("ME", 2024, "government", ["1", "2", "3", "4"]),
        ]
        let agreement = try AgreementEngine(framework: framework).agree(scores, ComparisonRequest()).get()
        let text = AgreementText(framework: framework, agreement: agreement, language: "sr-Latn").render()
        #expect(text.contains("- nacrt izostavljen (sa --include-drafts se uključuje): AL-2024-government.csv (AL 2024)"))
        #expect(text.contains("- zajednički list izostavljen (upoređuju se list vlade i list NVO): RS-2023-joint.csv (RS 2023)"))
        #expect(text.contains("- nema lista NVO uz ME-2024-government.csv (ME 2024)"))
        // RS 2024, both sides: AA.01 differs, 100.00 against 50.00, with each side's source and comment.
        #expect(text.contains("  AA.01 +50,00 Title AA.01\n      Vlada: 100,00; odgovor: 100\n        izvor: s-AA.01-government\n"
                              + "        komentar: c-AA.01\n      NVO: 50,00; odgovor: 50\n        izvor: s-AA.01-ngo\n"))
        for line in text.split(separator: "\n") { #expect(line.count <= 100, "\(line)") }
    }

    static let english = """
        5. Where the government and civil society disagree
        ──────────────────────────────────────────────────
        The government's self-assessment beside the NGO sheet of the same country and year. Same: the share
        of the indicators both scored that got equal scores; mean difference: the mean absolute difference
        of those scores; alpha: Krippendorff's alpha, 1 for full agreement, 0 for no more than chance.

        Country    Year   Government    NGO Difference   n  Same  Mean diff. Alpha
        AL Albania 2024        80.00  80.00       0.00   4  100%        0.00     -
        RS Serbia  2024        60.00  50.00     +10.00   3   67%       16.67  0.75

        AL Albania, 2024, largest differences: no indicator scored differently

        RS Serbia, 2024, largest differences: AA.01 +50.00
        """
    static let serbian = """
        5. Gde se vlada i civilno društvo razilaze
        ──────────────────────────────────────────
        Samoprocena vlade uporedo sa listom NVO za istu zemlju i godinu. Isto: udeo indikatora koje su obe
        strane ocenile i čije su ocene jednake; prosečna razlika: prosečna apsolutna razlika tih ocena;
        alfa: Krippendorffov alfa, 1 za potpuno slaganje, 0 za slaganje ne veće od slučajnog.

        Zemlja      Godina      Vlada    NVO    Razlika   n  Isto Pros. razl.  Alfa
        AL Albanija 2024        80,00  80,00       0,00   4  100%        0,00     -
        RS Srbija   2024        60,00  50,00     +10,00   3   67%       16,67  0,75

        AL Albanija, 2024, najveće razlike: nijedan indikator nije drugačije ocenjen

        RS Srbija, 2024, najveće razlike: AA.01 +50,00
        """
}
