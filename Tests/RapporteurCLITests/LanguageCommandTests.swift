import Foundation
import Testing
import TestSupport

/// `--lang`, the sheet's language row and the environment choose the
/// language of what `rapporteur` says (docs/languages.md). The expected
/// texts are the translations as written for the catalogues, not output.
@Suite("languages of rapporteur's messages", .serialized)
struct LanguageCommandTests {
    static let framework = Fixtures.path("conformance/arithmetic/framework")

    /// A sheet with three errors, each with a suggestion; `language` adds
    /// a language row.
    static func brokenSheet(language: String? = nil) throws -> (directory: URL, file: String) {
        let directory = Fixtures.temporaryDirectory()
        let row = language.map { "language,\($0)\n" } ?? ""
        let text = "country,AT\nyear,twenty\nframework,conformance 2.1\norganisation,ASTRA\nstatus,done\n\(row)\n"
            + "indicator,answer,source,comment\nLNZ.1,yes,,\n"
        try Data(text.utf8).write(to: directory.appending(path: "broken.csv"))
        return (directory, "broken.csv")
    }

    static let expected: [String: String] = [
        "en": """
            broken.csv:2:2: error: 'twenty' is not a year [bad-year]
            broken.csv:2:2: note: write the year the sheet reports on, in four digits, e.g. 2024
            broken.csv:5:2: error: status 'done' is neither 'draft' nor 'final' [bad-status]
            broken.csv:5:2: note: write 'final' when the sheet is complete, else 'draft'
            broken.csv:8:1: error: 'LNZ.1' is not an indicator of framework conformance [unknown-indicator]
            broken.csv:8:1: note: did you mean 'LNZ.01'?
            1 sheet(s) checked against conformance 2.1
            check: 3 errors

            """,
        "sr-Latn": """
            broken.csv:2:2: error: 'twenty' nije godina [bad-year]
            broken.csv:2:2: note: upišite godinu na koju se list odnosi, sa četiri cifre, npr. 2024
            broken.csv:5:2: error: status 'done' nije ni 'draft' ni 'final' [bad-status]
            broken.csv:5:2: note: upišite 'final' kada je list završen, inače 'draft'
            broken.csv:8:1: error: 'LNZ.1' nije indikator instrumenta conformance [unknown-indicator]
            broken.csv:8:1: note: da li ste mislili 'LNZ.01'?
            proverenih listova prema conformance 2.1: 1
            check: greške: 3

            """,
        "sr-Cyrl": """
            broken.csv:2:2: error: 'twenty' није година [bad-year]
            broken.csv:2:2: note: упишите годину на коју се лист односи, са четири цифре, нпр. 2024
            broken.csv:5:2: error: статус 'done' није ни 'draft' ни 'final' [bad-status]
            broken.csv:5:2: note: упишите 'final' када је лист завршен, иначе 'draft'
            broken.csv:8:1: error: 'LNZ.1' није индикатор инструмента conformance [unknown-indicator]
            broken.csv:8:1: note: да ли сте мислили 'LNZ.01'?
            проверених листова према conformance 2.1: 1
            check: грешке: 3

            """,
        "sq": """
            broken.csv:2:2: error: 'twenty' nuk është vit [bad-year]
            broken.csv:2:2: note: shkruani vitin për të cilin raporton fleta, me katër shifra, p.sh. 2024
            broken.csv:5:2: error: statusi 'done' nuk është as 'draft' as 'final' [bad-status]
            broken.csv:5:2: note: shkruani 'final' kur fleta është e plotë, përndryshe 'draft'
            broken.csv:8:1: error: 'LNZ.1' nuk është tregues i kornizës conformance [unknown-indicator]
            broken.csv:8:1: note: mos e keni fjalën për 'LNZ.01'?
            fletë të kontrolluara kundrejt conformance 2.1: 1
            check: gabime: 3

            """,
        "mk": """
            broken.csv:2:2: error: 'twenty' не е година [bad-year]
            broken.csv:2:2: note: запишете ја годината на која се однесува листот, со четири цифри, на пр. 2024
            broken.csv:5:2: error: статусот 'done' не е ниту 'draft' ниту 'final' [bad-status]
            broken.csv:5:2: note: запишете 'final' кога листот е завршен, инаку 'draft'
            broken.csv:8:1: error: 'LNZ.1' не е индикатор на рамката conformance [unknown-indicator]
            broken.csv:8:1: note: дали мислевте на 'LNZ.01'?
            проверени листови според conformance 2.1: 1
            check: грешки: 3

            """,
    ]

    @Test("check's diagnostics of one broken sheet, in each of the five languages",
          arguments: ["en", "sr-Latn", "sr-Cyrl", "sq", "mk"])
    func goldenDiagnostics(_ language: String) throws {
        let (directory, file) = try Self.brokenSheet()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandRunner.run(["check", "--framework", Self.framework, "--lang", language, file], in: directory)
        #expect(result.status == 1)
        #expect(result.standardError == Self.expected[language])
    }

