import Foundation
import RapporteurCore

/// What the reports say about answers rather than scores: which answers
/// changed since each country's previous sheet, and which sheets mark
/// themselves as illustrative. A comparison keeps scores only, so the few
/// sheets this needs (the latest year's and the one before each) are read
/// again here.
public struct AnswerHistory: Sendable {
    /// By country, then the framework's order of indicators.
    public var changes: [AnswerChange]
    /// Files of the latest year whose sources or comments call their data
    /// illustrative.
    public var illustrative: [String]

    public init(changes: [AnswerChange] = [], illustrative: [String] = []) {
        self.changes = changes
        self.illustrative = illustrative
    }

    public func changes(of country: String) -> [AnswerChange] { changes.filter { $0.country == country } }

    /// Reads the sheets of `comparison`'s latest year and each one's
    /// predecessor. The sheets were read once already without error, so a
    /// sheet that now fails to read is left out rather than reported twice.
    public static func load(_ comparison: Comparison, framework: Framework, encoding: SheetEncoding,
                            language: String) -> AnswerHistory {
        guard let year = comparison.years.last else { return AnswerHistory() }
        let loader = SheetLoader(framework: framework, encoding: encoding)
        let latest = comparison.sheetsUsed.filter { $0.year == year }.sorted { $0.country < $1.country }
        var previousSheets: [String: SheetReference] = [:]
        for reference in comparison.sheetsUsed where reference.year < year {
            if (previousSheets[reference.country]?.year ?? Int.min) < reference.year {
                previousSheets[reference.country] = reference
            }
        }
        let earlier = previousSheets
        // Each country on its own core; the results in the countries' order.
        let found = SheetBatch.inOrder(latest.count) { index -> (illustrative: Bool, changes: [AnswerChange]) in
            guard let sheet = loader.load(latest[index].file).sheet else { return (false, []) }
            guard let previous = earlier[latest[index].country].flatMap({ loader.load($0.file).sheet }) else {
                return (isIllustrative(sheet), [])
            }
            return (isIllustrative(sheet), AnswerChange.between(previous, sheet, framework: framework, language: language))
        }
        return AnswerHistory(changes: found.flatMap(\.changes),
                             illustrative: zip(latest, found).filter { $0.1.illustrative }.map(\.0.file))
    }

    /// A sheet that says of itself, in a source or comment, that it is
    /// illustrative (as the example sheets do).
    static func isIllustrative(_ sheet: Sheet) -> Bool {
        sheet.answers.values.contains { answer in
            [answer.source, answer.comment].contains { $0?.range(of: "illustrative", options: .caseInsensitive) != nil }
        }
    }
}
