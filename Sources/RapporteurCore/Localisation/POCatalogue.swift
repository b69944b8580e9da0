/// One gettext PO file, read: the translation of each message, keyed by its
/// context (`msgctxt`, if any) and English text (`msgid`).
///
/// Only what Rapporteur writes is read: comments, `msgctxt`, `msgid`,
/// `msgstr` and continued strings; plural forms are not used. An empty
/// `msgstr` means "not translated yet", as gettext has it. A line the reader
/// cannot place is skipped and kept in `problems`, so that a typo in a
/// catalogue shows in the tests instead of silently dropping a translation.
public struct POCatalogue: Sendable {
    /// A line the reader skipped: its number (from 1) and what would be right.
    /// For the catalogues' authors (the tests report them), not translated.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public var line: Int
        public var message: String

        public var description: String { "line \(line): \(message)" }
    }

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
    /// The lines skipped, in file order; empty for a well-formed catalogue.
    public private(set) var problems: [Problem] = []

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
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            func skip(_ message: String) { problems.append(Problem(line: index + 1, message: message)) }
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty { finish(); continue }
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("\"") {
                if let problem = Self.quotingProblem(line) { skip(problem); continue }
                let more = Self.unquote(line)
                switch field {
                case "msgctxt": context = (context ?? "") + more
                case "msgid": id = (id ?? "") + more
                case "msgstr": translation = (translation ?? "") + more
                case "": skip("a continued string must follow a msgctxt, msgid or msgstr line")
                default: break
                }
                continue
            }
            guard let space = line.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
                skip("'\(line.prefix(40))' is not a PO line; write a keyword and its text, as in msgid \"text\"")
                continue
            }
            let keyword = String(line[..<space])
            guard Self.isKeyword(keyword) else {
                skip("'\(keyword.prefix(40))' is not a PO keyword; expected msgctxt, msgid, msgid_plural or msgstr")
                continue
            }
            let quoted = line[line.index(after: space)...].trimmingWhitespace()
            if let problem = Self.quotingProblem(quoted) { skip("\(keyword): \(problem)"); continue }
            let value = Self.unquote(quoted)
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

    /// The keywords of an entry; plural forms are read but not used.
    static func isKeyword(_ word: String) -> Bool {
        if ["msgctxt", "msgid", "msgid_plural", "msgstr"].contains(word) { return true }
        guard word.hasPrefix("msgstr["), word.hasSuffix("]") else { return false }
        let index = word.dropFirst("msgstr[".count).dropLast()
        return !index.isEmpty && index.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// What is wrong with a PO string (`"text"`, `\"` escaping a quote),
    /// or nil when it is one quoted string.
    static func quotingProblem(_ quoted: Substring) -> String? {
        guard quoted.first == "\"" else { return "the text must start with a double quote" }
        // In ASCII every byte is a character (a line holds no CR LF), so
        // the bytes are walked instead: every English run parses the
        // English catalogue for its words, and walking its lines one
        // character at a time was a quarter of checking a framework.
        let closing = quoted.utf8.allSatisfy({ $0 < 0x80 })
            ? closingQuote(quoted.utf8, quote: UInt8(ascii: "\""), backslash: UInt8(ascii: "\\"))
            : closingQuote(quoted, quote: "\"", backslash: "\\")
        guard let closing else { return "the text must end with a double quote" }
        return closing.offset == closing.count - 2 ? nil
            : "the text must end at its closing double quote; write \\\" for a quote inside it"
    }

    /// Where the first quote not escaped by a backslash stands among the
    /// elements after the opening one, and how many elements `text` has;
    /// nil without one.
    private static func closingQuote<Text: Collection>(_ text: Text, quote: Text.Element, backslash: Text.Element)
        -> (offset: Int, count: Int)? where Text.Element: Equatable
    {
        var escaped = false
        for (offset, element) in text.dropFirst().enumerated() {
            if escaped { escaped = false; continue }
            if element == backslash { escaped = true; continue }
            if element == quote { return (offset, text.count) }
        }
        return nil
    }

    /// The text between the quotes of a PO string, unescaped.
    static func unquote(_ quoted: Substring) -> String {
        var body = quoted
        if body.hasPrefix("\"") { body = body.dropFirst() }
        if body.hasSuffix("\"") { body = body.dropLast() }
        // Most strings hold no escape: taken as they are.
        if !body.utf8.contains(UInt8(ascii: "\\")) { return String(body) }
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
