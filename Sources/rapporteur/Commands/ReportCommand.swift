import ArgumentParser
import Foundation
import RapporteurCore
import RapporteurIO

/// `rapporteur report PATH... --output DIR`: every export at once.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: DiagnosticMessage("Write the comparison CSVs, their codebook, comparison.xml, report.txt, report.html, evidence.csv and datapackage.json into a directory.").text(in: ChosenLanguage.language),
        discussion: """
            Every file is rendered into an unnamed file first; only when all are complete does each \
            take its name, atomically, so a failed or interrupted run leaves no partial file.
            Example:
              rapporteur report examples/sheets --region western-balkans --output reports/western-balkans
            """
    )

    @OptionGroup var frameworkOptions: FrameworkOptions
    @OptionGroup var encodingOptions: EncodingOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var invalidSheets: InvalidSheetOptions

    @Option(help: ArgumentHelp("The directory to write into (created if missing).", valueName: "DIR"))
    var output: String

    @Flag(help: "Add every answer's evidence to comparison.xml too (evidence.csv always has it).")
    var evidence = false

    @OptionGroup var text: ReportTextOptions

    @Option(help: ArgumentHelp("A Mustache template for report.html instead of the built-in one.", valueName: "FILE"))
    var template: String?

    @Option(name: .customLong("data-license"),
            help: ArgumentHelp("The licence of the data, as an SPDX id (CC-BY-4.0, CC0-1.0, ODbL-1.0...), for datapackage.json.",
                               valueName: "ID"))
    var dataLicense: String?

    @OptionGroup var sheets: SheetPaths

    func run() throws {
        let page = try pageTemplate()
        let input = try ComparisonInput.build(command: "report", paths: sheets.paths, frameworkOptions: frameworkOptions,
                                              encoding: encodingOptions.encoding, selection: selection,
                                              invalidSheets: invalidSheets, keepEvidence: true, withAgreement: true,
                                              sensitivity: SensitivitySettings())
        let history = AnswerHistory.load(input.comparison, framework: input.framework,
                                         encoding: encodingOptions.encoding, language: text.lang)
        let answers = evidence ? input.evidence : nil
        let analyses = ReportAnalyses(scores: input.latestAnswered(encoding: encodingOptions.encoding),
                                      sensitivity: input.sensitivity, agreement: input.agreement)
        var files: [(String, (ByteSink) throws -> Void)] = [
            ("comparison.csv", { ComparisonCSV.writeLong(input.comparison, to: $0) }),
            ("comparison-wide.csv", { $0.write(Array(ComparisonCSV.wide(input.comparison, framework: input.framework).utf8)) }),
            ("comparison.xml", { try ComparisonXML.write(input.comparison, evidence: answers, to: $0) }),
            ("indicators.csv", { $0.write(Array(CodebookCSV.indicators(input.framework, language: text.lang).utf8)) }),
            ("countries.csv", {
                $0.write(Array(CodebookCSV.countries(input.framework, comparison: input.comparison, language: text.lang).utf8))
            }),
            ("report.txt", { $0.write(Array(text.render(input, history: history).utf8)) }),
            ("report.html", { $0.write(Array(page.render(framework: input.framework, comparison: input.comparison,
                                                         language: text.lang, history: history, analyses: analyses).utf8)) }),
            ("evidence.csv", { EvidenceCSV.write(input.evidence, to: $0) }),
        ]
        if let sensitivity = input.sensitivity {
            files.append(("sensitivity.csv", { $0.write(SensitivityCSV.countries(sensitivity)) }))
        }
        if let agreement = input.agreement { files.append(("agreement.csv", { $0.write(Array(AgreementCSV.render(agreement).utf8)) })) }
        let package = DataPackage.report(
            framework: input.framework, region: input.comparison.region, years: input.comparison.years,
            tables: files.compactMap { name in ReportTable.allCases.first { $0.path == name.0 } },
            license: dataLicense.map(DataLicense.init(identifier:)), created: SourceDate.fromEnvironment())
        files.append(("datapackage.json", { $0.write(Array(package.json.rendered().utf8)) }))
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            Terminal.standardError("\(output): error: " + DiagnosticMessage("cannot create the directory").inChosenLanguage + "\n")
            throw ExitCode(2)
        }
        try OutputWriting.write(files.map { ((output as NSString).appendingPathComponent($0.0), $0.1) }, inputs: sheets.paths)
        Terminal.standardError(DiagnosticMessage("wrote \(files.map(\.0).joined(separator: ", ")) to \(output)").inChosenLanguage + "\n")
    }

    /// The `--template` file, read before any sheet so that a broken
    /// template costs nothing and writes nothing; else the built-in one.
    private func pageTemplate() throws -> ReportHTML {
        do throws(InputFailure) {
            guard let template else { return try ReportHTML() }
            return try ReportHTML.load(template)
        } catch {
            DiagnosticOutput.emit(error.diagnostics, format: .text)
            throw ExitCode(2)
        }
    }
}
