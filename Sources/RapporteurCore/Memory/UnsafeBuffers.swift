// The raw memory RapporteurCore touches, all of it here: a string's UTF-8
// read in place, strings and arrays written in place, a scratch buffer on
// the stack, the answer memo's byte digest, and the result buffer the
// parallel map fills from every core. Everything else in the module is
// safe Swift. The wrappers are inlinable so that the hot paths using them
// compile to the same code as the raw buffers did.

import Foundation

/// A string's UTF-8 read in place, for byte scans of cells and answers.
/// Invariant: a `BorrowedBytes` exists only inside the closure of
/// `BorrowedBytes.of`, while the string's storage is lent to it, and every
/// read is within `count` (checked in debug builds, as the buffer's own
/// subscript does).
@usableFromInline
struct BorrowedBytes: RandomAccessCollection {
    @usableFromInline let base: UnsafeBufferPointer<UInt8>

    @inlinable @inline(__always)
    init(_ base: UnsafeBufferPointer<UInt8>) { self.base = base }

    /// `body` of the text's UTF-8; nil when the text has no contiguous
    /// UTF-8 storage to lend.
    @inlinable @inline(__always)
    static func of<Text: StringProtocol, Result>(_ text: Text, _ body: (BorrowedBytes) -> Result) -> Result? {
        text.utf8.withContiguousStorageIfAvailable { body(BorrowedBytes($0)) }
    }

    /// `body` of a stretch of bytes, such as a sheet's cell.
    @inlinable @inline(__always)
    static func of<Result>(_ bytes: ArraySlice<UInt8>, _ body: (BorrowedBytes) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { body(BorrowedBytes($0)) }
    }

    @inlinable var startIndex: Int { 0 }
    @inlinable var endIndex: Int { base.count }
    @inlinable var count: Int { base.count }

    @inlinable
    subscript(position: Int) -> UInt8 {
        @inline(__always) get { base[position] }
    }

    // The buffer's own answers, rather than the collection defaults.
    @inlinable var first: UInt8? { base.first }
    @inlinable var last: UInt8? { base.last }
    @inlinable func makeIterator() -> UnsafeBufferPointer<UInt8>.Iterator { base.makeIterator() }

    /// Whether every byte is ASCII.
    @inlinable var isASCII: Bool { base.allSatisfy { $0 < 0x80 } }
}

/// Storage being written in place: a new string's bytes or an array's
/// elements. Invariant: a `WritableSlots` exists only inside the closure
/// that lends the storage (`String(composingUTF8:)`,
/// `Array.overwriting`), and every write is within `count` (checked in
/// debug builds). A string is made only of the bytes its closure says it
/// wrote, so the text is whatever was written there, validated as UTF-8.
@usableFromInline
struct WritableSlots<Element> {
    @usableFromInline let base: UnsafeMutableBufferPointer<Element>

    @inlinable @inline(__always)
    init(_ base: UnsafeMutableBufferPointer<Element>) { self.base = base }

    @inlinable var count: Int { base.count }

    @inlinable
    subscript(position: Int) -> Element {
        @inline(__always) get { base[position] }
        @inline(__always) nonmutating set { base[position] = newValue }
    }
}

extension String {
    /// The text `compose` writes into at most `capacity` bytes, returning
    /// how many it wrote.
    @inlinable @inline(__always)
    init(composingUTF8 capacity: Int, _ compose: (WritableSlots<UInt8>) -> Int) {
        self.init(unsafeUninitializedCapacity: capacity) { compose(WritableSlots($0)) }
    }
}

extension Array {
    /// `body` over the array's elements in place, all of them already
    /// initialised, so that a loop rewriting them checks uniqueness once
    /// rather than per element.
    @inlinable @inline(__always)
    mutating func overwriting<Result>(_ body: (WritableSlots<Element>) -> Result) -> Result {
        withUnsafeMutableBufferPointer { body(WritableSlots($0)) }
    }
}

extension Rounding {
    /// Writes `fixed(value, places:)` as UTF-8 into `buffer`, which holds
    /// at least `fixedCapacity(places)` bytes, and returns how many it
    /// wrote; nil for a value too large or not finite to write this way.
    /// The entry for writers composing rows in their own buffers.
    public static func writeFixed(_ value: Double, places: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        writeFixed(value, places: places, into: WritableSlots(buffer))
    }
}

/// Bytes gathered on the stack, for text built byte by byte and then read
/// once. Invariant: the buffer lives only while `withScratch`'s closure
/// runs; the caller asks for as much room as it can append (a debug
/// precondition checks each append), and only the appended bytes are
/// ever read.
@usableFromInline
struct ScratchBytes {
    @usableFromInline let base: UnsafeMutableBufferPointer<UInt8>
    @usableFromInline var count = 0

