import Foundation

/// The central directory of a zip file, read straight from its bytes before
/// anything is inflated: every entry's name, flags, method and declared
/// sizes, so that an encrypted, oversized or path-traversing package is
/// refused before a byte of it is expanded. ZIPFoundation does the
/// inflating; it does not expose the flags, and it searches a whole file
/// for the directory's end, where the format puts it within 64 KiB of the end.
struct ZipDirectory {
    struct Entry {
        var name: String
        var flags: Int
        var method: Int
        var compressedSize: UInt64
        var uncompressedSize: UInt64

        var isEncrypted: Bool { flags & 0x41 != 0 }
    }

    enum Problem: Error {
        /// No end-of-directory record where the format puts it.
        case notAZip
        /// The directory is cut short or points outside the file.
        case damaged
    }

    var entries: [Entry]

    init(_ data: Data) throws(Problem) {
        let bytes = LittleEndian(data)
        guard let end = Self.endRecord(in: bytes) else { throw .notAZip }
        var count = bytes.u16(end + 10).map(UInt64.init)
        var size = bytes.u32(end + 12).map(UInt64.init)
        var offset = bytes.u32(end + 16).map(UInt64.init)
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            // ZIP64: the real numbers are in a record the locator points to.
            guard end >= 20, bytes.u32(end - 20) == 0x0706_4B50, let record = bytes.u64(end - 12).flatMap(Int.init(exactly:)),
                  bytes.u32(record) == 0x0606_4B50 else { throw .damaged }
            count = bytes.u64(record + 32)
            size = bytes.u64(record + 40)
            offset = bytes.u64(record + 48)
        }
        guard let count, let size, let offset, let start = Int(exactly: offset), let length = Int(exactly: size),
              start <= data.count, length <= data.count - start, count <= UInt64(length / 46) else { throw .damaged }
        entries = []
        var position = start
        for _ in 0..<count {
            guard bytes.u32(position) == 0x0201_4B50, let flags = bytes.u16(position + 8), let method = bytes.u16(position + 10),
                  let compressed = bytes.u32(position + 20), let uncompressed = bytes.u32(position + 24),
                  let nameLength = bytes.u16(position + 28), let extraLength = bytes.u16(position + 30),
                  let commentLength = bytes.u16(position + 32),
                  let name = bytes.slice(position + 46, nameLength),
                  let extra = bytes.slice(position + 46 + nameLength, extraLength) else { throw .damaged }
            guard let localOffset = bytes.u32(position + 42) else { throw .damaged }
            var entry = Entry(name: String(decoding: name, as: UTF8.self), flags: flags, method: method,
                              compressedSize: UInt64(compressed), uncompressedSize: UInt64(uncompressed))
            var local = UInt64(localOffset)
            Self.applyZIP64(extra, to: &entry, localOffset: &local)
            // ZIPFoundation seeks to the entry's local header wherever the
            // directory says and traps reading past the end of an in-memory
            // archive (a fuzzed workbook found it): the header and the data
            // must lie inside the file.
            guard Self.fits(entry, localHeaderAt: local, in: bytes) else { throw .damaged }
            entries.append(entry)
            position += 46 + nameLength + extraLength + commentLength
        }
    }

    /// The end-of-central-directory record, searched backwards over the
    /// largest comment a zip file can carry.
    private static func endRecord(in bytes: LittleEndian) -> Int? {
        let last = bytes.count - 22
        guard last >= 0 else { return nil }
        for position in stride(from: last, through: max(0, last - 0xFFFF), by: -1)
        where bytes.u32(position) == 0x0605_4B50 {
            return position
        }
        return nil
    }

    /// Sizes and the local header's offset of 0xFFFFFFFF stand for 64-bit
    /// ones in the ZIP64 extra field, in the order uncompressed, compressed,
    /// offset.
    private static func applyZIP64(_ extra: Data, to entry: inout Entry, localOffset: inout UInt64) {
        let fields = LittleEndian(extra)
        var position = 0
        while let id = fields.u16(position), let length = fields.u16(position + 2) {
            if id == 1 {
                var cursor = position + 4
                if entry.uncompressedSize == 0xFFFF_FFFF, let value = fields.u64(cursor) {
                    entry.uncompressedSize = value
                    cursor += 8
                }
                if entry.compressedSize == 0xFFFF_FFFF, let value = fields.u64(cursor) {
                    entry.compressedSize = value
                    cursor += 8
                }
                if localOffset == 0xFFFF_FFFF, let value = fields.u64(cursor) { localOffset = value }
                return
            }
            position += 4 + length
        }
    }

    /// Whether the entry's local header (its signature, name and extra
    /// field) and its compressed bytes all lie inside the file.
    private static func fits(_ entry: Entry, localHeaderAt offset: UInt64, in bytes: LittleEndian) -> Bool {
        guard let header = Int(exactly: offset), bytes.u32(header) == 0x0403_4B50,
              let nameLength = bytes.u16(header + 26), let extraLength = bytes.u16(header + 28),
              let size = Int(exactly: entry.compressedSize) else { return false }
        let start = header + 30 + nameLength + extraLength
        return start <= bytes.count && size <= bytes.count - start
    }
}

/// Bounds-checked little-endian reads over bytes.
struct LittleEndian {
    private let data: Data

    init(_ data: Data) { self.data = data }

    var count: Int { data.count }

    func u16(_ offset: Int) -> Int? { value(offset, 2).map(Int.init) }
    func u32(_ offset: Int) -> UInt32? { value(offset, 4).map { UInt32($0) } }
    func u64(_ offset: Int) -> UInt64? { value(offset, 8) }

    func slice(_ offset: Int, _ length: Int) -> Data? {
        guard offset >= 0, length >= 0, offset <= data.count - length else { return nil }
        let start = data.startIndex + offset
        return data[start..<start + length]
    }

    private func value(_ offset: Int, _ width: Int) -> UInt64? {
        guard let bytes = slice(offset, width) else { return nil }
        return bytes.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }
}
