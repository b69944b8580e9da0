import ArgumentParser
import Foundation
import RapporteurCore
import RapporteurIO

/// `rapporteur agreement PATH...`: the government's self-assessment beside
/// the NGO's sheet, for each country and year that has both.
struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: DiagnosticMessage("Compare the government's self-assessment with the NGO sheet of each country and year.").text(in: ChosenLanguage.language),
        discussion: """
            For each country and year with a sheet whose respondent is government and one whose \
            respondent is ngo (the default): both scores at every level, the share of equal scores, \
            the mean absolute difference and Krippendorff's alpha; the text lists the indicators where \
            the two differ most, with both answers, sources and comments.
            Examples:
              rapporteur agreement examples/sheets
              rapporteur agreement examples/sheets --format csv --output agreement.csv
            """
    )

    @OptionGroup var frameworkOptions: FrameworkOptions
    @OptionGroup var encodingOptions: EncodingOptions
    @OptionGroup var selection: SelectionOptions

    @OptionGroup var export: ExportOptions

    @OptionGroup var text: ReportTextOptions

    @OptionGroup var sheets: SheetPaths

    func validate() throws {
        if selection.respondent != nil {
            throw ValidationError("agreement compares the government's and the NGO's sheets; --respondent does not apply")
        }
    }

    func run() throws {
        let framework = try frameworkOptions.load()
        let batch = SheetBatch.load(sheets.paths, framework: framework, encoding: encodingOptions.encoding)
        DiagnosticOutput.emit(batch.diagnostics, format: .text)
        if batch.diagnostics.hasErrors {
            Terminal.standardError("agreement: the sheets have errors; nothing was written\n")
            throw ExitCode(DiagnosticOutput.exitStatus(for: batch.diagnostics, strict: false))
        }
        let agreement: Agreement
        switch AgreementEngine(framework: framework).agree(batch.scores, selection.request) {
        case .success(let result): agreement = result
        case .failure(let failure):
            DiagnosticOutput.emit(failure.diagnostics, format: .text)
            throw ExitCode(failure.diagnostics.contains { $0.code == .unknownRegion } ? 2 : 1)
        }
        let render: (ByteSink) throws -> Void
        switch export.format {
        case .csv: render = { $0.write(Array(AgreementCSV.render(agreement).utf8)) }
        case .xml: render = { $0.write(Array(try AgreementXML.document(agreement))) }
        case .text:
            render = {
                $0.write(Array(AgreementText(framework: framework, agreement: agreement, language: text.language.language.tag,
                                             ascii: text.ascii).render().utf8))
            }
        }
        try OutputWriting.write(render, to: export.output, inputs: sheets.paths)
    }
}
