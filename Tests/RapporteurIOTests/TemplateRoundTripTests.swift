import Foundation
import RapporteurCore
import RapporteurIO
import Testing
import TestSupport

/// A blank template, filled in by the test as a person would (typing into
/// the answer, source and comment cells), reads back to what was typed.
@Suite("templates round-trip")
struct TemplateRoundTripTests {
    static let framework: Framework? = FrameworkLoader.load(
        from: DirectoryFrameworkSource(directory: Fixtures.indicators)).framework

    /// What the test types for an indicator (or a ratio row), in Serbian
    /// Latin labels, and what that must read back as.
    static func typed(for indicator: Indicator, row: String) -> (text: String, value: AnswerValue) {
        switch indicator.answer {
        case .choice(let choice):
            let option = choice.options[1]
            return (option.labels.text(in: "sr-Latn"), .choice(code: option.code))
        case .checklist(let checklist):
            let items = Array(checklist.items.prefix(2))
            return (items.map { $0.labels.text(in: "sr-Latn") }.joined(separator: "; "), .checklist(codes: items.map(\.code)))
        case .number(let spec):
            let value = spec.integer ? (spec.minimum ?? 0) + 1 : (spec.minimum ?? 0) + 1.5
            let text = spec.integer ? String(Int(value)) : String(value).replacingOccurrences(of: ".", with: ",")
            return (text, .number(value))
        case .ratio:
            return (row.hasSuffix("/N") ? "3" : "7", .ratio(numerator: 3, denominator: 7))
        case .text:
            return ("Napomena, sa zarezom i \"navodnicima\"", .text("Napomena, sa zarezom i \"navodnicima\""))
        }
    }

    @Test("CSV: every indicator typed in, read back the same", arguments: [",", ";"])
    func csv(delimiter: String) throws {
        let framework = try #require(Self.framework)
        let template = SheetTemplate.csv(framework, .init(country: "RS", year: 2025, language: "sr-Latn",
                                                          delimiter: Character(delimiter)))
        #expect(template.starts(with: [0xEF, 0xBB, 0xBF]), "the template starts with a UTF-8 BOM")
        var text = String(decoding: template, as: UTF8.self)
        let empty = delimiter + delimiter + delimiter + "\r\n"
        var expected: [String: AnswerValue] = [:]
        var lines: [String] = []
        for line in text.components(separatedBy: "\r\n") {
            let id = String(line.prefix { $0 != Character(delimiter) })
            let bareId = id.hasSuffix("/N") || id.hasSuffix("/D") ? String(id.dropLast(2)) : id
            guard let indicator = framework.indicator(bareId), (line + "\r\n").hasSuffix(empty) else {
                lines.append(line.replacingOccurrences(of: "status" + delimiter + "draft", with: "status" + delimiter + "final"))
                continue
            }
            let (answer, value) = Self.typed(for: indicator, row: id)
            expected[bareId] = value
            let quoted = "\"" + answer.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            lines.append(String(line.dropLast(3)) + delimiter + quoted + delimiter + "Izvor \(id)" + delimiter + "")
        }
        text = lines.joined(separator: "\r\n")
        let (raw, readerDiagnostics) = try SheetLoader.readRaw(Data(text.utf8), file: "filled.csv", encoding: .utf8)
        let outcome = SheetAssembler(framework: framework).assemble(raw)
        let diagnostics = readerDiagnostics + outcome.diagnostics
        #expect(diagnostics.isEmpty, "\(diagnostics.map { "\($0.location.description) \($0.message)" })")
        let sheet = try #require(outcome.sheet)
        #expect(sheet.metadata.country == "RS" && sheet.metadata.year == 2025 && sheet.metadata.status == .final)
        #expect(expected.count == framework.indicators.count)
        #expect(sheet.answers.mapValues(\.value) == expected)
        #expect(sheet.answers["LEG.01"]?.source == "Izvor LEG.01")
    }

