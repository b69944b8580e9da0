import Foundation
import Testing
import ZIPFoundation

/// Workbooks built by the tests, part by part: the smallest package a
/// spreadsheet opens, with whatever worksheet, strings and styles a test
/// needs, or with a part made hostile.
struct WorkbookFixture {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Part name to bytes; zipped in name order.
    var parts: [String: Data]

    /// A package whose first worksheet holds `sheetData` (the `<row>`
    /// elements), with shared strings when given and a date style as `s="1"`.
    init(sheetName: String = "Answers", rows sheetData: String, sharedStrings: [String]? = nil, date1904: Bool = false) {
        var rels = #"<Relationship Id="rId1" Type="\#(Self.relationships)/worksheet" Target="worksheets/sheet1.xml"/>"#
            + #"<Relationship Id="rId2" Type="\#(Self.relationships)/styles" Target="styles.xml"/>"#
        var overrides = #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + #"<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
            + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        parts = [:]
        if let sharedStrings {
            rels += #"<Relationship Id="rId3" Type="\#(Self.relationships)/sharedStrings" Target="sharedStrings.xml"/>"#
            overrides += #"<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#
            let items = sharedStrings.map { "<si><t xml:space=\"preserve\">\(Self.escaped($0))</t></si>" }.joined()
            parts["xl/sharedStrings.xml"] = Self.xml(#"<sst xmlns="\#(Self.main)" count="\#(sharedStrings.count)">\#(items)</sst>"#)
        }
        parts["[Content_Types].xml"] = Self.xml(
            #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
                + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
                + #"<Default Extension="xml" ContentType="application/xml"/>\#(overrides)</Types>"#)
        parts["_rels/.rels"] = Self.xml(
            #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
                + #"<Relationship Id="rId1" Type="\#(Self.relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#)
        parts["xl/_rels/workbook.xml.rels"] = Self.xml(
            #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#(rels)</Relationships>"#)
        parts["xl/workbook.xml"] = Self.xml(
            #"<workbook xmlns="\#(Self.main)" xmlns:r="\#(Self.relationships)"><workbookPr date1904="\#(date1904 ? 1 : 0)"/>"#
                + #"<sheets><sheet name="\#(sheetName)" sheetId="1" r:id="rId1"/></sheets></workbook>"#)
        parts["xl/styles.xml"] = Self.xml(
            #"<styleSheet xmlns="\#(Self.main)"><numFmts count="1"><numFmt numFmtId="164" formatCode="d\.m\.yyyy"/></numFmts>"#
                + #"<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="49"/></cellXfs></styleSheet>"#)
        parts["xl/worksheets/sheet1.xml"] = Self.xml(#"<worksheet xmlns="\#(Self.main)"><sheetData>\#(sheetData)</sheetData></worksheet>"#)
    }

    init(parts: [String: Data]) { self.parts = parts }

    /// The package's bytes: every part deflated, in name order.
    func zipped() throws -> Data {
        try Self.zip(parts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    static func zip(_ entries: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, data) in entries {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    /// The parts of a package, by name, as ZIPFoundation inflates them.
    static func unzipped(_ data: Data) throws -> [String: Data] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = bytes
        }
        return parts
    }

    /// A row of cells: `("A", "country")` as an inline string,
    /// `("B", 2024.0)` as a number.
    static func row(_ number: Int, _ cells: [(String, Any)]) -> String {
        let content = cells.map { column, value -> String in
            let reference = column + String(number)
            if let number = value as? Double { return #"<c r="\#(reference)"><v>\#(number)</v></c>"# }
            return #"<c r="\#(reference)" t="inlineStr"><is><t>\#(escaped("\(value)"))</t></is></c>"#
        }
        return #"<row r="\#(number)">\#(content.joined())</row>"#
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    static func xml(_ body: String) -> Data {
        Data((#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" + body).utf8)
    }
}
