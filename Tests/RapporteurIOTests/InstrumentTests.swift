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

    @Test("every indicator has a question, guidance, a source, English and Serbian Latin texts, and a reference")
    func complete() throws {
        let framework = try #require(Self.framework)
        var gaps: [String] = []
        for indicator in framework.indicators {
            for (name, text) in [("title", indicator.title), ("question", indicator.question), ("guidance", indicator.guidance)] {
                for language in ["en", "sr-Latn"] where (text.exactly(language) ?? "").trimmingWhitespace().isEmpty {
                    gaps.append("\(indicator.id) has no \(language) \(name)")
                }
            }
            if indicator.sources.allSatisfy({ $0.trimmingWhitespace().isEmpty }) { gaps.append("\(indicator.id) has no source") }
            if !indicator.answer.isText, indicator.references.isEmpty { gaps.append("\(indicator.id) has no reference") }
            for option in indicator.answer.options {
                for language in ["en", "sr-Latn"] where option.labels.exactly(language) == nil {
                    gaps.append("\(indicator.id) option \(option.code) has no \(language) label")
                }
            }
        }
        #expect(gaps.isEmpty, "\(gaps)")
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
