import RapporteurCore

/// The `Answers` worksheet of the workbook template, laid out as the CSV
/// template (metadata rows, a blank row, the header, one row per indicator
/// and two per ratio), with only the cells people fill unlocked, each
/// guided by a drop-down, a whole-number rule or a message; and, when a
/// drop-down is too long to write inline, the hidden `Lists` sheet it refers to.
struct AnswersSheet {
    static let name = "Answers"
    static let listsName = "Lists"
    static let header = ["indicator", "area", "question", "options", "answer", "source", "comment"]
    /// Excel keeps at most 255 characters of an inline list formula
    /// (`"a,b,c"`, quotes included); past that it "repairs" the workbook.
    static let inlineListLimit = 255

    let framework: Framework
    let request: SheetTemplate.Request

    func models() -> (answers: WorksheetModel, lists: WorksheetModel?) {
        let vocabulary = Vocabulary(language: request.language)
        var sheet = WorksheetModel(name: Self.name)
        sheet.columns = [12, 22, 60, 36, 24, 32, 32].map { WorksheetModel.Column(width: $0) }
        sheet.isProtected = true
        sheet.isSelectedTab = true
        var lists = WorksheetModel(name: Self.listsName)
        lists.isHidden = true
        lists.isProtected = true

        let metadata: [(String, WorksheetModel.Value, WorkbookStyle)] = [
            ("country", .text(request.country), .metadataFixed),
            ("year", .number(Double(request.year)), .metadataFixed),
            ("framework", .text("\(framework.id) \(framework.version)"), .metadataFixed),
            ("organisation", .empty, .inputText),
            ("date", .empty, .inputDate),
            ("status", .text("draft"), .inputText),
            ("language", .text(request.language), .metadataFixed),
        ] + (request.respondent.map { [("respondent", .text($0.rawValue), .inputText)] } ?? [])
        for (index, (key, value, style)) in metadata.enumerated() {
            sheet.rows.append(.init(number: index + 1, cells: [.init(column: 1, value: .text(key), style: .metadataKey),
                                                               .init(column: 2, value: value, style: style)]))
            if key == "status" {
                sheet.validations.append(.init(rule: .list(formula: "\"draft,final\""),
                                               cells: [CellReference(column: 2, row: index + 1)], prompt: nil, error: nil))
            }
            if key == "respondent" {
                let codes = Respondent.allCases.map(\.rawValue).joined(separator: ",")
                sheet.validations.append(.init(rule: .list(formula: "\"\(codes)\""),
                                               cells: [CellReference(column: 2, row: index + 1)], prompt: nil, error: nil))
            }
        }
        let headerRow = metadata.count + 2
        sheet.rows.append(.init(number: headerRow, cells: Self.header.enumerated().map {
            .init(column: $0.offset + 1, value: .text($0.element), style: .header)
        }))
        sheet.frozenRows = headerRow
        sheet.activeCell = CellReference(column: 5, row: headerRow + 1)

        let text = TemplateText(language: request.language)
        for (offset, row) in text.rows(for: framework).enumerated() {
            let number = headerRow + 1 + offset
            let rule = AnswerCellRule(row, framework: framework, language: request.language)
            let helpers = [row.id, row.area, row.question, row.options].enumerated().map { column, value in
                WorksheetModel.Cell(column: column + 1, value: .text(value), style: .helper)
            }
            let inputs = [rule.style, .inputText, .inputText].enumerated().map { column, style in
                WorksheetModel.Cell(column: column + 5, value: .empty, style: style)
            }
            sheet.rows.append(.init(number: number, cells: helpers + inputs))
            let answer = CellReference(column: 5, row: number)
            switch rule.guide {
            case .choices(let labels):
                sheet.validations.append(.init(rule: .list(formula: Self.listFormula(labels, spilling: &lists)),
                                               cells: [answer], prompt: nil, error: vocabulary[.notAnOption]))
            case .whole(let minimum, let maximum):
                sheet.validations.append(.init(rule: .whole(minimum: minimum, maximum: maximum),
                                               cells: [answer], prompt: nil, error: vocabulary[.notAWholeNumber]))
            case .items:
                sheet.validations.append(.init(rule: .prompt, cells: [answer], prompt: vocabulary[.severalItems], error: nil))
            case .none:
                break
            }
        }
        return (sheet, lists.rows.isEmpty ? nil : lists)
    }

    /// `"Yes,Partly,No"` when it fits inline; otherwise the labels go into
    /// a new column of `Lists` and the formula is its range. A label with a
    /// comma or a quote cannot be written inline at all.
    static func listFormula(_ labels: [String], spilling lists: inout WorksheetModel) -> String {
        let joined = labels.joined(separator: ",")
        if joined.utf16.count + 2 <= inlineListLimit, !labels.contains(where: { $0.contains(",") || $0.contains("\"") }) {
            return "\"" + joined + "\""
        }
        let column = (lists.rows.first?.cells.map(\.column).max() ?? 0) + 1
        for (index, label) in labels.enumerated() {
            let cell = WorksheetModel.Cell(column: column, value: .text(label), style: .plain)
            if index < lists.rows.count {
                lists.rows[index].cells.append(cell)
            } else {
                lists.rows.append(.init(number: index + 1, cells: [cell]))
            }
        }
        let first = CellReference(column: column, row: 1), last = CellReference(column: column, row: labels.count)
        return "\(listsName)!\(first.absolute):\(last.absolute)"
    }
}
