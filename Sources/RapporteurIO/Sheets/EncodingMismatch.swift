import Foundation
import RapporteurCore

/// Signs that a sheet is being read in the wrong code page: a wrong
/// `--encoding` otherwise gives one error per mangled answer and no hint
/// of the cause. Each sign is one that correct text in the region's
/// languages does not show.
struct EncodingMismatch {
    /// The encoding the file is really in.
    let actual: SheetEncoding
    /// The 1-based line of the first sign.
    let line: Int
    /// What the reader would have seen, e.g. `'Ä‡' where the file has 'ć'`.
    let evidence: String

    /// Letters that windows-1251 Cyrillic becomes when read as windows-1250
    /// (а е п т ш щ ч я), which no language of the region writes.
    static let cyrillicReadAsLatin: Set<Character> = ["ŕ", "ĺ", "ď", "ň", "ř", "ů", "÷", "˙", "Ŕ", "Ĺ", "Ď", "Ň", "Ř", "Ů"]

    /// How many signs of a code-page mix-up it takes; one could be a name.
    static let signsNeeded = 3

    /// The mismatch in `data`, decoded as `text` by `encoding`, if any.
    static func find(in data: Data, text: String, readAs encoding: SheetEncoding) -> EncodingMismatch? {
        guard encoding != .utf8 else { return nil }
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            return EncodingMismatch(actual: .utf8, line: 1,
                                    evidence: "the file starts with a UTF-8 byte order mark, read as '\(text.prefix(3))'")
        }
        // Text with letters beyond ASCII that is valid UTF-8 is UTF-8: the
        // code pages' letters almost never form its byte sequences.
        if let first = data.firstIndex(where: { $0 >= 0x80 }), SheetEncoding.firstInvalidUTF8(in: data) == nil {
            var end = first + 1
            while end < data.endIndex, data[end] & 0xC0 == 0x80 { end += 1 }
            let sequence = data[first..<end]
            let meant = String(decoding: sequence, as: UTF8.self)
            let misread = String(data: Data(sequence), encoding: encoding == .windows1250 ? .windowsCP1250 : .windowsCP1251) ?? "?"
            return EncodingMismatch(actual: .utf8, line: SheetEncoding.line(of: first, in: data),
                                    evidence: "'\(misread)' where the file has '\(meant)' in UTF-8")
        }
        switch encoding {
        case .windows1250:
            return sign(in: text, actual: .windows1251, threshold: signsNeeded) { Self.cyrillicReadAsLatin.contains($0.1) }
                .map { EncodingMismatch(actual: .windows1251, line: $0.line,
                                        evidence: "letters such as '\($0.character)' that Cyrillic becomes in windows-1250") }
        case .windows1251:
            // č ć š ž đ in windows-1250 are Cyrillic letters in windows-1251:
            // a Cyrillic letter right beside a Latin one (`Sluћbeni`).
            return sign(in: text, actual: .windows1250, threshold: signsNeeded) { previous, character in
                (Self.isCyrillic(character) && Self.isLatin(previous)) || (Self.isLatin(character) && Self.isCyrillic(previous))
            }.map { EncodingMismatch(actual: .windows1250, line: $0.line,
                                     evidence: "Cyrillic and Latin letters mixed in one word, as '\($0.character)' beside a Latin letter") }
        case .utf8:
            return nil
        }
    }

    /// The first of `threshold` places where `isSign(previous, character)`
    /// holds, with its line, or nil when there are fewer.
    private static func sign(in text: String, actual: SheetEncoding, threshold: Int,
                             _ isSign: ((Character, Character)) -> Bool) -> (line: Int, character: Character)? {
        var line = 1
        var first: (line: Int, character: Character)?
        var count = 0
        var previous: Character = "\n"
        for character in text {
            if character == "\n" || character == "\r\n" { line += 1 }
            if isSign((previous, character)) {
                if first == nil { first = (line, character) }
                count += 1
                if count >= threshold { return first }
            }
            previous = character
        }
        return nil
    }

    private static func isLatin(_ character: Character) -> Bool {
        character.isASCII && character.isLetter
    }

    private static func isCyrillic(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { (0x0400...0x04FF).contains($0.value) } ?? false
    }

    /// The one error that replaces the flood of mangled answers.
    func diagnostic(file: String, readAs encoding: SheetEncoding) -> Diagnostic {
        let option = actual == .utf8 ? "--encoding utf-8 (the default, so leave --encoding out)" : "--encoding \(actual.rawValue)"
        return .error(.wrongEncoding,
                      "the file does not look like \(encoding.rawValue) text: \(evidence); it is \(actual.rawValue)",
                      at: SourceLocation(file: file, line: line), suggestion: "read it with \(option)")
    }
}
