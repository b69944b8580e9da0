import Foundation
import RapporteurXML
import ZIPFoundation

/// Writes worksheets as a workbook package: the sheets, their styles, and
/// the parts that tie them together ([Content_Types].xml and the
/// relationships), zipped in a fixed order with a fixed date on every
/// entry, so that the same template is always the same bytes.
enum WorkbookWriter {
    /// 1980-01-01 00:00 UTC, the earliest date a zip entry can carry.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    static func package(_ sheets: [WorksheetModel]) throws(WorkbookWriteError) -> Data {
        var parts: [(name: String, data: Data)] = []
        do {
            parts.append(("[Content_Types].xml", try contentTypes(sheetCount: sheets.count)))
            parts.append(("_rels/.rels", try relationships([("rId1", "officeDocument", "xl/workbook.xml")])))
            parts.append(("xl/workbook.xml", try workbook(sheets)))
            let sheetLinks = sheets.indices.map { ("rId\($0 + 1)", "worksheet", "worksheets/sheet\($0 + 1).xml") }
            parts.append(("xl/_rels/workbook.xml.rels",
                          try relationships(sheetLinks + [("rId\(sheets.count + 1)", "styles", "styles.xml")])))
            parts.append(("xl/styles.xml", try WorkbookStyle.stylesPart()))
            for (index, sheet) in sheets.enumerated() {
                parts.append(("xl/worksheets/sheet\(index + 1).xml", try WorksheetPart.xml(sheet)))
            }
        } catch {
            throw WorkbookWriteError(reason: "libxml2 could not write a part of the workbook")
        }
        return try zip(parts)
    }

    static func zip(_ parts: [(name: String, data: Data)]) throws(WorkbookWriteError) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                try archive.addEntry(with: part.name, type: .file, uncompressedSize: Int64(part.data.count),
                                     modificationDate: entryDate, compressionMethod: .deflate) { position, size in
                    let start = part.data.startIndex + Int(position)
                    return part.data.subdata(in: start..<start + size)
                }
            }
            guard let data = archive.data else { throw WorkbookWriteError(reason: "the zip package was not kept in memory") }
            return data
        } catch let error as WorkbookWriteError {
            throw error
        } catch {
            throw WorkbookWriteError(reason: "the zip package could not be written: \(error)")
        }
    }

    private static func contentTypes(sheetCount: Int) throws(XMLWriterError) -> Data {
        let writer = XMLWriter(indented: false, standalone: true)
        writer.start("Types", namespace: SpreadsheetML.contentTypes)
        writer.empty("Default", attributes: [("Extension", "rels"), ("ContentType", SpreadsheetML.relationshipsType)])
        writer.empty("Default", attributes: [("Extension", "xml"), ("ContentType", "application/xml")])
        writer.empty("Override", attributes: [("PartName", "/xl/workbook.xml"), ("ContentType", SpreadsheetML.workbookType)])
        for index in 0..<sheetCount {
            writer.empty("Override", attributes: [("PartName", "/xl/worksheets/sheet\(index + 1).xml"),
                                                  ("ContentType", SpreadsheetML.worksheetType)])
        }
        writer.empty("Override", attributes: [("PartName", "/xl/styles.xml"), ("ContentType", SpreadsheetML.stylesType)])
        writer.end()
        return try writer.finish()
    }

    private static func relationships(_ links: [(id: String, kind: String, target: String)]) throws(XMLWriterError) -> Data {
        let writer = XMLWriter(indented: false, standalone: true)
        writer.start("Relationships", namespace: SpreadsheetML.packageRelationships)
        for link in links {
            writer.empty("Relationship", attributes: [("Id", link.id), ("Type", SpreadsheetML.relationship(link.kind)),
                                                      ("Target", link.target)])
        }
        writer.end()
        return try writer.finish()
    }

    private static func workbook(_ sheets: [WorksheetModel]) throws(XMLWriterError) -> Data {
        let writer = XMLWriter(indented: false, standalone: true)
        writer.start("workbook", namespace: SpreadsheetML.main, prefixes: ["r": SpreadsheetML.relationships])
        writer.start("bookViews")
        writer.empty("workbookView", attributes: [("activeTab", String(sheets.firstIndex(where: \.isSelectedTab) ?? 0))])
        writer.end()
        writer.start("sheets")
        for (index, sheet) in sheets.enumerated() {
            writer.empty("sheet", attributes: [("name", sheet.name), ("sheetId", String(index + 1)),
                                               ("state", sheet.isHidden ? "hidden" : nil), ("r:id", "rId\(index + 1)")])
        }
        writer.end()
        writer.end()
        return try writer.finish()
    }
}

/// A workbook that could not be written; only a fault of ours or of a
/// library can cause it.
public struct WorkbookWriteError: Error, Sendable {
    public var reason: String
}
