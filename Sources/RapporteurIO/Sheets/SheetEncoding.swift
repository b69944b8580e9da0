import Foundation
import RapporteurCore

/// The text encodings a sheet may come in. UTF-8 (with or without BOM) is
/// the default; the Windows code pages are what Excel on Windows in the
/// region writes as "CSV".
public enum SheetEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case windows1250 = "windows-1250"
    case windows1251 = "windows-1251"

    /// Decodes `data` to text; on failure a diagnostic names the line of the
    /// first byte that is not text in this encoding, and what to try.
    public func decode(_ data: Data, file: String) throws(InputFailure) -> String {
        if let nul = Self.firstNUL(in: data), !Self.isUTF16(data) {
            throw InputFailure(.error(
                .binaryFile, "the file contains NUL bytes, so it is not a text sheet",
                at: SourceLocation(file: file, line: Self.line(of: nul, in: data)),
                suggestion: "save the sheet from the spreadsheet as CSV (UTF-8), or send the .xlsx file itself"))
        }
        switch self {
        case .utf8:
            if Self.isUTF16(data), let text = String(data: data, encoding: .utf16) {
                return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
            }
            var body = data
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            if let text = Self.utf8Text(body) { return text }
            let offset = Self.firstInvalidUTF8(in: body) ?? body.startIndex
            throw InputFailure(.error(
                .notUtf8, "the file is not UTF-8 text (the first byte that is not is on this line)",
                at: SourceLocation(file: file, line: Self.line(of: offset, in: data)),
                suggestion: "if the sheet was saved by Excel on Windows, read it with --encoding windows-1250 "
                    + "(Latin script) or --encoding windows-1251 (Cyrillic script), or save it again as \"CSV UTF-8\""))
        case .windows1250, .windows1251:
            let encoding: String.Encoding = self == .windows1250 ? .windowsCP1250 : .windowsCP1251
            guard let text = String(data: data, encoding: encoding) else {
                throw InputFailure(.error(.notText, "the file cannot be read as \(rawValue) text",
                                          at: SourceLocation(file: file), suggestion: "try another --encoding"))
            }
            if let mismatch = EncodingMismatch.find(in: data, text: text, readAs: self) {
                throw InputFailure(mismatch.diagnostic(file: file, readAs: self))
            }
            return text
        }
    }

    /// The text of UTF-8 bytes, without one byte order mark at the start
    /// as `String(data:encoding:)` reads it (so a file that began with two
    /// loses both). The standard library validates in one pass, several
    /// times faster than Foundation's conversion.
    private static func utf8Text(_ data: Data) -> String? {
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data
        return DataScan.validUTF8(body)
    }

    /// The offset of the first NUL byte, searched in the raw bytes: `Data`'s
    /// own `firstIndex(of:)` took an exclusive access for every byte.
    private static func firstNUL(in data: Data) -> Data.Index? {
        DataScan.firstNUL(in: data)
    }

    private static func isUTF16(_ data: Data) -> Bool {
        data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
    }

    /// The 1-based line on which byte `offset` stands.
    static func line(of offset: Data.Index, in data: Data) -> Int {
        data[data.startIndex..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// The offset of the first byte that breaks UTF-8.
    static func firstInvalidUTF8(in data: Data) -> Data.Index? {
        var index = data.startIndex
        while index < data.endIndex {
            let byte = data[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= data.endIndex else { return index }
            for next in (index + 1)..<(index + length) where data[next] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }
}
