import ArgumentParser
import Foundation
import RapporteurCore
import RapporteurIO

/// `rapporteur check`: the framework's schema and meaning checks, and with
/// PATHs, sheets against the framework.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: DiagnosticMessage("Validate the indicator framework, and sheets against it.").text(in: ChosenLanguage.language),
        discussion: """
            A PATH that is a directory holding framework.xml is checked as a framework. \
            Without PATHs, the framework in use is checked.

            Examples:
              rapporteur check --strict indicators
              rapporteur check sheets/
              rapporteur check --encoding windows-1250 RS-2024.csv
              rapporteur check --format github --strict indicators
            """
    )

    @OptionGroup var frameworkOptions: FrameworkOptions
    @OptionGroup var encodingOptions: EncodingOptions
    @OptionGroup var language: LanguageOption

    @Option(help: "How to print findings: text (to standard error), json or github (to standard output).")
    var format: DiagnosticFormat = .text

    @Flag(help: "Treat warnings as errors (exit status 1).")
    var strict = false

    @Argument(help: ArgumentHelp("Framework directories, sheet files or directories of sheets.", valueName: "PATH"))
    var paths: [String] = []

    func run() throws {
        var diagnostics: [Diagnostic] = []
        var summaries: [String] = []
        var sheetLanguages: [String: Language] = [:]
        let frameworkPaths = paths.filter(isFrameworkDirectory)
        let others = paths.filter { !isFrameworkDirectory($0) }
        // The framework is checked in full when named as a PATH, or when
        // nothing else is to be checked; for sheets alone it is only loaded.
        var sources: [any FrameworkSource] = frameworkPaths.map {
            DirectoryFrameworkSource(directory: URL(fileURLWithPath: $0), shownAs: $0)
        }
        if sources.isEmpty && others.isEmpty { sources = [frameworkOptions.source()] }
        for source in sources {
            let outcome = FrameworkCheck.run(on: source)
            diagnostics += outcome.diagnostics
            if let framework = outcome.framework {
                summaries.append(DiagnosticMessage(
                    "\(source.displayPath("framework.xml")): framework \(framework.id) \(framework.version), "
                        + "\(framework.areas.count) areas, \(framework.indicators.count) indicators").text(in: ChosenLanguage.language))
            }
        }
        if !others.isEmpty, let framework = try? frameworkOptions.load() {
            let (files, found) = SheetLoader.files(in: others)
            diagnostics += found
            let loader = SheetLoader(framework: framework, encoding: encodingOptions.encoding)
            let progress = Progress(total: files.count, label: "checking sheets")
            // On every core; the diagnostics keep the files' order.
            let outcomes = SheetBatch.inOrder(files.count, progress: { done, _ in progress.update(done) }) { index in
                let outcome = loader.load(files[index])
                return (outcome.diagnostics, ChosenLanguage.forSheet(outcome.language))
            }
            diagnostics += outcomes.map(\.0).joined()
            for (file, outcome) in zip(files, outcomes) { sheetLanguages[file] = outcome.1 }
            progress.finish()
            summaries.append(DiagnosticMessage("\(files.count) sheet(s) checked against \(framework.id) \(framework.version)")
                .text(in: ChosenLanguage.language))
        }
        DiagnosticOutput.emit(diagnostics, format: format, byFile: sheetLanguages)
        if format == .text {
            Terminal.standardError(summaries.map { $0 + "\n" }.joined()
                                   + "check: \(DiagnosticOutput.summary(of: diagnostics))\n")
        }
        let status = DiagnosticOutput.exitStatus(for: diagnostics, strict: strict)
        if status != 0 { throw ExitCode(status) }
    }

    private func isFrameworkDirectory(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: URL(fileURLWithPath: path).appending(path: "framework.xml").path)
    }
}
