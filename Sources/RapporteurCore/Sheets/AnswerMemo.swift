import Foundation

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

    private var readings: [Key: Reading] = [:]
    private let lock = NSLock()

    func reading(_ text: Substring) -> Reading? {
        let key = Key(text)
        return lock.withLock { readings[key] }
    }

    func keep(_ reading: Reading, for text: Substring) {
        let key = Key(text)
        lock.withLock {
            if readings.count < Self.capacity { readings[key] = reading }
        }
    }

    /// A text compared and hashed by its bytes. The hash is worked out
    /// once, eight bytes at a time, when the key is made: the dictionary
    /// then feeds one word to its own hasher instead of every byte, which
    /// had made hashing and comparing keys a tenth of reading a sheet.
    struct Key: Hashable {
        let text: Substring
        private let digest: UInt64

        init(_ text: Substring) {
            self.text = text
            digest = ByteDigest.of(text.utf8)
        }

        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.digest == rhs.digest && ByteDigest.equal(lhs.text.utf8, rhs.text.utf8)
        }

        func hash(into hasher: inout Hasher) { hasher.combine(digest) }
    }
}
