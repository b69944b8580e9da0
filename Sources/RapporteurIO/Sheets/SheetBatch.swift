import Foundation
import RapporteurCore

/// Many sheets read and scored for a comparison. Any error in any sheet
/// stops the comparison: a report must not silently leave a country out.
public struct SheetBatch: Sendable {
    public var scores: [SheetScore]
    public var diagnostics: [Diagnostic]
    /// With `keepEvidence`, each score's evidence, in the same order.
    public var evidence: [SheetEvidence] = []
    /// The sheets with errors, each with what could be read of it, in the
    /// files' order: a caller decides whether they stop the comparison.
    public var invalid: [InvalidSheet] = []

    /// Reads every sheet that `paths` names, on every core; results and
    /// diagnostics keep the files' order, so output never depends on timing.
    /// `progress` is told, on the calling thread, as sheets are done.
    /// `keepEvidence` keeps each sheet's evidence compactly, made before
    /// its answers go when `keepAnswers` is false.
    public static func load(_ paths: [String], framework: Framework, encoding: SheetEncoding, keepAnswers: Bool = true,
                            keepEvidence: Bool = false, progress: (Int, Int) -> Void = { _, _ in }) -> SheetBatch {
        let (files, found) = SheetLoader.files(in: paths)
        // Answers that go once scored need no text, source or comment.
        let loader = SheetLoader(framework: framework, encoding: encoding, keepsText: keepAnswers || keepEvidence)
        let scorer = Scorer(framework: framework)
        let results = inOrder(files.count, progress: progress) { index in
            let outcome = loader.load(files[index])
            // A loader that keeps no text gives the values by place.
            var score = outcome.sheet.flatMap { sheet in
                outcome.diagnostics.hasErrors ? nil : loader.keepsText ? scorer.score(sheet) : scorer.score(sheet, values: outcome.values)
            }
            let evidence = keepEvidence ? score.map(SheetEvidence.init) : nil
            // A comparison needs the scores, not the answers' text: let
            // it go, so memory follows the scores, not the sheets' size.
            if keepAnswers == false { score?.sheet.answers = [:] }
            let invalid = outcome.diagnostics.first { $0.severity == .error }.map {
                InvalidSheet(file: files[index], metadata: outcome.sheet?.metadata, firstError: $0)
            }
            return (score, evidence, outcome.diagnostics.filter { $0.severity != .note }, invalid)
        }
        var diagnostics = found
        var scores: [SheetScore] = []
        var evidence: [SheetEvidence] = []
        var invalid: [InvalidSheet] = []
        for (score, kept, problems, problem) in results {
            diagnostics += problems
            if let score { scores.append(score) }
            if let kept { evidence.append(kept) }
            if let problem { invalid.append(problem) }
        }
        if files.isEmpty && !diagnostics.hasErrors {
            diagnostics.append(.error(.noSheets, "no sheet files found", at: SourceLocation(file: paths.joined(separator: " ")),
                                      suggestion: "name sheet files (.csv, .xml) or directories that hold them"))
        }
        return SheetBatch(scores: scores, diagnostics: diagnostics, evidence: evidence, invalid: invalid)
    }
}

extension SheetBatch {
    /// `work` for every index in `0..<count`, on every core, the results in
    /// index order whatever the timing. `progress` is told, on the calling
    /// thread, after each round of about a fiftieth of the indexes.
    public static func inOrder<Result: Sendable>(_ count: Int, progress: (Int, Int) -> Void = { _, _ in },
                                                 _ work: @Sendable (Int) -> Result) -> [Result] {
        var results: [Result] = []
        results.reserveCapacity(count)
        OrderedParallelMap.forEach(count, round: max(count / 50, 1) * OrderedParallelMap.cores, work) { first, round in
            results += round
            progress(first + round.count, count)
        }
        return results
    }
}
