/// One finding about an input: where it is, how bad it is, what is wrong and,
/// where we can tell, what would be right.
///
/// Every reader and checker returns these; one renderer turns them into text,
/// JSON or GitHub annotations. Nothing in the core prints.
public struct Diagnostic: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case note, warning, error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    /// The rule or error kind, e.g. `duplicate-id`, `unknown-indicator`.
    public var code: DiagnosticCode
    /// Kept as its English template and values, translated when rendered.
    public var message: DiagnosticMessage
    public var location: SourceLocation
    /// What would be right, e.g. "did you mean 'LNZ.01'?".
    public var suggestion: DiagnosticMessage?

    public init(
        _ severity: Severity, code: DiagnosticCode, message: DiagnosticMessage,
        at location: SourceLocation, suggestion: DiagnosticMessage? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.suggestion = suggestion
    }

    public static func error(
        _ code: DiagnosticCode, _ message: DiagnosticMessage, at location: SourceLocation, suggestion: DiagnosticMessage? = nil
    ) -> Diagnostic {
        Diagnostic(.error, code: code, message: message, at: location, suggestion: suggestion)
    }

    public static func warning(
        _ code: DiagnosticCode, _ message: DiagnosticMessage, at location: SourceLocation, suggestion: DiagnosticMessage? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, code: code, message: message, at: location, suggestion: suggestion)
    }

    public static func note(
        _ code: DiagnosticCode, _ message: DiagnosticMessage, at location: SourceLocation, suggestion: DiagnosticMessage? = nil
    ) -> Diagnostic {
        Diagnostic(.note, code: code, message: message, at: location, suggestion: suggestion)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var hasWarnings: Bool { contains { $0.severity == .warning } }

    /// In file order, then line, then column; stable for equal places.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { lhs, rhs in
            let l = lhs.element.location, r = rhs.element.location
            if l.file != r.file { return l.file < r.file }
            if (l.line ?? 0) != (r.line ?? 0) { return (l.line ?? 0) < (r.line ?? 0) }
            if (l.column ?? 0) != (r.column ?? 0) { return (l.column ?? 0) < (r.column ?? 0) }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