    @Test("XML: every indicator given a value, read back the same")
    func xml() throws {
        let framework = try #require(Self.framework)
        var text = String(decoding: try SheetTemplate.xml(framework, .init(country: "AL", year: 2025)), as: UTF8.self)
        var expected: [String: AnswerValue] = [:]
        for indicator in framework.indicators {
            var typed = Self.typed(for: indicator, row: indicator.id)
            if case .ratio = indicator.answer { typed = ("3/7", .ratio(numerator: 3, denominator: 7)) }
            expected[indicator.id] = typed.value
            let escaped = typed.text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            text = text.replacingOccurrences(of: "<answer indicator=\"\(indicator.id)\"/>",
                                             with: "<answer indicator=\"\(indicator.id)\" value=\"\(escaped)\"/>")
        }
        let (raw, _) = try SheetLoader.readRaw(Data(text.utf8), file: "filled.xml", encoding: .utf8)
        let outcome = SheetAssembler(framework: framework).assemble(raw)
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics.map(\.message))")
        #expect(try #require(outcome.sheet).answers.mapValues(\.value) == expected)
    }

    @Test("XLSX: every indicator typed into its cell, strings as shared or inline strings, numbers as numbers")
    func xlsx() throws {
        let framework = try #require(Self.framework)
        let template = try WorkbookTemplate.xlsx(framework, .init(country: "RS", year: 2025, language: "sr-Latn"))
        var parts = try WorkbookFixture.unzipped(template)
        var sheet = String(decoding: try #require(parts["xl/worksheets/sheet1.xml"]), as: UTF8.self)
        var shared: [String] = []
        /// Types `text` into a cell the template left empty, as a spreadsheet stores it.
        func type(_ text: String, asNumber: Bool = false, into cell: String) {
            guard let range = sheet.range(of: #"<c r="\#(cell)" s="(\d+)"/>"#, options: .regularExpression) else {
                Issue.record("no empty cell \(cell)")
                return
            }
            let style = sheet[range].split(separator: "\"")[3]
            let content: String
            if asNumber {
                content = #"<c r="\#(cell)" s="\#(style)"><v>\#(text)</v></c>"#
            } else if shared.count.isMultiple(of: 2) {
                shared.append(text)
                content = #"<c r="\#(cell)" s="\#(style)" t="s"><v>\#(shared.count - 1)</v></c>"#
            } else {
                shared.append(text)
                content = #"<c r="\#(cell)" s="\#(style)" t="inlineStr"><is><t>\#(WorkbookFixture.escaped(text))</t></is></c>"#
            }
            sheet.replaceSubrange(range, with: content)
        }
        type("ASTRA", into: "B4")
        type("45731", asNumber: true, into: "B5")
        sheet = sheet.replacingOccurrences(of: "<t>draft</t>", with: "<t>final</t>")
        var expected: [String: AnswerValue] = [:]
        let rows = sheet.matches(of: /<c r="A(\d+)" s="\d+" t="inlineStr"><is><t>([A-Z]+\.\d+(?:\/[ND])?)<\/t>/)
        for match in rows {
            let (row, id) = (String(match.output.1), String(match.output.2))
            let bareId = id.hasSuffix("/N") || id.hasSuffix("/D") ? String(id.dropLast(2)) : id
            let indicator = try #require(framework.indicator(bareId))
            let (answer, value) = Self.typed(for: indicator, row: id)
            expected[bareId] = value
            var isCount = id != bareId
            if case .number(let spec) = indicator.answer, spec.integer { isCount = true }
            type(answer, asNumber: isCount, into: "E" + row)
            type("Izvor \(id)", into: "F" + row)
        }
        parts["xl/worksheets/sheet1.xml"] = Data(sheet.utf8)
        parts["xl/sharedStrings.xml"] = WorkbookFixture.xml(#"<sst xmlns="\#(WorkbookFixture.main)">"#
            + shared.map { "<si><t>\(WorkbookFixture.escaped($0))</t></si>" }.joined() + "</sst>")
        let rels = String(decoding: try #require(parts["xl/_rels/workbook.xml.rels"]), as: UTF8.self)
        parts["xl/_rels/workbook.xml.rels"] = Data(rels.replacingOccurrences(of: "</Relationships>", with:
            #"<Relationship Id="rId99" Type="\#(WorkbookFixture.relationships)/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#).utf8)
        let types = String(decoding: try #require(parts["[Content_Types].xml"]), as: UTF8.self)
        parts["[Content_Types].xml"] = Data(types.replacingOccurrences(of: "</Types>", with:
            #"<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#).utf8)

        let (raw, readerDiagnostics) = try SheetLoader.readRaw(try WorkbookFixture(parts: parts).zipped(),
                                                               file: "RS-2025.xlsx", encoding: .utf8)
        let outcome = SheetAssembler(framework: framework).assemble(raw)
        let diagnostics = readerDiagnostics + outcome.diagnostics
        #expect(diagnostics.isEmpty, "\(diagnostics.map { "\($0.location.description) \($0.message)" })")
        let filled = try #require(outcome.sheet)
        #expect(filled.metadata.status == .final && filled.metadata.organisation == "ASTRA")
        #expect(filled.metadata.date == "2025-03-15")
        #expect(expected.count == framework.indicators.count)
        #expect(filled.answers.mapValues(\.value) == expected)
        #expect(filled.answers["LEG.01"]?.source == "Izvor LEG.01")
        #expect(filled.answers["LEG.01"]?.location.cell == "Answers!E10")
    }

    @Test("ratios are offered as two rows, ID/N and ID/D")
    func ratioRows() throws {
        let framework = try #require(Self.framework)
        let text = String(decoding: SheetTemplate.csv(framework, .init(country: "RS", year: 2025)), as: UTF8.self)
        for indicator in framework.indicators where indicator.answer.kind == .ratio {
            #expect(text.contains("\r\n\(indicator.id)/N,") && text.contains("\r\n\(indicator.id)/D,"))
            #expect(!text.contains("\r\n\(indicator.id),"))
        }
    }
}
