import Foundation
import RapporteurCore
import RapporteurIO
import Testing

/// The text report, whole, in English and Serbian Latin, over data whose
/// numbers are worked out here. Two areas of one indicator each, scored
/// linearly 0 to 100, so an answer is its score; region r = RS, AL and ME.
///
/// - RS 2023: AA 50, BB 70, overall 60. RS 2024: AA 60, BB 80, overall 70
///   (rating Good from 60), change +10.00 on every level: improved (band 2).
/// - AL 2024: AA 40, BB 40, overall 40 (Poor); no earlier sheet, no change;
///   AL 2023 is missing; ME has no sheet at all, so it is listed unranked.
/// - 2024 overall: mean (70 + 40) / 2 = 55.0, median 55.0, n = 2; AA mean 50,
///   BB mean 60, best RS in both; AL gaps BB -20.00, AA -10.00, RS +20.00, +10.00.
/// - Bars of 15 cells: 70 fills 10.5, shown 11; 40 fills 6.
/// - By year: RS 60.0 → 70.0 (improved), AL - → 40.0; means 60.0 (RS alone), 55.0.
/// - RS's answers changed: AA.01 50 → 60, BB.01 70 → 80, listed in the annex.
/// - Method settings from the framework: min-coverage 0.7 (70%), stable band 2,
///   ratings Good from 60, Poor from 0.
@Suite("the text report, golden")
struct ReportGoldenTests {
    static func comparison() throws -> (Framework, Comparison) {
        let (framework, scores) = try scored()
        let comparison = try ComparisonEngine(framework: framework).compare(scores, ComparisonRequest(region: "r")).get()
        return (framework, comparison)
    }

    /// RS's answers of 2023 and 2024: AA.01 50 → 60, BB.01 70 → 80.
    static func history(_ language: String) throws -> AnswerHistory {
        let (framework, scores) = try scored()
        let rs = scores.filter { $0.sheet.metadata.country == "RS" }.map(\.sheet).sorted { $0.metadata.year < $1.metadata.year }
        return AnswerHistory(changes: AnswerChange.between(rs[0], rs[1], framework: framework, language: language))
    }

