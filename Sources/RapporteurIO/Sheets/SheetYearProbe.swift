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
        guard ["csv", "txt", "tsv"].contains(SheetLoader.fileExtension(path)),
              let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: prefixBytes) else { return nil }
        return year(inPrefix: Array(data))
    }

    /// The year of the metadata rows at the start of `bytes`, as above.
    static func year(inPrefix bytes: [UInt8]) -> Int? {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var metadata: [[String]] = []
        for line in body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast() {
            // A quoted cell may hold a line break or a delimiter: read whole.
            guard !line.contains(UInt8(ascii: "\"")) else { return nil }
            let cells = line.split(omittingEmptySubsequences: false) { separators.contains($0) }.map { cell in
                String(decoding: cell, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            if cells[0].lowercased() == "indicator" {
                let years = metadata.filter { $0[0].lowercased() == "year" }
                guard years.count == 1, years[0].count > 1, years[0][1].utf8.count == 4,
                      years[0][1].utf8.allSatisfy({ (0x30...0x39).contains($0) }),
                      let year = Int(years[0][1]), (1990...2100).contains(year) else { return nil }
                return year
            }
            metadata.append(cells)
        }
        // No header within the prefix (or not a CSV sheet at all).
        return nil
    }

    /// The delimiters a CSV sheet may use: comma, semicolon, tab.
    private static let separators: Set<UInt8> = [0x2C, 0x3B, 0x09]
}
