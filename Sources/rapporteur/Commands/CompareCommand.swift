import ArgumentParser
import Foundation
import RapporteurCore
import RapporteurIO

/// `rapporteur compare PATH...`: the regional and annual comparison in one format.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: DiagnosticMessage("Compare countries across the region and over the years, in one format.").text(in: ChosenLanguage.language),
        discussion: """
            Examples:
              rapporteur compare examples/sheets --region western-balkans --format csv --output wb.csv
              rapporteur compare sheets/ --years 2022-2024 --level area
            """
    )

    @OptionGroup var frameworkOptions: FrameworkOptions
    @OptionGroup var encodingOptions: EncodingOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var invalidSheets: InvalidSheetOptions

    @Option(help: "Only rows of this level: overall, area or indicator (default: all).")
    var level: ComparisonLevel?

    @OptionGroup var export: ExportOptions

    @Flag(help: "With --format xml: add every answer of the taking-part sheets, as evidence.csv has them.")
    var evidence = false

    @OptionGroup var text: ReportTextOptions

    @OptionGroup var sheets: SheetPaths

    func validate() throws {
        if evidence && export.format != .xml { throw ValidationError(DiagnosticMessage("--evidence goes with --format xml").inChosenLanguage) }
    }

    func run() throws {
        let input = try ComparisonInput.build(command: "compare", paths: sheets.paths, frameworkOptions: frameworkOptions,
                                              encoding: encodingOptions.encoding, selection: selection,
                                              invalidSheets: invalidSheets, keepEvidence: evidence,
                                              withAgreement: export.format == .text)
        let levels = level.map { Set([$0]) } ?? Set(ComparisonLevel.allCases)
        let render: (ByteSink) throws -> Void
        switch export.format {
        case .csv: render = { ComparisonCSV.writeLong(input.comparison, levels: levels, to: $0) }
        case .xml:
            let answers = evidence ? input.evidence : nil
            render = { try ComparisonXML.write(input.comparison, levels: levels, evidence: answers, to: $0) }
        case .text:
            let history = AnswerHistory.load(input.comparison, framework: input.framework,
                                             encoding: encodingOptions.encoding, language: text.lang)
            render = { $0.write(Array(text.render(input, history: history).utf8)) }
        }
        try OutputWriting.write(render, to: export.output, inputs: sheets.paths)
    }
}

extension ComparisonLevel: ExpressibleByArgument {}
