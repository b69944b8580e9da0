import RapporteurCore

/// RFC 4180 records with the line each field starts on.
///
/// Written here rather than taken from a CSV library because the sheet
/// contract needs what the libraries at hand do not give: the physical line
/// of every field (records may span lines inside quotes), the line where an
/// unterminated quote opened, lone CR line ends, and the delimiter found
/// from the header row. See docs/decisions.md.
struct CSVTokenizer {
    /// A field as a range of `Records.bytes`: the sheet assembly makes a
    /// `String` only of the cells it reads, so the question and options
    /// columns cost no copy.
    struct Field: Hashable {
        var range: Range<Int>
        var line: Int
    }

    /// A record: its fields as a range of `Records.fields`, which holds
    /// every record's fields one after another (one array for the sheet,
    /// not one per row).
    struct Record {
        var fields: Range<Int>
        var line: Int
    }

    /// The records of a text and the bytes their fields are ranges of: the
    /// text's own UTF-8, followed by the unescaped content of every quoted
    /// field.
    struct Records {
        var bytes: [UInt8]
        var fields: [Field]
        var records: [Record]

        func text(of field: Field) -> String { String(decoding: bytes[field.range], as: UTF8.self) }

        func fields(of record: Record) -> ArraySlice<Field> { fields[record.fields] }
    }

    enum Failure: Error, Equatable {
        case unterminatedQuote(line: Int)
        case fieldTooLarge(line: Int)
        case tooManyColumns(line: Int)
        case tooManyRows(line: Int)
    }

    /// Field and record limits that keep memory bounded by sane sheets.
    static let maximumFieldBytes = 1 << 20
    static let maximumColumns = 2_000
    /// A sheet has a row per indicator and a few more; this is far beyond any.
    static let maximumRows = 100_000

    let delimiter: UInt8

    /// Splits `text` into records. Line ends LF, CRLF or CR; quoted fields
    /// may hold delimiters, `""` for a quote, and line breaks.
    func records(in text: String) throws(Failure) -> Records {
        try records(in: Array(text.utf8))
    }

    /// Splits a text's UTF-8 bytes into records, as `records(in:)` splits
    /// the text. The bytes are taken, not shared, so that appending the
    /// unescaped cells to them does not copy them first.
    func records(in bytes: consuming [UInt8]) throws(Failure) -> Records {
        var bytes = bytes
        var unquoted: [UInt8] = []
        var fields: [Field] = []
        let read: Result<[Record], Failure> = bytes.withUnsafeBufferPointer {
            records(in: $0, fields: &fields, unquotedInto: &unquoted)
        }
        bytes.append(contentsOf: unquoted)
        return Records(bytes: bytes, fields: fields, records: try read.get())
    }

