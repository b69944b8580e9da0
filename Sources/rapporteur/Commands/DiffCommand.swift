import ArgumentParser
import Foundation
import RapporteurCore
import RapporteurIO

/// `rapporteur diff OLD NEW`: what changed between two versions of the
/// instrument and, with `--sheets`, what it does to the scores.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: DiagnosticMessage("What changed between two versions of the instrument, and what it does to the scores.")
            .text(in: ChosenLanguage.language),
        discussion: """
            OLD and NEW are framework directories, or REV:PATH read with git from the repository \
            of the current directory. Changes marked breaking may change a sheet's scores.
            Examples:
              rapporteur diff origin/main:indicators indicators --sheets examples/sheets
              rapporteur diff old/indicators indicators --format json
              rapporteur diff origin/main:indicators indicators --format github --fail-on breaking
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, json, github }
    enum FailOn: String, ExpressibleByArgument, CaseIterable { case breaking }

    @Argument(help: ArgumentHelp("The version before: a framework directory or REV:PATH.", valueName: "OLD"))
    var old: String

    @Argument(help: ArgumentHelp("The version after: a framework directory or REV:PATH.", valueName: "NEW"))
    var new: String

    @Option(parsing: .upToNextOption,
            help: ArgumentHelp("Sheet files or directories to compare under both versions.", valueName: "PATH"))
    var sheets: [String] = []

    @OptionGroup var encodingOptions: EncodingOptions
    @OptionGroup var selection: SelectionOptions

    @Option(help: "Output format: text, markdown (a pull-request comment), json or github (annotations).")
    var format: Format = .text

    @Option(help: ArgumentHelp("Exit with status 1 when a change is breaking.", valueName: "breaking"))
    var failOn: FailOn?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let before = try Self.framework(old)
        let after = try Self.framework(new)
        var report = InstrumentDiffReport(old: before, new: after, changes: InstrumentDiff.changes(from: before, to: after))
        if !sheets.isEmpty {
            report.impact = try impact(before, after, count: &report.sheetCount)
        }
        let lang = language.language.tag
        switch format {
        case .text: Terminal.standardOutput(DiffText(report: report, language: lang).render())
        case .markdown: Terminal.standardOutput(DiffMarkdown(report: report, language: lang).render())
        case .json: Terminal.standardOutput(DiffJSON.render(report))
        case .github: Terminal.standardOutput(DiffAnnotations.render(report))
        }
        if failOn == .breaking && report.breakingCount > 0 { throw ExitCode(1) }
    }

    /// The sheets compared under each version, set side by side.
    private func impact(_ before: Framework, _ after: Framework, count: inout Int) throws -> ScoreImpact {
        let loaded = ImpactSheets.load(sheets, old: before, new: after, encoding: encodingOptions.encoding)
        DiagnosticOutput.emit(loaded.diagnostics, format: .text)
        if loaded.diagnostics.hasErrors {
            Terminal.standardError("diff: " + DiagnosticMessage("the sheets have errors; nothing was written").inChosenLanguage + "\n")
            throw ExitCode(DiagnosticOutput.exitStatus(for: loaded.diagnostics, strict: false))
        }
        count = loaded.new.count
        func compare(_ framework: Framework, _ scores: [SheetScore]) throws -> Comparison {
            switch ComparisonEngine(framework: framework).compare(scores, selection.request) {
            case .success(let comparison): return comparison
            case .failure(let failure):
                DiagnosticOutput.emit(failure.diagnostics, format: .text)
                throw ExitCode(failure.diagnostics.contains { $0.code == .unknownRegion } ? 2 : 1)
            }
        }
        return ScoreImpact(old: try compare(before, loaded.old), new: try compare(after, loaded.new))
    }

    /// A framework directory, else `REV:PATH` from git; its errors end the
    /// run as they do for every command (status 1, 2 when unreadable).
    static func framework(_ spec: String) throws -> Framework {
        let source: any FrameworkSource
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: spec, isDirectory: &isDirectory), isDirectory.boolValue {
            source = DirectoryFrameworkSource(directory: URL(fileURLWithPath: spec), shownAs: spec)
        } else if spec.contains(":") {
            do throws(InputFailure) {
                source = try GitFrameworkSource(spec)
            } catch {
                DiagnosticOutput.emit(error.diagnostics, format: .text)
                throw ExitCode(2)
            }
        } else {
            DiagnosticOutput.emit([.error(.io, "no such framework directory", at: SourceLocation(file: spec),
                                          suggestion: "give a directory holding framework.xml, or REV:PATH such as 'origin/main:indicators'")],
                                  format: .text)
            throw ExitCode(2)
        }
        let outcome = FrameworkCheck.run(on: source)
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        guard let framework = outcome.framework, errors.isEmpty else {
            DiagnosticOutput.emit(errors, format: .text)
            Terminal.standardError("\(spec): " + DiagnosticMessage("the framework has errors; run `rapporteur check` for details").inChosenLanguage + "\n")
            throw ExitCode(DiagnosticOutput.exitStatus(for: errors, strict: false))
        }
        return framework
    }
}
