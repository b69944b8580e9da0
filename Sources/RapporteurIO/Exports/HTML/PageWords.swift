import Mustache

/// The translated words of the report page, looked up by name in a
/// template (`{{words.title}}`). Not a dictionary: a template may show the
/// whole (`{{#words}}{{.}}{{/words}}`), and a dictionary's order changes
/// from one instance to the next, so the same report would come out with
/// different bytes. Shown whole, the words come in the order of their names.
struct PageWords: MustacheParent, CustomStringConvertible, Sendable {
    private let byName: [String: String]

    init(_ byName: [String: String]) { self.byName = byName }

    func child(named name: String) -> Any? { byName[name] }

    var description: String {
        byName.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "\n")
    }
}
