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
            Without PATHs, the framework in use is checked; with sheets, its errors fail the check too.
            Examples:
              rapporteur check --strict indicators
              rapporteur check sheets/
              rapporteur check --encoding windows-1250 RS-2024.csv
              rapporteur check --format github --strict indicators
              rapporteur check --format gitlab indicators > gl-code-quality-report.json
            """
    )

    @OptionGroup var frameworkOptions: FrameworkOptions
    @OptionGroup var encodingOptions: EncodingOptions
    @OptionGroup var language: LanguageOption

    @Option(help: "How to print findings: text (to standard error), json, github or gitlab (Code Quality JSON; to standard output).")
    var format: DiagnosticFormat = .text

    @Flag(help: "Treat warnings as errors (exit status 1).")
    var strict = false

    @Option(help: ArgumentHelp(
        "Print at most N findings per file as text or github, then how many more there were (0: all). json and gitlab list all.",
        valueName: "N"))
    var maxErrors = 50

    @Argument(help: ArgumentHelp("Framework directories, sheet files or directories of sheets.", valueName: "PATH"))
    var paths: [String] = []

    func run() throws {
        var diagnostics: [Diagnostic] = []
        var summaries: [String] = []
        var sheetLanguages: [String: Language] = [:]
        let frameworkPaths = paths.filter(isFrameworkDirectory)
        let others = paths.filter { !isFrameworkDirectory($0) }
        // The framework is checked in full when named as a PATH, or when
        // nothing else is to be checked; for sheets alone only its errors count.
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
        if !others.isEmpty {
            // The framework in use is checked too: sheets checked against a
            // broken instrument must not pass.
            let inUse = frameworkOptions.source()
            let checked = Set(sources.map { $0.displayPath("framework.xml") })
            let outcome = FrameworkCheck.run(on: inUse)
            let errors = outcome.diagnostics.filter { $0.severity == .error }
            if !checked.contains(inUse.displayPath("framework.xml")) { diagnostics += errors }
            if let framework = outcome.framework, errors.isEmpty {
                diagnostics += checkSheets(others, against: framework, summaries: &summaries, languages: &sheetLanguages)
            } else {
                summaries.append(DiagnosticMessage("sheets not checked: the framework \(inUse.displayPath("framework.xml")) has errors")
                    .text(in: ChosenLanguage.language))
            }
        }
        // Machine formats list everything; people read the first findings.
        let limited = format == .text || format == .github
        DiagnosticOutput.emit(limited ? DiagnosticLimit(perFile: maxErrors).apply(diagnostics) : diagnostics,
                              format: format, byFile: sheetLanguages)
        if format == .text {
            Terminal.standardError(summaries.map { $0 + "\n" }.joined()
                                   + "check: \(DiagnosticOutput.summary(of: diagnostics))\n")
        }
        let status = DiagnosticOutput.exitStatus(for: diagnostics, strict: strict)
        if status != 0 { throw ExitCode(status) }
    }

    func validate() throws {
        if maxErrors < 0 { throw ValidationError(DiagnosticMessage("--max-errors takes 0 (no limit) or more, not \(maxErrors)").inChosenLanguage) }
    }

    /// Every sheet `paths` names, against `framework`, and sheets that
    /// report on the same country and year.
    private func checkSheets(_ paths: [String], against framework: Framework, summaries: inout [String],
                             languages: inout [String: Language]) -> [Diagnostic] {
        let (files, found) = SheetLoader.files(in: paths)
        // Checking needs what the sheets say, not their answers' text.
        let loader = SheetLoader(framework: framework, encoding: encodingOptions.encoding, keepsText: false)
        let progress = Progress(total: files.count, label: DiagnosticMessage("checking sheets").inChosenLanguage)
        // On every core; the diagnostics keep the files' order.
        let outcomes = SheetBatch.inOrder(files.count, progress: { done, _ in progress.update(done) }) { index in
            let outcome = loader.load(files[index])
            return (outcome.diagnostics, outcome.sheet.map { SheetKey($0.metadata) }, ChosenLanguage.forSheet(outcome.language))
        }
        progress.finish()
        for (file, outcome) in zip(files, outcomes) { languages[file] = outcome.2 }
        summaries.append(DiagnosticMessage("\(files.count) sheet(s) checked against \(framework.id) \(framework.version)")
            .text(in: ChosenLanguage.language))
        let keys = zip(files, outcomes).compactMap { file, outcome in outcome.1.map { (file: file, key: $0) } }
        return found + outcomes.flatMap(\.0) + SheetKey.duplicates(among: keys)
    }

    private func isFrameworkDirectory(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: URL(fileURLWithPath: path).appending(path: "framework.xml").path)
    }
}
