import RapporteurCore

/// What one input gave: the diagnostics a user would see, and the promises
/// the readers broke on the way. A broken promise is a finding, as a crash
/// is: the fuzz entry stops on it so that libFuzzer keeps the input.
public struct FuzzOutcome: Sendable {
    public var diagnostics: [Diagnostic]
    /// Each a sentence naming the promise; empty when all were kept.
    public var brokenPromises: [String]

    init(diagnostics: [Diagnostic], brokenPromises: [String] = []) {
        self.diagnostics = diagnostics
        self.brokenPromises = brokenPromises
    }

    /// Every diagnostic names one of `files` (a refusal the user cannot
    /// place is a bug), and none is an internal error.
    mutating func expectFilesNamed(_ files: Set<String>) {
        for diagnostic in diagnostics {
            if !files.contains(diagnostic.location.file) {
                brokenPromises.append("\(diagnostic.code) names '\(diagnostic.location.file)', not the input: \(diagnostic.message)")
            }
            if diagnostic.code == .internal {
                brokenPromises.append("internal error: \(diagnostic.message)")
            }
        }
    }
}
