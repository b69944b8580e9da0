import Foundation
import RapporteurCore
import RapporteurIO
import Testing
import TestSupport

/// A template in Albanian or Macedonian speaks that language throughout:
/// Rapporteur's own words from the catalogues, and every question, area
/// title and option of the instrument from indicators/ (docs/languages.md).
@Suite("templates in Albanian and Macedonian")
struct TemplateLanguageTests {
    static let framework: Framework? = InstrumentTests.framework

    static func csv(_ language: String) throws -> [String] {
        let framework = try #require(framework)
        let data = SheetTemplate.csv(framework, SheetTemplate.Request(country: "AL", year: 2025, language: language))
        return String(decoding: data, as: UTF8.self).components(separatedBy: "\r\n")
    }

    @Test("the metadata rows and the header stay as the sheet contract fixes them; the language row names the language",
          arguments: ["sq", "mk"])
    func golden(_ language: String) throws {
        let framework = try #require(Self.framework)
        let lines = try Self.csv(language)
        #expect(Array(lines.prefix(9)) == [
            "\u{FEFF}country,AL", "year,2025", "framework,\(framework.id) \(framework.version)", "organisation,", "date,",
            "status,draft", "language,\(language)", "", "indicator,area,question,options,answer,source,comment",
        ])
    }

    @Test("Rapporteur's own words in the options column are translated")
    func ownWords() throws {
        let albanian = try Self.csv("sq").joined(separator: "\r\n")
        let macedonian = try Self.csv("mk").joined(separator: "\r\n")
        #expect(albanian.contains("cilado nga: "))
        #expect(!albanian.contains("any of: "))
        #expect(macedonian.contains("кое било од: "))
        #expect(!macedonian.contains("any of: "))
        #expect(macedonian.contains("броител: ") || !macedonian.contains("/N,"))
    }

    @Test("no English question is left in a translated template", arguments: ["sq", "mk"])
    func noEnglishQuestion(_ language: String) throws {
        let framework = try #require(Self.framework)
        let text = try Self.csv(language).joined(separator: "\r\n")
        var english: [String] = []
        for indicator in framework.indicators {
            let question = try #require(indicator.question.english)
            // A question the instrument gives in this language, and a template
            // that carries it instead of the English one.
            if indicator.question.exactly(language) == nil || text.contains(question) { english.append(indicator.id) }
        }
        #expect(english.isEmpty, "\(language) template still asks in English: \(english)")
    }

    @Test("the workbook's Guidance sheet and drop-down messages speak the language; no English question is left there",
          arguments: [("sq", "udhëzimi", "Kjo nuk është një nga përgjigjet e listës."),
                      ("mk", "упатство", "Ова не е еден од одговорите од листата.")])
    func workbook(_ language: String, _ guidanceHeader: String, _ notAnOption: String) throws {
        let framework = try #require(Self.framework)
        let parts = try WorkbookTemplateTests.template(framework, language: language)
        let answers = String(decoding: try #require(parts["xl/worksheets/sheet1.xml"]), as: UTF8.self)
        let guidance = String(decoding: try #require(parts["xl/worksheets/sheet2.xml"]), as: UTF8.self)
        #expect(guidance.contains("<t>\(guidanceHeader)</t>"))
        #expect(answers.contains(notAnOption))
        let english = framework.indicators.filter {
            guidance.contains(WorkbookFixture.escaped($0.question.english ?? "").replacingOccurrences(of: "\"", with: "&quot;"))
        }
        #expect(english.isEmpty, "\(language) Guidance sheet still asks in English: \(english.map(\.id))")
    }
}
