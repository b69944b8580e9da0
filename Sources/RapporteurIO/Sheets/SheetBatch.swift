import Foundation
import RapporteurCore

/// Many sheets read and scored for a comparison. Any error in any sheet
/// stops the comparison: a report must not silently leave a country out.
public struct SheetBatch: Sendable {
    public var scores: [SheetScore]
    public var diagnostics: [Diagnostic]

    /// Reads every sheet that `paths` names; `progress` is told after each.
    public static func load(_ paths: [String], framework: Framework, encoding: SheetEncoding,
                            progress: (Int, Int) -> Void = { _, _ in }) -> SheetBatch {
        let (files, found) = SheetLoader.files(in: paths)
        var diagnostics = found
        var scores: [SheetScore] = []
        let loader = SheetLoader(framework: framework, encoding: encoding)
        let scorer = Scorer(framework: framework)
        for (index, file) in files.enumerated() {
            let outcome = loader.load(file)
            diagnostics += outcome.diagnostics.filter { $0.severity != .note }
            if let sheet = outcome.sheet, !outcome.diagnostics.hasErrors {
                scores.append(scorer.score(sheet))
            }
            progress(index + 1, files.count)
        }
        if files.isEmpty && !diagnostics.hasErrors {
            diagnostics.append(.error("no-sheets", "no sheet files found", at: SourceLocation(file: paths.joined(separator: " ")),
                                      suggestion: "name sheet files (.csv, .xml) or directories that hold them"))
        }
        return SheetBatch(scores: scores, diagnostics: diagnostics)
    }
}
