import Foundation

/// How typed answers are compared with codes and labels: trimmed, in one
/// Unicode normal form, case-folded. `Da`, ` DA ` and `da` are one answer,
/// and so are `Delimično` typed precomposed or decomposed.
public enum AnswerText {
    public static func fold(_ text: String) -> String {
        foldedASCII(text) ?? foldedInGeneral(text)
    }

    static func foldedInGeneral(_ text: String) -> String {
        // Swift compares and hashes strings by canonical equivalence, so the
        // NFC step is implicit; lowercasing does the case folding.
        lowercased(text.trimmingWhitespace())
    }

    /// `text.lowercased()`: the standard library maps each scalar through
    /// its lowercase mapping, as this does, but looks the mapping up for
    /// every scalar; here the scalars of the Latin and Cyrillic blocks, all
    /// a sheet in the region holds, come from a table made once.
    static func lowercased(_ text: Substring) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = Int(scalar.value)
            if value < 0x80 {
                out.append(ASCIIBytes.isUppercase(UInt8(value)) ? UInt8(value) | 0x20 : UInt8(value))
            } else if value < lowercaseTable.count {
                out.append(contentsOf: lowercaseTable[value])
            } else {
                out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The UTF-8 of the lowercase mapping of every scalar below U+0500.
    private static let lowercaseTable: [[UInt8]] = (0..<0x500).map { value in
        Unicode.Scalar(UInt32(value)).map { Array($0.properties.lowercaseMapping.utf8) } ?? []
    }

    /// The fold of all-ASCII text, by bytes; nil for any other text. Most
    /// answers are short ASCII words, and `lowercased()` allocated and
    /// walked grapheme clusters for each; a word already folded is returned
    /// as it is.
    static func foldedASCII(_ text: String) -> String? {
        BorrowedBytes.of(text) { bytes -> String? in
            guard bytes.isASCII else { return nil }
            let kept = bytes[ASCIIBytes.trimmed(bytes)]
            if kept.count == bytes.count, !kept.contains(where: ASCIIBytes.isUppercase) { return text }
            return String(composingUTF8: kept.count) { out in
                for (offset, byte) in zip(0..<out.count, kept) { out[offset] = ASCIIBytes.isUppercase(byte) ? byte | 0x20 : byte }
                return kept.count
            }
        } ?? nil
    }
}

extension AnswerText {
    /// Latin letters without their marks, and đ as dj, the way people type
    /// on keyboards without Serbian, Croatian or Bosnian letters.
    ///
    /// Text of ASCII and precomposed Latin letters (U+00C0 to U+017F, every
    /// letter of the region's Latin alphabets) is taken letter by letter
    /// through `latinLetters`; anything else, combining marks included, as
    /// a whole by Foundation. Foundation's folding cost some 12,000
    /// instructions a word, and the first answers of a comparison fold
    /// thousands of labels.
    public static func withoutDiacritics(_ text: String) -> String {
        latinWithoutDiacritics(text) ?? foundationWithoutDiacritics(text)
    }

    /// The folding as Foundation does it, for any text.
    static func foundationWithoutDiacritics(_ text: String) -> String {
        text.replacingOccurrences(of: "đ", with: "dj").replacingOccurrences(of: "Đ", with: "Dj")
            .folding(options: .diacriticInsensitive, locale: nil)
    }

    /// The scalars `latinLetters` covers: Latin-1's letters and Latin
    /// Extended-A.
    private static let latinScalars: ClosedRange<UInt32> = 0xC0...0x17F

    /// What `foundationWithoutDiacritics` makes of each of `latinScalars`
    /// alone, asked of it once. A precomposed letter folds the same alone
    /// as among others, so a text of these and ASCII folds letter by letter
    /// (`WithoutDiacriticsTests` holds the two together).
    private static let latinLetters: [String] = latinScalars.map { value in
        foundationWithoutDiacritics(String(Character(Unicode.Scalar(value)!)))
    }

