import Foundation
import Mustache
import RapporteurCore

/// The annual comparison as one self-contained web page (`report.html`):
/// charts drawn here as inline SVG, their data tables, the profiles and
/// the notes, laid out by a Mustache template that a report author may
/// replace with `--template FILE`. The default template is compiled into
/// the binary (`report.mustache` beside this file).
public struct ReportHTML: Sendable {
    let template: MustacheTemplate

    /// The template `rapporteur report` uses unless told otherwise.
    public static var defaultTemplate: String { String(decoding: PackageResources.report_mustache, as: UTF8.self) }

    /// A template from its text; `file` names it in a diagnostic when it
    /// does not parse.
    public init(template text: String = ReportHTML.defaultTemplate, file: String = "report.mustache")
        throws(InputFailure) {
        if let line = TemplateNesting.lineTooDeep(in: text) {
            throw InputFailure(.error(
                .templateDepth, "sections are nested more than \(TemplateNesting.limit) deep",
                at: SourceLocation(file: file, line: line),
                suggestion: "nest at most \(TemplateNesting.limit) sections one inside another"))
        }
        do {
            template = try MustacheTemplate(string: text)
        } catch let failure as MustacheTemplate.ParserError {
            throw InputFailure(.error(
                .templateSyntax, "the template cannot be read: \(Self.explain(failure.error))",
                at: SourceLocation(file: file, line: failure.context.lineNumber, column: failure.context.columnNumber),
                suggestion: "close every {{#section}} with {{/section}} of the same name and every {{ with }}"))
        } catch {
            throw InputFailure(.error(.templateSyntax, "the template cannot be read: \(error)",
                                      at: SourceLocation(file: file), suggestion: "check the template's {{tags}}"))
        }
    }

    /// Reads a template file, or says why it cannot.
    public static func load(_ path: String) throws(InputFailure) -> ReportHTML {
        let data = try InputFile.read(path: path, displayName: path)
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputFailure(.error(.templateEncoding, "the template is not UTF-8 text", at: SourceLocation(file: path),
                                      suggestion: "save the template as UTF-8"))
        }
        return try ReportHTML(template: text, file: path)
    }

    /// `analyses` adds what it holds: explanations of the profiles' scores,
    /// the ranks under varied choices, the government's profiles.
    public func render(framework: Framework, comparison: Comparison, language: String,
                       history: AnswerHistory = AnswerHistory(), analyses: ReportAnalyses = ReportAnalyses()) -> String {
        let page = ReportPage(ChartInput(framework: framework, comparison: comparison, language: language,
                                         analyses: analyses), history: history)
        return template.render(page)
    }

    private static func explain(_ error: any Error) -> DiagnosticMessage {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: DiagnosticMessage("a section is closed with another name than it was opened with")
        case .unfinishedName: DiagnosticMessage("a tag is not closed with }}")
        case .expectedSectionEnd: DiagnosticMessage("a section is not closed")
        case .invalidSetDelimiter: DiagnosticMessage("a delimiter change is not valid")
        default: DiagnosticMessage(verbatim: "\(error)")
        }
    }
}
