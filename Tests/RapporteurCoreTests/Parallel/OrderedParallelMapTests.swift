import Foundation
import Synchronization
import Testing
@testable import RapporteurCore

@Suite("the ordered parallel map")
struct OrderedParallelMapTests {
    struct Odd: Error, Equatable { var index: Int }

    @Test("results keep the indexes' order, whatever the work's length")
    func order() {
        // Early indexes take longest, so they finish last.
        let result = OrderedParallelMap.map(40) { index in
            usleep(useconds_t((40 - index) * 100))
            return index * 3
        }
        #expect(result == (0..<40).map { $0 * 3 })
    }

    @Test("every index is worked on exactly once")
    func once() {
        let calls = CallCount(1_000)
        _ = OrderedParallelMap.map(1_000) { calls.count($0) }
        #expect(calls.all == [Int](repeating: 1, count: 1_000))
    }

    @Test("no index, no call and no result")
    func empty() {
        #expect(OrderedParallelMap.map(0) { _ -> Int in Issue.record("called"); return 0 }.isEmpty)
    }

    @Test("an error thrown for one index is thrown by the map")
    func errors() {
        #expect(throws: Odd(index: 7)) {
            _ = try OrderedParallelMap.map(10) { index throws(Odd) -> String in
                if index == 7 { throw Odd(index: 7) }
                return String(index)
            }
        }
    }

    @Test("results made before an error are released, not leaked")
    func releasedAfterError() {
        let live = LiveCount()
        #expect(throws: Odd.self) {
            _ = try OrderedParallelMap.map(64) { index throws(Odd) -> Tracked in
                if index == 63 { throw Odd(index: index) }
                return Tracked(live)
            }
        }
        #expect(live.value == 0)
    }

    @Test("flatMap puts each index's results one after another, in index order, whatever the sizes")
    func flatMap() {
        let parts = [[1, 2], [], [3], [4, 5, 6]]
        #expect(OrderedParallelMap.flatMap(sizes: parts.map(\.count)) { index, emit in parts[index].forEach(emit) } == [1, 2, 3, 4, 5, 6])
        #expect(OrderedParallelMap.flatMap(sizes: []) { (_: Int, _: (Int) -> Void) in }.isEmpty)
        // Many indexes of uneven sizes, on every core.
        let sizes = (0..<500).map { $0 % 7 }
        let made = OrderedParallelMap.flatMap(sizes: sizes) { index, emit in
            for offset in 0..<sizes[index] { emit(index * 10 + offset) }
        }
        #expect(made == sizes.indices.flatMap { index in (0..<sizes[index]).map { index * 10 + $0 } })
    }

    @Test("forEach hands over rounds in order, each once, and the rounds cover every index")
    func rounds() {
        var firsts: [Int] = []
        var all: [Int] = []
        OrderedParallelMap.forEach(10, round: 4, { $0 + 100 }) { first, results in
            firsts.append(first)
            all += results
        }
        #expect(firsts == [0, 4, 8])
        #expect(all == Array(100..<110))
    }

    @Test("forEach stops at the round whose work throws")
    func roundStops() {
        var received: [Int] = []
        var thrown: Odd?
        do throws(Odd) {
            try OrderedParallelMap.forEach(10, round: 4, { (index: Int) throws(Odd) -> Int in
                if index == 5 { throw Odd(index: 5) }
                return index
            }, receive: { (_: Int, results: [Int]) throws(Odd) in received += results })
        } catch {
            thrown = error
        }
        #expect(thrown == Odd(index: 5))
        #expect(received == [0, 1, 2, 3])
    }
}

/// How often each index was worked on.
private final class CallCount: Sendable {
    private let counts: Mutex<[Int]>
    init(_ count: Int) { counts = Mutex([Int](repeating: 0, count: count)) }
    func count(_ index: Int) { counts.withLock { $0[index] += 1 } }
    var all: [Int] { counts.withLock { $0 } }
}

/// How many `Tracked` values are alive.
private final class LiveCount: Sendable {
    private let count = Mutex(0)
    func add(_ delta: Int) { count.withLock { $0 += delta } }
    var value: Int { count.withLock { $0 } }
}

private final class Tracked: Sendable {
    let live: LiveCount
    init(_ live: LiveCount) {
        self.live = live
        live.add(1)
    }
    deinit { live.add(-1) }
}
