import Foundation
import RapporteurCore

/// What the workbook template does to one answer cell: how it is formatted
/// and what guides the typing. Text answers are formatted as text, so that
/// nothing typed becomes a date; counts are number cells, because a
/// spreadsheet's whole-number rule refuses everything typed into a text cell.
struct AnswerCellRule {
    enum Guide: Equatable {
        /// A drop-down of these labels.
        case choices([String])
        case whole(minimum: Int, maximum: Int)
        /// A checklist: a message saying how to list items.
        case items
        case none
    }

    var style: WorkbookStyle
    var guide: Guide

    /// The bounds of a count with none given: what a 32-bit cell holds.
    static let widest = (minimum: -2_147_483_647, maximum: 2_147_483_647)

    init(_ row: TemplateText.Row, framework: Framework, language: String) {
        let indicator = row.indicator
        if row.isRatioPart {
            (style, guide) = (.inputWhole, .whole(minimum: 0, maximum: Self.widest.maximum))
            return
        }
        switch indicator.answer {
        case .choice(let choice):
            let labels = choice.options.map { $0.labels.text(in: language) }
            let unknown = framework.specialAnswers.unknown.text(in: language)
            let notApplicable = framework.specialAnswers.notApplicable.text(in: language)
            var offered = labels + [unknown.isEmpty ? "unknown" : unknown]
            if indicator.allowsNotApplicable { offered.append(notApplicable.isEmpty ? "n/a" : notApplicable) }
            (style, guide) = (.inputText, .choices(Self.distinct(offered)))
        case .checklist:
            (style, guide) = (.inputText, .items)
        case .number(let spec) where spec.integer:
            let minimum = spec.minimum.map { Self.clamped($0.rounded(.up)) } ?? Self.widest.minimum
            let maximum = spec.maximum.map { Self.clamped($0.rounded(.down)) } ?? Self.widest.maximum
            (style, guide) = (.inputWhole, .whole(minimum: minimum, maximum: maximum))
        case .number, .ratio, .text:
            (style, guide) = (.inputText, .none)
        }
    }

    /// Labels once each, trimmed, in order (two options may share a label
    /// in a language that does not tell them apart).
    private static func distinct(_ labels: [String]) -> [String] {
        var seen: Set<String> = []
        return labels.map { String($0.trimmingWhitespace()) }.filter { !$0.isEmpty && seen.insert(AnswerText.fold($0)).inserted }
    }

    private static func clamped(_ value: Double) -> Int {
        Int(min(max(value, Double(widest.minimum)), Double(widest.maximum)))
    }
}
