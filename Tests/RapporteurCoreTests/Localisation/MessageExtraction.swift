import Foundation

/// Finds the diagnostic messages written in Swift sources, as their English
/// templates (`'{0}' is not a year`), so that a test can ask the catalogues
/// for every one without a list kept by hand.
///
/// A message is a one-line string literal given as the message or the
/// suggestion of `.error`, `.warning`, `.note`, `diagnostic(...)`,
/// `AnswerProblem(...)`, `Diagnostic(message:suggestion:)` or
/// `DiagnosticMessage(...)`, also inside a ternary or a closure there;
/// literals joined by `+` make one message, numbered as the runtime numbers
/// them. `scripts/messages.py` follows the same rules.
struct MessageExtraction {
    private(set) var messages: [String] = []
    /// Messages the extraction cannot read (multi-line or raw literals).
    private(set) var unreadable: [String] = []

    private struct Frame {
        var bracket: Character
        var callee: String?
        var argument = 0
        var label: String?
    }

    init(source: String, file: String = "") {
        let s = Array(source)
        var i = 0
        var frames: [Frame] = []
        var tokens: [String] = []
        var previous: (frame: Int, argument: Int, index: Int, count: Int)?
        while i < s.count {
            let c = s[i]
            if Self.starts(s, i, "//") {
                while i < s.count, s[i] != "\n" { i += 1 }
                continue
            }
            if Self.starts(s, i, "/*") {
                i += 2
                while i < s.count, !Self.starts(s, i, "*/") { i += 1 }
                i += 2
                continue
            }
            if Self.starts(s, i, "\"\"\"") || Self.starts(s, i, "#\"") {
                let raw = s[i] == "#"
                let close: String = raw ? "\"#" : "\"\"\""
                i += raw ? 2 : 3
                while i < s.count, !Self.starts(s, i, close) { i += 1 }
                i += close.count
                if Self.isMessage(frames) { unreadable.append("\(file): a multi-line or raw literal as a message") }
                tokens.append("literal")
                continue
            }
            if c == "\"" {
                let (template, end, count) = Self.literal(s, i)
                i = end
                guard Self.isMessage(frames) else {
                    tokens.append("literal")
                    continue
                }
                let key = (frames.count, frames.last?.argument ?? 0)
                if tokens.last == "+", tokens.dropLast().last == "message", let p = previous,
                   p.frame == key.0, p.argument == key.1 {
                    messages[p.index] += Self.renumbered(template, by: p.count)
                    previous = (key.0, key.1, p.index, p.count + count)
                } else {
                    messages.append(template)
                    previous = (key.0, key.1, messages.count - 1, count)
                }
                tokens.append("message")
                continue
            }
            if c.isLetter || c == "_" {
                var j = i
                while j < s.count, s[j].isLetter || s[j].isNumber || s[j] == "_" { j += 1 }
                let word = String(s[i..<j])
                var k = j
                while k < s.count, s[k] == " " || s[k] == "\t" { k += 1 }
                if k < s.count, s[k] == ":", let last = tokens.last, last == "(" || last == ",",
                   frames.last?.label == nil, !frames.isEmpty {
                    frames[frames.count - 1].label = word
                }
                tokens.append((tokens.last == "." ? "id:." : "id:") + word)
                i = j
                continue
            }
            switch c {
            case "(", "[", "{":
                var callee: String?
                if c == "(", let last = tokens.last, last.hasPrefix("id:") { callee = String(last.dropFirst(3)) }
                frames.append(Frame(bracket: c, callee: callee))
                tokens.append(c == "(" ? "(" : String(c))
            case ")", "]", "}":
                if !frames.isEmpty { frames.removeLast() }
                tokens.append(String(c))
            case ",":
                if !frames.isEmpty {
                    frames[frames.count - 1].argument += 1
                    frames[frames.count - 1].label = nil
                }
                tokens.append(",")
            default:
                if !c.isWhitespace { tokens.append(String(c)) }
            }
            i += 1
        }
    }

    private static func starts(_ s: [Character], _ i: Int, _ prefix: String) -> Bool {
        var k = i
        for p in prefix {
            guard k < s.count, s[k] == p else { return false }
            k += 1
        }
        return true
    }

    /// Whether the innermost frame that decides says "message here":
    /// brackets, braces and bare parentheses let the outer frame decide.
    private static func isMessage(_ frames: [Frame]) -> Bool {
        for frame in frames.reversed() {
            guard frame.bracket == "(" else { continue }
            if frame.label == "suggestion" { return true }
            switch frame.callee {
            case ".error", ".warning", ".note", "AnswerProblem", ".AnswerProblem":
                return frame.argument >= 1 && frame.label == nil
            case "diagnostic": return frame.argument == 0 && frame.label == nil
            case "DiagnosticMessage": return frame.label == nil
            case "Diagnostic": return frame.label == "message"
            case nil: continue
            default: return false
            }
        }
        return false
    }

    /// A `"..."` literal at `i`: its template (`\(x)` as `{n}`, escapes
    /// resolved), where it ends, and how many interpolations it holds.
    private static func literal(_ s: [Character], _ start: Int) -> (String, Int, Int) {
        var i = start + 1
        var out = ""
        var count = 0
        while i < s.count {
            let c = s[i]
            if c == "\"" { return (out, i + 1, count) }
            if c == "\\", i + 1 < s.count {
                let d = s[i + 1]
                if d == "(" {
                    var depth = 1
                    var j = i + 2
                    while j < s.count, depth > 0 {
                        if s[j] == "\"" {
                            j = literal(s, j).1
                            continue
                        }
                        if s[j] == "(" { depth += 1 }
                        if s[j] == ")" { depth -= 1 }
                        j += 1
                    }
                    out += "{\(count)}"
                    count += 1
                    i = j
                    continue
                }
                switch d {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                case "0": out.append("\0")
                default: out.append(d)
                }
                i += 2
                continue
            }
            out.append(c)
            i += 1
        }
        return (out, i, count)
    }

    private static func renumbered(_ template: String, by shift: Int) -> String {
        guard shift > 0 else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let n = Int(after[..<close]) {
                out += "{\(n + shift)}"
                rest = after[after.index(after: close)...]
            } else {
                out.append("{")
                rest = after
            }
        }
        return out + rest
    }

    /// Every message of every Swift file below `Sources/`, once each, in
    /// file order.
    static func messagesInSources(of repository: URL) throws -> (messages: [String], unreadable: [String]) {
        let sources = repository.appending(path: "Sources")
        let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        let files = (walker?.compactMap { $0 as? URL } ?? []).filter { $0.pathExtension == "swift" }
            .sorted { $0.path < $1.path }
        var seen: Set<String> = []
        var messages: [String] = []
        var unreadable: [String] = []
        for file in files {
            let extraction = MessageExtraction(source: try String(contentsOf: file, encoding: .utf8), file: file.path)
            for message in extraction.messages where seen.insert(message).inserted { messages.append(message) }
            unreadable += extraction.unreadable
        }
        return (messages, unreadable)
    }
}
