/// One gettext PO file, read: the translation of each message, keyed by its
/// context (`msgctxt`, if any) and English text (`msgid`).
///
/// Only what Rapporteur writes is read: comments, `msgctxt`, `msgid`,
/// `msgstr` and continued strings; plural forms are not used. An empty
/// `msgstr` means "not translated yet", as gettext has it.
public struct POCatalogue: Sendable {
    public struct Key: Sendable, Hashable {
        public var context: String?
        public var id: String

        public init(context: String? = nil, id: String) {
            self.context = context
            self.id = id
        }
    }

    /// Translations by key; untranslated entries are left out.
    public private(set) var translations: [Key: String] = [:]
    /// Every entry's key in file order, translated or not (not the header).
    public private(set) var keys: [Key] = []
    /// Translations of the entries with a context, by the context alone.
    public private(set) var byContext: [String: String] = [:]

    public init(parsing text: String) {
        var context: String?, id: String?, translation: String?
        var field = ""
        func finish() {
            if let id, !id.isEmpty || context != nil {
                let key = Key(context: context, id: id)
                keys.append(key)
                if let translation, !translation.isEmpty {
                    translations[key] = translation
                    if let context { byContext[context] = translation }
                }
            }
            context = nil; id = nil; translation = nil; field = ""
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty { finish(); continue }
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("\"") {
                let more = Self.unquote(line)
                switch field {
                case "msgctxt": context = (context ?? "") + more
                case "msgid": id = (id ?? "") + more
                case "msgstr": translation = (translation ?? "") + more
                default: break
                }
                continue
            }
            guard let space = line.firstIndex(of: " ") else { continue }
            let keyword = String(line[..<space])
            let value = Self.unquote(line[line.index(after: space)...].trimmingWhitespace())
            // A new msgctxt or msgid after a msgstr starts the next entry
            // even without a blank line between them.
            if (keyword == "msgctxt" || keyword == "msgid"), translation != nil { finish() }
            field = keyword
            switch keyword {
            case "msgctxt": context = value
            case "msgid": id = value
            case "msgstr", "msgstr[0]":
                field = "msgstr"
                translation = value
            default: break
            }
        }
        finish()
    }

    public func translation(context: String? = nil, id: String) -> String? {
        translations[Key(context: context, id: id)]
    }

    /// The text between the quotes of a PO string, unescaped.
    static func unquote(_ quoted: Substring) -> String {
        var body = quoted
        if body.hasPrefix("\"") { body = body.dropFirst() }
        if body.hasSuffix("\"") { body = body.dropLast() }
        var out = ""
        var escaped = false
        for character in body {
            if escaped {
                switch character {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                default: out.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}
