import RapporteurCore

/// A CSV table as Rapporteur writes it: RFC 4180 quoting, `.` decimals,
/// and text cells that cannot run as spreadsheet formulas.
///
/// Rows are written one way only, cell by cell through a `RowWriter`:
///
///     table.appendRow { row in
///         row.integer(2024)
///         row.text("RS")
///         row.fixed(61.25, places: 2)
///     }
public struct CSVTable: Sendable {
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
        if !header.isEmpty { appendRow { row in header.forEach { row.text($0) } } }
    }

    /// Appends one row, its cells written in order by `write`; a row with
    /// no cells is an empty line.
    public mutating func appendRow(_ write: (inout RowWriter) -> Void) {
        appendRows { rows in rows.row(write) }
    }

    /// Appends the rows `write` writes, each through `Rows.row` as
    /// `appendRow` writes one. Rows are composed in one buffer on the stack
    /// that goes to the table when full: the comparison writes hundreds of
    /// thousands of rows, and a buffer and an append per row cost more
    /// than most of their cells.
    public mutating func appendRows(_ write: (inout Rows) -> Void) {
        RowBuffer.withBuffer { buffer in
            var rows = Rows(writer: RowWriter(bytes: bytes, buffer: buffer, delimiter: delimiterBytes), lineEnd: lineEndBytes)
            // The writer now holds the only reference to the bytes, so
            // appending does not copy them; nothing may touch `self.bytes`
            // until it is back.
            bytes = []
            write(&rows)
            rows.writer.flush()
            // Taken back last: appending to `bytes` while the writer still
            // held them would copy the whole table for every row.
            bytes = rows.writer.bytes
        }
    }

    /// Rows being appended by `appendRows`.
    public struct Rows {
        fileprivate var writer: RowWriter
        fileprivate let lineEnd: [UInt8]

        /// One row, its cells written in order by `write`; a row with no
        /// cells is an empty line.
        public mutating func row(_ write: (inout RowWriter) -> Void) {
            writer.startRow()
            write(&writer)
            writer.endRow(lineEnd: lineEnd)
        }
    }

    /// Cells rendered once, for cells that many rows repeat (a group's
    /// year, level and statistics), written again by `RowWriter.cells`.
    public struct Cells: Sendable, Equatable {
        fileprivate let bytes: [UInt8]
    }

    /// The cells `write` writes, at least one, rendered with this table's
    /// delimiter and quoting.
    public func cells(_ write: (inout RowWriter) -> Void) -> Cells {
        var scratch = CSVTable(header: [], delimiter: delimiter, lineEnd: "")
        scratch.appendRow(write)
        return Cells(bytes: scratch.bytes)
    }

    /// Writes the cells of one row in order, delimiters between them, into
    /// a buffer that goes to the table's bytes when full and at the row's
    /// end: one append per row instead of one per cell.
    public struct RowWriter {
        fileprivate var bytes: [UInt8]
        private var buffer: RowBuffer
        private let delimiter: [UInt8]
        private var first = true

        fileprivate init(bytes: [UInt8], buffer: RowBuffer, delimiter: [UInt8]) {
            self.bytes = bytes
            self.buffer = buffer
            self.delimiter = delimiter
        }

        /// Free text, possibly from a sheet: quoted when needed and guarded
        /// against running as a formula; nil is an empty cell.
        public mutating func text(_ value: String?) {
            separate()
            guard let value else { return }
            // Most cells (codes, ids) need neither quotes nor a guard.
            let special = delimiter.first ?? UInt8(ascii: ",")
            if !buffer.put(value, if: { CSVTable.isPlain($0, delimiter: special) }, spilling: &bytes) {
                buffer.flush(into: &bytes)
                CSVTable.appendText(value, delimiter: delimiter, to: &bytes)
            }
        }

        /// A number already formatted, written as it is; nil is an empty cell.
        public mutating func number(_ value: String?) {
            separate()
            guard let value else { return }
            buffer.put(value, spilling: &bytes)
        }

        /// An empty cell.
        public mutating func empty() { separate() }

        /// Cells made by `CSVTable.cells`, written as they were rendered.
        public mutating func cells(_ cells: Cells) {
            separate()
            buffer.put(cells.bytes, spilling: &bytes)
        }

        /// `value` with exactly `places` decimals, rounded half away from
        /// zero; nil is an empty cell.
        public mutating func fixed(_ value: Double?, places: Int) {
            separate()
            guard let value else { return }
            buffer.putFixed(value, places: places, spilling: &bytes)
        }

        public mutating func integer(_ value: Int?) {
            separate()
            guard let value else { return }
            buffer.putInteger(value, spilling: &bytes)
        }

        private mutating func separate() {
            if first {
                first = false
            } else if delimiter.count == 1 {
                buffer.put(byte: delimiter[0], spilling: &bytes)
            } else {
                buffer.put(delimiter, spilling: &bytes)
            }
        }

        fileprivate mutating func startRow() { first = true }

        fileprivate mutating func endRow(lineEnd: [UInt8]) { buffer.put(lineEnd, spilling: &bytes) }

        fileprivate mutating func flush() { buffer.flush(into: &bytes) }
    }

    public func rendered() -> String { String(decoding: bytes, as: UTF8.self) }

    public var data: [UInt8] { bytes }

    /// A text cell, quoted and guarded as needed.
    private static func appendText(_ text: String, delimiter: [UInt8], to bytes: inout [UInt8]) {
        let special = delimiter.first ?? UInt8(ascii: ",")
        if isPlain(text.utf8, delimiter: special) {
            bytes += text.utf8
        } else {
            bytes += quoted(formulaSafe(text), special: special).utf8
        }
    }

    /// Whether a cell's text goes out as it is: no formula start, no
    /// leading or trailing space, nothing that needs quotes.
    private static func isPlain(_ utf8: String.UTF8View, delimiter: UInt8) -> Bool {
        // Through the text's own bytes where it lends them: walking a
        // `UTF8View` cost more than the rest of writing a short cell.
        if let plain = CellBytes.scan(utf8, { isPlain($0, delimiter: delimiter) }) { return plain }
        return isPlain(Array(utf8), delimiter: delimiter)
    }

    fileprivate static func isPlain<Bytes: BidirectionalCollection<UInt8>>(_ bytes: Bytes, delimiter: UInt8) -> Bool {
        guard let first = bytes.first else { return true }
        if formulaStarts.contains(first) || first == 0x20 || bytes.last == 0x20 { return false }
        for byte in bytes where byte == delimiter || byte == 0x22 || byte == 0x0A || byte == 0x0D { return false }
        return true
    }

    /// The first bytes `formulaSafe` guards: `=`, `+`, `-`, `@`, tab, CR.
    private static let formulaStarts: [UInt8] = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]

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