    /// The records of UTF-8 bytes. A field without quotes is the range of
    /// its bytes; a field with quotes is gathered unescaped at the end of
    /// `unquoted`, and its range counts from the end of `bytes`, where the
    /// caller appends `unquoted`. Copying every byte through a buffer was a
    /// third of the tokenizer's time. Fields go to `fields`, each record
    /// naming its stretch of them.
    private func records(in bytes: UnsafeBufferPointer<UInt8>, fields: inout [Field],
                         unquotedInto unquoted: inout [UInt8]) -> Result<[Record], Failure> {
        // Room for a sheet's usual rows of seven cells of some ten bytes:
        // growing the arrays a row at a time copied them over and over.
        var records: [Record] = []
        records.reserveCapacity(bytes.count / 64)
        fields.reserveCapacity(bytes.count / 10)
        /// Where the record being read starts in `fields`.
        var recordStart = 0
        /// Where the field being read starts, while it holds no quote.
        var fieldStart = 0
        /// The field being read once a quote opened in it.
        var field: [UInt8] = []
        var quoted = false
        var line = 1
        var recordLine = 1
        var fieldLine = 1
        var index = 0
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

        func endField() throws(Failure) {
            if quoted {
                let start = bytes.count + unquoted.count
                unquoted.append(contentsOf: field)
                fields.append(Field(range: start..<start + field.count, line: fieldLine))
                field.removeAll(keepingCapacity: true)
                quoted = false
            } else {
                // Bytes without quotes hold no line break: the field starts
                // and ends on one line.
                if index - fieldStart > Self.maximumFieldBytes { throw .fieldTooLarge(line: fieldLine) }
                fields.append(Field(range: fieldStart..<index, line: fieldLine))
            }
        }

        do throws(Failure) {
            while index < bytes.count {
                let byte = bytes[index]
                if byte == quote && !quoted && index == fieldStart {
                    // A quoted field: read to the closing quote.
                    quoted = true
                    let openedOn = line
                    index += 1
                    var closed = false
                    while index < bytes.count {
                        let inner = bytes[index]
                        if inner == quote {
                            if index + 1 < bytes.count && bytes[index + 1] == quote {
                                field.append(quote)
                                index += 2
                                continue
                            }
                            closed = true
                            index += 1
                            break
                        }
                        if inner == cr {
                            // CRLF or a lone CR inside quotes is one line break.
                            field.append(lf)
                            line += 1
                            index += (index + 1 < bytes.count && bytes[index + 1] == lf) ? 2 : 1
                            continue
                        }
                        if inner == lf {
                            line += 1
                            field.append(lf)
                            if field.count > Self.maximumFieldBytes { throw .fieldTooLarge(line: openedOn) }
                            index += 1
                            continue
                        }
                        // A run without quote or line end goes over at once:
                        // byte by byte, long comments cost most of reading.
                        var end = index + 1
                        while end < bytes.count, bytes[end] != quote, bytes[end] != cr, bytes[end] != lf { end += 1 }
                        field.append(contentsOf: bytes[index..<end])
                        if field.count > Self.maximumFieldBytes { throw .fieldTooLarge(line: openedOn) }
                        index = end
                    }
                    if !closed { throw .unterminatedQuote(line: openedOn) }
                    // Anything between the closing quote and the delimiter is kept.
                    continue
                }
                if byte == delimiter {
                    try endField()
                    if fields.count - recordStart > Self.maximumColumns { throw .tooManyColumns(line: recordLine) }
                    fieldLine = line
                    index += 1
                    fieldStart = index
                    continue
                }
                if byte == cr || byte == lf {
                    try endField()
                    records.append(Record(fields: recordStart..<fields.count, line: recordLine))
                    if records.count > Self.maximumRows { throw .tooManyRows(line: recordLine) }
                    recordStart = fields.count
                    index += (byte == cr && index + 1 < bytes.count && bytes[index + 1] == lf) ? 2 : 1
                    fieldStart = index
                    line += 1
                    recordLine = line
                    fieldLine = line
                    continue
                }
                if quoted {
                    field.append(byte)
                    if field.count > Self.maximumFieldBytes { throw .fieldTooLarge(line: fieldLine) }
                    index += 1
                    continue
                }
                // Plain text runs to the next delimiter or line end: a
                // quote inside it is text, as it is not at the field's start.
                index = nextStop(in: bytes, after: index)
            }
            if (quoted ? !field.isEmpty : index > fieldStart) || fields.count > recordStart {
                try endField()
                records.append(Record(fields: recordStart..<fields.count, line: recordLine))
            }
        } catch {
            return .failure(error)
        }
        return .success(records)
    }

    /// The offset of the first delimiter, CR or LF after `start`, or the
    /// end: where a run of plain field text stops. Eight bytes are tested
    /// at once, each word compared with the three bytes spread over it; a
    /// byte by byte scan was a third of the tokenizer's time. In a word
    /// XORed with a stop byte, the lowest byte flagged as zero is exactly
    /// the first match (a borrow can only flag bytes above a real zero).
    /// Invariant: words are read only where all eight bytes lie within
    /// `bytes`; the tail is read byte by byte.
    private func nextStop(in bytes: UnsafeBufferPointer<UInt8>, after start: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let spreadDelimiter = UInt64(delimiter) &* ones, spreadCR = 0x0D &* ones, spreadLF = 0x0A &* ones
        var index = start + 1
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let d = word ^ spreadDelimiter, c = word ^ spreadCR, l = word ^ spreadLF
                let zeros = ((d &- ones) & ~d | (c &- ones) & ~c | (l &- ones) & ~l) & high
                if zeros != 0 { return index + zeros.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < bytes.count, bytes[index] != delimiter, bytes[index] != 0x0D, bytes[index] != 0x0A { index += 1 }
        return index
    }

    /// The delimiter of a sheet: the character after `indicator` in the
    /// header row, else the most common of `,`, `;` and tab on the first
    /// line, found in the sheet's UTF-8 bytes. Reads only as far as the
    /// header.
    static func delimiter(of bytes: [UInt8]) -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
        let word = Array("indicator".utf8)
        var firstLine: [UInt8] = []
        var lineStart = bytes.startIndex
        var lineNumber = 0
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex { $0 == 0x0A || $0 == 0x0D } ?? bytes.endIndex
            var line = Array(bytes[lineStart..<lineEnd])
            if lineNumber == 0 { firstLine = line }
            if line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
            if line.first == UInt8(ascii: "\"") { line.removeFirst() }
            if line.count > word.count, zip(line, word).allSatisfy({ $0 | 0x20 == $1 }) {
                var next = word.count
                if line[next] == UInt8(ascii: "\"") { next += 1 }
                if next < line.count, candidates.contains(line[next]) { return line[next] }
            }
            lineNumber += 1
            lineStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
        }
        let counts = candidates.map { candidate in firstLine.filter { $0 == candidate }.count }
        let best = counts.indices.max { counts[$0] < counts[$1] } ?? 0
        return counts[best] > 0 ? candidates[best] : candidates[0]
    }
}
