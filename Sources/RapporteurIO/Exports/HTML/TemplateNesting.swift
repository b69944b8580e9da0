/// How deeply a template's sections nest, counted before swift-mustache
/// parses it. Its parser (and renderer) recurse once per section, so a
/// template of thousands of sections one inside another would exhaust the
/// stack and end the program instead of being refused.
///
/// The count follows the library's reading closely enough never to count
/// fewer levels than it: tags start at the current start delimiter, a
/// delimiter change (`{{=<% %>=}}`) is read as the library reads it, and
/// every other tag runs to the next end delimiter. Where the library would
/// refuse the template anyway, the count stops.
enum TemplateNesting {
    /// Far above what a report's layout needs, far below what the stack of
    /// a worker thread holds.
    static let limit = 64

    /// The line of the first section opened deeper than `limit`, or nil.
    static func lineTooDeep(in text: String) -> Int? {
        let characters = Array(text)
        var start = Array("{{"), end = Array("}}")
        var depth = 0, line = 1, index = 0
        while let open = find(start, in: characters, from: index) {
            line += characters[index..<open].count(where: \.isNewline)
            index = open + start.count
            guard index < characters.count else { return nil }
            switch characters[index] {
            case "#", "^", "$", "<":
                depth += 1
                if depth > limit { return line }
            case "/":
                depth = max(0, depth - 1)
            case "=":
                guard let change = delimiters(in: characters, after: index + 1, end: end) else { return nil }
                (start, end) = (change.start, change.end)
                line += characters[index..<change.next].count(where: \.isNewline)
                index = change.next
                continue
            default:
                break
            }
            guard let close = find(end, in: characters, from: index) else { return nil }
            line += characters[index..<close].count(where: \.isNewline)
            index = close + end.count
        }
        return nil
    }

    /// A delimiter change as swift-mustache reads it: whitespace, the new
    /// start delimiter up to whitespace, the new end delimiter up to `=` or
    /// whitespace, `=`, then the current end delimiter. Nil where the
    /// library refuses it.
    private static func delimiters(in characters: [Character], after first: Int, end: [Character])
        -> (start: [Character], end: [Character], next: Int)? {
        var index = first
        func skipWhitespace() { while index < characters.count, characters[index].isWhitespace { index += 1 } }
        func read(until stop: (Character) -> Bool) -> [Character]? {
            let from = index
            while index < characters.count, !stop(characters[index]) { index += 1 }
            return index < characters.count ? Array(characters[from..<index]) : nil
        }
        skipWhitespace()
        guard let newStart = read(until: \.isWhitespace), !newStart.isEmpty else { return nil }
        skipWhitespace()
        guard let newEnd = read(until: { $0 == "=" || $0.isWhitespace }), !newEnd.isEmpty else { return nil }
        skipWhitespace()
        guard index < characters.count, characters[index] == "=" else { return nil }
        index += 1
        guard characters[index...].starts(with: end) else { return nil }
        return (newStart, newEnd, index + end.count)
    }

    private static func find(_ needle: [Character], in characters: [Character], from index: Int) -> Int? {
        guard !needle.isEmpty, characters.count >= needle.count, index <= characters.count - needle.count else {
            return nil
        }
        return (index...(characters.count - needle.count)).first { characters[$0...].starts(with: needle) }
    }
}