    @Test("a sheet whose language row is sq is checked in Albanian without --lang")
    func sheetLanguageRow() throws {
        let (directory, file) = try Self.brokenSheet(language: "sq")
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandRunner.run(["check", "--framework", Self.framework, file], in: directory)
        #expect(result.status == 1)
        #expect(result.standardError.contains("broken.csv:2:2: error: 'twenty' nuk është vit [bad-year]"))
        #expect(result.standardError.contains("mos e keni fjalën për 'LNZ.01'?"))
        // --lang wins over the row.
        let english = try CommandRunner.run(["check", "--framework", Self.framework, "--lang", "en", file], in: directory)
        #expect(english.standardError.contains("'twenty' is not a year"))
    }

    @Test("--lang xx is a usage error (exit 2) that lists the languages", arguments: [
        ["check"], ["score", "sheet.csv"], ["template", "--country", "RS", "--year", "2025"], ["compare", "examples/sheets"],
        ["report", "--output", "out", "examples/sheets"],
    ])
    func unknownLanguage(_ command: [String]) throws {
        let result = try CommandRunner.run(command + ["--lang", "xx"])
        #expect(result.status == 2)
        for available in ["en", "sr-Latn", "sr-Cyrl", "sq", "mk"] {
            #expect(result.standardError.contains(available), "\(result.standardError)")
        }
        #expect(result.standardError.contains("'xx'"))
    }

    @Test("sr and sr-RS mean Serbian Latin; bs falls back to it with a note", arguments: ["sr", "sr-RS", "sr_Latn_RS", "bs"])
    func serbianTags(_ tag: String) throws {
        let (directory, file) = try Self.brokenSheet()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandRunner.run(["check", "--framework", Self.framework, "--lang", tag, file], in: directory)
        #expect(result.status == 1)
        #expect(result.standardError.contains("broken.csv:2:2: error: 'twenty' nije godina [bad-year]"))
        #expect(result.standardError.contains("note: 'bs' se piše na jeziku sr-Latn") == (tag == "bs"))
    }

    @Test("sr-Cyrl-RS means Serbian Cyrillic")
    func serbianCyrillicTag() throws {
        let (directory, file) = try Self.brokenSheet()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandRunner.run(["check", "--framework", Self.framework, "--lang", "sr-Cyrl-RS", file], in: directory)
        #expect(result.standardError.contains("'twenty' није година"))
    }

    @Test("without --lang, LC_ALL, LC_MESSAGES and LANG choose, in that order; C means English")
    func environment() throws {
        let (directory, file) = try Self.brokenSheet()
        defer { try? FileManager.default.removeItem(at: directory) }
        func run(_ environment: [String: String]) throws -> String {
            try CommandRunner.run(["check", "--framework", Self.framework, file], in: directory, environment: environment)
                .standardError
        }
        #expect(try run(["LANG": "mk_MK.UTF-8"]).contains("'twenty' не е година"))
        #expect(try run(["LANG": "mk_MK.UTF-8", "LC_MESSAGES": "sq_AL.UTF-8"]).contains("'twenty' nuk është vit"))
        #expect(try run(["LANG": "mk_MK.UTF-8", "LC_ALL": "C"]).contains("'twenty' is not a year"))
        #expect(try run([:]).contains("'twenty' is not a year"))
    }

    @Test("JSON and GitHub output keep the English code beside the translated message")
    func machineFormats() throws {
        let (directory, file) = try Self.brokenSheet()
        defer { try? FileManager.default.removeItem(at: directory) }
        let json = try CommandRunner.run(["check", "--framework", Self.framework, "--lang", "sq", "--format", "json", file],
                                         in: directory)
        #expect(json.standardOutput.contains(#""severity": "error", "code": "bad-year", "message": "'twenty' nuk është vit""#))
        #expect(json.standardOutput.contains(#""suggestion": "mos e keni fjalën për 'LNZ.01'?""#))
        let github = try CommandRunner.run(["check", "--framework", Self.framework, "--lang", "mk", "--format", "github", file],
                                           in: directory)
        #expect(github.standardOutput.contains("::error file=broken.csv,line=2,col=2,title=bad-year::'twenty' не е година ("))
    }

    @Test("score's text is in the chosen language, with a decimal comma outside English")
    func scoreWords() throws {
        let sheet = Fixtures.path("conformance/arithmetic/sheets/DE-2023.csv")
        let albanian = try CommandRunner.run(["score", "--framework", Self.framework, "--lang", "sq", sheet])
        #expect(albanian.status == 0, "\(albanian.standardError)")
        #expect(albanian.standardOutput.contains("    pikët e fushës: 100,0, mbulimi 100%"))
        #expect(!albanian.standardOutput.contains("area score"))
        let english = try CommandRunner.run(["score", "--framework", Self.framework, sheet])
        #expect(english.standardOutput.contains("    area score: 100.0, coverage 100%"))
        // Machine formats keep the point.
        let csv = try CommandRunner.run(["score", "--framework", Self.framework, "--lang", "mk", "--format", "csv", sheet])
        #expect(csv.standardOutput.contains("100.00"))
        #expect(!csv.standardOutput.contains("100,00"))
    }

    @Test("the command summaries of --help follow the language")
    func helpSummaries() throws {
        let macedonian = try CommandRunner.run(["--help"], environment: ["LANG": "mk_MK.UTF-8"])
        #expect(macedonian.standardOutput.contains("Ги оценува и споредува националните одговори на трговијата со луѓе"))
        let albanian = try CommandRunner.run(["score", "--help", "--lang", "sq"])
        #expect(albanian.standardOutput.contains("Vlerëson një fletë"))
    }
}
