import Foundation
import RapporteurCore
import RapporteurXML

/// One sheet's scores written for people (text) and for tools (CSV, XML),
/// each answer carried with its source and comment.
public struct ScoreExport {
    public let framework: Framework
    public let score: SheetScore
    public let language: String

    public init(framework: Framework, score: SheetScore, language: String = "en") {
        self.framework = framework
        self.score = score
        self.language = language
    }

    private var sheet: Sheet { score.sheet }

    // MARK: CSV

    public static let csvHeader = [
        "country", "year", "level", "id", "area", "type", "weight", "answer", "state", "score", "coverage", "rating",
        "source", "comment", "respondent",
    ]

    /// One row for the overall score, one per area, one per indicator.
    public func csv() -> String {
        var table = CSVTable(header: Self.csvHeader)
        let metadata = sheet.metadata
        /// One row; `detail` writes the columns between `id` and `source`.
        func row(_ level: String, _ id: String, detail: (inout CSVTable.RowWriter) -> Void,
                 source: String? = nil, comment: String? = nil) {
            table.appendRow { row in
                row.text(metadata.country)
                row.number(String(metadata.year))
                row.text(level)
                row.text(id)
                detail(&row)
                row.text(source)
                row.text(comment)
                // Last, so that the columns before keep their places.
                row.text(metadata.respondent.rawValue)
            }
        }
        // area, type, weight, answer, state, score, coverage, rating
        row("overall", "overall") { row in
            (0..<4).forEach { _ in row.empty() }
            row.text(score.overall.state.rawValue)
            row.number(score.overall.score.map { Rounding.fixed($0, places: 2) })
            row.number(score.overall.coverage.map { Rounding.fixed($0, places: 4) })
            row.text(score.rating?.code)
        }
        for area in score.areas {
            row("area", area.area) { row in
                row.text(area.area)
                row.empty()
                row.number(Rounding.plain(area.weight))
                row.empty()
                row.text(area.aggregate.state.rawValue)
                row.number(area.aggregate.score.map { Rounding.fixed($0, places: 2) })
                row.number(area.aggregate.coverage.map { Rounding.fixed($0, places: 4) })
                row.empty()
            }
        }
        for area in score.areas {
            for result in area.indicators {
                let answer = sheet.answers[result.indicator]
                row("indicator", result.indicator, detail: { row in
                    row.text(area.area)
                    row.text(framework.indicator(result.indicator)?.type.rawValue ?? "")
                    row.number(Rounding.plain(result.weight))
                    row.text(answer?.raw)
                    row.text(result.state.rawValue)
                    row.number(result.score.map { Rounding.fixed($0, places: 2) })
                    row.empty()
                    row.empty()
                }, source: answer?.source, comment: answer?.comment)
            }
        }
        return table.rendered()
    }

    // MARK: XML

    public static let namespace = "urn:rapporteur:score:1"

    public func xml() throws(XMLWriterError) -> Data {
        let writer = XMLWriter()
        writer.start("score", namespace: Self.namespace)
        writer.attribute("framework", framework.id)
        writer.attribute("framework-version", framework.version.description)
        writer.attribute("country", sheet.metadata.country)
        writer.attribute("year", String(sheet.metadata.year))
        writer.attribute("status", sheet.metadata.status.rawValue)
        writer.attribute("respondent", sheet.metadata.respondent.rawValue)
        writer.attribute("sheet", sheet.file)
        if let organisation = sheet.metadata.organisation { writer.element("organisation", organisation) }
        writer.empty("overall", attributes: [
            ("state", score.overall.state.rawValue), ("score", score.overall.score.map { Rounding.fixed($0, places: 2) }),
            ("coverage", score.overall.coverage.map { Rounding.fixed($0, places: 4) }), ("rating", score.rating?.code),
        ])
        for area in score.areas {
            writer.start("area")
            writer.attribute("id", area.area)
            writer.attribute("weight", Rounding.plain(area.weight))
            writer.attribute("state", area.aggregate.state.rawValue)
            writer.attribute("score", area.aggregate.score.map { Rounding.fixed($0, places: 2) })
            writer.attribute("coverage", area.aggregate.coverage.map { Rounding.fixed($0, places: 4) })
            for result in area.indicators {
                writer.start("indicator")
                writer.attribute("id", result.indicator)
                writer.attribute("weight", Rounding.plain(result.weight))
                writer.attribute("state", result.state.rawValue)
                writer.attribute("score", result.score.map { Rounding.fixed($0, places: 2) })
                if let answer = sheet.answers[result.indicator] {
                    let evidence = Evidence.row(result, answer: answer, sheet: sheet, respondent: Evidence.respondent(of: sheet))
                    writer.element("answer", answer.raw, attributes: EvidenceXML.attributes(of: evidence))
                    if let source = answer.source { writer.element("source", source) }
                    if let comment = answer.comment { writer.element("comment", comment) }
                }
                writer.end()
            }
            writer.end()
        }
        writer.end()
        return try writer.finish()
    }

