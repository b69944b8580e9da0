import RapporteurCore

/// A CSV table as Rapporteur writes it: RFC 4180 quoting, `.` decimals,
/// and text cells that cannot run as spreadsheet formulas.
public struct CSVTable: Sendable {
    public enum Cell: Sendable, Hashable {
        /// Free text, possibly from a sheet: guarded against formulas.
        case text(String)
        /// A number already formatted; never touched.
        case number(String)
        /// A number with exactly `places` decimals, rounded half away from zero.
        case fixed(Double, places: Int)
        case integer(Int)
        case empty
    }

    /// The first row; none when empty (templates begin with metadata).
    public let header: [String]
    public let delimiter: Character
    public let lineEnd: String
    /// The bytes so far: rows are rendered as they are appended, so a table
    /// of a million rows is held once, as UTF-8.
    private var bytes: [UInt8] = []
    private let delimiterBytes: [UInt8]
    private let lineEndBytes: [UInt8]

    public init(header: [String], delimiter: Character = ",", lineEnd: String = "\n") {
        self.header = header
        self.delimiter = delimiter
        self.lineEnd = lineEnd
        delimiterBytes = Array(String(delimiter).utf8)
        lineEndBytes = Array(lineEnd.utf8)
        if !header.isEmpty { append(header.map { .text($0) }) }
    }

    public mutating func append(_ row: [Cell]) {
        for (index, cell) in row.enumerated() {
            if index > 0 { bytes += delimiterBytes }
            switch cell {
            case .empty: break
            case .number(let text): bytes += text.utf8
            case .fixed(let value, let places): Self.appendFixed(value, places: places, to: &bytes)
            case .integer(let value): Self.appendInteger(value, to: &bytes)
            case .text(let text): Self.appendText(text, delimiter: delimiterBytes, to: &bytes)
            }
        }
        bytes += lineEndBytes
    }

    /// Appends one row cell by cell, without building an array of cells:
    /// the comparison writes hundreds of thousands of rows.
    public mutating func appendRow(_ write: (inout RowWriter) -> Void) {
        var writer = RowWriter(bytes: bytes, delimiter: delimiterBytes)
        // The writer now holds the only reference to the bytes, so appending
        // does not copy them; nothing may touch `self.bytes` until it is back.
        bytes = []
        write(&writer)
        writer.bytes += lineEndBytes
        // Taken back last: appending to `bytes` while the writer still held
        // them would copy the whole table for every row.
        bytes = writer.bytes
    }

    /// Writes the cells of one row in order, delimiters between them. It
    /// holds only the bytes and the delimiter, so that lending it out for a
    /// row costs no more than the row.
    public struct RowWriter {
        fileprivate var bytes: [UInt8]
        private let delimiter: [UInt8]
        private var first = true

        fileprivate init(bytes: [UInt8], delimiter: [UInt8]) {
            self.bytes = bytes
            self.delimiter = delimiter
        }

        private mutating func separate() {
            if first {
                first = false
            } else if delimiter.count == 1 {
                bytes.append(delimiter[0])
            } else {
                bytes += delimiter
            }
        }

        public mutating func text(_ value: String?) {
            separate()
            if let value { CSVTable.appendText(value, delimiter: delimiter, to: &bytes) }
        }

        public mutating func fixed(_ value: Double?, places: Int) {
            separate()
            if let value { CSVTable.appendFixed(value, places: places, to: &bytes) }
        }

        public mutating func integer(_ value: Int?) {
            separate()
            if let value { CSVTable.appendInteger(value, to: &bytes) }
        }
    }

    public func rendered() -> String { String(decoding: bytes, as: UTF8.self) }

    public var data: [UInt8] { bytes }

    /// A text cell, quoted and guarded as needed. Most cells (codes, ids)
    /// need neither and are copied as they are, without a new string.
    private static func appendText(_ text: String, delimiter: [UInt8], to bytes: inout [UInt8]) {
        let special = delimiter.first ?? UInt8(ascii: ",")
        let utf8 = text.utf8
        let plain = (utf8.first.map { !formulaStarts.contains($0) && $0 != 0x20 } ?? true)
            && utf8.last != 0x20 && !utf8.contains { $0 == special || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        if plain {
            bytes += utf8
        } else {
            bytes += quoted(formulaSafe(text), special: special).utf8
        }
    }

    /// The first bytes `formulaSafe` guards: `=`, `+`, `-`, `@`, tab, CR.
    private static let formulaStarts: [UInt8] = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]

    /// The decimal digits of `value`, without an intermediate string.
    static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var index = buffer.count
            var remaining = value.magnitude
            repeat {
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(remaining % 10)
                remaining /= 10
            } while remaining > 0
            if value < 0 {
                index -= 1
                buffer[index] = UInt8(ascii: "-")
            }
            bytes.append(contentsOf: UnsafeMutableBufferPointer(rebasing: buffer[index...]))
        }
    }

    /// `Rounding.fixed` without the intermediate string.
    static func appendFixed(_ value: Double, places: Int, to bytes: inout [UInt8]) {
        let written = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Rounding.fixedCapacity(places)) { buffer in
            guard let count = Rounding.writeFixed(value, places: places, into: buffer) else { return false }
            bytes.append(contentsOf: UnsafeMutableBufferPointer(rebasing: buffer[..<count]))
            return true
        }
        if !written { bytes += String(value).utf8 }
    }

    /// Room for `rows` more rows of about `width` bytes each.
    public mutating func reserve(rows: Int, width: Int) {
        bytes.reserveCapacity(bytes.count + rows * width)
    }

    /// A cell beginning with `=`, `+`, `-`, `@`, tab or carriage return gets
    /// a leading `'`, so that no spreadsheet evaluates it.
    public static func formulaSafe(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    private static func quoted(_ text: String, special: UInt8) -> String {
        let needsQuotes = text.utf8.contains { $0 == special || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || text.utf8.first == 0x20 || text.utf8.last == 0x20
        guard needsQuotes else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
