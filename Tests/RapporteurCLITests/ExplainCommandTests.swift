import Foundation
import Testing
import TestSupport

/// `explain` on a small framework whose numbers are worked out by hand
/// (Tests/Fixtures/explain): AT 2024 against AT 2023 and BG 2024.
///
/// AT 2024: AAA.01 partly = 100 x 1/2 = 50; AAA.02 12/40 = 30 %, linear 0 to 50
/// = 60; AAA.03 7 in band [5, 20) = 100 x 1/2 = 50; AAA.04 empty. AAA =
/// (1x50 + 2x60 + 1x50) / 4 = 55, coverage 4/5. BBB: only BBB.01 of weight 4,
/// coverage 1/4 < 0.6, withheld. Overall = AAA alone = 55, coverage 2/3.
/// AT 2023: AAA = (0 + 2x50 + 100 + 100) / 5 = 60, BBB = (50 + 75 + 2x100) / 4
/// = 81.25, overall = (2x60 + 81.25) / 3 = 67.08. BG 2024: AAA = (100 + 2x100
/// + 0 + 0) / 5 = 60, BBB = (0 + 25 + 2x50) / 4 = 31.25, overall 50.42.
@Suite("rapporteur explain")
struct ExplainCommandTests {
    static let sheets = "Tests/Fixtures/explain/sheets"
    static let framework = ["--framework", "Tests/Fixtures/explain/framework"]
    static let at24 = "Tests/Fixtures/explain/sheets/AT-2024.csv"
    static let at23 = "Tests/Fixtures/explain/sheets/AT-2023.csv"

    struct Golden: Sendable, CustomTestStringConvertible {
        var id: String
        var lang: String
        var text: String
        var testDescription: String { "\(id) in \(lang)" }
    }

