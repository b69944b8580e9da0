import Foundation

/// A one-line progress counter on standard error, shown only when standard
/// error is a terminal and the run is long enough to need it.
final class Progress {
    private let total: Int
    private let label: String
    private let visible: Bool
    private var done = 0

    init(total: Int, label: String, minimum: Int = 20) {
        self.total = total
        self.label = label
        visible = total >= minimum && Terminal.standardErrorIsTerminal
    }

    func advance() {
        done += 1
        guard visible, done == total || done % max(total / 100, 1) == 0 else { return }
        Terminal.standardError("\r\(label): \(done)/\(total)")
    }

    /// Jumps to `count` done.
    func update(_ count: Int) {
        done = count
        guard visible else { return }
        Terminal.standardError("\r\(label): \(done)/\(total)")
    }

    func finish() {
        if visible { Terminal.standardError("\r\u{1B}[K") }
    }
}