    // MARK: Text

    /// Indicator lines grouped by area, area scores with coverage, the
    /// overall score and rating, and what was missing.
    public func text() -> String {
        let m = sheet.metadata
        let words = ScoreWords(language: language)
        var lines: [String] = []
        lines.append("\(framework.title.text(in: language)) (\(framework.id) \(framework.version))")
        lines.append("\(m.country) \(m.year), \(m.status.rawValue), \(m.respondent.rawValue)" + (m.organisation.map { ", \($0)" } ?? ""))
        lines.append("\(words[.sheet]): \(sheet.file)")
        lines.append("")
        var missing: [String] = []
        for area in score.areas {
            guard let definition = framework.areas.first(where: { $0.id == area.area }) else { continue }
            lines.append("\(area.area)  \(definition.title.text(in: language))")
            lines.append("    \(words[.areaScore]): \(describe(area.aggregate, words))")
            for result in area.indicators {
                let title = framework.indicator(result.indicator)?.title.text(in: language) ?? ""
                let answer = sheet.answers[result.indicator]?.raw ?? ""
                let scoreText: String
                switch result.state {
                case .scored: scoreText = words.decimal(Rounding.fixed(result.score ?? 0, places: 1))
                case .missing, .withheld:
                    scoreText = words[.missing]
                    missing.append(result.indicator)
                case .notApplicable: scoreText = words[.notApplicable]
                case .recorded: scoreText = words[.notScored]
                }
                lines.append("    " + TextColumns.pad(result.indicator, 8) + TextColumns.pad(TextColumns.truncate(title, 44), 46)
                             + TextColumns.pad(TextColumns.truncate(answer, 18), 20) + scoreText)
            }
            lines.append("")
        }
        lines.append("\(words[.overall]): \(describe(score.overall, words))"
                     + (score.rating.map { ", \(words[.rating]) \($0.label.text(in: language))" } ?? ""))
        if !missing.isEmpty {
            lines.append("\(words[.missingAnswers]) (\(missing.count)): \(missing.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func describe(_ aggregate: AggregateScore, _ words: ScoreWords) -> String {
        let coverage = aggregate.coverage.map { "\(words[.coverage]) \(Rounding.fixed($0 * 100, places: 0))%" }
        switch aggregate.state {
        case .scored: return words.decimal(Rounding.fixed(aggregate.score ?? 0, places: 1)) + (coverage.map { ", \($0)" } ?? "")
        case .withheld: return "\(words[.withheld]) (\(words[.tooLittleData])" + (coverage.map { ", \($0)" } ?? "") + ")"
        // An area is never missing or recorded; only its indicators are.
        case .notApplicable, .missing, .recorded: return words[.notApplicableArea]
        }
    }
}

/// Padding and truncation by what a terminal shows: one column per
/// character (grapheme), so Cyrillic and Latin with diacritics align.
public enum TextColumns {
    public static func width(_ text: String) -> Int { text.count }

    public static func pad(_ text: String, _ width: Int) -> String {
        let shown = Self.width(text)
        return shown >= width ? text + " " : text + String(repeating: " ", count: width - shown)
    }

    public static func truncate(_ text: String, _ width: Int) -> String {
        guard Self.width(text) > width else { return text }
        return String(text.prefix(max(width - 1, 0))) + "…"
    }
}
