import ArgumentParser
import Foundation
import RapporteurCore
import RapporteurIO

/// `rapporteur sensitivity PATH...`: how firm the latest selected year's
/// ranking is when the instrument's choices vary.
struct SensitivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: DiagnosticMessage("How robust the latest ranking is to the instrument's weights, aggregation, coverage and missing data.").text(in: ChosenLanguage.language),
        discussion: """
            Each run re-aggregates the indicator scores of the latest selected year with choices drawn \
            from --seed: weights times a factor in [1 - w, 1 + w], arithmetic or geometric means, the \
            minimum coverage or it -/+ 0.1, missing answers left out or scored 0 (see docs/method.md). \
            Per country: the nominal rank, the median and the 5th-95th percentile of its ranks. With \
            --method saltelli, also the Sobol indices of each input (--format csv then needs --output \
            FILE and writes the indices beside it, to FILE's name with -inputs).
            Examples:
              rapporteur sensitivity examples/sheets --region western-balkans
              rapporteur sensitivity sheets/ --year 2024 --vary weights --weight-noise 0.5 --format csv --output sensitivity.csv
              rapporteur sensitivity sheets/ --method saltelli --runs 500 --format csv --output out/sensitivity.csv
            """
    )

    @OptionGroup var frameworkOptions: FrameworkOptions
    @OptionGroup var encodingOptions: EncodingOptions
    @OptionGroup var selection: SelectionOptions

    @Option(help: ArgumentHelp("Runs (Monte Carlo), or base runs N (Saltelli: N (k + 2) runs in all).", valueName: "N"))
    var runs = 1000

    @Option(help: ArgumentHelp("Seed of the pseudo-random runs: the same seed gives the same output.", valueName: "S"))
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Weights vary by a factor uniform in [1 - w, 1 + w], 0 <= w <= 1.", valueName: "w"))
    var weightNoise = 0.25

    @Option(help: ArgumentHelp("The inputs to vary, out of weights,aggregation,coverage,missing (empty for none).",
                               valueName: "LIST"))
    var vary = SensitivityInput.defaults.map(\.rawValue).joined(separator: ",")

    @Option(help: "How runs are drawn: monte-carlo or saltelli.")
    var method: SensitivityMethod = .monteCarlo

    @OptionGroup var export: ExportOptions

    @OptionGroup var text: ReportTextOptions

    @OptionGroup var sheets: SheetPaths

    func validate() throws {
        guard runs >= 1 && runs <= 1_000_000 else { throw ValidationError(DiagnosticMessage("--runs takes a whole number from 1 to 1000000").inChosenLanguage) }
        guard weightNoise.isFinite, (0...1).contains(weightNoise) else {
            throw ValidationError(DiagnosticMessage("--weight-noise takes a number from 0 to 1, e.g. 0.25").inChosenLanguage)
        }
        _ = try varied()
        if method == .saltelli && export.format == .csv && export.output == nil {
            throw ValidationError(DiagnosticMessage("--method saltelli --format csv writes two files: give --output FILE").inChosenLanguage)
        }
    }

    func varied() throws -> [SensitivityInput] {
        try vary.split(separator: ",", omittingEmptySubsequences: true).map { name in
            let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
            guard let input = SensitivityInput(rawValue: trimmed) else {
                let inputs = SensitivityInput.allCases.map(\.rawValue).joined(separator: ",")
                throw ValidationError(DiagnosticMessage("--vary: '\(trimmed)' is not an input; the inputs are \(inputs)").inChosenLanguage)
            }
            return input
        }
    }

    func run() throws {
        let framework = try frameworkOptions.load()
        let loaded = LatestYearSheets.load(sheets.paths, framework: framework, encoding: encodingOptions.encoding,
                                           request: selection.request)
        DiagnosticOutput.emit(loaded.diagnostics, format: .text)
        if loaded.diagnostics.hasErrors {
            Terminal.standardError("sensitivity: " + DiagnosticMessage("the sheets have errors; nothing was written").inChosenLanguage + "\n")
            throw ExitCode(DiagnosticOutput.exitStatus(for: loaded.diagnostics, strict: false))
        }
        if let failure = loaded.failure {
            DiagnosticOutput.emit(failure.diagnostics, format: .text)
            throw ExitCode(failure.diagnostics.contains { $0.code == .unknownRegion } ? 2 : 1)
        }
        let settings = SensitivitySettings(varied: try varied(), weightNoise: weightNoise, runs: runs, seed: seed,
                                           method: method)
        guard let comparison = loaded.comparison,
              let result = SensitivityAnalysis.run(settings, framework: framework, comparison: comparison,
                                                   scores: loaded.scores)
        else {
            DiagnosticOutput.emit([.error(.noYear, "no taking-part sheet in the selected years, so there is no ranking to test",
                                          at: SourceLocation(file: sheets.paths.joined(separator: " ")),
                                          suggestion: "check --year, --years and --region, or use --include-drafts")],
                                  format: .text)
            throw ExitCode(1)
        }
        var files: [(String, (ByteSink) throws -> Void)] = []
        switch export.format {
        case .csv:
            files.append((export.output ?? "", { $0.write(SensitivityCSV.countries(result)) }))
            if let output = export.output, method == .saltelli {
                files.append((Self.inputsPath(for: output), { $0.write(SensitivityCSV.inputs(result)) }))
            }
        case .xml:
            files.append((export.output ?? "", { try SensitivityXML.write(result, comparison: comparison, to: $0) }))
        case .text:
            let rendered = SensitivityText(result: result, framework: framework, language: text.language.language.tag, ascii: text.ascii).render()
            files.append((export.output ?? "", { $0.write(Array(rendered.utf8)) }))
        }
        guard export.output != nil else {
            try OutputWriting.write(files[0].1, to: nil, inputs: sheets.paths)
            return
        }
        try OutputWriting.write(files.map { (path: $0.0, render: $0.1) }, inputs: sheets.paths)
    }

    /// `out/sensitivity-inputs.csv` beside `out/sensitivity.csv`.
    static func inputsPath(for output: String) -> String {
        output.lowercased().hasSuffix(".csv") ? String(output.dropLast(4)) + "-inputs.csv" : output + "-inputs.csv"
    }
}

extension SensitivityMethod: ExpressibleByArgument {}
