import Foundation

/// Renders a long export in stretches on every core and hands the
/// stretches' bytes to a sink in order: the same bytes one core would
/// write, with at most a wave of stretches in memory at a time.
enum ParallelRender {
    static func render(count: Int, into sink: ByteSink, stretch: Int = 8_192,
                       _ body: @escaping @Sendable (Range<Int>) -> [UInt8]) {
        let wave = 2 * ProcessInfo.processInfo.activeProcessorCount
        var start = 0
        while start < count {
            let ranges = stride(from: start, to: min(start + wave * stretch, count), by: stretch).map {
                $0..<min($0 + stretch, count)
            }
            let parts = Parts(count: ranges.count)
            DispatchQueue.concurrentPerform(iterations: ranges.count) { index in
                parts.set(index, body(ranges[index]))
            }
            for part in parts.all { sink.write(part) }
            start = ranges.last!.upperBound
        }
    }
}

/// Rendered stretches, each written by one thread into its own slot.
private final class Parts: @unchecked Sendable {
    private var slots: [[UInt8]]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func set(_ index: Int, _ bytes: [UInt8]) { lock.withLock { slots[index] = bytes } }

    var all: [[UInt8]] { lock.withLock { slots } }
}
