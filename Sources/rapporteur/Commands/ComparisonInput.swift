import ArgumentParser
import Foundation
import RapporteurCore
import RapporteurIO

/// What `compare` and `report` share: load the framework and the sheets,
/// print problems, and build the comparison or exit.
struct ComparisonInput {
    var framework: Framework
    var comparison: Comparison
    /// When asked for and government sheets are among the inputs: how far
    /// they agree with the NGOs' (same selection).
    var agreement: Agreement?

    static func build(paths: [String], frameworkOptions: FrameworkOptions, encoding: SheetEncoding,
                      selection: SelectionOptions, withAgreement: Bool = false) throws -> ComparisonInput {
        let framework = try frameworkOptions.load()
        var meter: Progress?
        let batch = SheetBatch.load(paths, framework: framework, encoding: encoding, keepAnswers: false) { done, total in
            if meter == nil { meter = Progress(total: total, label: "reading sheets") }
            meter?.update(done)
        }
        meter?.finish()
        DiagnosticOutput.emit(batch.diagnostics, format: .text)
        if batch.diagnostics.hasErrors {
            Terminal.standardError("compare: " + DiagnosticMessage("the sheets have errors; nothing was written").inChosenLanguage + "\n")
            throw ExitCode(DiagnosticOutput.exitStatus(for: batch.diagnostics, strict: false))
        }
        switch ComparisonEngine(framework: framework).compare(batch.scores, selection.request) {
        case .success(let comparison):
            let agreement = withAgreement ? try Self.agreement(batch.scores, framework: framework, selection: selection) : nil
            return ComparisonInput(framework: framework, comparison: comparison, agreement: agreement)
        case .failure(let failure):
            DiagnosticOutput.emit(failure.diagnostics, format: .text)
            throw ExitCode(failure.diagnostics.contains { $0.code == "unknown-region" } ? 2 : 1)
        }
    }
}

extension ComparisonInput {
    /// nil when no government sheet is among the inputs.
    static func agreement(_ scores: [SheetScore], framework: Framework, selection: SelectionOptions) throws -> Agreement? {
        guard scores.contains(where: { $0.sheet.metadata.respondent == .government }) else { return nil }
        switch AgreementEngine(framework: framework).agree(scores, selection.request) {
        case .success(let agreement): return agreement
        case .failure(let failure):
            DiagnosticOutput.emit(failure.diagnostics, format: .text)
            throw ExitCode(1)
        }
    }
}