    /// `text` folded letter by letter; nil if it holds a scalar outside
    /// ASCII and `latinLetters`.
    static func latinWithoutDiacritics(_ text: String) -> String? {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var folded = ""
        folded.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                folded.unicodeScalars.append(scalar)
            } else if latinScalars.contains(scalar.value) {
                folded += latinLetters[Int(scalar.value - latinScalars.lowerBound)]
            } else {
                return nil
            }
        }
        return folded
    }
}

extension AnswerText {
    /// Lower-case Latin text without diacritics with the ijekavian reflexes
    /// of jat read as ekavian (`ije` and `je` as `e`), so that `djelimicno`
    /// and `dijelom` meet `delimicno` and `delom`. Labels and answers are
    /// both read this way. Words of four letters or fewer stay as they
    /// are: `nije` is also an ekavian word, and must not become `ne`.
    public static func ekavian(_ text: String) -> String {
        var out = ""
        var word = ""
        func flush() {
            // Both spellings replaced hold "je": an ASCII word without it
            // is left as it is, without asking Foundation to search it
            // twice. (Other words still go to Foundation, whose search
            // takes composed letters into account.)
            let mayHoldReflex = word.utf8.contains { $0 >= 0x80 }
                || zip(word.utf8, word.utf8.dropFirst()).contains { $0 == 0x6A && $1 == 0x65 }
            out += word.count <= 4 || !mayHoldReflex
                ? word : word.replacingOccurrences(of: "ije", with: "e").replacingOccurrences(of: "je", with: "e")
            word = ""
        }
        for character in text {
            if character.isLetter {
                word.append(character)
            } else {
                flush()
                out.append(character)
            }
        }
        flush()
        return out
    }
}

/// ASCII text read by bytes. In text of ASCII only, every byte is a
/// character of its own except CR LF, which is one space character, so
/// trimming and case mapping by bytes give what the Unicode-aware calls give.
@usableFromInline
enum ASCIIBytes {
    /// The bytes `Character.isWhitespace` holds for in ASCII.
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    static func isVisible(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

    static func isUppercase(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    /// The offsets of ASCII text without its spaces at either end.
    @inline(__always)
    static func trimmed(_ bytes: BorrowedBytes) -> Range<Int> {
        var start = 0, end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return start..<end
    }

    /// The offsets `trimmingWhitespace()` keeps when the ends of the text
    /// can be told by bytes: most cells begin and end with a visible ASCII
    /// character, and text of ASCII only trims byte by byte; nil for the
    /// rest, which needs Unicode properties. Walking `Character`s was a
    /// tenth of reading a sheet.
    @usableFromInline
    static func kept(_ bytes: BorrowedBytes) -> Range<Int>? {
        guard let first = bytes.first, let last = bytes.last else { return 0..<0 }
        // A visible ASCII byte next to another ASCII byte is a character.
        if isVisible(first), isVisible(last), bytes.count == 1 || (bytes[1] < 0x80 && bytes[bytes.count - 2] < 0x80) {
            return 0..<bytes.count
        }
        guard bytes.isASCII else { return nil }
        return trimmed(bytes)
    }
}

extension StringProtocol {
    /// Without spaces, tabs, no-break spaces and line ends at either end.
    // Inlinable: the readers call it for every cell from other modules,
    // where the generic call went through protocol witnesses.
    @inlinable
    public func trimmingWhitespace() -> Substring {
        switch BorrowedBytes.of(self, ASCIIBytes.kept) ?? nil {
        case nil:
            return trimmedInGeneral()
        case let kept? where kept.count == utf8.count:
            return Substring(self)
        case let kept?:
            let start = utf8.index(utf8.startIndex, offsetBy: kept.lowerBound)
            return Substring(self[start..<utf8.index(start, offsetBy: kept.count)])
        }
    }

    @usableFromInline
    func trimmedInGeneral() -> Substring {
        if isEmpty { return Substring() }
        let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return Substring() }
        let last = lastIndex(where: { !isSpace($0) })!
        return Substring(self[first...last])
    }
}
