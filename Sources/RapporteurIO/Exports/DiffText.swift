import RapporteurCore

/// `rapporteur diff` as text for a terminal: a summary, the changes (a `!`
/// marks the breaking ones), and the largest impacts.
public struct DiffText: Sendable {
    public var report: InstrumentDiffReport
    public var language: String
    /// Impact rows shown; the rest are counted.
    public static let impactRows = 20

    public init(report: InstrumentDiffReport, language: String) {
        self.report = report
        self.language = language
    }

    public func render() -> String {
        let words = ReportWords(language: language)
        var lines = ["\(words[.diffTitle]): \(report.versions)", report.changeCount(words), ""]
        if report.changes.isEmpty {
            lines.append(words[.diffNoChanges])
        } else {
            let kinds = report.changes.map { $0.kind.rawValue.count }.max() ?? 0
            let ids = report.changes.map(\.id.count).max() ?? 0
            let places = min(report.changes.map { $0.location.description.count }.max() ?? 0, 48)
            func padded(_ text: String, _ width: Int) -> String {
                text + String(repeating: " ", count: max(width - TextLayout.width(text), 0))
            }
            for change in report.changes {
                // A location longer than its column is shown whole and pushes the texts along.
                let cells = [change.breaking ? "!" : " ", padded(change.kind.rawValue, kinds), padded(change.id, ids),
                             padded(change.location.description, places)]
                lines.append(TextLayout.trimmedRight(cells.joined(separator: " ") + "  " + InstrumentDiffReport.fromTo(change)))
            }
        }
        guard let impact = report.impact else { return lines.joined(separator: "\n") + "\n" }
        lines += ["", "\(words[.diffImpact]) (\(report.sheetCount) \(words[.diffSheets]))"]
        guard !impact.rows.isEmpty else { return (lines + [words[.diffNoImpact]]).joined(separator: "\n") + "\n" }
        lines.append(report.impactSummary(impact, words))
        if let ranks = report.rankSummary(impact, words) { lines.append(ranks) }
        lines.append("")
        let widths = [4, 7, 9, max(impact.rows.prefix(Self.impactRows).map(\.id.count).max() ?? 2, 7), 7, 7, 8, 9]
        func row(_ cells: [String]) -> String {
            TextLayout.row(zip(cells, widths).enumerated().map { ($1.0, $1.1, right: $0 >= 4) })
        }
        lines.append(row([words[.diffYear], words[.country], words[.diffLevel], "Id", words[.diffOld], words[.diffNew],
                          words[.delta], InstrumentDiffReport.capitalised(words[.rank])]))
        for entry in impact.rows.prefix(Self.impactRows) {
            lines.append(row([String(entry.year), entry.country, entry.level.rawValue, entry.id,
                              words.decimal(InstrumentDiffReport.score(entry.old)), words.decimal(InstrumentDiffReport.score(entry.new)),
                              words.decimal(InstrumentDiffReport.signed(entry.difference)), InstrumentDiffReport.rank(entry)]))
        }
        if impact.rows.count > Self.impactRows {
            lines.append("… \(impact.rows.count - Self.impactRows) \(words[.diffMore])")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
