import Foundation
import RapporteurCore

/// `rapporteur diff --format markdown`: a pull-request comment. A summary
/// line, a table of the changes, a table of the largest impacts, kept under
/// GitHub's limit on a comment's size; what does not fit is counted in a
/// closing note.
public struct DiffMarkdown: Sendable {
    public var report: InstrumentDiffReport
    public var language: String
    /// GitHub refuses a comment body of more than 65,536 characters.
    public static let commentLimit = 65_536
    /// Impact rows shown at most, however short they are.
    public static let impactRows = 50

    public init(report: InstrumentDiffReport, language: String) {
        self.report = report
        self.language = language
    }

    public func render(limit: Int = commentLimit) -> String {
        let words = ReportWords(language: language)
        var head = "### \(words[.diffTitle]): \(report.versions)\n\n**\(report.changeCount(words))**"
        if let impact = report.impact {
            head += impact.rows.isEmpty ? ". \(words[.diffNoImpact])" : ". " + report.impactSummary(impact, words) + "."
            if let ranks = report.rankSummary(impact, words) { head += " " + ranks + "." }
        }
        head += "\n"
        let changeRows = report.changes.map { change in
            row([change.breaking ? "⚠️" : "", change.kind.rawValue, code(change.id), cell(change.old ?? ""),
                 cell(change.new ?? ""), code(change.location.description)])
        }
        let impactRows = (report.impact?.rows ?? []).prefix(Self.impactRows).map { entry in
            row([String(entry.year), entry.country, entry.level.rawValue, code(entry.id),
                 words.decimal(InstrumentDiffReport.score(entry.old)), words.decimal(InstrumentDiffReport.score(entry.new)),
                 words.decimal(InstrumentDiffReport.signed(entry.difference)), InstrumentDiffReport.rank(entry)])
        }
        let changeHeader = "\n" + row(["", words[.diffKind], "Id", words[.diffOld], words[.diffNew], words[.diffWhere]])
            + "|---|---|---|---|---|---|\n"
        let impactHeader = "\n#### \(words[.diffImpact]) (\(report.sheetCount) \(words[.diffSheets]))\n\n"
            + row([words[.diffYear], words[.country], words[.diffLevel], "Id", words[.diffOld], words[.diffNew],
                   words[.delta], InstrumentDiffReport.capitalised(words[.rank])])
            + "|---|---|---|---|--:|--:|--:|--:|\n"
        // Room for the closing note, whatever it says.
        var budget = limit - 400 - size(head)
        var body = ""
        // A table's header when it fits, then as many of its rows as fit:
        // how many rows went in.
        func table(_ header: String, _ rows: [String]) -> Int {
            guard !rows.isEmpty, size(header) <= budget else { return 0 }
            body += header
            budget -= size(header)
            var shown = 0
            for line in rows {
                guard size(line) <= budget else { break }
                body += line
                budget -= size(line)
                shown += 1
            }
            return shown
        }
        let shownChanges = table(changeHeader, changeRows)
        let shownImpact = table(impactHeader, impactRows)
        let leftOutChanges = report.changes.count - shownChanges
        let leftOutImpact = (report.impact?.rows.count ?? 0) - shownImpact
        var out = head + body
        if leftOutChanges > 0 || leftOutImpact > 0 {
            out += "\n_\(words[.diffChanges]): \(leftOutChanges), \(words[.diffImpact].lowercased()): \(leftOutImpact) "
                + "\(words[.diffLeftOut])._\n"
        }
        return out
    }

    /// Characters as GitHub counts them, counted high: UTF-16 units.
    private func size(_ text: String) -> Int { text.utf16.count }

    private func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }

    /// Table cells cannot hold `|` or line breaks.
    private func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    private func code(_ text: String) -> String { "`" + cell(text).replacingOccurrences(of: "`", with: "'") + "`" }
}
