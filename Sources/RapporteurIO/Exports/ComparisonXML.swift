import Foundation
import RapporteurCore
import RapporteurXML

/// The comparison as XML (urn:rapporteur:report:1): the same numbers as the
/// CSV, nested year > level > item > country, with the framework, region,
/// sheets used and notes. Valid against reports/schema/report.xsd.
public enum ComparisonXML {
    public static let namespace = "urn:rapporteur:report:1"

    public static func document(_ comparison: Comparison, levels: Set<ComparisonLevel> = Set(ComparisonLevel.allCases),
                                evidence: [SheetEvidence]? = nil) throws(XMLWriterError) -> Data {
        let sink = MemorySink()
        try write(comparison, levels: levels, evidence: evidence, to: sink)
        return Data(sink.bytes)
    }

    /// The document, handed to `sink` as libxml2 fills its buffer.
    /// With `evidence` (of the taking-part sheets), an
    /// `<evidence>` element ends the document.
    public static func write(_ comparison: Comparison, levels: Set<ComparisonLevel> = Set(ComparisonLevel.allCases),
                             evidence: [SheetEvidence]? = nil, to sink: ByteSink) throws(XMLWriterError) {
        let writer = XMLWriter(output: XMLWriter.Output { sink.write($0) })
        writer.start("report", namespace: namespace)
        writer.attribute("framework", comparison.frameworkId)
        writer.attribute("framework-version", comparison.frameworkVersion.description)
        writer.attribute("region", comparison.region?.id)
        writer.start("sheets")
        for sheet in comparison.sheetsUsed {
            writer.empty("sheet", attributes: [
                ("file", sheet.file), ("country", sheet.country), ("year", String(sheet.year)),
                ("status", sheet.status.rawValue), ("shown", sheet.shown ? "true" : "false"),
            ])
        }
        writer.end()
        writeNotes(comparison.notes, to: writer)
        for year in comparison.years {
            writer.start("year")
            writer.attribute("value", String(year))
            for level in ComparisonLevel.allCases where levels.contains(level) {
                let rows = comparison.rows(year: year, level: level)
                guard !rows.isEmpty else { continue }
                writer.start("level")
                writer.attribute("name", level.rawValue)
                var index = rows.startIndex
                while index < rows.endIndex {
                    let id = rows[index].id
                    var end = index
                    while end < rows.endIndex && rows[end].id == id { end += 1 }
                    item(rows[index..<end], writer: writer)
                    index = end
                }
                writer.end()
            }
            writer.end()
        }
        if let evidence { EvidenceXML.write(evidence, to: writer) }
        writer.end()
        try writer.close()
    }

    private static func item(_ rows: ArraySlice<ComparisonRow>, writer: XMLWriter) {
        guard let first = rows.first else { return }
        writer.start("item")
        writer.attribute("id", first.id)
        let s = first.statistics
        writer.empty("statistics", attributes: [
            ("n", String(s.n)), ("mean", two(s.mean)), ("median", two(s.median)), ("min", two(s.min)),
            ("max", two(s.max)), ("sd", two(s.sd)),
        ])
        for row in rows {
            writer.empty("country", attributes: [
                ("code", row.country), ("score", two(row.score)), ("coverage", row.coverage.map { Rounding.fixed($0, places: 4) }),
                ("rank", row.rank.map(String.init)), ("gap", two(row.gap)), ("delta", two(row.delta)),
                ("delta-from", row.deltaFrom.map(String.init)), ("trend", row.trend?.rawValue), ("rating", row.rating?.code),
                ("state", row.state.rawValue),
            ])
        }
        writer.end()
    }

    private static func two(_ value: Double?) -> String? { value.map { Rounding.fixed($0, places: 2) } }

    /// `<notes>` with one `<note>` per note: kind, where it applies, and its text.
    /// Shared by every XML export that carries the comparison's notes.
    static func writeNotes(_ notes: [ComparisonNote], to writer: XMLWriter) {
        writer.start("notes")
        for note in notes {
            writer.start("note")
            writer.attribute("kind", note.kind.rawValue)
            writer.attribute("file", note.file)
            writer.attribute("country", note.country)
            writer.attribute("year", note.year.map(String.init))
            writer.text(note.message)
            writer.end()
        }
        writer.end()
    }
}
