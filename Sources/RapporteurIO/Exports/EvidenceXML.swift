import RapporteurCore
import RapporteurXML

/// The evidence of answers in the XML exports: what was read, how it
/// scored and where it stands, as in `evidence.csv`.
enum EvidenceXML {
    /// `<evidence>` with one `<answer>` per row of the sheets, for comparison.xml.
    static func write(_ sheets: [SheetEvidence], to writer: XMLWriter) {
        writer.start("evidence")
        for row in Evidence.ordered(sheets).lazy.flatMap(\.rows) {
            writer.start("answer")
            writer.attribute("year", String(row.year))
            writer.attribute("country", row.country)
            writer.attribute("respondent", row.respondent)
            writer.attribute("indicator", row.indicator)
            for (name, value) in attributes(of: row) { writer.attribute(name, value) }
            if !row.answer.isEmpty { writer.element("text", row.answer) }
            if let source = row.source { writer.element("source", source) }
            if let comment = row.comment { writer.element("comment", comment) }
            writer.end()
        }
        writer.end()
    }

    /// What both exports give each answer as attributes: value, score,
    /// state and location, each only when it has one.
    static func attributes(of row: EvidenceRow) -> [(String, String)] {
        let all: [(String, String?)] = [
            ("value", row.value.isEmpty ? nil : row.value), ("score", row.score.map { Rounding.fixed($0, places: 2) }),
            ("state", row.state.rawValue), ("location", row.locations.isEmpty ? nil : row.locationText),
        ]
        return all.compactMap { name, value in value.map { (name, $0) } }
    }
}