    static let goldens: [Golden] = [
        Golden(id: "overall", lang: "en", text: """
            AT 2024, Overall score: 55.00
            Sheet: \(at24)
            Weighted arithmetic mean of the areas with a score; answered weight 2; coverage 66.7% (minimum 60.0%).

              AAA  Protection
                  Weight 2, score 55.00, coverage 80.0%, contribution 55.00
              BBB  Prevention
                  Weight 1, withheld: coverage 25.0% is below the minimum 60.0%

            Rank 1 of 2 (all countries with sheets); regional mean 52.71; change since 2023: -12.08 (\(at23)).

            """),
        Golden(id: "overall", lang: "sr-Latn", text: """
            AT 2024, Ukupna ocena: 55,00
            List: \(at24)
            Ponderisana aritmetička sredina oblasti koje imaju ocenu; odgovoreni ponder 2; pokrivenost 66,7% (minimum 60,0%).

              AAA  Zaštita
                  Ponder 2, ocena 55,00, pokrivenost 80,0%, doprinos 55,00
              BBB  Prevencija
                  Ponder 1, uskraćeno: pokrivenost 25,0% je ispod minimuma 60,0%

            Mesto 1 od 2 (sve zemlje sa listovima); regionalni prosek 52,71; promena od 2023: -12,08 (\(at23)).

            """),
        Golden(id: "AAA", lang: "en", text: """
            AT 2024, Area AAA (Protection): 55.00
            Sheet: \(at24)
            Weighted arithmetic mean of the indicators with a score; answered weight 4; coverage 80.0% (minimum 60.0%).

              AAA.01  Cooperation
                  Answer: partly (\(at24):7:2)
                  Rule: option partly: 1 of at most 2 points; 100 × 1 / 2 = 50.00
                  Weight 1, score 50.00, contribution 12.50
                  Source: Ministry report 2024
              AAA.02  Victims assisted
                  Answer: 12/40 (\(at24):8:2 \(at24):9:2)
                  Rule: share 100 × 12 / 40 = 30.00; linear from 0 to 50; 100 × (30.00 - 0) / (50 - 0) = 60.00
                  Weight 2, score 60.00, contribution 30.00
                  Source: Police statistics
              AAA.03  Shelter places
                  Answer: 7 (\(at24):10:2)
                  Rule: 7: band 5-20, 1 of at most 2 points; 100 × 1 / 2 = 50.00
                  Weight 1, score 50.00, contribution 12.50
                  Comment: Shelter count
              AAA.04  Hotline
                  Weight 1, no answer: left out of the mean, lowers the coverage

            Rank 2 of 2 (all countries with sheets); regional mean 57.50; change since 2023: -5.00 (\(at23)).

            """),
        Golden(id: "AAA", lang: "sr-Latn", text: """
            AT 2024, Oblast AAA (Zaštita): 55,00
            List: \(at24)
            Ponderisana aritmetička sredina indikatora koji imaju ocenu; odgovoreni ponder 4; pokrivenost 80,0% (minimum 60,0%).

              AAA.01  Saradnja
                  Odgovor: partly (\(at24):7:2)
                  Pravilo: opcija partly: 1 od najviše 2 poena; 100 × 1 / 2 = 50,00
                  Ponder 1, ocena 50,00, doprinos 12,50
                  Izvor: Ministry report 2024
              AAA.02  Žrtve koje su dobile pomoć
                  Odgovor: 12/40 (\(at24):8:2 \(at24):9:2)
                  Pravilo: udeo 100 × 12 / 40 = 30,00; linearno od 0 do 50; 100 × (30,00 - 0) / (50 - 0) = 60,00
                  Ponder 2, ocena 60,00, doprinos 30,00
                  Izvor: Police statistics
              AAA.03  Mesta u skloništu
                  Odgovor: 7 (\(at24):10:2)
                  Pravilo: 7: raspon 5-20, 1 od najviše 2 poena; 100 × 1 / 2 = 50,00
                  Ponder 1, ocena 50,00, doprinos 12,50
                  Komentar: Shelter count
              AAA.04  Telefonska linija
                  Ponder 1, nema odgovora: izostavljeno iz proseka, smanjuje pokrivenost

            Mesto 2 od 2 (sve zemlje sa listovima); regionalni prosek 57,50; promena od 2023: -5,00 (\(at23)).

            """),
        Golden(id: "AAA.02", lang: "en", text: """
            AT 2024, Indicator AAA.02 (Victims assisted): 60.00
            Sheet: \(at24)

              AAA.02  Victims assisted
                  Answer: 12/40 (\(at24):8:2 \(at24):9:2)
                  Rule: share 100 × 12 / 40 = 30.00; linear from 0 to 50; 100 × (30.00 - 0) / (50 - 0) = 60.00
                  Weight 2, score 60.00
                  Source: Police statistics

            Rank 2 of 2 (all countries with sheets); regional mean 80.00; change since 2023: +10.00 (\(at23)).
            Previous sheet 2023 (\(at23)): answer 10/40, 50.00.

            """),
        Golden(id: "AAA.02", lang: "sr-Latn", text: """
            AT 2024, Indikator AAA.02 (Žrtve koje su dobile pomoć): 60,00
            List: \(at24)

              AAA.02  Žrtve koje su dobile pomoć
                  Odgovor: 12/40 (\(at24):8:2 \(at24):9:2)
                  Pravilo: udeo 100 × 12 / 40 = 30,00; linearno od 0 do 50; 100 × (30,00 - 0) / (50 - 0) = 60,00
                  Ponder 2, ocena 60,00
                  Izvor: Police statistics

            Mesto 2 od 2 (sve zemlje sa listovima); regionalni prosek 80,00; promena od 2023: +10,00 (\(at23)).
            Prethodni list 2023 (\(at23)): odgovor 10/40, 50,00.

            """),
        Golden(id: "AAA.03", lang: "en", text: """
            AT 2024, Indicator AAA.03 (Shelter places): 50.00
            Sheet: \(at24)

              AAA.03  Shelter places
                  Answer: 7 (\(at24):10:2)
                  Rule: 7: band 5-20, 1 of at most 2 points; 100 × 1 / 2 = 50.00
                  Weight 1, score 50.00
                  Comment: Shelter count

            Rank 1 of 2 (all countries with sheets); regional mean 25.00; change since 2023: -50.00 (\(at23)).
            Previous sheet 2023 (\(at23)): answer 25, 100.00.

            """),
        Golden(id: "AAA.03", lang: "sr-Latn", text: """
            AT 2024, Indikator AAA.03 (Mesta u skloništu): 50,00
            List: \(at24)

              AAA.03  Mesta u skloništu
                  Odgovor: 7 (\(at24):10:2)
                  Pravilo: 7: raspon 5-20, 1 od najviše 2 poena; 100 × 1 / 2 = 50,00
                  Ponder 1, ocena 50,00
                  Komentar: Shelter count

            Mesto 1 od 2 (sve zemlje sa listovima); regionalni prosek 25,00; promena od 2023: -50,00 (\(at23)).
            Prethodni list 2023 (\(at23)): odgovor 25, 100,00.

            """),
    ]

