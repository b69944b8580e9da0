import ArgumentParser
import Foundation
import RapporteurCore

extension DiagnosticFormat: ExpressibleByArgument {}

/// Prints diagnostics as the command-line contract says: text to standard
/// error; JSON and GitHub commands to standard output, for machines to read.
enum DiagnosticOutput {
    /// In the run's language, or for a sheet named in `byFile`, the sheet's.
    static func emit(_ diagnostics: [Diagnostic], format: DiagnosticFormat, byFile: [String: Language] = [:]) {
        let located = switch format {
        case .github: AnnotationPaths(workspaceVariable: "GITHUB_WORKSPACE").apply(diagnostics)
        case .gitlab: AnnotationPaths(workspaceVariable: "CI_PROJECT_DIR").apply(diagnostics)
        case .text, .json: diagnostics
        }
        // The sheet's language follows its diagnostics to their new paths.
        var languages: [String: Language] = [:]
        for (before, after) in zip(diagnostics, located) {
            if let language = byFile[before.location.file] { languages[after.location.file] = language }
        }
        let rendered = DiagnosticRenderer.render(located, as: format, in: ChosenLanguage.language, byFile: languages)
        switch format {
        case .text: Terminal.standardError(rendered)
        case .json, .github, .gitlab: Terminal.standardOutput(rendered)
        }
    }

    /// 2 when something could not be read or went wrong inside, 1 for
    /// errors in the inputs (warnings too, under --strict), else 0.
    static func exitStatus(for diagnostics: [Diagnostic], strict: Bool) -> Int32 {
        if diagnostics.contains(where: { $0.severity == .error && [DiagnosticCode.io, .internal].contains($0.code) }) { return 2 }
        if diagnostics.hasErrors || (strict && diagnostics.hasWarnings) { return 1 }
        return 0
    }

    /// "2 errors, 1 warning" or "no problems"; outside English, without
    /// plural forms: "greške: 2, upozorenja: 1".
    static func summary(of diagnostics: [Diagnostic], in language: Language = ChosenLanguage.language) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let words = Catalogues.bundled
        if errors == 0 && warnings == 0 { return words.word("check.noProblems", in: language) }
        if language != .english {
            return [errors > 0 ? "\(words.word("check.errors", in: language)): \(errors)" : nil,
                    warnings > 0 ? "\(words.word("check.warnings", in: language)): \(warnings)" : nil]
                .compactMap { $0 }.joined(separator: ", ")
        }
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return [errors > 0 ? count(errors, "error") : nil, warnings > 0 ? count(warnings, "warning") : nil]
            .compactMap { $0 }.joined(separator: ", ")
    }
}

enum Terminal {
    static func standardError(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func standardOutput(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}
