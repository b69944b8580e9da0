import Foundation
import RapporteurXML

/// The cell styles a template uses, each an index into `cellXfs` of the
/// styles part written here. Locked is Excel's default; only the cells
/// people fill are unlocked, so that sheet protection leaves them alone.
enum WorkbookStyle: Int, CaseIterable {
    case plain
    /// Help for the person filling the sheet: shaded, wrapped, locked.
    case helper
    case header
    case metadataKey
    /// A metadata value the template sets (country, year): shaded, locked.
    case metadataFixed
    /// Typed text stays text (format `@`): no date, no lost leading zero.
    case inputText
    /// A count: a number cell, so that whole-number validation applies.
    case inputWhole
    case inputDate
    /// Reading text on the guidance sheet: wrapped, locked.
    case reading

    /// Built-in 0 General, 1 `0`, 49 `@`; 164 is ours.
    static let dateFormatId = 164

    private var format: (numFmtId: Int, fontId: Int, fillId: Int, wrap: Bool, locked: Bool) {
        switch self {
        case .plain: (0, 0, 0, false, true)
        case .helper: (0, 0, 2, true, true)
        case .header: (0, 1, 3, true, true)
        case .metadataKey: (0, 1, 0, false, true)
        case .metadataFixed: (49, 0, 2, false, true)
        case .inputText: (49, 0, 0, true, false)
        case .inputWhole: (1, 0, 0, false, false)
        case .inputDate: (Self.dateFormatId, 0, 0, false, false)
        case .reading: (0, 0, 0, true, true)
        }
    }

    /// `xl/styles.xml`, in the element order SpreadsheetML requires. Fills 0
    /// and 1 are the two Excel expects first (none, gray125).
    static func stylesPart() throws(XMLWriterError) -> Data {
        let writer = XMLWriter(indented: false, standalone: true)
        writer.start("styleSheet", namespace: SpreadsheetML.main)
        writer.start("numFmts")
        writer.attribute("count", "1")
        writer.empty("numFmt", attributes: [("numFmtId", String(dateFormatId)), ("formatCode", "yyyy\\-mm\\-dd")])
        writer.end()
        writer.start("fonts")
        writer.attribute("count", "2")
        for bold in [false, true] {
            writer.start("font")
            if bold { writer.empty("b", attributes: []) }
            writer.empty("sz", attributes: [("val", "11")])
            writer.empty("name", attributes: [("val", "Calibri")])
            writer.empty("family", attributes: [("val", "2")])
            writer.end()
        }
        writer.end()
        writer.start("fills")
        writer.attribute("count", "4")
        for pattern in ["none", "gray125"] {
            writer.start("fill")
            writer.empty("patternFill", attributes: [("patternType", pattern)])
            writer.end()
        }
        for colour in ["FFEDEDED", "FFD9E1F2"] {
            writer.start("fill")
            writer.start("patternFill")
            writer.attribute("patternType", "solid")
            writer.empty("fgColor", attributes: [("rgb", colour)])
            writer.empty("bgColor", attributes: [("indexed", "64")])
            writer.end()
            writer.end()
        }
        writer.end()
        writer.start("borders")
        writer.attribute("count", "1")
        writer.start("border")
        for side in ["left", "right", "top", "bottom", "diagonal"] { writer.empty(side, attributes: []) }
        writer.end()
        writer.end()
        writer.start("cellStyleXfs")
        writer.attribute("count", "1")
        writer.empty("xf", attributes: [("numFmtId", "0"), ("fontId", "0"), ("fillId", "0"), ("borderId", "0")])
        writer.end()
        writer.start("cellXfs")
        writer.attribute("count", String(allCases.count))
        for style in allCases { style.write(to: writer) }
        writer.end()
        writer.start("cellStyles")
        writer.attribute("count", "1")
        writer.empty("cellStyle", attributes: [("name", "Normal"), ("xfId", "0"), ("builtinId", "0")])
        writer.end()
        writer.end()
        return try writer.finish()
    }

    private func write(to writer: XMLWriter) {
        let f = format
        writer.start("xf")
        for (key, value) in [("numFmtId", f.numFmtId), ("fontId", f.fontId), ("fillId", f.fillId), ("borderId", 0), ("xfId", 0)] {
            writer.attribute(key, String(value))
        }
        if f.numFmtId != 0 { writer.attribute("applyNumberFormat", "1") }
        if f.fontId != 0 { writer.attribute("applyFont", "1") }
        if f.fillId != 0 { writer.attribute("applyFill", "1") }
        writer.attribute("applyAlignment", "1")
        if !f.locked { writer.attribute("applyProtection", "1") }
        writer.empty("alignment", attributes: [("vertical", "top"), ("wrapText", f.wrap ? "1" : nil)])
        if !f.locked { writer.empty("protection", attributes: [("locked", "0")]) }
        writer.end()
    }
}
