import Foundation
import RapporteurCore

/// GitHub and GitLab put a finding on a file only when its path is
/// relative to the repository's root. Paths as the user typed them are
/// relative to wherever `check` ran; this makes them relative to the CI's
/// checkout (`$GITHUB_WORKSPACE`, `$CI_PROJECT_DIR`) when the file lies
/// inside it, else to the current directory.
struct AnnotationPaths {
    /// The directories tried in turn, absolute and standardised.
    let bases: [String]
    let currentDirectory: String

    init(workspaceVariable: String, environment: [String: String] = ProcessInfo.processInfo.environment,
         currentDirectory: String = FileManager.default.currentDirectoryPath) {
        self.currentDirectory = currentDirectory
        let workspace = environment[workspaceVariable].flatMap { $0.isEmpty ? nil : $0 }
        bases = ([workspace].compactMap { $0 } + [currentDirectory]).map { Self.absolute($0, from: currentDirectory) }
    }

    /// `path` relative to the first base that holds it, without `./`; a
    /// path in no base stays absolute; `<bundled>/...` is not a file and
    /// stays as it is.
    func relative(_ path: String) -> String {
        guard !path.hasPrefix("<") else { return path }
        let full = Self.absolute(path, from: currentDirectory)
        for base in bases {
            let prefix = base.hasSuffix("/") ? base : base + "/"
            if full.hasPrefix(prefix) { return String(full.dropFirst(prefix.count)) }
        }
        return full
    }

    func apply(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            var moved = diagnostic
            moved.location.file = relative(diagnostic.location.file)
            return moved
        }
    }

    /// `path` from `directory`, with `.` and `..` resolved (links are not
    /// followed: GitHub knows the repository's paths, not the disk's).
    static func absolute(_ path: String, from directory: String) -> String {
        let joined = path.hasPrefix("/") ? path : directory + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
