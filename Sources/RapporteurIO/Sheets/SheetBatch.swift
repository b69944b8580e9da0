import Foundation
import RapporteurCore

/// Many sheets read and scored for a comparison. Any error in any sheet
/// stops the comparison: a report must not silently leave a country out.
public struct SheetBatch: Sendable {
    public var scores: [SheetScore]
    public var diagnostics: [Diagnostic]

    /// Reads every sheet that `paths` names, on every core; results and
    /// diagnostics keep the files' order, so output never depends on timing.
    /// `progress` is told, on the calling thread, after each sheet.
    public static func load(_ paths: [String], framework: Framework, encoding: SheetEncoding, keepAnswers: Bool = true,
                            progress: (Int, Int) -> Void = { _, _ in }) -> SheetBatch {
        let (files, found) = SheetLoader.files(in: paths)
        let loader = SheetLoader(framework: framework, encoding: encoding)
        let scorer = Scorer(framework: framework)
        let results = Results(count: files.count)
        // Batches of sheets go to the cores; the progress line advances per batch.
        let batch = max(files.count / 50, 1)
        var done = 0
        while done < files.count {
            let upper = min(done + batch * ProcessInfo.processInfo.activeProcessorCount, files.count)
            let range = done..<upper
            DispatchQueue.concurrentPerform(iterations: range.count) { offset in
                let index = range.lowerBound + offset
                let outcome = loader.load(files[index])
                var score = outcome.sheet.flatMap { outcome.diagnostics.hasErrors ? nil : scorer.score($0) }
                // A comparison needs the scores, not the answers' text: let
                // it go, so memory follows the scores, not the sheets' size.
                if keepAnswers == false { score?.sheet.answers = [:] }
                results.set(index, (score, outcome.diagnostics.filter { $0.severity != .note }))
            }
            done = upper
            progress(done, files.count)
        }
        var diagnostics = found
        var scores: [SheetScore] = []
        for (score, problems) in results.all {
            diagnostics += problems
            if let score { scores.append(score) }
        }
        if files.isEmpty && !diagnostics.hasErrors {
            diagnostics.append(.error("no-sheets", "no sheet files found", at: SourceLocation(file: paths.joined(separator: " ")),
                                      suggestion: "name sheet files (.csv, .xml) or directories that hold them"))
        }
        return SheetBatch(scores: scores, diagnostics: diagnostics)
    }
}

/// Per-file results written from many threads, each to its own slot.
private final class Results: @unchecked Sendable {
    private var slots: [(SheetScore?, [Diagnostic])]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: (nil, []), count: count) }

    func set(_ index: Int, _ value: (SheetScore?, [Diagnostic])) {
        lock.withLock { slots[index] = value }
    }

    var all: [(SheetScore?, [Diagnostic])] { lock.withLock { slots } }
}
