import RapporteurCore

/// Renders a long export in stretches on every core and hands the
/// stretches' bytes to a sink in order: the same bytes one core would
/// write. Only a round of a few stretches per core is held at a time.
enum ParallelRender {
    static func render(count: Int, into sink: ByteSink, stretch: Int = 8_192,
                       _ body: @escaping @Sendable (Range<Int>) -> [UInt8]) {
        let stretches = (count + stretch - 1) / stretch
        OrderedParallelMap.forEach(stretches, round: 2 * OrderedParallelMap.cores, { index in
            let lower = index * stretch
            return body(lower..<min(lower + stretch, count))
        }, receive: { _, rendered in
            for bytes in rendered { sink.write(bytes) }
        })
    }
}
