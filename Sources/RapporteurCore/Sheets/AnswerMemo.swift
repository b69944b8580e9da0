import Foundation
import Synchronization

/// The readings of one indicator's answer texts, each text interpreted
/// once. A workload of thousands of sheets holds a few dozen distinct
/// choice and checklist texts per indicator; interpreting each again
/// (folding, transliterating, taking off diacritics) was most of reading
/// a sheet. Keyed by the text's UTF-8 bytes, not by `String` equality,
/// so that two spellings Swift holds equal (precomposed and decomposed)
/// keep their own messages, and hashing does no Unicode normalisation.
/// Shared by the threads that read sheets, so guarded by a lock.
final class AnswerMemo<Reading: Sendable>: @unchecked Sendable {
    /// Distinct texts kept per indicator: far beyond what sheets hold, and
    /// a bound on memory whatever they hold.
    static var capacity: Int { 512 }

    /// The table behind a lock of the standard library's: an atomic word
    /// in the memo itself rather than a Foundation object of its own.
    private let table = Mutex(Table())

    func reading(_ text: Substring) -> Reading? {
        let key = Key(text)
        return table.withLock { $0.reading(for: key) }
    }

    /// The reading of the text these bytes spell, as `reading(_:)` gives
    /// it: a sheet's cell looked up before it is made into a string.
    func reading(bytes: ArraySlice<UInt8>) -> Reading? {
        let digest = ByteDigest.of(bytes) | 1
        return table.withLock { $0.reading(digest: digest) { ByteDigest.equal(bytes, $0) } }
    }

    func keep(_ reading: Reading, for text: Substring) {
        let key = Key(text)
        table.withLock { $0.keep(reading, digest: key.digest, text: { Array(key.text.utf8) }, matches: key.matches) }
    }

    /// Keeps the reading of the text these bytes spell, as `keep(_:for:)`
    /// keeps it.
    func keep(_ reading: Reading, bytes: ArraySlice<UInt8>) {
        let digest = ByteDigest.of(bytes) | 1
        table.withLock { $0.keep(reading, digest: digest, text: { Array(bytes) }, matches: { ByteDigest.equal(bytes, $0) }) }
    }

    /// An open-addressed table, probed from each text's digest and kept at
    /// most half full: the digest is its own hash, where a `Dictionary`
    /// fed it through its hasher again for every look-up, and a probe
    /// compares digests before it compares any bytes. A digest of 0 marks
    /// an empty slot (`Key` never makes one). A struct held in one
    /// property, so that a look-up checks exclusive access once.
    private struct Table {
        var digests = [UInt64](repeating: 0, count: 16)
        var texts = [[UInt8]](repeating: [], count: 16)
        var readings = [Reading?](repeating: nil, count: 16)
        var count = 0

        func reading(for key: Key) -> Reading? {
            let slot = place(digest: key.digest, matches: key.matches)
            return digests[slot] == 0 ? nil : readings[slot]
        }

        func reading(digest: UInt64, matches: ([UInt8]) -> Bool) -> Reading? {
            let slot = place(digest: digest, matches: matches)
            return digests[slot] == 0 ? nil : readings[slot]
        }

        /// Keeps `reading` for the text `matches` recognises, whose
        /// digest is `digest` and whose bytes `text` gives, unless the
        /// table is full or holds it already.
        mutating func keep(_ reading: Reading, digest: UInt64, text: () -> [UInt8], matches: ([UInt8]) -> Bool) {
            guard count < AnswerMemo.capacity, digests[place(digest: digest, matches: matches)] == 0 else { return }
            if 2 * (count + 1) > digests.count { grow() }
            let slot = place(digest: digest, matches: matches)
            digests[slot] = digest
            texts[slot] = text()
            readings[slot] = reading
            count += 1
        }

        private func place(digest: UInt64, matches: ([UInt8]) -> Bool) -> Int {
            let mask = digests.count - 1
            var slot = Int(truncatingIfNeeded: digest) & mask
            while digests[slot] != 0 {
                if digests[slot] == digest, matches(texts[slot]) { return slot }
                slot = (slot + 1) & mask
            }
            return slot
        }

        /// Twice the slots, every kept text placed again.
        private mutating func grow() {
            let old = self
            self = Table(digests: [UInt64](repeating: 0, count: 2 * old.digests.count),
                         texts: [[UInt8]](repeating: [], count: 2 * old.digests.count),
                         readings: [Reading?](repeating: nil, count: 2 * old.digests.count), count: old.count)
            let mask = digests.count - 1
            for index in old.digests.indices where old.digests[index] != 0 {
                var slot = Int(truncatingIfNeeded: old.digests[index]) & mask
                while digests[slot] != 0 { slot = (slot + 1) & mask }
                digests[slot] = old.digests[index]
                texts[slot] = old.texts[index]
                readings[slot] = old.readings[index]
            }
        }
    }

    /// A text with a digest of its bytes, worked out once, eight bytes at
    /// a time, when the key is made: hashing every byte through `Hasher`
    /// had made look-ups a tenth of reading a sheet.
    struct Key {
        let text: Substring
        let digest: UInt64

        init(_ text: Substring) {
            self.text = text
            digest = ByteDigest.of(text.utf8) | 1
        }

        func matches(_ bytes: [UInt8]) -> Bool { ByteDigest.equal(text.utf8, bytes) }
    }
}
