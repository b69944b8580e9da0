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

    /// A text compared and hashed by its bytes.
    struct Key: Hashable {
        let text: Substring

        init(_ text: Substring) { self.text = text }

        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.text.utf8.count == rhs.text.utf8.count && lhs.text.utf8.elementsEqual(rhs.text.utf8)
        }

        /// The bytes eight at a time: one `combine` per byte cost more
        /// than the look-up saves.
        func hash(into hasher: inout Hasher) {
            var word: UInt64 = 0, filled = 0
            for byte in text.utf8 {
                word = word << 8 | UInt64(byte)
                filled += 1
                if filled == 8 {
                    hasher.combine(word)
                    (word, filled) = (0, 0)
                }
            }
            hasher.combine(word)
            hasher.combine(filled)
        }
    }
}
