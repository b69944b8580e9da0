import Foundation

/// Renders a long export in stretches on every core and hands the
/// stretches' bytes to a sink in order: the same bytes one core would
/// write. A thread that finishes a stretch writes it as soon as the stretch
/// before it is written, so writing overlaps rendering and only about one
/// stretch per core is held at a time.
enum ParallelRender {
    static func render(count: Int, into sink: ByteSink, stretch: Int = 8_192,
                       _ body: @escaping @Sendable (Range<Int>) -> [UInt8]) {
        let stretches = (count + stretch - 1) / stretch
        let handoff = Handoff(sink)
        // Threads take stretches in increasing order, so the stretch a thread
        // waits for is always being rendered by another: no deadlock.
        DispatchQueue.concurrentPerform(iterations: stretches) { index in
            let lower = index * stretch
            handoff.write(index, body(lower..<min(lower + stretch, count)))
        }
    }
}

/// Writes stretch `index` only after stretch `index - 1`. The sink is only
/// touched under the condition's lock, one thread at a time.
private final class Handoff: @unchecked Sendable {
    private let sink: ByteSink
    private let condition = NSCondition()
    private var next = 0

    init(_ sink: ByteSink) { self.sink = sink }

    func write(_ index: Int, _ bytes: [UInt8]) {
        condition.lock()
        defer { condition.unlock() }
        while next != index { condition.wait() }
        sink.write(bytes)
        next += 1
        condition.broadcast()
    }
}
