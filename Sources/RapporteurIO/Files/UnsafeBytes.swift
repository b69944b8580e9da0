import Foundation
import RapporteurCore

// The raw memory RapporteurIO touches, all of it here: file descriptors
// reading into and writing from arrays, and scans of a file's bytes in
// place. Everything else in the module is safe Swift.

/// An open file as the system calls see it: the one place in RapporteurIO
/// that hands Swift memory to `read` and `write`. Invariant: each call
/// passes a pointer only into storage it holds exclusively for the call
/// (an array borrowed with `withUnsafe…Bytes`), and never a range past
/// that storage's end, so the system writes and reads only memory Swift
/// owns at that moment. Closing stays with whoever opened the descriptor.
struct FileDescriptor {
    let raw: Int32

    /// Reads into `bytes` from `offset` up to its end, retrying after a
    /// signal; the count read (0 at the end of the file), or nil with
    /// `errno` set.
    func read(into bytes: inout [UInt8], at offset: Int) -> Int? {
        precondition(offset <= bytes.count)
        while true {
            let read = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(raw, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if read >= 0 { return read }
            if errno != EINTR { return nil }
        }
    }

    /// The rest of the file, at most `limit + 1` bytes, read into memory
    /// the returned `Data` then owns: first room for `expected` bytes,
    /// doubled as the file turns out longer. Nil, with `errno` set, when a
    /// read fails. Reading into an array instead zeroed every byte before
    /// the read and copied every byte into the `Data` after it.
    func readAll(expected: Int, limit: Int) -> Data? {
        var capacity = min(max(expected, 4_096), limit) + 1
        guard var base = malloc(capacity) else { return nil }
        var count = 0
        while true {
            if count == capacity {
                guard count <= limit else { break }
                let grown = min(2 * capacity, limit + 1)
                guard let moved = realloc(base, grown) else {
                    free(base)
                    return nil
                }
                base = moved
                capacity = grown
            }
            let read = Foundation.read(raw, base + count, capacity - count)
            if read < 0 {
                if errno == EINTR { continue }
                let failure = errno
                free(base)
                errno = failure
                return nil
            }
            if read == 0 { break }
            count += read
        }
        return Data(bytesNoCopy: base, count: count, deallocator: .free)
    }

    /// Fills `bytes` as far as the file goes: the count read.
    func readPrefix(into bytes: inout [UInt8]) -> Int {
        var count = 0
        while count < bytes.count, let read = read(into: &bytes, at: count), read > 0 { count += read }
        return count
    }

    /// Writes all of `bytes`, retrying after a signal: 0, or the `errno`
    /// of the first failure.
    func writeAll(_ bytes: ArraySlice<UInt8>) -> Int32 {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(raw, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno != EINTR { return errno }
                    continue
                }
                offset += written
            }
            return 0
        }
    }
}

/// Scans of a whole file's bytes in place, without `Data`'s per-byte
/// index checks. Invariant: the buffer `withUnsafeBytes` lends is read
/// only inside the closure and only within its count.
enum DataScan {
    /// The offset of the first NUL byte.
    static func firstNUL(in data: Data) -> Data.Index? {
        // `memchr`: the generic `firstIndex(of:)` took as long as validating the UTF-8.
        data.withUnsafeBytes { bytes -> Data.Index? in
            guard let base = bytes.baseAddress, let found = memchr(base, 0, bytes.count) else { return nil }
            return data.startIndex + (UnsafeRawPointer(found) - base)
        }
    }

    /// The bytes as text when they are valid UTF-8; validated in one pass.
    static func validUTF8(_ data: Data) -> String? {
        data.withUnsafeBytes { String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }
    }

    /// The bytes of a sheet that `SheetEncoding.utf8` reads as they are:
    /// valid UTF-8 without a NUL, after at most two byte order marks, which
    /// are left out as the decoding leaves them out. Nil for anything else,
    /// which the decoding then reads or explains. The standard library's
    /// validation took ten instructions a byte, the most of any step of
    /// reading a sheet's bytes; here eight ASCII bytes are checked at once,
    /// and the text is copied once instead of twice (into a string, then
    /// out of it).
    static func plainUTF8(_ data: Data) -> [UInt8]? {
        data.withUnsafeBytes { raw -> [UInt8]? in
            let all = raw.bindMemory(to: UInt8.self)
            var start = 0
            for _ in 0..<2 where all[start...].starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
            let bytes = UnsafeBufferPointer(rebasing: all[start...])
            guard UTF8Check.isPlain(bytes) else { return nil }
            // With room for what the tokenizer appends, the unescaped
            // text of quoted cells, so that appending it rarely copies
            // the whole sheet again.
            var copy: [UInt8] = []
            copy.reserveCapacity(bytes.count + bytes.count / 4 + 64)
            copy.append(contentsOf: bytes)
            return copy
        }
    }
}

