import Foundation
import RapporteurCore
import RapporteurXML

/// The shared string table (`xl/sharedStrings.xml`): the text of every cell
/// of type `s`, by index. Rich-text runs (`<r><t>`) join into one text;
/// phonetic guides (`<rPh>`) are left out, as a spreadsheet shows them only
/// on request.
struct SharedStrings {
    private(set) var strings: [String] = []

    init(_ xml: Data, part: String, file: String) throws(XMLFailure) {
        var reader = InlineText()
        var strings: [String] = []
        try XMLStreamReader.read(xml, file: part) { event throws(XMLFailure) in
            switch event {
            case .start(let element) where element.name == "si":
                reader = InlineText()
            case .end(let name) where name == "si":
                guard strings.count < WorkbookLimits.sharedStrings else {
                    throw XMLFailure([.error(.tooLarge, "the workbook's string table holds more than \(WorkbookLimits.sharedStrings) strings",
                                             at: SourceLocation(file: file))])
                }
                strings.append(reader.text)
            default:
                try reader.take(event, file: file)
            }
        }
        self.strings = strings
    }

    subscript(_ index: Int) -> String? { strings.indices.contains(index) ? strings[index] : nil }
}

/// The text of a string item (`<si>` or a cell's `<is>`): the `<t>` elements
/// directly inside, or inside runs, but not inside phonetic guides.
struct InlineText {
    private(set) var raw = ""
    private var inText = false
    private var phoneticDepth = 0

    var text: String { SpreadsheetText.unescape(raw) }

    mutating func take(_ event: XMLStreamEvent, file: String) throws(XMLFailure) {
        switch event {
        case .start(let element):
            if element.name == "rPh" { phoneticDepth += 1 }
            if element.name == "t" { inText = phoneticDepth == 0 }
        case .end(let name):
            if name == "rPh" { phoneticDepth -= 1 }
            if name == "t" { inText = false }
        case .text(let text):
            guard inText else { return }
            raw += text
            if raw.utf8.count > WorkbookLimits.cellBytes {
                throw XMLFailure([.error(.tooLarge, "a text in the workbook holds more than \(WorkbookLimits.cellBytes) bytes",
                                         at: SourceLocation(file: file),
                                         suggestion: "keep evidence short and link to documents instead")])
            }
        }
    }
}