    static func scored() throws -> (Framework, [SheetScore]) {
        func area(_ id: String, _ en: String, _ sr: String) -> String {
            """
            <area xmlns="urn:rapporteur:framework:1" id="\(id)"><title xml:lang="en">\(en)</title>
            <title xml:lang="sr-Latn">\(sr)</title>
            <indicator id="\(id).01" type="outcome"><title xml:lang="en">t</title><question xml:lang="en">q?</question>
            <number min="0" max="100"><linear low="0" high="100"/></number></indicator></area>
            """
        }
        let files = [
            "framework.xml": """
                <framework xmlns="urn:rapporteur:framework:1" id="t" version="1.0"><title xml:lang="en">Test instrument</title>
                <title xml:lang="sr-Latn">Probni instrument</title>
                <scoring min-coverage="0.7" stable-band="2"/>
                <ratings><rating code="good" min="60"><label xml:lang="en">Good</label><label xml:lang="sr-Latn">Dobar</label></rating>
                <rating code="poor" min="0"><label xml:lang="en">Poor</label><label xml:lang="sr-Latn">Slab</label></rating></ratings>
                <regions><region id="r"><title xml:lang="en">Region</title><title xml:lang="sr-Latn">Region</title>
                <member country="RS"/><member country="AL"/><member country="ME"/></region></regions>
                <include href="aa.xml"/><include href="bb.xml"/></framework>
                """,
            "aa.xml": area("AA", "Alpha", "Alfa"), "bb.xml": area("BB", "Beta", "Beta"),
        ]
        let framework = try #require(FrameworkLoader.load(from: MemoryFrameworkSource(texts: files)).framework)
        let scores = try [("RS", 2023, "50", "70"), ("RS", 2024, "60", "80"), ("AL", 2024, "40", "40")].map { sheet in
            let text = "country,\(sheet.0)\nyear,\(sheet.1)\nframework,t 1.0\nstatus,final\n\nindicator,answer\n"
                + "AA.01,\(sheet.2)\nBB.01,\(sheet.3)\n"
            let (raw, _) = try SheetLoader.readRaw(Data(text.utf8), file: "\(sheet.0)-\(sheet.1).csv", encoding: .utf8)
            return Scorer(framework: framework).score(try #require(SheetAssembler(framework: framework).assemble(raw).sheet))
        }
        return (framework, scores)
    }

    @Test("in English")
    func english() throws {
        let (framework, comparison) = try Self.comparison()
        #expect(ReportText(framework: framework, comparison: comparison, language: "en",
                           history: try Self.history("en")).render() == Self.english)
    }

    @Test("in Serbian Latin")
    func serbian() throws {
        let (framework, comparison) = try Self.comparison()
        #expect(ReportText(framework: framework, comparison: comparison, language: "sr-Latn",
                           history: try Self.history("sr-Latn")).render() == Self.serbian)
    }

    @Test("in every language, within 100 columns, numbers with a decimal comma outside English",
          arguments: ["en", "sr-Latn", "sr-Cyrl", "sq", "mk"])
    func everyLanguage(_ language: String) throws {
        let (framework, comparison) = try Self.comparison()
        let text = ReportText(framework: framework, comparison: comparison, language: language).render()
        for line in text.split(separator: "\n") { #expect(line.count <= ReportText.maximumWidth, "\(line)") }
        let expected: [String: (title: String, mean: String)] = [
            "en": ("Comparison report", "Regional mean: 55.0; median 55.0; n = 2"),
            "sr-Latn": ("Uporedni izveštaj", "Regionalni prosek: 55,0; medijana 55,0; n = 2"),
            "sr-Cyrl": ("Упоредни извештај", "Регионални просек: 55,0; медијана 55,0; n = 2"),
            "sq": ("Raport krahasues", "Mesatarja rajonale: 55,0; mediana 55,0; n = 2"),
            "mk": ("Споредбен извештај", "Регионален просек: 55,0; медијана 55,0; n = 2"),
        ]
        #expect(text.hasPrefix(expected[language]!.title + ": "))
        #expect(text.contains(expected[language]!.mean))
        #expect(text.contains("+10,00") == (language != "en"))
    }

    static let english = """
            Comparison report: Test instrument
            ══════════════════════════════════
            Framework: t 1.0
            Region: Region (r)
            Years: 2023–2024 (latest: 2024)
            Sheets: 3 used (3 in the years shown)

            1. Overall ranking, 2024
            ────────────────────────
              # Country       Score                 Rating        Change Trend       Coverage
              1 RS Serbia      70.0 ███████████░░░░ Good          +10.00 improved        100%
              2 AL Albania     40.0 ██████░░░░░░░░░ Poor                                 100%
              - ME Montenegro     - no sheet
            Regional mean: 55.0; median 55.0; n = 2

            2. Overall score by year
            ────────────────────────
            Country         2023   2024 Trend
            AL Albania         -   40.0
            RS Serbia       60.0   70.0 improved
            Regional mean   60.0   55.0

            3. Scores by area, 2024 (- withheld or no data)
            ───────────────────────────────────────────────
            Area       AL     RS   Mean Best
            AA       40.0   60.0   50.0 RS
            BB       40.0   80.0   60.0 RS

            Areas:
              AA Alpha
              BB Beta

            4. Largest changes since the previous year
            ──────────────────────────────────────────
              RS    +10.00 (2023 → 2024)  AA Alpha
              RS    +10.00 (2023 → 2024)  BB Beta
              RS    +10.00 (2023 → 2024)  Overall score

            5. Country profiles
            ───────────────────

            AL Albania, 2024: 40.0 (Poor), rank 2 of 2
              Strongest areas: AA 40.0
              Weakest areas: BB 40.0
              Gap to the regional mean: BB -20.00, AA -10.00
              Indicators whose answer changed: none

            RS Serbia, 2024: 70.0 (Good), rank 1 of 2
              Strongest areas: BB 80.0
              Weakest areas: AA 60.0
              Gap to the regional mean: BB +20.00, AA +10.00
              Indicators whose answer changed: 2 (see the annex)

            6. Data quality
            ───────────────
            - no sheet for AL 2023
            - no sheet for ME 2023
            - no sheet for ME 2024

            7. Method
            ─────────
            Each answer is scored from 0 to 100 as the instrument defines. Area scores are weighted means of the
            answered indicators; the overall score is the weighted mean of the areas. Where the answered share
            of an area's weight (its coverage) is below the instrument's minimum, the score is withheld rather
            than guessed. Ranks and changes use scores rounded to two decimals; a change smaller than the
            instrument's stable band counts as stable. Scores measure what the monitoring organisations reported
            against the standards of CETS 197, Directive 2011/36/EU and the Palermo Protocol; they are not an
            official assessment.

            Aggregation: weighted arithmetic mean; minimum coverage 70%; stable band 2 points; ratings: Good ≥
            60, Poor ≥ 0.

            Annex: answers that changed
            ───────────────────────────

            RS Serbia, 2023 → 2024 (2)
              AA.01 t: 50 → 60
              BB.01 t: 70 → 80

            """

    static let serbian = """
            Uporedni izveštaj: Probni instrument
            ════════════════════════════════════
            Instrument: t 1.0
            Region: Region (r)
            Godine: 2023–2024 (poslednja: 2024)
            Listovi: 3 korišćeno (3 u prikazanim godinama)

            1. Ukupni poredak, 2024
            ───────────────────────
              # Zemlja       Ocena                 Stepen       Promena Kretanje     Pokriv.
              1 RS Srbija     70,0 ███████████░░░░ Dobar         +10,00 poboljšanje     100%
              2 AL Albanija   40,0 ██████░░░░░░░░░ Slab                                 100%
              - ME Crna Gora     - nema lista
            Regionalni prosek: 55,0; medijana 55,0; n = 2

            2. Ukupna ocena po godinama
            ───────────────────────────
            Zemlja              2023   2024 Kretanje
            AL Albanija            -   40,0
            RS Srbija           60,0   70,0 poboljšanje
            Regionalni prosek   60,0   55,0

            3. Ocene po oblastima, 2024 (- uskraćeno ili nema podataka)
            ───────────────────────────────────────────────────────────
            Oblast     AL     RS Prosek Najbolja
            AA       40,0   60,0   50,0 RS
            BB       40,0   80,0   60,0 RS

            Oblasti:
              AA Alfa
              BB Beta

            4. Najveće promene u odnosu na prethodnu godinu
            ───────────────────────────────────────────────
              RS    +10,00 (2023 → 2024)  AA Alfa
              RS    +10,00 (2023 → 2024)  BB Beta
              RS    +10,00 (2023 → 2024)  Ukupna ocena

            5. Profili zemalja
            ──────────────────

            AL Albanija, 2024: 40,0 (Slab), mesto 2 od 2
              Najjače oblasti: AA 40,0
              Najslabije oblasti: BB 40,0
              Odstupanje od regionalnog proseka: BB -20,00, AA -10,00
              Indikatori sa promenjenim odgovorom: nema

            RS Srbija, 2024: 70,0 (Dobar), mesto 1 od 2
              Najjače oblasti: BB 80,0
              Najslabije oblasti: AA 60,0
              Odstupanje od regionalnog proseka: BB +20,00, AA +10,00
              Indikatori sa promenjenim odgovorom: 2 (vidi prilog)

            6. Kvalitet podataka
            ────────────────────
            - nema lista za AL 2023
            - nema lista za ME 2023
            - nema lista za ME 2024

            7. Metod
            ────────
            Svaki odgovor se ocenjuje od 0 do 100 kako instrument propisuje. Ocena oblasti je ponderisani prosek
            odgovorenih indikatora, a ukupna ocena ponderisani prosek oblasti. Kada je odgovoreni deo pondera
            oblasti (pokrivenost) ispod minimuma instrumenta, ocena se uskraćuje umesto da se nagađa. Poredak i
            promene koriste ocene zaokružene na dve decimale; promena manja od praga stabilnosti instrumenta
            smatra se stabilnom. Ocene mere ono što su organizacije koje prate stanje izvestile u odnosu na
            standarde Konvencije Saveta Evrope (CETS 197), Direktive 2011/36/EU i Protokola iz Palerma; one nisu
            zvanična procena.

            Agregacija: ponderisana aritmetička sredina; minimalna pokrivenost 70%; prag stabilnosti 2 poena;
            stepeni: Dobar ≥ 60, Slab ≥ 0.

            Prilog: promenjeni odgovori
            ───────────────────────────

            RS Srbija, 2023 → 2024 (2)
              AA.01 t: 50 → 60
              BB.01 t: 70 → 80

            """
}
