import Foundation
import RapporteurCore
import RapporteurXML

/// Blank sheets to fill: CSV for people, XML for machines.
public enum SheetTemplate {
    public struct Request: Sendable {
        public var country: String
        public var year: Int
        public var language: String
        /// `,` by default; `;` opens directly in Excel on computers set to a
        /// Balkan locale.
        public var delimiter: Character
        /// Written as a metadata row only when asked for: a sheet without
        /// one is civil society's, and the templates NGOs fill stay as they were.
        public var respondent: Respondent?

        public init(country: String, year: Int, language: String = "en", delimiter: Character = ",",
                    respondent: Respondent? = nil) {
            self.country = country
            self.year = year
            self.language = language
            self.delimiter = delimiter
            self.respondent = respondent
        }
    }

    /// A CSV sheet: UTF-8 with BOM (so Excel shows Cyrillic and diacritics),
    /// CRLF line ends, metadata rows, then one row per indicator (two for a
    /// ratio), the answer, source and comment columns left empty.
    public static func csv(_ framework: Framework, _ request: Request) -> Data {
        let text = TemplateText(language: request.language)
        var table = CSVTable(header: [], delimiter: request.delimiter, lineEnd: "\r\n")
        let metadata: [(String, String)] = [
            ("country", request.country), ("year", String(request.year)), ("framework", "\(framework.id) \(framework.version)"),
            ("organisation", ""), ("date", ""), ("status", "draft"), ("language", request.language),
        ] + (request.respondent.map { [("respondent", $0.rawValue)] } ?? [])
        for (key, value) in metadata {
            table.appendRow { row in
                row.text(key)
                row.text(value)
            }
        }
        table.appendRow { _ in }
        table.appendRow { row in
            ["indicator", "area", "question", "options", "answer", "source", "comment"].forEach { row.text($0) }
        }
        for indicator in text.rows(for: framework) {
            table.appendRow { row in
                [indicator.id, indicator.area, indicator.question, indicator.options].forEach { row.text($0) }
                row.empty()
                row.empty()
                row.empty()
            }
        }
        return Data([0xEF, 0xBB, 0xBF]) + Data(table.rendered().utf8)
    }

    /// An XML sheet with every indicator present and no value yet.
    public static func xml(_ framework: Framework, _ request: Request) throws(XMLWriterError) -> Data {
        let writer = XMLWriter()
        writer.start("sheet", namespace: XMLSheetReader.namespace)
        writer.attribute("country", request.country)
        writer.attribute("year", String(request.year))
        writer.attribute("framework", framework.id)
        writer.attribute("framework-version", framework.version.description)
        writer.attribute("status", "draft")
        writer.attribute("language", request.language)
        writer.attribute("respondent", request.respondent?.rawValue)
        writer.element("organisation", "")
        for indicator in framework.indicators {
            writer.empty("answer", attributes: [("indicator", indicator.id)])
        }
        writer.end()
        return try writer.finish()
    }
}
