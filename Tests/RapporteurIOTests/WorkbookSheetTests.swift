import Foundation
import RapporteurCore
import RapporteurIO
import Testing
import TestSupport

/// Workbook sheets read as a person sees them in the spreadsheet: every
/// kind of string as text, numbers in their shortest form, dates as dates,
/// and every error at its worksheet and cell.
@Suite("workbook sheets")
struct WorkbookSheetTests {
    static let framework: Framework = {
        FrameworkLoader.load(from: DirectoryFrameworkSource(
            directory: Fixtures.url("conformance/arithmetic/framework"))).framework!
    }()

    static let metadata = [
        WorkbookFixture.row(1, [("A", "country"), ("B", "RS")]),
        WorkbookFixture.row(2, [("A", "year"), ("B", 2024.0)]),
        WorkbookFixture.row(3, [("A", "framework"), ("B", "conformance 2.1")]),
        WorkbookFixture.row(4, [("A", "status"), ("B", "final")]),
        WorkbookFixture.row(6, [("A", "indicator"), ("B", "area"), ("C", "answer"), ("D", "source")]),
    ].joined()

    func read(_ fixture: WorkbookFixture, file: String = "RS-2024.xlsx") throws -> (Sheet?, [Diagnostic]) {
        let (raw, readerDiagnostics) = try SheetLoader.readRaw(try fixture.zipped(), file: file, encoding: .utf8)
        let outcome = SheetAssembler(framework: Self.framework).assemble(raw)
        return (outcome.sheet, readerDiagnostics + outcome.diagnostics)
    }

