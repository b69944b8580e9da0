import Foundation
import RapporteurCore

/// The sheets of the latest selected year and their comparison, for an
/// analysis of that year's ranking alone. Sheets of other years are read
/// no further than their metadata rows (`SheetYearProbe`); a sheet whose
/// year cannot be told so is read whole.
public struct LatestYearSheets: Sendable {
    /// The scores of the sheets read whole.
    public var scores: [SheetScore]
    public var diagnostics: [Diagnostic]
    /// The comparison of the latest year with a taking-part sheet; nil when
    /// the sheets have errors, the comparison fails, or no year qualifies.
    public var comparison: Comparison?
    public var failure: ComparisonFailure?

    public static func load(_ paths: [String], framework: Framework, encoding: SheetEncoding,
                            request: ComparisonRequest) -> LatestYearSheets {
        let (files, found) = SheetLoader.files(in: paths)
        guard !files.isEmpty else {
            // Nothing to probe: the batch says what is wrong with the paths.
            let batch = SheetBatch.load(paths, framework: framework, encoding: encoding, keepAnswers: false)
            return LatestYearSheets(scores: batch.scores, diagnostics: batch.diagnostics)
        }
        let probed = SheetBatch.inOrder(files.count) { SheetYearProbe.year(ofFile: files[$0]) }
        // Unknown years first, whole: their problems are the user's to see.
        let unknown = zip(files, probed).filter { $0.1 == nil }.map(\.0)
        var result = LatestYearSheets(scores: [], diagnostics: found)
        if !unknown.isEmpty {
            let batch = SheetBatch.load(unknown, framework: framework, encoding: encoding, keepAnswers: false)
            result.scores = batch.scores
            result.diagnostics += batch.diagnostics
            if batch.diagnostics.hasErrors { return result }
        }
        let years = Set(probed.compactMap { $0 } + result.scores.map(\.sheet.metadata.year))
            .filter { year in
                if case .range(let first, let last) = request.years { (first...last).contains(year) } else { true }
            }.sorted(by: >)
        // The latest year whose sheets take part (not all drafts, not all
        // outside the region); usually the first tried.
        for year in years {
            let known = result.scores.filter { $0.sheet.metadata.year == year }
            let named = zip(files, probed).filter { $0.1 == year }.map(\.0)
            let batch = named.isEmpty ? SheetBatch(scores: [], diagnostics: [])
                : SheetBatch.load(named, framework: framework, encoding: encoding, keepAnswers: false)
            result.diagnostics += batch.diagnostics
            if batch.diagnostics.hasErrors { return result }
            var yearRequest = request
            yearRequest.years = .range(year, year)
            switch ComparisonEngine(framework: framework).compare(known + batch.scores, yearRequest) {
            case .success(let comparison) where !comparison.years.isEmpty:
                result.scores = known + batch.scores
                result.comparison = comparison
                return result
            case .success:
                continue
            case .failure(let failure):
                result.failure = failure
                return result
            }
        }
        return result
    }
}
