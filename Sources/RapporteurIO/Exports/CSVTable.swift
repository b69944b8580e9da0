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
    /// the comparison writes hundreds of thousands of rows. The row is
    /// composed in a buffer on the stack and appended to the table at once.
    public mutating func appendRow(_ write: (inout RowWriter) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: RowWriter.scratchSize) { scratch in
            var writer = RowWriter(bytes: bytes, scratch: scratch, delimiter: delimiterBytes)
            // The writer now holds the only reference to the bytes, so
            // appending does not copy them; nothing may touch `self.bytes`
            // until it is back.
            bytes = []
            write(&writer)
            writer.finish(lineEnd: lineEndBytes)
            // Taken back last: appending to `bytes` while the writer still
            // held them would copy the whole table for every row.
            bytes = writer.bytes
        }
    }

    /// Writes the cells of one row in order, delimiters between them, into
    /// a scratch buffer that goes to the table's bytes when full and at the
    /// row's end: one append per row instead of one per cell.
    public struct RowWriter {
        static let scratchSize = 1_024
        fileprivate var bytes: [UInt8]
        private let scratch: UnsafeMutableBufferPointer<UInt8>
        private var used = 0
        private let delimiter: [UInt8]
        private var first = true

        fileprivate init(bytes: [UInt8], scratch: UnsafeMutableBufferPointer<UInt8>, delimiter: [UInt8]) {
            self.bytes = bytes
            self.scratch = scratch
            self.delimiter = delimiter
        }

        public mutating func text(_ value: String?) {
            separate()
            guard var value else { return }
            let written = value.withUTF8 { utf8 in
                // Most cells (codes, ids) need neither quotes nor a guard.
                guard CSVTable.isPlain(utf8, delimiter: delimiter.first ?? UInt8(ascii: ",")) else { return false }
                put(utf8)
                return true
            }
            if !written {
                flush()
                CSVTable.appendText(value, delimiter: delimiter, to: &bytes)
            }
        }

        public mutating func fixed(_ value: Double?, places: Int) {
            separate()
            guard let value else { return }
            let capacity = Rounding.fixedCapacity(places)
            if used + capacity > scratch.count { flush() }
            if capacity <= scratch.count,
               let count = Rounding.writeFixed(value, places: places,
                                               into: UnsafeMutableBufferPointer(rebasing: scratch[used..<(used + capacity)])) {
                used += count
            } else {
                flush()
                CSVTable.appendFixed(value, places: places, to: &bytes)
            }
        }

        public mutating func integer(_ value: Int?) {
            separate()
            guard let value else { return }
            if used + CSVTable.integerCapacity > scratch.count { flush() }
            used += CSVTable.writeInteger(value, into: UnsafeMutableBufferPointer(rebasing: scratch[used...]))
        }

        private mutating func separate() {
            if first {
                first = false
            } else {
                delimiter.withUnsafeBufferPointer { put($0) }
            }
        }

        private mutating func put(_ source: UnsafeBufferPointer<UInt8>) {
            if used + source.count > scratch.count {
                flush()
                if source.count > scratch.count {
                    bytes.append(contentsOf: source)
                    return
                }
            }
            UnsafeMutableBufferPointer(rebasing: scratch[used...]).baseAddress!
                .update(from: source.baseAddress!, count: source.count)
            used += source.count
        }

        private mutating func flush() {
            bytes.append(contentsOf: UnsafeMutableBufferPointer(rebasing: scratch[..<used]))
            used = 0
        }

        fileprivate mutating func finish(lineEnd: [UInt8]) {
            lineEnd.withUnsafeBufferPointer { put($0) }
            flush()
        }
    }

    public func rendered() -> String { String(decoding: bytes, as: UTF8.self) }

    public var data: [UInt8] { bytes }

    /// A text cell, quoted and guarded as needed.
    private static func appendText(_ text: String, delimiter: [UInt8], to bytes: inout [UInt8]) {
        var text = text
        let special = delimiter.first ?? UInt8(ascii: ",")
        if text.withUTF8({ isPlain($0, delimiter: special) }) {
            bytes += text.utf8
        } else {
            bytes += quoted(formulaSafe(text), special: special).utf8
        }
    }

    /// Whether a cell's text goes out as it is: no formula start, no
    /// leading or trailing space, nothing that needs quotes.
    private static func isPlain(_ utf8: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> Bool {
        guard let first = utf8.first else { return true }
        if formulaStarts.contains(first) || first == 0x20 || utf8.last == 0x20 { return false }
        for byte in utf8 where byte == delimiter || byte == 0x22 || byte == 0x0A || byte == 0x0D { return false }
        return true
    }

    /// The first bytes `formulaSafe` guards: `=`, `+`, `-`, `@`, tab, CR.
    private static let formulaStarts: [UInt8] = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]

    /// The decimal digits of `value`, without an intermediate string.
    static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: integerCapacity) { buffer in
            let count = writeInteger(value, into: buffer)
            bytes.append(contentsOf: UnsafeMutableBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// The bytes `writeInteger` may need: `-9223372036854775808`.
    static let integerCapacity = 20

    /// Writes the decimal digits of `value` at the start of `buffer`, which
    /// holds at least `integerCapacity` bytes, and returns how many.
    private static func writeInteger(_ value: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var digits = 1
        var rest = value.magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let count = digits + (value < 0 ? 1 : 0)
        if value < 0 { buffer[0] = UInt8(ascii: "-") }
        var remaining = value.magnitude
        for index in stride(from: count - 1, through: count - digits, by: -1) {
            buffer[index] = UInt8(ascii: "0") + UInt8(remaining % 10)
            remaining /= 10
        }
        return count
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
