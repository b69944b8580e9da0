import Foundation
import RapporteurCore
import RapporteurXML

/// The agreement as XML (urn:rapporteur:agreement:1): the numbers of
/// agreement.csv grouped by pair of sheets, with the files compared and the
/// notes. Valid against reports/schema/agreement.xsd.
public enum AgreementXML {
    public static let namespace = "urn:rapporteur:agreement:1"

    public static func document(_ agreement: Agreement) throws(XMLWriterError) -> Data {
        let writer = XMLWriter()
        writer.start("agreement", namespace: namespace)
        writer.attribute("framework", agreement.frameworkId)
        writer.attribute("framework-version", agreement.frameworkVersion.description)
        writer.attribute("region", agreement.region?.id)
        ComparisonXML.writeNotes(agreement.notes, to: writer)
        for pair in agreement.pairs {
            writer.start("pair")
            writer.attribute("year", String(pair.year))
            writer.attribute("country", pair.country)
            writer.attribute("government", pair.government.sheet.file)
            writer.attribute("ngo", pair.ngo.sheet.file)
            for row in agreement.rows(year: pair.year, country: pair.country) {
                let s = row.statistics
                writer.empty(row.level.rawValue, attributes: [
                    ("id", row.id), ("government", fixed(row.government, 2)), ("ngo", fixed(row.ngo, 2)),
                    ("difference", fixed(row.difference, 2)), ("n", s.map { String($0.n) }),
                    ("same", fixed(s?.same, 4)), ("mad", fixed(s?.mad, 2)), ("alpha", fixed(s?.alpha, 4)),
                ])
            }
            writer.end()
        }
        writer.end()
        return try writer.finish()
    }

    private static func fixed(_ value: Double?, _ places: Int) -> String? {
        value.map { Rounding.fixed($0, places: places) }
    }
}
