import ArgumentParser
import Foundation
import RapporteurCore

/// The `rapporteur` command: indicator definitions, sheets, scores and
/// regional comparisons of national anti-trafficking responses.
@main
struct Rapporteur: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rapporteur",
        abstract: DiagnosticMessage("Score and compare national anti-trafficking responses against a monitoring instrument.").text(in: ChosenLanguage.language),
        discussion: """
            The instrument (indicator framework) comes from --framework DIR, else ./indicators \
            when it holds a framework.xml, else the copy built into this program.
            Exit status: 0 done (warnings allowed), 1 the inputs have errors, 2 usage, I/O or internal error.
            """,
        version: Version.description,
        subcommands: [CheckCommand.self, TemplateCommand.self, ScoreCommand.self, CompareCommand.self, ReportCommand.self, AgreementCommand.self, SensitivityCommand.self, DiffCommand.self, ExplainCommand.self]
    )

    /// Runs the command line, mapping argument errors to exit status 2 as
    /// the command-line contract asks (ArgumentParser would use 64).
    static func main() {
        Allocator.tuneForOneRun()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == .failure || error is ExitCode {
                exit(withError: error)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
