import Foundation
import Testing
import TestSupport

/// `rapporteur agreement`, the respondent on the command line (`template
/// --respondent`, `compare --respondent`) and what `report` adds when
/// government sheets are among its inputs.
@Suite("rapporteur agreement and respondents", .serialized)
struct AgreementCommandTests {
    let framework = ["--framework", Fixtures.path("conformance/agreement/framework")]
    var sheets: String { Fixtures.path("conformance/agreement/sheets") }

    @Test("agreement --format csv prints expected/agreement.csv, exit status 0")
    func csv() throws {
        let result = try CommandRunner.run(["agreement"] + framework + ["--format", "csv", sheets])
        #expect(result.status == 0, "\(result.standardError)")
        let expected = try String(contentsOf: Fixtures.url("conformance/agreement/expected/agreement.csv"), encoding: .utf8)
        #expect(result.standardOutput == expected)
    }

    @Test("the text lists both answers, sources and comments of the indicators that differ most")
    func text() throws {
        let result = try CommandRunner.run(["agreement"] + framework + [sheets])
        #expect(result.status == 0, "\(result.standardError)")
        let text = result.standardOutput
        // DE 2023, expected/agreement.csv: RBZ.07 government 25.00, NGO 100.00, -75.00.
        #expect(text.contains("DE Germany, 2023"))
        #expect(text.contains("  RBZ.07 -75.00"))
        #expect(text.contains("Government: 25.00; answer: ne"))
        #expect(text.contains("NGO: 100.00; answer: Da"))
        #expect(text.contains("source: Izveštaj MUP-a, 2024"))
        for line in text.split(separator: "\n") { #expect(line.count <= 100, "\(line)") }
        let serbian = try CommandRunner.run(["agreement"] + framework + ["--lang", "sr-Latn", sheets]).standardOutput
        #expect(serbian.contains("Vlada: 25,00; odgovor: ne"))
        #expect(serbian.contains("Najveće razlike:"))
    }

    @Test("agreement --output writes the file; twice the same bytes")
    func output() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var written: [Data] = []
        for name in ["a.xml", "b.xml"] {
            let path = directory.appending(path: name).path
            let result = try CommandRunner.run(["agreement"] + framework + ["--format", "xml", "--output", path, sheets])
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardOutput.isEmpty)
            written.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        #expect(written[0] == written[1])
        #expect(try XMLLint.accepts(["a.xml"], schema: Fixtures.repository.appending(path: "reports/schema/agreement.xsd").path,
                                    in: directory))
    }

    @Test("agreement refuses --respondent (exit 2) and two government sheets for one country and year (exit 1, no file)")
    func refusals() throws {
        let usage = try CommandRunner.run(["agreement"] + framework + ["--respondent", "government", sheets])
        #expect(usage.status == 2)
        #expect(usage.standardError.contains("--respondent"))

        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let government = Fixtures.url("conformance/agreement/sheets/BG-2023-gov.csv")
        try FileManager.default.copyItem(at: government, to: directory.appending(path: "BG-2023-gov.csv"))
        try FileManager.default.copyItem(at: government, to: directory.appending(path: "BG-2023-gov-copy.csv"))
        try FileManager.default.copyItem(at: Fixtures.url("conformance/agreement/sheets/BG-2023.csv"),
                                         to: directory.appending(path: "BG-2023.csv"))
        let output = directory.appending(path: "out.csv").path
        let twice = try CommandRunner.run(["agreement"] + framework + ["--format", "csv", "--output", output, directory.path])
        #expect(twice.status == 1)
        #expect(twice.standardError.contains("BG-2023-gov.csv") && twice.standardError.contains("BG-2023-gov-copy.csv"))
        #expect(!FileManager.default.fileExists(atPath: output))
        // compare (NGO sheets) goes ahead and names both as left out; --respondent government refuses them.
        let compare = try CommandRunner.run(["compare"] + framework + ["--format", "xml", directory.path])
        #expect(compare.status == 0, "\(compare.standardError)")
        #expect(compare.standardOutput.contains("kind=\"other-respondent\""))
        let governments = try CommandRunner.run(["compare"] + framework + ["--respondent", "government", directory.path])
        #expect(governments.status == 1)
        #expect(governments.standardError.contains("duplicate-sheet"))
    }

    @Test("compare --respondent government compares the government sheets and names the NGO ones as left out")
    func compareGovernment() throws {
        let result = try CommandRunner.run(["compare"] + framework + ["--respondent", "government", "--format", "csv",
                                                                      "--level", "overall", sheets])
        #expect(result.status == 0, "\(result.standardError)")
        let rows = result.standardOutput.split(separator: "\n").dropFirst()
        // expected/agreement.csv, government column: AT 2024, BG 2023, DE 2023, FR 2023.
        #expect(rows.map { $0.split(separator: ",", omittingEmptySubsequences: false).prefix(6).joined(separator: ",") }
                == ["2023,,BG,overall,overall,67.33", "2023,,DE,overall,overall,65.89", "2023,,FR,overall,overall,60.36",
                    "2024,,AT,overall,overall,57.43"])
        let xml = try CommandRunner.run(["compare"] + framework + ["--respondent", "government", "--format", "xml", sheets])
        #expect(xml.standardOutput.contains("kind=\"other-respondent\" file=\"\(sheets)/BG-2023.csv\""))
        #expect(try CommandRunner.run(["compare"] + framework + ["--respondent", "state", sheets]).status == 2)
    }

    @Test("report writes agreement.csv and the disagreement section only when government sheets are given")
    func report() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandRunner.run(["report"] + framework + ["--output", directory.path, sheets])
        #expect(result.status == 0, "\(result.standardError)")
        let expected = try Data(contentsOf: Fixtures.url("conformance/agreement/expected/agreement.csv"))
        #expect(try Data(contentsOf: directory.appending(path: "agreement.csv")) == expected)
        let report = try String(contentsOf: directory.appending(path: "report.txt"), encoding: .utf8)
        #expect(report.contains("6. Where the government and civil society disagree"))
        #expect(report.contains("7. Data quality") && report.contains("8. Method"))
        #expect(report.contains("BG-2023-gov.csv"))

        let without = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: without) }
        let plain = try CommandRunner.run(["report", "--framework", Fixtures.path("conformance/arithmetic/framework"),
                                           "--output", without.path, Fixtures.path("conformance/arithmetic/sheets")])
        #expect(plain.status == 0)
        #expect(!FileManager.default.fileExists(atPath: without.appending(path: "agreement.csv").path))
        let plainReport = try String(contentsOf: without.appending(path: "report.txt"), encoding: .utf8)
        #expect(!plainReport.contains("civil society disagree") && plainReport.contains("6. Data quality"))
    }

    @Test("template --respondent writes the row (CSV) and the attribute (XML), and the sheets read back as that respondent")
    func template() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appending(path: "RS-2025.csv").path
        #expect(try CommandRunner.run(["template"] + framework + ["--country", "RS", "--year", "2025", "--respondent",
                                                                   "government", "--output", csv]).status == 0)
        #expect(try String(contentsOf: URL(fileURLWithPath: csv), encoding: .utf8).contains("respondent,government\r\n"))
        let xml = directory.appending(path: "RS-2025.xml").path
        #expect(try CommandRunner.run(["template"] + framework + ["--country", "RS", "--year", "2025", "--respondent",
                                                                   "joint", "--output", xml]).status == 0)
        #expect(try String(contentsOf: URL(fileURLWithPath: xml), encoding: .utf8).contains("respondent=\"joint\""))
        let xlsx = directory.appending(path: "RS-2025.xlsx").path
        #expect(try CommandRunner.run(["template"] + framework + ["--country", "RS", "--year", "2025", "--respondent",
                                                                   "government", "--output", xlsx]).status == 0)
        for (file, respondent) in [(csv, "government"), (xml, "joint"), (xlsx, "government")] {
            let score = try CommandRunner.run(["score"] + framework + ["--format", "xml", file])
            #expect(score.status == 0, "\(score.standardError)")
            #expect(score.standardOutput.contains("respondent=\"\(respondent)\""))
        }
        // Without the option, no row: a sheet without one is civil society's.
        let plain = try CommandRunner.run(["template"] + framework + ["--country", "RS", "--year", "2025"])
        #expect(!plain.standardOutput.contains("respondent"))
        let bad = try CommandRunner.run(["template"] + framework + ["--country", "RS", "--year", "2025", "--respondent", "ministry"])
        #expect(bad.status == 2)
    }

    @Test("score csv, xml and text carry the respondent")
    func scoreExports() throws {
        let sheet = Fixtures.path("conformance/agreement/sheets/BG-2023-gov.csv")
        let csv = try CommandRunner.run(["score"] + framework + ["--format", "csv", sheet]).standardOutput
        #expect(csv.hasPrefix("country,year,level,id,area,type,weight,answer,state,score,coverage,rating,source,comment,respondent\n"))
        // expected/agreement.csv: BG 2023 government overall 67.33.
        let overall = try #require(csv.split(separator: "\n").first { $0.hasPrefix("BG,2023,overall,overall,") })
        #expect(overall.contains(",67.33,") && overall.hasSuffix(",government"))
        let xml = try CommandRunner.run(["score"] + framework + ["--format", "xml", sheet]).standardOutput
        #expect(xml.contains("respondent=\"government\""))
        let text = try CommandRunner.run(["score"] + framework + [sheet]).standardOutput
        #expect(text.contains("BG 2023, final, government"))
    }

    @Test("an XML sheet's respondent outside ngo, government, joint is refused by the schema")
    func xmlSchema() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "RS-2025.xml")
        try Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <sheet xmlns="urn:rapporteur:sheet:1" country="RS" year="2025" framework="conformance" framework-version="2.1"
                   status="final" respondent="ministry"><organisation>x</organisation></sheet>
            """.utf8).write(to: file)
        let result = try CommandRunner.run(["score"] + framework + [file.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("respondent"))
    }
}
