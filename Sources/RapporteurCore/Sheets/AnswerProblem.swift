/// Why a typed answer cannot be read, and what would be right.
public struct AnswerProblem: Error, Sendable, Hashable {
    public var code: DiagnosticCode
    public var message: DiagnosticMessage
    public var suggestion: DiagnosticMessage?

    public init(_ code: DiagnosticCode, _ message: DiagnosticMessage, suggestion: DiagnosticMessage? = nil) {
        self.code = code
        self.message = message
        self.suggestion = suggestion
    }

    static func dateInstead(of what: DiagnosticMessage, indicator: String) -> AnswerProblem {
        AnswerProblem(
            .answerBecameDate,
            "the answer looks like a date: a spreadsheet turned the \(what) into a date",
            suggestion: "write the counts in the two rows '\(indicator)/N' and '\(indicator)/D', "
                + "one whole number each, or format the answer cell as text before typing")
    }
}
