import ArgumentParser
import Foundation
import RapporteurCore
import RapporteurIO

/// `--framework DIR`, shared by every command, and the rule for finding
/// the framework when it is absent.
struct FrameworkOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The indicator framework directory (holding framework.xml).",
        discussion: "Default: ./indicators if it holds a framework.xml, else the framework built into rapporteur.",
        valueName: "DIR"))
    var framework: String?

    /// The source to load: `--framework`, then `./indicators`, then the bundle.
    func source() -> any FrameworkSource {
        if let framework {
            return DirectoryFrameworkSource(directory: URL(fileURLWithPath: framework), shownAs: framework)
        }
        if FileManager.default.fileExists(atPath: "indicators/framework.xml") {
            return DirectoryFrameworkSource(directory: URL(fileURLWithPath: "indicators"), shownAs: "indicators")
        }
        return MemoryFrameworkSource.bundled
    }
}

extension FrameworkOptions {
    /// The framework to work with, or exit: its errors are printed and the
    /// command ends with status 1 (2 when it could not be read).
    func load() throws -> Framework {
        let outcome = FrameworkCheck.run(on: source())
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        guard let framework = outcome.framework, errors.isEmpty else {
            DiagnosticOutput.emit(errors, format: .text)
            Terminal.standardError(DiagnosticMessage("the framework has errors; run `rapporteur check` for details").inChosenLanguage + "\n")
            throw ExitCode(DiagnosticOutput.exitStatus(for: errors, strict: false))
        }
        return framework
    }
}

/// `--encoding`, on every command that reads sheets.
struct EncodingOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Text encoding of CSV sheets: utf-8, windows-1250 (Latin, as Excel on Windows saves) or windows-1251 (Cyrillic).",
        valueName: "ENCODING"))
    var encoding: SheetEncoding = .utf8
}

extension SheetEncoding: ExpressibleByArgument {}