    @Test("shared strings, rich-text runs, inline strings and numbers read as typed")
    func cellKinds() throws {
        let rows = Self.metadata
            // Shared string 0, and a rich-text item whose phonetic guide is not text.
            + #"<row r="7"><c r="A7" t="s"><v>0</v></c><c r="C7" t="s"><v>1</v></c><c r="D7" t="s"><v>2</v></c></row>"#
            + #"<row r="8"><c r="A8" t="inlineStr"><is><r><t>LNZ</t></r><r><t>.06</t></r></is></c><c r="C8"><v>23.5</v></c></row>"#
            + #"<row r="9"><c r="A9" t="inlineStr"><is><t>RBZ.02</t></is></c><c r="C9"><v>10</v></c></row>"#
            + #"<row r="10"><c r="A10" t="inlineStr"><is><t>LNZ.05/N</t></is></c><c r="C10"><v>12</v></c></row>"#
            + #"<row r="11"><c r="A11" t="inlineStr"><is><t>LNZ.05/D</t></is></c><c r="C11" t="str"><f>4*10</f><v>40</v></c></row>"#
        var fixture = WorkbookFixture(rows: rows, sharedStrings: ["LNZ.01"])
        fixture.parts["xl/sharedStrings.xml"] = WorkbookFixture.xml(
            #"<sst xmlns="\#(WorkbookFixture.main)"><si><t>LNZ.01</t></si>"#
                + #"<si><r><rPr><b/></rPr><t>Pot</t></r><r><t>puno</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si>"#
                + #"<si><t xml:space="preserve">Izveštaj_x000D_\#nMUP-a </t></si></sst>"#)
        let (sheet, diagnostics) = try read(fixture)
        #expect(!diagnostics.hasErrors, "\(diagnostics.map { "\($0.location.description) \($0.message)" })")
        let answers = try #require(sheet).answers
        #expect(answers["LNZ.01"]?.value == .choice(code: "full"))
        #expect(answers["LNZ.01"]?.source == "Izveštaj\r\nMUP-a ")
        #expect(answers["LNZ.06"]?.value == .number(23.5))
        #expect(answers["RBZ.02"]?.raw == "10")
        #expect(answers["LNZ.05"]?.value == .ratio(numerator: 12, denominator: 40))
        #expect(answers["LNZ.05"]?.location == SourceLocation(file: "RS-2024.xlsx", cell: "Answers!C10"))
    }

    @Test("cells and rows without a reference take the place after the one before")
    func cellsWithoutReferences() throws {
        let rows = Self.metadata + #"<row><c t="inlineStr"><is><t>LNZ.01</t></is></c><c s="2"/><c t="inlineStr"><is><t>Full</t></is></c></row>"#
        let (sheet, diagnostics) = try read(WorkbookFixture(rows: rows))
        #expect(!diagnostics.hasErrors, "\(diagnostics.map(\.message))")
        #expect(sheet?.answers["LNZ.01"]?.value == .choice(code: "full"))
        #expect(sheet?.answers["LNZ.01"]?.location.cell == "Answers!C7")
    }

    @Test("a number cell reads in its shortest decimal form", arguments: [
        ("10", "10"), ("10.0", "10"), ("0.1", "0.1"), ("1E-5", "0.00001"), ("2.5e-7", "0.00000025"),
        ("1.5E+20", "150000000000000000000"), ("0.30000000000000004", "0.3"), ("-0", "0"), ("-12.50", "-12.5"),
        ("123456789012345", "123456789012345"),
    ])
    func shortestNumbers(stored: String, shown: String) throws {
        #expect(SpreadsheetNumber.text(try #require(Double(stored))) == shown)
    }

    @Test("a date serial reads as its calendar day, Lotus's 29 February 1900 included", arguments: [
        (1.0, SpreadsheetDate.System.from1900, "1900-01-01"), (59, .from1900, "1900-02-28"), (60, .from1900, "1900-02-29"),
        (61, .from1900, "1900-03-01"), (45374, .from1900, "2024-03-23"), (46090.75, .from1900, "2026-03-09"),
        (0, .from1904, "1904-01-01"), (44642, .from1904, "2026-03-23"), (2_958_465, .from1900, "9999-12-31"),
    ])
    func dates(serial: Double, system: SpreadsheetDate.System, iso: String) {
        #expect(SpreadsheetDate.isoDate(serial: serial, system: system) == iso)
    }

    @Test("a format code is a date when it shows days, months, years or times", arguments: [
        ("General", false), ("0.00", false), (#"#,##0 "dana""#, false), ("[Red]0.00", false), (#"0\m"#, false),
        ("@", false), ("yyyy\\-mm\\-dd", true), ("d.m.yyyy", true), ("[$-409]mmm-yy", true), ("h:mm AM/PM", true),
    ])
    func dateFormats(code: String, isDate: Bool) {
        #expect(NumberFormat.isDate(code: code) == isDate)
    }

    @Test("built-in formats 14 to 22 and 45 to 47 are dates; 0, 1, 2 and 49 are not")
    func builtInFormats() {
        #expect([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47].allSatisfy { NumberFormat.isDate(id: $0, customCode: nil) })
        #expect([0, 1, 2, 9, 10, 49].allSatisfy { !NumberFormat.isDate(id: $0, customCode: nil) })
    }

    @Test("a date cell where a count is expected is the date error, at its cell; as the date, it reads as ISO")
    func dateCells() throws {
        let rows = Self.metadata.replacingOccurrences(of: #"<row r="6">"#, with:
            #"<row r="5"><c r="A5" t="inlineStr"><is><t>date</t></is></c><c r="B5" s="1"><v>45731</v></c></row><row r="6">"#)
            + #"<row r="7"><c r="A7" t="inlineStr"><is><t>LNZ.05/N</t></is></c><c r="C7" s="1"><v>46085</v></c></row>"#
            + #"<row r="8"><c r="A8" t="inlineStr"><is><t>LNZ.05/D</t></is></c><c r="C8"><v>40</v></c></row>"#
            + #"<row r="9"><c r="A9" t="inlineStr"><is><t>LNZ.06</t></is></c><c r="C9" s="1"><v>12</v></c></row>"#
        let (sheet, diagnostics) = try read(WorkbookFixture(rows: rows))
        #expect(sheet?.metadata.date == "2025-03-15")
        let dates = diagnostics.filter { $0.code == .answerBecameDate }
        #expect(dates.map(\.location.description) == ["RS-2024.xlsx:Answers!C9", "RS-2024.xlsx:Answers!C7"])
    }

    @Test("the 1904 date system is honoured")
    func date1904() throws {
        let rows = Self.metadata.replacingOccurrences(of: #"<row r="6">"#, with:
            #"<row r="5"><c r="A5" t="inlineStr"><is><t>date</t></is></c><c r="B5" s="1"><v>44642</v></c></row><row r="6">"#)
        let (sheet, _) = try read(WorkbookFixture(rows: rows, date1904: true))
        #expect(sheet?.metadata.date == "2026-03-23")
    }

    @Test("the real spreadsheet's date-mangled ratio gives the date error at its cell")
    func dateMangledFixture() throws {
        let path = Fixtures.path("corpus/csv/date-mangled-ratio.xlsx")
        let outcome = SheetLoader(framework: Self.framework).load(path)
        let error = try #require(outcome.diagnostics.first { $0.code == .answerBecameDate })
        #expect(error.severity == .error)
        #expect(error.location == SourceLocation(file: path, cell: "FR-2023!E20"))
        #expect(error.message.contains("spreadsheet turned the ratio into a date"))
        #expect(error.suggestion?.contains("'PJW.02/N' and 'PJW.02/D'") == true)
    }

    @Test("errors name the worksheet and cell, and an absent answer cell by its column")
    func errorsAtCells() throws {
        let rows = Self.metadata
            + WorkbookFixture.row(7, [("A", "LNZ.01"), ("C", "Maybe")])
            + WorkbookFixture.row(8, [("A", "LNZ.05/N"), ("B", "x")])
            + WorkbookFixture.row(9, [("A", "LNZ.05/D"), ("C", 4.0)])
        let (_, diagnostics) = try read(WorkbookFixture(sheetName: "Odgovori", rows: rows))
        let notAnOption = try #require(diagnostics.first { $0.code == .notAnOption })
        #expect(notAnOption.location.description == "RS-2024.xlsx:Odgovori!C7")
        #expect(diagnostics.contains { $0.location.description == "RS-2024.xlsx:Odgovori!C8" })
    }

    @Test("the first worksheet is the sheet, by the workbook's tab order")
    func firstWorksheet() throws {
        var fixture = WorkbookFixture(rows: Self.metadata + WorkbookFixture.row(7, [("A", "LNZ.01"), ("C", "Full")]))
        // The second sheet's part comes first in the package, and is ignored.
        fixture.parts["xl/worksheets/sheet0.xml"] = WorkbookFixture.xml(
            #"<worksheet xmlns="\#(WorkbookFixture.main)"><sheetData>\#(WorkbookFixture.row(1, [("A", "x")]))</sheetData></worksheet>"#)
        let (sheet, diagnostics) = try read(fixture)
        #expect(!diagnostics.hasErrors)
        #expect(sheet?.answers["LNZ.01"]?.value == .choice(code: "full"))
    }

    @Test("a CSV sheet named .xlsx is refused, suggesting .csv; a zip that is CSV-named still reads")
    func namesAndContents() throws {
        let csv = try Data(contentsOf: Fixtures.url("conformance/arithmetic/sheets/AT-2021.csv"))
        let refused = SheetLoader.readRawOutcome(csv, file: "AT-2021.xlsx")
        #expect(refused.contains { $0.code == .notAWorkbook && $0.suggestion?.contains(".csv") == true })
        let workbook = try Data(contentsOf: Fixtures.url("conformance/arithmetic/sheets-xlsx/AT-2021.xlsx"))
        #expect(!SheetLoader.readRawOutcome(workbook, file: "AT-2021.csv").hasErrors)
    }
}
