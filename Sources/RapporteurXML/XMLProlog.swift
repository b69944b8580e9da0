import Foundation

/// Looks at what comes before a document's root element, without parsing:
/// whether it declares a DOCTYPE. libxml2's streaming reader takes in a
/// whole small document, internal subset and entity checks included, before
/// it reports the DOCTYPE node; a billion-laughs subset would cost seconds
/// by then. So the stream refuses a DOCTYPE before libxml2 sees a byte.
enum XMLProlog {
    /// True when a `<!DOCTYPE` (or any other `<!` declaration that is not a
    /// comment) stands before the root element. UTF-8 and UTF-16 either way.
    static func declaresDoctype(_ data: Data) -> Bool {
        let units = CodeUnits(data)
        var index = units.start
        while index < units.count {
            let unit = units[index]
            if unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D {
                index += 1
                continue
            }
            guard unit == UInt16(UInt8(ascii: "<")) else { return false }
            if units.matches("<?", at: index) {
                guard let end = units.find("?>", from: index + 2) else { return false }
                index = end + 2
            } else if units.matches("<!--", at: index) {
                guard let end = units.find("-->", from: index + 4) else { return false }
                index = end + 3
            } else {
                return units.matches("<!", at: index)
            }
        }
        return false
    }

    /// The document's code units, one byte (UTF-8) or two (UTF-16) each.
    private struct CodeUnits {
        let data: Data
        let width: Int
        let bigEndian: Bool
        let count: Int
        /// After a byte order mark.
        let start: Int

        init(_ data: Data) {
            self.data = data
            let bytes = Array(data.prefix(4))
            let little = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0x3C, 0x00])
            let big = bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0x00, 0x3C])
            width = little || big ? 2 : 1
            bigEndian = big
            count = data.count / width
            if width == 2 {
                start = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) ? 1 : 0
            } else {
                start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            }
        }

        subscript(_ index: Int) -> UInt16 {
            let offset = data.startIndex + index * width
            guard width == 2 else { return UInt16(data[offset]) }
            let (first, second) = (UInt16(data[offset]), UInt16(data[offset + 1]))
            return bigEndian ? first << 8 | second : second << 8 | first
        }

        func matches(_ text: String, at index: Int) -> Bool {
            let wanted = Array(text.utf8)
            guard index + wanted.count <= count else { return false }
            return wanted.indices.allSatisfy { self[index + $0] == UInt16(wanted[$0]) }
        }

        func find(_ text: String, from index: Int) -> Int? {
            var position = index
            while position < count {
                if matches(text, at: position) { return position }
                position += 1
            }
            return nil
        }
    }
}