/// UTF-8 validation as Unicode's table of well-formed byte sequences gives
/// it (no overlong forms, no surrogates, nothing past U+10FFFF), which is
/// the standard library's rule too, and no NUL byte. Invariant: every read
/// is at an offset below the buffer's count.
enum UTF8Check {
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        var offset = 0
        while offset < count {
            if offset + 8 <= count {
                // Eight bytes at once: the ASCII ones before the first byte
                // that is not ASCII or is zero are passed over together.
                // The zero test flags the lowest zero byte exactly.
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                let stops = word & high | (word &- ones) & ~word & high
                if stops == 0 {
                    offset += 8
                    continue
                }
                offset += stops.trailingZeroBitCount / 8
            }
            let lead = base[offset]
            if lead < 0x80 {
                guard lead != 0 else { return false }
                offset += 1
                continue
            }
            // Latin letters with diacritics and Cyrillic: two bytes, tested
            // before the longer sequences.
            if lead >= 0xC2 && lead <= 0xDF {
                guard offset + 1 < count, base[offset + 1] & 0xC0 == 0x80 else { return false }
                offset += 2
                continue
            }
            // The range of the second byte, and the sequence's length.
            let second: ClosedRange<UInt8>, length: Int
            switch lead {
            case 0xE0: second = 0xA0...0xBF; length = 3
            case 0xE1...0xEC, 0xEE...0xEF: second = 0x80...0xBF; length = 3
            case 0xED: second = 0x80...0x9F; length = 3
            case 0xF0: second = 0x90...0xBF; length = 4
            case 0xF1...0xF3: second = 0x80...0xBF; length = 4
            case 0xF4: second = 0x80...0x8F; length = 4
            default: return false
            }
            guard offset + length <= count, second.contains(base[offset + 1]) else { return false }
            for next in 2..<length where base[offset + next] & 0xC0 != 0x80 { return false }
            offset += length
        }
        return true
    }
}

/// A text's UTF-8 lent for one scan. Invariant: the buffer is used only
/// inside `scan`'s closure, while the string lends its storage.
enum CellBytes {
    static func scan<Result>(_ utf8: String.UTF8View, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        utf8.withContiguousStorageIfAvailable(body)
    }
}

/// A CSV row being composed in a buffer on the stack, so that a row goes
/// to its table in one append rather than one per cell. Invariant: the
/// buffer lives only while `withBuffer`'s closure runs, and the
/// `RowWriter` holding it is used only inside `CSVTable.appendRow`'s
/// closure, which that one encloses; `used` never exceeds the buffer's
/// count, and bytes that do not fit go to the table's bytes instead. The
/// fixed-point memory lives as long, and a slot of `remembered` is read
/// only once its shape, zeroed at the start, says it was written.
struct RowBuffer {
    static let size = 1_024
    private let scratch: UnsafeMutableBufferPointer<UInt8>
    private var used = 0
    /// Fixed-point cells written before, for `putFixed`: slot by slot, the
    /// value's bits and the cell's bytes packed in a word, first byte
    /// lowest. A slot is filled only where its shape is not 0.
    private let remembered: UnsafeMutableBufferPointer<(bits: UInt64, text: UInt64)>
    /// Slot by slot, `places << 4 | count` of the cell kept there, 0 for
    /// none (a cell has at least one byte).
    private let shapes: UnsafeMutableBufferPointer<UInt8>
    private static let slots = 256

    private init(_ scratch: UnsafeMutableBufferPointer<UInt8>,
                 remembered: UnsafeMutableBufferPointer<(bits: UInt64, text: UInt64)>,
                 shapes: UnsafeMutableBufferPointer<UInt8>) {
        self.scratch = scratch
        self.remembered = remembered
        self.shapes = shapes
    }

