import ArgumentParser
import Foundation
import RapporteurCore
import RapporteurIO

/// What `compare` and `report` share: load the framework and the sheets,
/// print problems, and build the comparison or exit.
struct ComparisonInput {
    var framework: Framework
    var comparison: Comparison
    /// The taking-part sheets' scores with their answers, when asked for.
    var answered: [SheetScore] = []
    /// The taking-part sheets' evidence, when asked for.
    var evidence: [SheetEvidence] = []
    /// When asked for and government sheets are among the inputs: how far
    /// they agree with the NGOs' (same selection).
    var agreement: Agreement?
    /// The latest year's ranking under varied choices, when asked for.
    var sensitivity: SensitivityResult?

    /// `command` names the command that ran, in the messages. Without
    /// `emptyIsError`, a selection that matches no sheet is the caller's to explain.
    static func build(command: String, paths: [String], frameworkOptions: FrameworkOptions, encoding: SheetEncoding,
                      selection: SelectionOptions, invalidSheets: InvalidSheetOptions = InvalidSheetOptions(),
                      keepAnswers: Bool = false, keepEvidence: Bool = false, emptyIsError: Bool = true,
                      withAgreement: Bool = false, sensitivity: SensitivitySettings? = nil) throws -> ComparisonInput {
        let framework = try frameworkOptions.load()
        var meter: Progress?
        let batch = SheetBatch.load(paths, framework: framework, encoding: encoding, keepAnswers: keepAnswers,
                                    keepEvidence: keepEvidence) { done, total in
            if meter == nil { meter = Progress(total: total, label: DiagnosticMessage("reading sheets").inChosenLanguage) }
            meter?.update(done)
        }
        meter?.finish()
        let request = selection.request
        // A sheet with errors stops the run only when it would take part;
        // the others, and with --skip-invalid all of them, are left out,
        // each summed up in one warning rather than all its errors.
        let leftOut = batch.invalid.filter { invalidSheets.skipInvalid || !request.wouldTakePart($0.metadata, in: framework) }
        let leftOutFiles = Set(leftOut.map(\.file))
        let diagnostics = batch.diagnostics.filter { !leftOutFiles.contains($0.location.file) }
            + leftOut.map { sheet in
                Diagnostic.warning(.sheetLeftOut, "the sheet is left out of the comparison: it has errors, the first: \(sheet.firstError.message.text(in: ChosenLanguage.language))",
                                   at: sheet.firstError.location,
                                   suggestion: "run `rapporteur check \(sheet.file)` for all of them")
            }
        DiagnosticOutput.emit(diagnostics, format: .text)
        if diagnostics.hasErrors {
            Terminal.standardError("\(command): " + DiagnosticMessage("the sheets have errors; nothing was written").inChosenLanguage + "\n")
            throw ExitCode(DiagnosticOutput.exitStatus(for: diagnostics, strict: false))
        }
        if invalidSheets.strict && diagnostics.hasWarnings {
            Terminal.standardError("\(command): " + DiagnosticMessage("--strict counts warnings as errors; nothing was written").inChosenLanguage + "\n")
            throw ExitCode(1)
        }
        switch ComparisonEngine(framework: framework).compare(batch.scores, request) {
        case .success(var comparison):
            guard !emptyIsError || !comparison.years.isEmpty else {
                DiagnosticOutput.emit([emptySelection(command: command, selection: selection, paths: paths,
                                                      present: batch.scores.map(\.sheet.metadata), framework: framework)],
                                      format: .text)
                Terminal.standardError("\(command): " + DiagnosticMessage("nothing was written").inChosenLanguage + "\n")
                throw ExitCode(1)
            }
            comparison.notes += leftOut.map(\.note)
            let agreement = withAgreement ? try Self.agreement(batch.scores, framework: framework, selection: selection) : nil
            let result = sensitivity.flatMap {
                SensitivityAnalysis.run($0, framework: framework, comparison: comparison, scores: batch.scores)
            }
            let taking = Set(comparison.sheetsUsed.map(\.file))
            return ComparisonInput(framework: framework, comparison: comparison,
                                   answered: keepAnswers ? batch.scores.filter { taking.contains($0.sheet.file) } : [],
                                   evidence: batch.evidence.filter { taking.contains($0.file) },
                                   agreement: agreement, sensitivity: result)
        case .failure(let failure):
            DiagnosticOutput.emit(failure.diagnostics, format: .text)
            throw ExitCode(failure.diagnostics.contains { $0.code == .unknownRegion } ? 2 : 1)
        }
    }

    /// The error for a selection that matches no sheet, with the years and
    /// regions the sheets do hold.
    private static func emptySelection(command: String, selection: SelectionOptions, paths: [String],
                                       present: [SheetMetadata], framework: Framework) -> Diagnostic {
        let years = Set(present.map(\.year)).sorted().map(String.init)
        let countries = Set(present.map(\.country))
        let regions = framework.regions.filter { !countries.isDisjoint(with: $0.countries) }.map(\.id)
        let drafts = present.filter { $0.status == .draft }.count
        let yearList = years.isEmpty ? "(none)" : years.joined(separator: ", ")
        let regionList = regions.isEmpty ? "(none)" : regions.joined(separator: ", ")
        let held: DiagnosticMessage = drafts > 0 && !selection.includeDrafts
            ? "the sheets hold the years \(yearList) and countries of the regions \(regionList); \(drafts) of them are drafts (--include-drafts lets them in)"
            : "the sheets hold the years \(yearList) and countries of the regions \(regionList)"
        return .error(.emptySelection, "\(command): the selection \(selection.described) matches no sheet",
                      at: SourceLocation(file: paths.joined(separator: " ")), suggestion: held)
    }
}

extension ComparisonInput {
    /// The latest year's taking-part sheets scored again with their answers,
    /// for the explanations of the HTML report's profiles. Read a second time
    /// rather than kept from the first reading, so that the answers of every
    /// earlier year are not held in memory at once.
    func latestAnswered(encoding: SheetEncoding) -> [SheetScore] {
        guard let year = comparison.years.last else { return [] }
        let files = comparison.sheetsUsed.filter { $0.year == year }.map(\.file)
        return SheetBatch.load(files, framework: framework, encoding: encoding, keepAnswers: true).scores
    }

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
