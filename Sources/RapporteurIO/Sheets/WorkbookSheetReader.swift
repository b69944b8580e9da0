import Foundation
import RapporteurCore
import RapporteurXML

/// Reads a workbook (`.xlsx`) sheet: the first worksheet, by the workbook's
/// tab order, holds the layout every tabular sheet shares. Errors name the
/// worksheet and cell (`AT-2021.xlsx:Answers!E20`), or the part of the
/// package that could not be read.
public enum WorkbookSheetReader {
    public static func read(_ data: Data, file: String) throws(InputFailure) -> (RawSheet, [Diagnostic]) {
        var reached = WorkbookStages()
        return try read(data, file: file, reached: &reached)
    }

    /// The same, recording in `reached` which parts' parsers the bytes got
    /// to (the workbook fuzz target counts them).
    public static func read(_ data: Data, file: String,
                            reached: inout WorkbookStages) throws(InputFailure) -> (RawSheet, [Diagnostic]) {
        let package = try WorkbookPackage(data, file: file)
        reached.insert(.package)
        let root = try parse("_rels/.rels", in: package) { xml, part throws(XMLFailure) in
            try PackageRelationships(xml, source: "", file: part)
        }
        let workbookPart = root?.first("officeDocument")?.part ?? "xl/workbook.xml"
        if package.contains(workbookPart) { reached.insert(.workbook) }
        guard let workbook = try parse(workbookPart, in: package, { xml, part throws(XMLFailure) in
            try WorkbookIndex(xml, part: part)
        }) else {
            throw InputFailure(.error(.notAWorkbook, "the file is a zip package but holds no workbook (no \(workbookPart))",
                                      at: SourceLocation(file: file),
                                      suggestion: "give Rapporteur the .xlsx sheet, or save the sheet as CSV UTF-8"))
        }
        let relationships = try parse(PackageRelationships.partName(for: workbookPart), in: package) { xml, part throws(XMLFailure) in
            try PackageRelationships(xml, source: workbookPart, file: part)
        } ?? PackageRelationships()
        let worksheets = workbook.sheets.compactMap { sheet -> (name: String, part: String)? in
            guard let relationship = relationships.byId(sheet.relationship), relationship.kind == "worksheet",
                  let part = relationship.part else { return nil }
            return (sheet.name, part)
        }
        guard let first = worksheets.first else {
            throw InputFailure(.error(.notAWorkbook, "the workbook holds no worksheet", at: SourceLocation(file: file),
                                      suggestion: "put the sheet (metadata rows, then the table) on the first worksheet"))
        }
        let folder = workbookPart.split(separator: "/").dropLast().map(String.init)
        let stylesPart = relationships.first("styles")?.part ?? PackageRelationships.resolve("styles.xml", from: folder) ?? ""
        let styles = try parse(stylesPart, in: package) { xml, part throws(XMLFailure) in
            try CellStyles(xml, part: part)
        } ?? CellStyles()
        let stringsPart = relationships.first("sharedStrings")?.part
            ?? PackageRelationships.resolve("sharedStrings.xml", from: folder) ?? ""
        if package.contains(stylesPart) { reached.insert(.styles) }
        if package.contains(stringsPart) { reached.insert(.sharedStrings) }
        let strings = try parse(stringsPart, in: package) { xml, part throws(XMLFailure) in
            try SharedStrings(xml, part: part, file: file)
        }
        let reader = WorksheetReader(file: file, sheetName: first.name, sharedStrings: strings, styles: styles,
                                     dateSystem: workbook.dateSystem)
        if package.contains(first.part) { reached.insert(.worksheet) }
        let rows = try parse(first.part, in: package) { xml, part throws(XMLFailure) in
            try reader.rows(of: xml, part: part)
        }
        guard let rows else {
            throw WorkbookPackage.damaged(file, "its first worksheet, \(first.part), is missing from the package")
        }
        guard !rows.isEmpty else {
            throw InputFailure(.error(.emptySheet, "the first worksheet, '\(first.name)', is empty",
                                      at: SourceLocation(file: file),
                                      suggestion: "start from a blank sheet: rapporteur template --format xlsx --country CC --year YYYY"))
        }
        return TableLayout.read(rows, file: file)
    }

    /// A part read by `body`, or nil when the package has no such part; XML
    /// problems are reported against the workbook, naming the part and line.
    private static func parse<Value>(
        _ part: String, in package: WorkbookPackage, _ body: (Data, String) throws(XMLFailure) -> Value
    ) throws(InputFailure) -> Value? {
        guard !part.isEmpty, let xml = try package.part(part) else { return nil }
        do {
            return try body(xml, part)
        } catch {
            throw InputFailure(error.diagnostics.map { diagnostic in
                guard diagnostic.location.file == part else { return diagnostic }
                var located = diagnostic
                if let line = diagnostic.location.line {
                    located.message = "in the part \(part), line \(line): \(diagnostic.message)"
                } else {
                    located.message = "in the part \(part): \(diagnostic.message)"
                }
                located.location = SourceLocation(file: package.file)
                return located
            })
        }
    }
}

/// The parts of a workbook whose parsers a read got to, in reading order.
public struct WorkbookStages: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The zip directory passed its checks.
    public static let package = WorkbookStages(rawValue: 1 << 0)
    public static let workbook = WorkbookStages(rawValue: 1 << 1)
    public static let styles = WorkbookStages(rawValue: 1 << 2)
    public static let sharedStrings = WorkbookStages(rawValue: 1 << 3)
    public static let worksheet = WorkbookStages(rawValue: 1 << 4)
}
