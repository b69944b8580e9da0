import Foundation
import RapporteurXML

/// Which cell styles of a workbook (`xl/styles.xml`) show numbers as dates:
/// a cell's `s` attribute indexes `cellXfs`, whose `numFmtId` is a built-in
/// format or one of `numFmts`.
struct CellStyles {
    private var dateStyles: Set<Int> = []

    init() {}

    init(_ xml: Data, part: String) throws(XMLFailure) {
        var customCodes: [Int: String] = [:]
        var formats: [Int] = []
        var inCellFormats = false
        try XMLStreamReader.read(xml, file: part) { event throws(XMLFailure) in
            switch event {
            case .start(let element):
                switch element.name {
                case "numFmt":
                    if let id = element.attribute("numFmtId").flatMap({ Int($0) }) {
                        customCodes[id] = element.attribute("formatCode") ?? ""
                    }
                case "cellXfs": inCellFormats = true
                case "xf" where inCellFormats:
                    formats.append(element.attribute("numFmtId").flatMap { Int($0) } ?? 0)
                default: break
                }
            case .end(let name) where name == "cellXfs":
                inCellFormats = false
            default: break
            }
        }
        for (index, id) in formats.enumerated() where NumberFormat.isDate(id: id, customCode: customCodes[id]) {
            dateStyles.insert(index)
        }
    }

    func isDate(style: Int) -> Bool { dateStyles.contains(style) }
}
