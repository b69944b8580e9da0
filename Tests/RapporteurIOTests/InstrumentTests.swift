import Foundation
import RapporteurCore
import RapporteurIO
import Testing
import TestSupport

/// The instrument shipped in `indicators/` is complete: every indicator can
/// be answered and verified, and rests on a standard.
@Suite("the instrument in indicators/")
struct InstrumentTests {
    static let framework: Framework? = FrameworkLoader.load(
        from: DirectoryFrameworkSource(directory: Fixtures.indicators)).framework

    /// Every text a person reads is given in these languages; Serbian
    /// Cyrillic is the transliteration of the Latin text.
    static let languages = ["en", "sr-Latn", "sq", "mk"]

    @Test("every indicator has a question, guidance, a source and a reference")
    func complete() throws {
        let framework = try #require(Self.framework)
        var gaps: [String] = []
        for indicator in framework.indicators {
            for (name, text) in [("question", indicator.question), ("guidance", indicator.guidance)] where text.isEmpty {
                gaps.append("\(indicator.id) has no \(name)")
            }
            if indicator.sources.allSatisfy({ $0.trimmingWhitespace().isEmpty }) { gaps.append("\(indicator.id) has no source") }
            if !indicator.answer.isText, indicator.references.isEmpty { gaps.append("\(indicator.id) has no reference") }
        }
        #expect(gaps.isEmpty, "\(gaps)")
    }

    /// Every text of the instrument a person reads, named for a message.
    static func texts(of framework: Framework) -> [(String, LocalisedText)] {
        var texts: [(String, LocalisedText)] = [("framework title", framework.title)]
        texts += framework.ratings.map { ("rating \($0.code) label", $0.label) }
        texts += [("special answer unknown label", framework.specialAnswers.unknown),
                  ("special answer n/a label", framework.specialAnswers.notApplicable),
                  ("special answer none label", framework.specialAnswers.none)]
        texts += framework.regions.map { ("region \($0.id) title", $0.title) }
        for area in framework.areas {
            texts.append(("area \(area.id) title", area.title))
            for indicator in area.indicators {
                texts += [("\(indicator.id) title", indicator.title), ("\(indicator.id) question", indicator.question),
                          ("\(indicator.id) guidance", indicator.guidance)]
                texts += indicator.answer.options.map { ("\(indicator.id) option \($0.code) label", $0.labels) }
                switch indicator.answer {
                case .ratio(let ratio):
                    texts += [("\(indicator.id) numerator", ratio.numerator), ("\(indicator.id) denominator", ratio.denominator)]
                case .number(let number):
                    texts.append(("\(indicator.id) unit", number.unitText))
                case .choice, .checklist, .text:
                    break
                }
            }
        }
        return texts
    }

    @Test("every text and unit is in English, Serbian Latin, Albanian and Macedonian")
    func translated() throws {
        let framework = try #require(Self.framework)
        var gaps: [String] = []
        for (name, text) in Self.texts(of: framework) {
            for language in Self.languages where (text.exactly(language) ?? "").trimmingWhitespace().isEmpty {
                gaps.append("\(name) has no \(language) text")
            }
        }
        // The description is not part of the model: look for it in the file.
        let file = try String(contentsOf: Fixtures.indicators.appending(path: "framework.xml"), encoding: .utf8)
        for language in Self.languages where !file.contains("<description xml:lang=\"\(language)\">") {
            gaps.append("framework description has no \(language) text")
        }
        #expect(gaps.isEmpty, "\(gaps.count) texts missing, first \(min(gaps.count, 40)): \(gaps.prefix(40))")
    }

    @Test("a template shows every number's unit in the template's language", arguments: ["sr-Latn", "sq", "mk"])
    func unitsInTemplate(language: String) throws {
        let framework = try #require(Self.framework)
        let template = String(decoding: SheetTemplate.csv(framework, .init(country: "MK", year: 2025, language: language)),
                              as: UTF8.self)
        for indicator in framework.indicators {
            guard case .number(let number) = indicator.answer else { continue }
            let unit = try #require(number.unitText.exactly(language), "\(indicator.id) has no \(language) unit")
            #expect(template.contains("(\(unit))"), "\(indicator.id): no '\(unit)' in the \(language) template")
        }
    }

    @Test("at least 14 areas and 90 indicators, every answer kind and type in real use")
    func breadth() throws {
        let framework = try #require(Self.framework)
        #expect(framework.areas.count >= 14)
        #expect(framework.indicators.count >= 90)
        let kinds = Dictionary(grouping: framework.indicators, by: \.answer.kind).mapValues(\.count)
        let types = Dictionary(grouping: framework.indicators, by: \.type).mapValues(\.count)
        let scoredKinds = Dictionary(grouping: framework.indicators.filter(\.isScored), by: \.answer.kind).mapValues(\.count)
        print("instrument: \(framework.areas.count) areas, \(framework.indicators.count) indicators")
        print("answer kinds: " + AnswerKind.allCases.map { "\($0.rawValue) \(kinds[$0] ?? 0)" }.joined(separator: ", "))
        print("types: " + IndicatorType.allCases.map { "\($0.rawValue) \(types[$0] ?? 0)" }.joined(separator: ", "))
        for kind in AnswerKind.allCases { #expect((kinds[kind] ?? 0) > 0, "no \(kind) indicator") }
        for kind in AnswerKind.allCases where kind != .text {
            #expect((scoredKinds[kind] ?? 0) >= 3, "fewer than three scored \(kind) indicators")
        }
        for type in IndicatorType.allCases { #expect((types[type] ?? 0) >= 10, "fewer than ten \(type) indicators") }
        let banded = framework.indicators.filter {
            if case .number(let spec) = $0.answer, case .bands = spec.rule { return true } else { return false }
        }
        let linearRatios = framework.indicators.filter {
            if case .ratio(let spec) = $0.answer, case .linear = spec.rule { return true } else { return false }
        }
        #expect(!banded.isEmpty, "no count scored by bands")
        #expect(!linearRatios.isEmpty, "no share scored linearly")
    }

    @Test("the regions of the contract and the wider region")
    func regions() throws {
        let framework = try #require(Self.framework)
        let balkans = ["AL", "BA", "ME", "MK", "RS", "XK"]
        #expect(framework.region("western-balkans")?.countries.sorted() == balkans)
        let wider = try #require(framework.region("south-east-europe")?.countries)
        #expect(Set(balkans + ["BG", "HR", "MD", "RO", "SI", "UA", "GR"]).isSubset(of: Set(wider)))
    }

    @Test("the README lists every area with its indicator count")
    func readme() throws {
        let framework = try #require(Self.framework)
        let text = try String(contentsOf: Fixtures.indicators.appending(path: "README.md"), encoding: .utf8)
        #expect(text.contains("BAN"))
        for area in framework.areas {
            let line = text.split(separator: "\n").first { $0.contains(area.id) && $0.hasPrefix("|") }
            #expect(line?.contains("| \(area.indicators.count) ") == true, "README has no row for \(area.id) with \(area.indicators.count)")
        }
    }
}