    static func withBuffer<Result>(_ body: (RowBuffer) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: size) { scratch in
            withUnsafeTemporaryAllocation(of: (bits: UInt64, text: UInt64).self, capacity: slots) { remembered in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: slots) { shapes in
                    // One call: `initialize(repeating:)` went byte by byte,
                    // more than a short table's whole row.
                    memset(shapes.baseAddress!, 0, slots)
                    return body(RowBuffer(scratch, remembered: remembered, shapes: shapes))
                }
            }
        }
    }

    mutating func put(_ bytes: [UInt8], spilling table: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { put($0, spilling: &table) }
    }

    /// One byte, such as a delimiter: a copy through a buffer pointer
    /// cost more than the byte.
    mutating func put(byte: UInt8, spilling table: inout [UInt8]) {
        if used == scratch.count { flush(into: &table) }
        scratch[used] = byte
        used += 1
    }

    mutating func put(_ text: String, spilling table: inout [UInt8]) {
        var text = text
        text.withUTF8 { put($0, spilling: &table) }
    }

    /// Puts `text` if `accepts` its UTF-8, checked and copied in one borrow
    /// of its bytes: whether it was put. Borrowing a short cell's bytes
    /// twice, once to check and once to copy, cost more than the cell.
    mutating func put(_ text: String, if accepts: (UnsafeBufferPointer<UInt8>) -> Bool, spilling table: inout [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard accepts(utf8) else { return false }
            put(utf8, spilling: &table)
            return true
        }
    }

    /// `Rounding.fixed` written in place, without the intermediate string.
    /// A cell of at most eight bytes is kept by its value's bits and
    /// places, and written again from there when the same value comes
    /// back: scores, gaps and deltas repeat a few values over thousands of
    /// rows, and rounding and spelling out each one was a quarter of
    /// writing a comparison.
    mutating func putFixed(_ value: Double, places: Int, spilling table: inout [UInt8]) {
        let capacity = Rounding.fixedCapacity(places)
        if used + capacity > scratch.count { flush(into: &table) }
        guard capacity <= scratch.count else { return putSpelledOut(value, places: places, spilling: &table) }
        let bits = value.bitPattern
        let slot = Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> 56)
        let kept = places >= 0 && places < 16
        let shape = shapes[slot]
        if kept, shape != 0, Int(shape >> 4) == places, remembered[slot].bits == bits {
            // Eight bytes stored, `count` of them the cell's: the rest lie
            // past `used` within `capacity` (at least 24), and are written
            // over or never flushed.
            UnsafeMutableRawPointer(scratch.baseAddress! + used)
                .storeBytes(of: remembered[slot].text.littleEndian, as: UInt64.self)
            used += Int(shape & 15)
            return
        }
        guard let count = Rounding.writeFixed(value, places: places,
                                              into: UnsafeMutableBufferPointer(rebasing: scratch[used..<(used + capacity)]))
        else { return putSpelledOut(value, places: places, spilling: &table) }
        if kept, count <= 8 {
            var text: UInt64 = 0
            for index in 0..<count { text |= UInt64(scratch[used + index]) << (8 * index) }
            remembered[slot] = (bits, text)
            shapes[slot] = UInt8(places << 4 | count)
        }
        used += count
    }

    /// `Rounding.fixed`'s text, straight to the table: for the values and
    /// places `writeFixed` declines (not finite, too large, too many places).
    private mutating func putSpelledOut(_ value: Double, places: Int, spilling table: inout [UInt8]) {
        flush(into: &table)
        table += Rounding.fixed(value, places: places).utf8
    }

    /// The decimal digits of `value`, without an intermediate string.
    mutating func putInteger(_ value: Int, spilling table: inout [UInt8]) {
        // `-9223372036854775808` at most.
        if used + 20 > scratch.count { flush(into: &table) }
        var digits = 1
        var rest = value.magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let count = digits + (value < 0 ? 1 : 0)
        if value < 0 { scratch[used] = UInt8(ascii: "-") }
        var remaining = value.magnitude
        for index in stride(from: used + count - 1, through: used + count - digits, by: -1) {
            scratch[index] = UInt8(ascii: "0") + UInt8(remaining % 10)
            remaining /= 10
        }
        used += count
    }

    mutating func flush(into table: inout [UInt8]) {
        table.append(contentsOf: UnsafeMutableBufferPointer(rebasing: scratch[..<used]))
        used = 0
    }

    private mutating func put(_ source: UnsafeBufferPointer<UInt8>, spilling table: inout [UInt8]) {
        if used + source.count > scratch.count {
            flush(into: &table)
            if source.count > scratch.count {
                table.append(contentsOf: source)
                return
            }
        }
        UnsafeMutableBufferPointer(rebasing: scratch[used...]).baseAddress!
            .update(from: source.baseAddress!, count: source.count)
        used += source.count
    }
}
