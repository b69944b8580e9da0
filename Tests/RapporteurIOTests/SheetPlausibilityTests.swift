import Foundation
import RapporteurCore
import RapporteurIO
import Testing
import TestSupport

/// Sheets that read without error but say something a careful reviewer
/// would question, and sheets read in the wrong code page.
@Suite("plausible mistakes in sheets")
struct SheetPlausibilityTests {
    static let framework: Framework = {
        FrameworkLoader.load(from: DirectoryFrameworkSource(directory: Fixtures.indicators)).framework!
    }()

    /// The metadata rows given, then one answer.
    private func check(_ metadata: String) throws -> [Diagnostic] {
        let text = metadata + "\n\nindicator,answer\nLEG.01,full\n"
        let (raw, found) = try SheetLoader.readRaw(Data(text.utf8), file: "s.csv", encoding: .utf8)
        return found + SheetAssembler(framework: Self.framework).assemble(raw).diagnostics
    }

    @Test("a country in no region of the framework is a warning naming the regions, at its row")
    func countryOutsideRegions() throws {
        let found = try check("country,CG\nyear,2024\nframework,ban 1.0\nstatus,final")
        let warning = try #require(found.first { $0.code == .countryOutsideRegions })
        #expect(warning.severity == .warning && warning.location.line == 1)
        #expect(warning.message.contains("western-balkans") && warning.message.contains("south-east-europe"))
        #expect(warning.suggestion?.contains("Montenegro is ME") == true)
        #expect(try !check("country,ME\nyear,2024\nframework,ban 1.0\nstatus,final").contains { $0.code == .countryOutsideRegions })
    }

    @Test("a year after the year of the sheet's own date is a warning; the same year is not")
    func yearAfterDate() throws {
        let found = try check("country,ME\nyear,2052\nframework,ban 1.0\ndate,2025-03-14\nstatus,final")
        let warning = try #require(found.first { $0.code == .yearAfterDate })
        #expect(warning.severity == .warning && warning.location.line == 2)
        #expect(try !check("country,ME\nyear,2025\nframework,ban 1.0\ndate,2025-12-20\nstatus,final").contains { $0.code == .yearAfterDate })
        #expect(try !check("country,ME\nyear,2052\nframework,ban 1.0\nstatus,final").contains { $0.code == .yearAfterDate })
    }

    @Test("a minor version the instrument does not have is a warning saying which version it is")
    func otherMinorVersion() throws {
        let found = try check("country,ME\nyear,2024\nframework,ban 1.1\nstatus,final")
        let warning = try #require(found.first { $0.code == .frameworkVersion })
        #expect(warning.severity == .warning && warning.location.line == 3)
        #expect(warning.message.contains("1.1") && warning.message.contains("ban 1.0"))
        #expect(!found.hasErrors)
    }

    @Test("the framework id is matched whatever its case")
    func frameworkIdCase() throws {
        let found = try check("country,ME\nyear,2024\nframework,BAN 1.0\nstatus,final")
        #expect(!found.contains { $0.code == .wrongFramework || $0.code == .frameworkVersion })
        #expect(try check("country,ME\nyear,2024\nframework,bam 1.0\nstatus,final").contains { $0.code == .wrongFramework })
    }

    static let latin = "country,RS\nyear,2024\nstatus,final\n\nindicator,answer,comment\nLEG.01,da,Službeni glasnik\nLEG.02,delimično,Član 388 Krivičnog zakonika\nLEG.03,ne,žrtve\n"
    static let cyrillic = "country,RS\nyear,2024\nstatus,final\n\nindicator,answer,comment\nLEG.01,да,Службени гласник\nLEG.02,делимично,члан 388\n"

    @Test("UTF-8 read as a code page is one error at the first mangled line, naming --encoding utf-8",
          arguments: [SheetEncoding.windows1250, .windows1251])
    func utf8ReadAsCodePage(encoding: SheetEncoding) {
        for (data, line) in [(Data(Self.latin.utf8), 6), (Data([0xEF, 0xBB, 0xBF]) + Data(Self.latin.utf8), 1)] {
            #expect(throws: InputFailure.self) { try encoding.decode(data, file: "s.csv") }
            do {
                _ = try encoding.decode(data, file: "s.csv")
            } catch {
                #expect(error.diagnostics.count == 1)
                let found = error.diagnostics[0]
                #expect(found.code == .wrongEncoding && found.location.line == line)
                #expect(found.suggestion?.contains("--encoding utf-8") == true)
            }
        }
    }

    @Test("windows-1251 read as windows-1250, and the other way round, name the right code page")
    func codePagesSwapped() throws {
        let cases: [(String, String.Encoding, SheetEncoding, String)] = [
            (Self.cyrillic, .windowsCP1251, .windows1250, "--encoding windows-1251"),
            (Self.latin, .windowsCP1250, .windows1251, "--encoding windows-1250"),
        ]
        for (text, written, read, expected) in cases {
            let data = try #require(text.data(using: written))
            do {
                _ = try read.decode(data, file: "s.csv")
                Issue.record("\(read) read \(written) without complaint")
            } catch {
                #expect(error.diagnostics.map(\.code) == [.wrongEncoding])
                #expect(error.diagnostics.first?.location.line == 6)
                #expect(error.diagnostics.first?.suggestion?.contains(expected) == true)
            }
            // Read in its own code page, it is fine.
            let own: SheetEncoding = written == .windowsCP1250 ? .windows1250 : .windows1251
            #expect(try own.decode(data, file: "s.csv") == text)
        }
    }
}
