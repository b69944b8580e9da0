import Foundation

/// The one place where work runs on every core. Each index's result lands
/// at its index, so the output is the same as one core would make it,
/// whatever the timing.
///
///     let squares = OrderedParallelMap.map(4) { $0 * $0 }   // [0, 1, 4, 9]
///
/// `forEach` runs the indexes in rounds and hands each round's results to
/// the calling thread in order before the next round starts: for progress,
/// and for output that is written as it is made rather than held whole.
public enum OrderedParallelMap {
    /// `transform` of every index in `0..<count`, in index order. When any
    /// call throws, one of the errors is rethrown once all calls are done,
    /// and every result made is released.
    public static func map<Element: Sendable, Failure: Error>(
        _ count: Int, _ transform: @Sendable (Int) throws(Failure) -> Element
    ) throws(Failure) -> [Element] {
        try run(0..<count, transform)
    }

    /// `transform` of every index in `0..<count`, `round` indexes at a
    /// time; `receive` gets each round's first index and results, in index
    /// order, on the calling thread. A failure stops before the next round.
    public static func forEach<Element: Sendable, Failure: Error>(
        _ count: Int, round: Int, _ transform: @Sendable (Int) throws(Failure) -> Element,
        receive: (Int, [Element]) throws(Failure) -> Void
    ) throws(Failure) {
        let round = max(round, 1)
        var done = 0
        while done < count {
            let range = done..<min(done + round, count)
            try receive(done, try run(range, transform))
            done = range.upperBound
        }
    }

    /// For a map whose indexes each make several results: `produce` of
    /// every index in `0..<sizes.count` emits exactly `sizes[index]`
    /// results, and they land one after another in one array, in index
    /// order, made in place on every core. Joining parts made apart copied
    /// every result once more, on the calling thread.
    public static func flatMap<Element: Sendable>(sizes: [Int], _ produce: @Sendable (Int, (Element) -> Void) -> Void)
        -> [Element]
    {
        var offsets: [Int] = []
        var total = 0
        for size in sizes {
            offsets.append(total)
            total += size
        }
        let starts = offsets
        return ResultStretches<Element>.array(count: total, starts: starts) { stretches in
            DispatchQueue.concurrentPerform(iterations: sizes.count) { index in
                var offset = starts[index]
                let end = offset + sizes[index]
                produce(index) { element in
                    precondition(offset < end, "more results than promised")
                    stretches.initialise(offset, to: element, chunk: index)
                    offset += 1
                }
                precondition(offset == end, "fewer results than promised")
            }
            return true
        }
    }

    /// Enough rounds' indexes to keep every core busy while each round's
    /// results are few enough to hold.
    public static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// The indexes in `range` cut into a few contiguous chunks per core, so
    /// that uneven work evens out without a task per index; each chunk
    /// fills its own stretch of the result.
    private static func run<Element: Sendable, Failure: Error>(
        _ range: Range<Int>, _ transform: @Sendable (Int) throws(Failure) -> Element
    ) throws(Failure) -> [Element] {
        let count = range.count
        guard count > 0 else { return [] }
        let chunks = min(count, cores * 8)
        let bounds = (0...chunks).map { $0 * count / chunks }
        let failures = FirstFailure<Failure>()
        let results = ResultStretches<Element>.array(count: count, starts: Array(bounds.dropLast())) { stretches in
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for offset in bounds[chunk]..<bounds[chunk + 1] {
                    if failures.happened { return }
                    do throws(Failure) {
                        stretches.initialise(offset, to: try transform(range.lowerBound + offset), chunk: chunk)
                    } catch {
                        failures.keep(error)
                        return
                    }
                }
            }
            // On a failure the stretches release what the chunks made before it stopped them.
            return !failures.happened
        }
        if let failure = failures.first { throw failure }
        return results
    }
}

/// The first error thrown by any chunk; later ones are dropped.
private final class FirstFailure<Failure: Error>: @unchecked Sendable {
    private let lock = NSLock()
    private var error: Failure?
    private var stopped = false

    var happened: Bool { lock.withLock { stopped } }
    var first: Failure? { lock.withLock { error } }

    func keep(_ failure: Failure) {
        lock.withLock {
            if !stopped { error = failure }
            stopped = true
        }
    }
}
