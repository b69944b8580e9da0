import ArgumentParser
import Foundation
import RapporteurCore
import RapporteurIO

/// `rapporteur explain PATH... --country C --year Y [--id ID]`: how one
/// score came about, down to the cells it was read from.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: DiagnosticMessage("Show how one score came about: its parts, the rules, the cells they were read from.").text(in: ChosenLanguage.language),
        discussion: """
            ID is 'overall' (the default), an area id or an indicator id. The comparison is made \
            from the sheets given, with the same selection options as compare, so the rank, the \
            regional mean and the change are the ones the comparison shows.
            Examples:
              rapporteur explain examples/sheets --region western-balkans --country RS --year 2024
              rapporteur explain examples/sheets --country RS --year 2024 --id LEG --lang sr-Latn
              rapporteur explain examples/sheets --country RS --year 2024 --id AST.07 --format json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var frameworkOptions: FrameworkOptions
    @OptionGroup var encodingOptions: EncodingOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var invalidSheets: InvalidSheetOptions

    @Option(help: ArgumentHelp("The country's code, e.g. RS.", valueName: "C"))
    var country: String

    @Option(help: ArgumentHelp("overall, an area id or an indicator id.", valueName: "ID"))
    var id = "overall"

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @OptionGroup var language: LanguageOption

    @OptionGroup var sheets: SheetPaths

    func validate() throws {
        if selection.year == nil { throw ValidationError(DiagnosticMessage("explain needs --year Y: the year of the score to explain").inChosenLanguage) }
    }

    func run() throws {
        let input = try ComparisonInput.build(command: "explain", paths: sheets.paths, frameworkOptions: frameworkOptions,
                                              encoding: encodingOptions.encoding, selection: selection,
                                              invalidSheets: invalidSheets, keepAnswers: true, emptyIsError: false)
        let explainer = Explainer(framework: input.framework)
        let result = explainer.explain(id, country: country.uppercased(), year: selection.year ?? 0, scores: input.answered,
                                       comparison: input.comparison, inputs: sheets.paths.joined(separator: " "))
        switch result {
        case .success(let explanation):
            switch format {
            case .text: Terminal.standardOutput(ExplanationText(framework: input.framework, language: language.language.tag).render(explanation))
            case .json: Terminal.standardOutput(ExplanationJSON.render(explanation))
            }
        case .failure(let failure):
            DiagnosticOutput.emit([failure.diagnostic], format: .text)
            throw ExitCode(2)
        }
    }
}
