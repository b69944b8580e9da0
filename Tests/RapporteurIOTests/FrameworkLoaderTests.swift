import Foundation
import RapporteurCore
import RapporteurIO
import Testing
import TestSupport

@Suite("loading frameworks")
struct FrameworkLoaderTests {
    @Test("the conformance frameworks load and check without errors", arguments: ["arithmetic", "geometric"])
    func conformance(set: String) throws {
        let source = DirectoryFrameworkSource(directory: Fixtures.url("conformance/\(set)/framework"))
        let outcome = FrameworkCheck.run(on: source)
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics.filter { $0.severity == .error }.map(\.message))")
        let framework = try #require(outcome.framework)
        #expect(framework.id == "conformance")
        #expect(framework.version == FrameworkVersion(major: 2, minor: 1))
        #expect(framework.regions.map(\.id) == ["r1"])
    }

    @Test("the arithmetic conformance framework reads as written")
    func arithmeticModel() throws {
        let framework = try #require(FrameworkLoader.load(
            from: DirectoryFrameworkSource(directory: Fixtures.url("conformance/arithmetic/framework"))).framework)
        #expect(framework.scoring == ScoringSettings(aggregation: .arithmetic, minimumCoverage: 0.5, stableBand: 1.0))
        #expect(framework.areas.map(\.id) == ["RBZ", "PJW", "KCJ", "CHS", "BAS", "LNZ"])
        #expect(framework.ratings.map(\.code) == ["strong", "moderate", "weak", "very-weak"])
        #expect(framework.region("r1")?.countries == ["BG", "AT", "BA"])
        let pjw = try #require(framework.areas.first { $0.id == "PJW" })
        #expect(pjw.weight == 2)
        let pjw04 = try #require(framework.indicator("PJW.04"))
        #expect(pjw04.weight == 1.5 && pjw04.allowsNotApplicable && pjw04.type == .process)
        guard case .ratio(let ratio) = pjw04.answer, case .linear(let low, let high, _) = ratio.rule else {
            Issue.record("PJW.04 should be a ratio scored linearly")
            return
        }
        #expect(low == 13 && high == 17)
        let pjw03 = try #require(framework.indicator("PJW.03"))
        guard case .checklist(let checklist) = pjw03.answer else {
            Issue.record("PJW.03 should be a checklist")
            return
        }
        #expect(checklist.items.map(\.points) == [2, 1, 1, 0.5, 1, 2])
        #expect(checklist.effectiveCap == 7.5)
        #expect(checklist.items[0].labels.text(in: "sr-Cyrl") == "Здравствена заштита")
    }

    @Test("the instrument in indicators/ checks clean, warnings included")
    func instrumentStrict() throws {
        let outcome = FrameworkCheck.run(on: DirectoryFrameworkSource(directory: Fixtures.indicators))
        #expect(outcome.diagnostics.filter { $0.severity != .note }.isEmpty,
                "\(outcome.diagnostics.map { "\($0.location.description): \($0.message)" })")
        let framework = try #require(outcome.framework)
        #expect(framework.region("western-balkans")?.countries.sorted() == ["AL", "BA", "ME", "MK", "RS", "XK"])
    }

    @Test("the bundled copy is the instrument in indicators/, file for file")
    func bundleMatchesRepository() throws {
        let bundled = MemoryFrameworkSource.bundled.files
        let walker = FileManager.default.enumerator(at: Fixtures.indicators, includingPropertiesForKeys: nil)
        var onDisk: [String: Data] = [:]
        while let url = walker?.nextObject() as? URL {
            guard ["xml", "xsd", "md"].contains(url.pathExtension) else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(Fixtures.indicators.standardizedFileURL.path.count + 1))
            onDisk[relative] = try Data(contentsOf: url)
        }
        #expect(Set(bundled.keys) == Set(onDisk.keys))
        for (path, data) in onDisk { #expect(bundled[path] == data, "\(path) differs from the bundled copy") }
    }

    @Test("xmllint accepts every file of indicators/ against the schema")
    func xmllintAcceptsInstrument() throws {
        var files = ["framework.xml"]
        let areas = try FileManager.default.contentsOfDirectory(atPath: Fixtures.indicators.appending(path: "areas").path)
        files += areas.filter { $0.hasSuffix(".xml") }.sorted().map { "areas/" + $0 }
        #expect(try XMLLint.accepts(files, schema: "schema/framework.xsd", in: Fixtures.indicators))
    }

    @Test("a number's unit is read by language, the unit attribute standing for English")
    func units() throws {
        func unit(_ attribute: String, _ children: String) throws -> NumberSpec {
            let answer = """
                <number \(attribute) min="0">\(children)<bands><band from="0" points="1"/></bands></number>
                """
            let files = RuleExample.area(RuleExample.validIndicator(answer: answer)).files
            let outcome = FrameworkLoader.load(from: MemoryFrameworkSource(texts: files))
            let framework = try #require(outcome.framework, "\(outcome.diagnostics.map(\.message))")
            guard case .number(let number) = framework.indicators.first?.answer else { throw Unexpected.notANumber }
            return number
        }
        let translated = try unit(#"unit="places""#,
                                  #"<unit xml:lang="sr-Latn">mesta</unit><unit xml:lang="mk">места</unit>"#)
        #expect(translated.unit == "places")
        #expect(translated.unit(in: "mk") == "места" && translated.unit(in: "sr-Latn") == "mesta")
        #expect(translated.unit(in: "sr-Cyrl") == "места", "Serbian Cyrillic is transliterated")
        #expect(translated.unit(in: "sq") == "places", "a missing language falls back to English")
        let older = try unit(#"unit="persons""#, "")
        #expect(older.unitText.entries == [.init(language: "en", text: "persons")])
        let english = try unit(#"unit="people""#, #"<unit xml:lang="en">persons</unit>"#)
        #expect(english.unit == "persons" && english.unitText.entries.count == 1)
        let none = try unit("", "")
        #expect(none.unit == nil && none.unit(in: "mk") == nil)
    }

    private enum Unexpected: Error { case notANumber }

    @Test("decimals are read as XML Schema writes them")
    func decimals() throws {
        let text = RuleExample.area(RuleExample.validIndicator(attributes: #"weight=".5""#)).files
        let framework = try #require(FrameworkLoader.load(from: MemoryFrameworkSource(texts: text)).framework)
        #expect(framework.indicators.first?.weight == 0.5)
    }
}

@Suite("framework texts")
struct FrameworkTextTests {
    @Test("runs of white space in texts become one space, in ASCII and in other scripts alike")
    func collapsedWhitespace() throws {
        let directory = Fixtures.url("conformance/arithmetic/framework")
        var files: [String: Data] = ["framework.xml": try Data(contentsOf: directory.appending(path: "framework.xml"))]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.appending(path: "areas").path) {
            files["areas/" + name] = try Data(contentsOf: directory.appending(path: "areas/" + name))
        }
        let bas = try #require(files["areas/bas.xml"].map { String(decoding: $0, as: UTF8.self) })
        files["areas/bas.xml"] = Data(bas
            .replacingOccurrences(of: ">Indicator BAS.01<", with: ">\n\t  Indicator \r\n BAS.01  <")
            .replacingOccurrences(of: ">Indikator BAS.01<", with: "> Индикатор\u{00A0}\n\n БАС.01\t<").utf8)
        let framework = try #require(FrameworkLoader.load(from: MemoryFrameworkSource(files: files, prefix: "texts")).framework)
        let title = try #require(framework.indicator("BAS.01")?.title)
        #expect(title.entries.map(\.text) == ["Indicator BAS.01", "Индикатор БАС.01"])
    }
}