    @Test("the text explains the score as worked out by hand", arguments: goldens)
    func golden(_ golden: Golden) throws {
        let result = try CommandRunner.run(["explain"] + Self.framework
            + ["--country", "AT", "--year", "2024", "--id", golden.id, "--lang", golden.lang, Self.sheets])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == golden.text)
    }

    @Test("JSON gives the parts with unrounded scores, weights, states and both locations of a two-row ratio")
    func json() throws {
        let result = try CommandRunner.run(["explain"] + Self.framework
            + ["--country", "AT", "--year", "2024", "--id", "AAA", "--format", "json", Self.sheets])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.standardOutputData) as? [String: Any])
        #expect(object["country"] as? String == "AT" && object["year"] as? Int == 2024)
        #expect(object["level"] as? String == "area" && object["id"] as? String == "AAA")
        #expect(object["score"] as? Double == 55 && object["state"] as? String == "scored")
        #expect(object["coverage"] as? Double == 0.8)
        #expect(object["rank"] as? Int == 2 && object["n"] as? Int == 2 && object["mean"] as? Double == 57.5)
        #expect(object["delta"] as? Double == -5 && object["delta_from"] as? Int == 2023)
        let parts = try #require(object["parts"] as? [[String: Any]])
        #expect(parts.map { $0["id"] as? String } == ["AAA.01", "AAA.02", "AAA.03", "AAA.04"])
        #expect(parts.map { $0["weight"] as? Double } == [1, 2, 1, 1])
        #expect(parts.map { $0["score"] as? Double } == [50, 60, 50, nil])
        #expect(parts.map { $0["state"] as? String } == ["scored", "scored", "scored", "missing"])
        #expect(parts[1]["answer"] as? String == "12/40" && parts[1]["value"] as? String == "12/40")
        #expect(parts[1]["locations"] as? [String] == ["\(Self.at24):8:2", "\(Self.at24):9:2"])
        // An empty answer still has its cell.
        #expect(parts[3]["locations"] as? [String] == ["\(Self.at24):11:2"])
    }

    @Test("two runs print the same bytes")
    func deterministic() throws {
        let arguments = ["explain"] + Self.framework + ["--country", "AT", "--year", "2024", "--format", "json", Self.sheets]
        #expect(try CommandRunner.run(arguments).standardOutputData == CommandRunner.run(arguments).standardOutputData)
    }

    @Test("an unknown id is a usage error that suggests the nearest id, with nothing on standard output")
    func unknownId() throws {
        let result = try CommandRunner.run(["explain"] + Self.framework
            + ["--country", "AT", "--year", "2024", "--id", "AAA.2", Self.sheets])
        #expect(result.status == 2)
        #expect(result.standardError.contains("'AAA.2'") && result.standardError.contains("did you mean 'AAA.02'?"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test("a country and year without a taking-part sheet is a usage error naming the years there are")
    func noSheet() throws {
        let result = try CommandRunner.run(["explain"] + Self.framework + ["--country", "AT", "--year", "2025", Self.sheets])
        #expect(result.status == 2)
        #expect(result.standardError.contains("no taking-part sheet for AT 2025"))
        #expect(result.standardError.contains("AT has taking-part sheets for 2023, 2024"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test("without --year, explain refuses with exit status 2")
    func needsYear() throws {
        let result = try CommandRunner.run(["explain"] + Self.framework + ["--country", "AT", Self.sheets])
        #expect(result.status == 2)
        #expect(result.standardError.contains("--year"))
    }
}
