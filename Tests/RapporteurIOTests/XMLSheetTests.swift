import Foundation
import RapporteurCore
import RapporteurIO
import Testing
import TestSupport

@Suite("XML sheets")
struct XMLSheetTests {
    static let framework: Framework? = FrameworkLoader.load(from: DirectoryFrameworkSource(
        directory: Fixtures.url("conformance/arithmetic/framework"))).framework

    @Test("an XML sheet reads like its CSV twin")
    func readsLikeCSV() throws {
        let framework = try #require(Self.framework)
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sheet xmlns="urn:rapporteur:sheet:1" country="RS" year="2024" framework="conformance"
                   framework-version="2.1" status="final" language="sr-Latn">
              <organisation>ASTRA</organisation>
              <date>2025-03-14</date>
              <answer indicator="LNZ.01" value="Potpuno"><source>Izveštaj MUP-a</source><comment>ok</comment></answer>
              <answer indicator="LNZ.05" value="12 / 40"/>
              <answer indicator="LNZ.06" value="23,5"/>
              <answer indicator="PJW.03" value="Pravna pomoć; edu"/>
            </sheet>
            """
        let (raw, _) = try SheetLoader.readRaw(Data(xml.utf8), file: "RS.xml", encoding: .utf8)
        let outcome = SheetAssembler(framework: framework).assemble(raw)
        #expect(!outcome.diagnostics.hasErrors)
        let sheet = try #require(outcome.sheet)
        #expect(sheet.metadata == SheetMetadata(country: "RS", year: 2024, status: .final, frameworkId: "conformance",
                                                frameworkVersion: FrameworkVersion(major: 2, minor: 1), organisation: "ASTRA",
                                                date: "2025-03-14", language: "sr-Latn"))
        #expect(sheet.answers["LNZ.01"]?.value == .choice(code: "full"))
        #expect(sheet.answers["LNZ.01"]?.source == "Izveštaj MUP-a")
        #expect(sheet.answers["LNZ.05"]?.value == .ratio(numerator: 12, denominator: 40))
        #expect(sheet.answers["LNZ.06"]?.value == .number(23.5))
        #expect(sheet.answers["PJW.03"]?.value == .checklist(codes: ["legal", "edu"]))
        #expect(sheet.answers["LNZ.05"]?.location.line == 7)
    }

    @Test("a sheet the schema rejects is refused with file and line")
    func schemaRefusal() {
        let xml = """
            <sheet xmlns="urn:rapporteur:sheet:1" country="RS" year="2024" framework="conformance" framework-version="2.1" status="maybe">
            <organisation>x</organisation></sheet>
            """
        let diagnostics = SheetLoader.readRawOutcome(Data(xml.utf8), file: "bad.xml")
        #expect(diagnostics.contains { $0.code == .schema && $0.location.line == 1 && $0.message.contains("maybe") })
    }

    @Test("every hostile XML file is refused as a sheet, naming the file", arguments: HostileXMLTests.corpus)
    func hostile(name: String) throws {
        let data = try Data(contentsOf: Fixtures.url("corpus/xml/" + name))
        let diagnostics = SheetLoader.readRawOutcome(data, file: "hostile.xml")
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.allSatisfy { $0.location.file == "hostile.xml" })
        #expect(!DiagnosticRenderer.render(diagnostics, as: .text).contains("root:"))
    }
}
