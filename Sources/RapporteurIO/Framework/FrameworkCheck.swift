import RapporteurCore

/// `rapporteur check` for a framework: everything the loader found, then
/// every meaning rule over what loaded.
public enum FrameworkCheck {
    public struct Outcome: Sendable {
        public var framework: Framework?
        public var diagnostics: [Diagnostic]
    }

    public static func run(on source: some FrameworkSource) -> Outcome {
        let loaded = FrameworkLoader.load(from: source)
        var diagnostics = loaded.diagnostics
        if let framework = loaded.framework {
            diagnostics += FrameworkChecker.check(framework)
        }
        return Outcome(framework: loaded.framework, diagnostics: diagnostics)
    }
}