    @inlinable @inline(__always)
    init(_ base: UnsafeMutableBufferPointer<UInt8>) { self.base = base }

    /// `body` with room for `capacity` bytes.
    @inlinable @inline(__always)
    static func withScratch<Result>(capacity: Int, _ body: (inout ScratchBytes) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var scratch = ScratchBytes(buffer)
            return body(&scratch)
        }
    }

    @inlinable @inline(__always)
    mutating func append(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    /// The last byte appended; nil before any.
    @inlinable var last: UInt8? { count > 0 ? base[count - 1] : nil }

    /// The appended bytes as text, repairing invalid UTF-8.
    @inlinable var text: String { String(decoding: UnsafeBufferPointer(rebasing: base[..<count]), as: UTF8.self) }
}

/// The result buffer of the parallel map as every chunk sees it.
/// Invariant: chunk `c` writes only the offsets of its own stretch, each
/// once and in increasing order, and only `made[c]`, which counts how many
/// of them it has initialised; the buffers outlive the `fill` closure,
/// which returns only when every chunk is done. So no two threads touch
/// the same memory, and after a failure exactly the counted elements need
/// releasing.
struct ResultStretches<Element>: @unchecked Sendable {
    private let results: UnsafeMutablePointer<Element>
    private let made: UnsafeMutablePointer<Int>

    private init(results: UnsafeMutablePointer<Element>, made: UnsafeMutablePointer<Int>) {
        self.results = results
        self.made = made
    }

    /// The array of `count` elements `fill` initialises through the
    /// stretches, which start at `starts` (one per chunk). When `fill`
    /// returns false, what the chunks made is released and the array is
    /// empty.
    static func array(count: Int, starts: [Int], _ fill: (ResultStretches) -> Bool) -> [Element] {
        var made = [Int](repeating: 0, count: starts.count)
        return made.withUnsafeMutableBufferPointer { madeBuffer in
            [Element](unsafeUninitializedCapacity: count) { buffer, initialised in
                let stretches = ResultStretches(results: buffer.baseAddress!, made: madeBuffer.baseAddress!)
                if fill(stretches) {
                    initialised = count
                } else {
                    for (chunk, start) in starts.enumerated() {
                        (stretches.results + start).deinitialize(count: madeBuffer[chunk])
                    }
                    initialised = 0
                }
            }
        }
    }

    func initialise(_ offset: Int, to value: Element, chunk: Int) {
        (results + offset).initialize(to: value)
        made[chunk] += 1
    }
}

/// A 64-bit digest of a text's UTF-8 and a byte comparison, for the
/// answer memo's keys. Invariant: the bytes are read only through
/// `withContiguousStorageIfAvailable`, within the lent buffer's count
/// (eight-byte words by unaligned loads, the tail byte by byte); text
/// without contiguous storage falls back to its bytes one by one.
enum ByteDigest {
    static func of(_ utf8: Substring.UTF8View) -> UInt64 {
        if let digest = utf8.withContiguousStorageIfAvailable(Self.of) { return digest }
        return Self.of(Array(utf8))
    }

    private static func of(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBufferPointer(Self.of) }

    /// The digest of a stretch of bytes, the same as of a text of them.
    static func of(_ bytes: ArraySlice<UInt8>) -> UInt64 { bytes.withUnsafeBufferPointer(Self.of) }

    private static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var digest = UInt64(bytes.count) &* multiplier
        var offset = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while offset + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                digest = (digest ^ word) &* multiplier
                digest ^= digest >> 29
                offset += 8
            }
        }
        var tail: UInt64 = 0
        while offset < bytes.count {
            tail = tail << 8 | UInt64(bytes[offset])
            offset += 1
        }
        digest = (digest ^ tail) &* multiplier
        return digest ^ digest >> 32
    }

    static func equal(_ slice: ArraySlice<UInt8>, _ bytes: [UInt8]) -> Bool {
        guard slice.count == bytes.count else { return false }
        return slice.withUnsafeBufferPointer { left in
            bytes.withUnsafeBufferPointer { right in
                left.count == 0 || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0
            }
        }
    }

    static func equal(_ text: Substring.UTF8View, _ bytes: [UInt8]) -> Bool {
        guard text.count == bytes.count else { return false }
        let compared = text.withContiguousStorageIfAvailable { left in
            bytes.withUnsafeBufferPointer { right in
                left.count == 0 || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0
            }
        }
        return compared ?? text.elementsEqual(bytes)
    }
}
