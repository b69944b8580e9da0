/// A meaning check on a loaded framework: one thing, one id, with the
/// examples that define it (the tests are generated from them).
public protocol FrameworkRule: Sendable {
    static var description: RuleDescription { get }
    func check(_ framework: Framework) -> [Diagnostic]
}

extension FrameworkRule {
    var id: DiagnosticCode { Self.description.id }

    func diagnostic(_ message: DiagnosticMessage, at location: SourceLocation, suggestion: DiagnosticMessage? = nil) -> Diagnostic {
        Diagnostic(Self.description.severity, code: id, message: message, at: location, suggestion: suggestion)
    }
}

/// What a rule is, how bad its findings are, and the framework files that
/// do and do not trigger it.
public struct RuleDescription: Sendable {
    public let id: DiagnosticCode
    public let summary: String
    public let severity: Diagnostic.Severity
    public let triggering: [RuleExample]
    public let nonTriggering: [RuleExample]

    public init(id: DiagnosticCode, summary: String, severity: Diagnostic.Severity = .error,
                triggering: [RuleExample], nonTriggering: [RuleExample]) {
        self.id = id
        self.summary = summary
        self.severity = severity
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}
