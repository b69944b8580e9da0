import Foundation
import RapporteurCore

/// The year a CSV sheet declares, read from its metadata rows alone: the
/// file's first few kilobytes, up to the table's header, never its answers.
/// Whenever the year cannot be told that cheaply and surely (a workbook or
/// XML sheet, quotes in the metadata, no year row, two of them, a year not
/// written as four plain digits, metadata longer than the prefix), the
/// answer is nil and the sheet must be read whole, where its problems, if
/// any, are reported.
public enum SheetYearProbe {
    /// Metadata rows are short; a sheet whose header is not within this
    /// many bytes is read whole.
    static let prefixBytes = 4_096

    public static func year(ofFile path: String) -> Int? {
        guard ["csv", "txt", "tsv"].contains(SheetLoader.fileExtension(path)) else { return nil }
        // Through `open` and `read`, as `InputFile`: the probe runs on
        // every sheet of every year, where Foundation's file handles showed.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: prefixBytes)
        bytes.removeSubrange(FileDescriptor(raw: descriptor).readPrefix(into: &bytes)...)
        return year(inPrefix: bytes)
    }

    /// The year of the metadata rows at the start of `bytes`, as above.
    /// Byte by byte: keys and years are ASCII in every encoding a sheet
    /// may have.
    static func year(inPrefix bytes: [UInt8]) -> Int? {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var year: Int?
        var years = 0
        while let end = bytes[start...].firstIndex(of: newline) {
            let line = bytes[start..<end]
            start = end + 1
            // A quoted cell may hold a line break or a delimiter: read whole.
            guard !line.contains(quote) else { return nil }
            let split = line.firstIndex(where: separators.contains) ?? line.endIndex
            let key = trimmed(line[line.startIndex..<split])
            if equalsFolded(key, "indicator") { return years == 1 ? year : nil }
            guard equalsFolded(key, "year") else { continue }
            years += 1
            let rest = split < line.endIndex ? line[(split + 1)...] : []
            let value = trimmed(rest.prefix { !separators.contains($0) })
            guard value.count == 4, value.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            let parsed = value.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            year = (1990...2100).contains(parsed) ? parsed : nil
        }
        // No header within the prefix (or not a CSV sheet at all).
        return nil
    }

    private static let newline = UInt8(ascii: "\n")
    private static let quote = UInt8(ascii: "\"")
    /// The delimiters a CSV sheet may use: comma, semicolon, tab.
    private static let separators: Set<UInt8> = [0x2C, 0x3B, 0x09]

    /// Without spaces and carriage returns at either end.
    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }
        guard let first = bytes.firstIndex(where: { !blank($0) }), let last = bytes.lastIndex(where: { !blank($0) }) else {
            return []
        }
        return bytes[first...last]
    }

    /// Whether ASCII `bytes` spell `word` (lowercase), in any case.
    private static func equalsFolded(_ bytes: ArraySlice<UInt8>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { letters in zip(bytes, letters).allSatisfy { byte, letter in byte | 0x20 == letter } }
    }
}
