/// Serbian is written in two scripts with a one-to-one mapping (Vuk's
/// alphabet and Gaj's Latin). Sheets may answer in either; reports may be
/// asked for in Cyrillic where only Latin texts exist.
public enum SerbianScript {
    private static let cyrillicToLatin: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z", "и": "i",
        "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "č", "џ": "dž", "ш": "š",
        "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Ђ": "Đ", "Е": "E", "Ж": "Ž", "З": "Z", "И": "I",
        "Ј": "J", "К": "K", "Л": "L", "Љ": "Lj", "М": "M", "Н": "N", "Њ": "Nj", "О": "O", "П": "P", "Р": "R",
        "С": "S", "Т": "T", "Ћ": "Ć", "У": "U", "Ф": "F", "Х": "H", "Ц": "C", "Ч": "Č", "Џ": "Dž", "Ш": "Š",
    ]

    private static let latinToCyrillic: [String: Character] = {
        var map: [String: Character] = [:]
        for (cyrillic, latin) in cyrillicToLatin { map[latin] = cyrillic }
        // Digraphs also appear in capitals: "LJ", "NJ", "DŽ".
        map["LJ"] = "Љ"
        map["NJ"] = "Њ"
        map["DŽ"] = "Џ"
        return map
    }()

    public static func containsCyrillic(_ text: String) -> Bool {
        // U+0400...U+04FF are the UTF-8 sequences that lead with 0xD0...0xD3.
        text.utf8.contains { (0xD0...0xD3).contains($0) }
    }

    public static func toLatin(_ text: String) -> String {
        guard containsCyrillic(text) else { return text }
        return latinByScalar(text) ?? latinByCharacter(text)
    }

    /// `toLatin` character by character, for any text.
    static func latinByCharacter(_ text: String) -> String {
        var out = ""
        for character in text {
            if let latin = cyrillicToLatin[character] { out += latin } else { out.append(character) }
        }
        return out
    }

    /// `toLatin` scalar by scalar through a table, for text whose every
    /// scalar is a character of its own (ASCII, Latin letters, Cyrillic
    /// letters, no combining marks), where mapping scalars is mapping
    /// characters; nil for other text. Looking each `Character` up in a
    /// dictionary was most of reading a Cyrillic answer.
    static func latinByScalar(_ text: String) -> String? {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x80, 0xA0...0x24F, 0x400...0x482, 0x48A...0x4FF:
                if scalar.value >= 0x400, scalar.value < 0x460, let latin = latinOfCyrillic[Int(scalar.value - 0x400)] {
                    out += latin
                } else {
                    out.unicodeScalars.append(scalar)
                }
            default:
                return nil
            }
        }
        return out
    }

    /// The Latin of U+0400...U+045F, nil where Serbian has no such letter.
    private static let latinOfCyrillic: [String?] = (0..<0x60).map { offset in
        Unicode.Scalar(UInt32(0x400 + offset)).flatMap { cyrillicToLatin[Character($0)] }
    }

    /// Latin to Cyrillic, digraphs first. Words holding a digit (indicator
    /// ids such as `IDN.01`, `CETS-197`, `2011/36/EU`), command-line options
    /// and web addresses stay as written, so that a reader can still find or
    /// type what they name.
    public static func toCyrillic(_ text: String) -> String {
        var out = ""
        var word = ""
        func flush() {
            if word.contains(where: \.isNumber) || word.contains("://") || word.contains("@") || word.hasPrefix("--")
                || word.hasPrefix("(--") {
                out += word
            } else {
                out += letters(word)
            }
            word = ""
        }
        for character in text {
            if character.isWhitespace {
                flush()
                out.append(character)
            } else {
                word.append(character)
            }
        }
        flush()
        return out
    }

    private static func letters(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        var index = 0
        while index < characters.count {
            if index + 1 < characters.count {
                let pair = String(characters[index...index + 1])
                if let cyrillic = latinToCyrillic[pair] {
                    out.append(cyrillic)
                    index += 2
                    continue
                }
            }
            let single = String(characters[index])
            if let cyrillic = latinToCyrillic[single] { out.append(cyrillic) } else { out += single }
            index += 1
        }
        return out
    }
}
