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

    /// An open-addressed table, probed from each key's digest and kept at
    /// most half full: the digest is its own hash, where a `Dictionary`
    /// fed it through its hasher again for every look-up.
    private var keys = [Key?](repeating: nil, count: 16)
    private var readings = [Reading?](repeating: nil, count: 16)
    private var count = 0
    private let lock = NSLock()

    func reading(_ text: Substring) -> Reading? {
        let key = Key(text)
        return lock.withLock {
            let slot = place(of: key)
            return keys[slot] == nil ? nil : readings[slot]
        }
    }

    func keep(_ reading: Reading, for text: Substring) {
        let key = Key(text)
        lock.withLock {
            guard count < Self.capacity, keys[place(of: key)] == nil else { return }
            if 2 * (count + 1) > keys.count { grow() }
            let slot = place(of: key)
            keys[slot] = key
            readings[slot] = reading
            count += 1
        }
    }

    /// The slot holding `key`, or the empty one where it would go.
    private func place(of key: Key) -> Int {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key.digest) & mask
        while let kept = keys[slot], kept != key { slot = (slot + 1) & mask }
        return slot
    }

    /// Twice the slots, every kept key placed again.
    private func grow() {
        let (oldKeys, oldReadings) = (keys, readings)
        keys = [Key?](repeating: nil, count: 2 * oldKeys.count)
        readings = [Reading?](repeating: nil, count: 2 * oldKeys.count)
        for (key, reading) in zip(oldKeys, oldReadings) {
            guard let key else { continue }
            let slot = place(of: key)
            keys[slot] = key
            readings[slot] = reading
        }
    }

    /// A text compared by its bytes, with a digest of them worked out
    /// once, eight bytes at a time, when the key is made: hashing every
    /// byte through `Hasher` had made look-ups a tenth of reading a sheet.
    struct Key: Equatable {
        let text: Substring
        let digest: UInt64

        init(_ text: Substring) {
            self.text = text
            digest = ByteDigest.of(text.utf8)
        }

        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.digest == rhs.digest && ByteDigest.equal(lhs.text.utf8, rhs.text.utf8)
        }
    }
}
