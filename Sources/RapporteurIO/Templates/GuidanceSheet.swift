import RapporteurCore

/// The `Guidance` worksheet of the workbook template: per indicator, its
/// question, the guidance for answering it, where to look for the data and
/// the standards it rests on, in the template's language. Read-only, so that
/// it cannot be changed by a stray keystroke.
struct GuidanceSheet {
    static let name = "Guidance"

    let framework: Framework
    let language: String

    func model() -> WorksheetModel {
        let vocabulary = Vocabulary(language: language)
        var sheet = WorksheetModel(name: Self.name)
        sheet.columns = [12, 50, 70, 36, 30].map { WorksheetModel.Column(width: $0) }
        sheet.isProtected = true
        sheet.frozenRows = 1
        let header: [Vocabulary.Key] = [.indicator, .question, .guidance, .sources, .references]
        sheet.rows.append(.init(number: 1, cells: header.enumerated().map {
            .init(column: $0.offset + 1, value: .text(vocabulary[$0.element]), style: .header)
        }))
        for (offset, indicator) in framework.indicators.enumerated() {
            let references = indicator.references.map { "\($0.instrument) \($0.article)" }
            let texts = [indicator.id, indicator.question.text(in: language), indicator.guidance.text(in: language),
                         indicator.sources.joined(separator: "; "), references.joined(separator: "; ")]
            sheet.rows.append(.init(number: offset + 2, cells: texts.enumerated().map { column, text in
                .init(column: column + 1, value: text.isEmpty ? .empty : .text(text), style: column == 0 ? .helper : .reading)
            }))
        }
        return sheet
    }
}
