import Foundation
import RapporteurCore
import RapporteurIO
import RapporteurXML
import Testing
import TestSupport

/// The workbook template is a package every spreadsheet opens as it is:
/// well-formed parts, content types and relationships that agree, help
/// locked and answers unlocked under protection, drop-downs and whole-number
/// rules where the instrument calls for them; and the same bytes each time.
@Suite("workbook template")
struct WorkbookTemplateTests {
    static let framework: Framework? = FrameworkLoader.load(
        from: DirectoryFrameworkSource(directory: Fixtures.indicators)).framework

    static func template(_ framework: Framework, language: String = "sr-Latn") throws -> [String: Data] {
        try WorkbookFixture.unzipped(WorkbookTemplate.xlsx(framework, .init(country: "RS", year: 2025, language: language)))
    }

    /// The elements of a part, in document order; fails on XML that is not well-formed.
    static func elements(_ data: Data?, _ name: String? = nil) throws -> [XMLStreamElement] {
        var found: [XMLStreamElement] = []
        try XMLStreamReader.read(try #require(data), file: "part") { event in
            if case .start(let element) = event, name == nil || element.name == name { found.append(element) }
        }
        return found
    }

    @Test("every part is well-formed; every part has a content type; every relationship reaches a part")
    func packageConsistent() throws {
        let parts = try Self.template(try #require(Self.framework))
        for (name, data) in parts { #expect(throws: Never.self, "\(name)") { _ = try Self.elements(data) } }
        let types = try Self.elements(parts["[Content_Types].xml"])
        let defaults = Set(types.filter { $0.name == "Default" }.compactMap { $0.attribute("Extension") })
        let overrides = Set(types.filter { $0.name == "Override" }.compactMap { $0.attribute("PartName") })
        for name in parts.keys where name != "[Content_Types].xml" {
            let ext = String(name.split(separator: ".").last ?? "")
            #expect(overrides.contains("/" + name) || defaults.contains(ext), "\(name) has no content type")
        }
        for override in overrides { #expect(parts[String(override.dropFirst())] != nil, "\(override) is not in the package") }
        #expect(overrides.contains("/xl/workbook.xml") && overrides.contains("/xl/styles.xml"))
        for (name, data) in parts where name.hasSuffix(".rels") {
            let folder = name.replacingOccurrences(of: "_rels/", with: "").split(separator: "/").dropLast()
            for relationship in try Self.elements(data, "Relationship") {
                let target = try #require(relationship.attribute("Target"))
                let resolved = (folder + target.split(separator: "/")).joined(separator: "/")
                #expect(parts[resolved] != nil, "\(name): \(target) is not in the package")
            }
        }
        let rels = try Self.elements(parts["xl/_rels/workbook.xml.rels"], "Relationship").compactMap { $0.attribute("Id") }
        let sheets = try Self.elements(parts["xl/workbook.xml"], "sheet")
        #expect(sheets.map { $0.attribute("name") } == ["Answers", "Guidance"])
        #expect(sheets.allSatisfy { rels.contains($0.attribute("id", namespace: WorkbookFixture.relationships) ?? "") })
    }

    @Test("help is locked, answers unlocked, the sheet protected without a password and its header frozen")
    func protection() throws {
        let parts = try Self.template(try #require(Self.framework))
        let styles = try Self.elements(parts["xl/styles.xml"])
        let cellFormats = styles.drop(while: { $0.name != "cellXfs" }).dropFirst()
        // A style is unlocked when its xf is followed by <protection locked="0"> before the next xf.
        var unlocked: Set<Int> = [], formats: [Int: String] = [:], index = -1
        for element in cellFormats.prefix(while: { $0.name != "cellStyles" }) {
            if element.name == "xf" {
                index += 1
                formats[index] = element.attribute("numFmtId")
            }
            if element.name == "protection", element.attribute("locked") == "0" { unlocked.insert(index) }
        }
        let sheet = try Self.elements(parts["xl/worksheets/sheet1.xml"])
        var isUnlocked: [String: Bool] = [:], format: [String: String] = [:]
        for cell in sheet where cell.name == "c" {
            let style = Int(cell.attribute("s") ?? "0") ?? 0
            isUnlocked[cell.attribute("r")!] = unlocked.contains(style)
            format[cell.attribute("r")!] = formats[style]
        }
        let indicatorRows = Array(10..<(10 + TemplateRows.count(try #require(Self.framework))))
        for row in indicatorRows {
            #expect(["A", "B", "C", "D"].allSatisfy { isUnlocked["\($0)\(row)"] == false }, "help of row \(row) is not locked")
            #expect(["E", "F", "G"].allSatisfy { isUnlocked["\($0)\(row)"] == true }, "answer of row \(row) is not unlocked")
        }
        #expect(["B4", "B5", "B6"].allSatisfy { isUnlocked[$0] == true })
        #expect(["A1", "B1", "B2", "B3", "B7", "E9"].allSatisfy { isUnlocked[$0] == false })
        #expect(format["F10"] == "49", "evidence is typed as text")
        let protection = try #require(sheet.first { $0.name == "sheetProtection" })
        #expect(protection.attribute("sheet") == "1" && protection.attribute("password") == nil)
        let pane = try #require(sheet.first { $0.name == "pane" })
        #expect(pane.attribute("ySplit") == "9" && pane.attribute("state") == "frozen")
        // SpreadsheetML fixes the order of a worksheet's elements.
        let order = ["dimension", "sheetViews", "cols", "sheetData", "sheetProtection", "dataValidations", "pageMargins"]
        #expect(sheet.map(\.name).filter(order.contains).reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } } == order)
    }

    @Test("a drop-down on every choice, whole numbers on counts and ratio rows, text format elsewhere")
    func validations() throws {
        let framework = try #require(Self.framework)
        let parts = try Self.template(framework)
        let sheet = try Self.elements(parts["xl/worksheets/sheet1.xml"])
        let validations = try Self.elements(parts["xl/worksheets/sheet1.xml"], "dataValidation")
        let list = try #require(sheet.first { $0.name == "dataValidations" })
        #expect(list.attribute("count") == String(validations.count))
        let byCell = Dictionary(validations.map { ($0.attribute("sqref") ?? "", $0.attribute("type") ?? "none") }) { a, _ in a }
        var row = 10
        for indicator in framework.indicators {
            let cells = indicator.answer.kind == .ratio ? ["E\(row)", "E\(row + 1)"] : ["E\(row)"]
            row += cells.count
            switch indicator.answer {
            case .choice: #expect(byCell[cells[0]] == "list", "\(indicator.id) has no drop-down")
            case .ratio: #expect(cells.allSatisfy { byCell[$0] == "whole" }, "\(indicator.id) rows are not whole numbers")
            case .number(let spec) where spec.integer: #expect(byCell[cells[0]] == "whole", "\(indicator.id)")
            case .checklist: #expect(byCell[cells[0]] == "none", "\(indicator.id) has no message")
            default: #expect(byCell[cells[0]] == nil, "\(indicator.id)")
            }
        }
        #expect(byCell["B6"] == "list")
    }

    @Test("the drop-down labels are in the template's language")
    func dropDownLanguage() throws {
        let framework = try #require(Self.framework)
        let choice = try #require(framework.indicators.first { $0.answer.kind == .choice })
        for language in ["en", "sr-Latn", "sr-Cyrl"] {
            let sheet = String(decoding: try #require(try Self.template(framework, language: language)["xl/worksheets/sheet1.xml"]),
                               as: UTF8.self)
            let labels = choice.answer.options.map { $0.labels.text(in: language) }.joined(separator: ",")
            #expect(sheet.contains("<formula1>&quot;\(labels),"), "\(language): \(labels)")
        }
    }

    @Test("a drop-down longer than Excel's 255 characters goes to the hidden Lists sheet")
    func longLists() throws {
        var framework = try #require(Self.framework)
        guard case .choice(var choice) = framework.areas[0].indicators[0].answer else { Issue.record("LEG.01 is a choice"); return }
        for index in choice.options.indices {
            choice.options[index].labels = LocalisedText(["en": String(repeating: "long, ", count: 12) + "label \(index)"])
        }
        let old = framework.areas[0].indicators[0]
        framework.areas[0].indicators[0] = Indicator(
            id: old.id, type: old.type, weight: old.weight, allowsNotApplicable: old.allowsNotApplicable, title: old.title,
            question: old.question, guidance: old.guidance, sources: old.sources, references: old.references,
            answer: .choice(choice), location: old.location)
        let parts = try Self.template(framework, language: "en")
        let sheets = try Self.elements(parts["xl/workbook.xml"], "sheet")
        #expect(sheets.last?.attribute("name") == "Lists" && sheets.last?.attribute("state") == "hidden")
        let formula = String(decoding: try #require(parts["xl/worksheets/sheet1.xml"]), as: UTF8.self)
        let offered = choice.options.count + 1 + (framework.areas[0].indicators[0].allowsNotApplicable ? 1 : 0)
        #expect(formula.contains("<formula1>Lists!$A$1:$A$\(offered)</formula1>"))
        let lists = String(decoding: try #require(parts["xl/worksheets/sheet3.xml"]), as: UTF8.self)
        #expect(lists.contains("long, long,") && lists.contains("label 3"))
    }

    @Test("the Guidance sheet lists each indicator's question, guidance, sources and references")
    func guidance() throws {
        let framework = try #require(Self.framework)
        let sheet = String(decoding: try #require(try Self.template(framework)["xl/worksheets/sheet2.xml"]), as: UTF8.self)
        let indicator = try #require(framework.indicators.first { !$0.guidance.isEmpty && !$0.references.isEmpty })
        #expect(sheet.contains("<t>uputstvo</t>"))
        let guidance = WorkbookFixture.escaped(indicator.guidance.text(in: "sr-Latn")).replacingOccurrences(of: "\"", with: "&quot;")
        #expect(sheet.contains(guidance))
        let reference = try #require(indicator.references.first)
        #expect(sheet.contains("\(reference.instrument) \(reference.article)"))
        #expect(sheet.components(separatedBy: "<row ").count - 1 == framework.indicators.count + 1)
    }

    @Test("the same framework and request give the same bytes")
    func deterministic() throws {
        let framework = try #require(Self.framework)
        let request = SheetTemplate.Request(country: "ME", year: 2024, language: "en")
        #expect(try WorkbookTemplate.xlsx(framework, request) == WorkbookTemplate.xlsx(framework, request))
    }
}

/// How many rows the template gives a framework: one per indicator, two per ratio.
enum TemplateRows {
    static func count(_ framework: Framework) -> Int {
        framework.indicators.reduce(0) { $0 + ($1.answer.kind == .ratio ? 2 : 1) }
    }
}
