import ArgumentParser
import Foundation
import RapporteurCore
import RapporteurIO

/// `rapporteur score SHEET`: one sheet's indicator, area and overall scores.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: DiagnosticMessage("Score one sheet: indicators, areas, overall score, coverage and rating.").text(in: ChosenLanguage.language),
        discussion: """
            Examples:
              rapporteur score sheets/RS-2024.csv
              rapporteur score --format csv --lang sr-Latn sheets/RS-2024.csv > RS-2024-scores.csv
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, xml }

    @OptionGroup var frameworkOptions: FrameworkOptions
    @OptionGroup var encodingOptions: EncodingOptions

    @Option(help: "Output format: text, csv or xml.")
    var format: Format = .text

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp("The sheet (.csv or .xml).", valueName: "SHEET"))
    var sheet: String

    func run() throws {
        let framework = try frameworkOptions.load()
        let outcome = SheetLoader(framework: framework, encoding: encodingOptions.encoding).load(sheet)
        let problems = outcome.diagnostics.filter { $0.severity != .note }
        // Without --lang, messages about a sheet with a language row are in it.
        let sheetLanguage = ChosenLanguage.forSheet(outcome.language).map { [self.sheet: $0] } ?? [:]
        DiagnosticOutput.emit(problems, format: .text, byFile: sheetLanguage)
        guard let sheet = outcome.sheet, !outcome.diagnostics.hasErrors else {
            throw ExitCode(DiagnosticOutput.exitStatus(for: outcome.diagnostics, strict: false))
        }
        let export = ScoreExport(framework: framework, score: Scorer(framework: framework).score(sheet), language: language.language.tag)
        switch format {
        case .text: Terminal.standardOutput(export.text())
        case .csv: Terminal.standardOutput(export.csv())
        case .xml: FileHandle.standardOutput.write(try export.xml())
        }
    }
}
