internal import CLibXML2
import RapporteurCore

/// Gathers libxml2's structured errors for one parse or validation and turns
/// them into diagnostics about `file`.
final class XMLProblemCollector {
    let file: String
    let code: DiagnosticCode
    private(set) var diagnostics: [Diagnostic] = []
    /// Set when the document declared a DOCTYPE, which we stop at.
    var sawDoctype = false

    init(file: String, code: DiagnosticCode) {
        self.file = file
        self.code = code
    }

    func add(_ error: xmlError) {
        // After we stop the parser at a DOCTYPE, libxml2 adds nothing useful.
        if sawDoctype { return }
        // libxml2 messages may run over several lines ("...\nBytes: 0xE8").
        let raw = error.message.map { String(cString: $0) } ?? "XML error"
        let message = raw.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.joined(separator: "; ")
        let severity: Diagnostic.Severity = error.level == XML_ERR_WARNING ? .warning : .error
        let line = error.line > 0 ? Int(error.line) : nil
        let column = error.int2 > 0 ? Int(error.int2) : nil
        let suggestion: DiagnosticMessage? = message.contains("UTF-8")
            ? DiagnosticMessage("save the file as UTF-8 (the XML declaration says so)") : nil
        // libxml2's messages are English only; they are shown as it wrote them.
        diagnostics.append(Diagnostic(severity, code: code, message: DiagnosticMessage(verbatim: message),
                                      at: SourceLocation(file: file, line: line, column: column),
                                      suggestion: suggestion))
    }

    func add(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
}

/// For validation contexts, which hand us our own pointer back.
let collectStructuredError: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    CallbackContext.object(userData, as: XMLProblemCollector.self).add(error.pointee)
}
