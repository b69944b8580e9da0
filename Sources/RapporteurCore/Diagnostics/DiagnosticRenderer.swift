/// Turns diagnostics into the three forms `rapporteur` prints.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text, json, github
    /// GitLab's Code Quality JSON.
    case gitlab
}

/// Messages and suggestions are written in the reader's language; what
/// machines read (the `path:line:col: severity:` prefix, the `[code]`, JSON
/// keys, GitHub's `title=code`) stays as the command-line contract fixes it.
public enum DiagnosticRenderer {
    /// `language`, or for a file named in `byFile` (a sheet with a
    /// `language` row), that file's language.
    public static func render(
        _ diagnostics: [Diagnostic], as format: DiagnosticFormat, in language: Language = .english,
        byFile: [String: Language] = [:]
    ) -> String {
        func chosen(_ d: Diagnostic) -> Language { byFile[d.location.file] ?? language }
        switch format {
        case .text: return diagnostics.map { text($0, in: chosen($0)) }.joined()
        case .json: return json(diagnostics, language: chosen)
        case .github: return diagnostics.map { github($0, in: chosen($0)) }.joined()
        case .gitlab: return CodeQualityReport.render(diagnostics)
        }
    }

    /// `path:line:column: error: message [code]`, then the suggestion as a
    /// note at the same place, as compilers print them.
    public static func text(_ diagnostic: Diagnostic, in language: Language = .english) -> String {
        let place = diagnostic.location.description
        var out = "\(place): \(diagnostic.severity.rawValue): \(diagnostic.message.text(in: language)) [\(diagnostic.code)]\n"
        if let suggestion = diagnostic.suggestion {
            out += "\(place): note: \(suggestion.text(in: language))\n"
        }
        return out
    }

    /// A JSON array of objects with `file`, `line`, `column`, `severity`,
    /// `code`, `message` and, where there is one, `suggestion` and `cell`.
    public static func json(_ diagnostics: [Diagnostic], language: (Diagnostic) -> Language = { _ in .english }) -> String {
        guard !diagnostics.isEmpty else { return "[]\n" }
        let objects = diagnostics.map { d -> String in
            let language = language(d)
            var fields = [
                "\"file\": \(JSONString.quote(d.location.file))",
                "\"line\": \(d.location.line.map(String.init) ?? "null")",
                "\"column\": \(d.location.column.map(String.init) ?? "null")",
                "\"severity\": \(JSONString.quote(d.severity.rawValue))",
                "\"code\": \(JSONString.quote(d.code.rawValue))",
                "\"message\": \(JSONString.quote(d.message.text(in: language)))",
            ]
            if let cell = d.location.cell { fields.append("\"cell\": \(JSONString.quote(cell))") }
            if let s = d.suggestion { fields.append("\"suggestion\": \(JSONString.quote(s.text(in: language)))") }
            return "  {" + fields.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// A GitHub Actions workflow command, e.g.
    /// `::error file=a.xml,line=3,title=duplicate-id::message`.
    public static func github(_ diagnostic: Diagnostic, in language: Language = .english) -> String {
        let command = switch diagnostic.severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
        var properties = ["file=\(escapeProperty(diagnostic.location.file))"]
        if let line = diagnostic.location.line { properties.append("line=\(line)") }
        if let column = diagnostic.location.column { properties.append("col=\(column)") }
        properties.append("title=\(escapeProperty(diagnostic.code.rawValue))")
        var message = diagnostic.message.text(in: language)
        if let cell = diagnostic.location.cell { message = "\(cell): " + message }
        if let suggestion = diagnostic.suggestion { message += " (\(suggestion.text(in: language)))" }
        return "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))\n"
    }

    // Escaping as the GitHub Actions toolkit does for workflow commands.
    private static func escapeData(_ s: String) -> String {
        s.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D").replacingAll("\n", with: "%0A")
    }

    private static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
    }
}

extension String {
    /// Replaces every occurrence of `target`; the core avoids Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
