/// The bands of one number or ratio laid out on the number line, with what
/// is wrong with them: empty bands, overlaps and gaps inside the domain.
struct BandLayout {
    enum Problem {
        case empty(Band)
        case overlap(Band, Band)
        /// Values in `[from, to)` (or `[from, to]` when `toIncluded`) score nothing.
        case gap(from: Double, to: Double?, toIncluded: Bool, at: SourceLocation)
    }

    let problems: [Problem]

    /// `domain` is `[min, max]` of the number (either end may be open), or
    /// [0, 100] for a ratio.
    init(bands: [Band], domainLow: Double?, domainHigh: Double?, rulesLocation: SourceLocation) {
        var problems: [Problem] = bands.filter { band in band.to.map { $0 <= band.from } ?? false }.map { .empty($0) }
        let usable = bands.filter { band in band.to.map { $0 > band.from } ?? true }.sorted { $0.from < $1.from }
        for (previous, next) in zip(usable, usable.dropFirst()) {
            guard let end = previous.to else {
                problems.append(.overlap(previous, next))
                continue
            }
            if end > next.from { problems.append(.overlap(previous, next)) }
            if end < next.from { problems.append(.gap(from: end, to: next.from, toIncluded: false, at: next.location)) }
        }
        if let first = usable.first, let low = domainLow, first.from > low {
            problems.append(.gap(from: low, to: first.from, toIncluded: false, at: first.location))
        }
        if let last = usable.max(by: { ($0.to ?? .infinity) < ($1.to ?? .infinity) }), let end = last.to {
            if let high = domainHigh {
                if end <= high { problems.append(.gap(from: end, to: high, toIncluded: true, at: last.location)) }
            } else {
                problems.append(.gap(from: end, to: nil, toIncluded: false, at: last.location))
            }
        }
        self.problems = problems
    }

    /// Every problem of every banded indicator, with the indicator, in
    /// framework order: the band rules each report one kind of them.
    static func problems(in framework: Framework) -> [(indicator: Indicator, problem: Problem)] {
        framework.indicators.flatMap { indicator -> [(indicator: Indicator, problem: Problem)] in
            guard let banded = BandedAnswer(indicator.answer) else { return [] }
            let layout = BandLayout(bands: banded.bands, domainLow: banded.low, domainHigh: banded.high,
                                    rulesLocation: banded.location)
            return layout.problems.map { (indicator, $0) }
        }
    }
}

/// The bands of a number or ratio answer, with the values the answer can
/// take: a number's `[min, max]` (either end may be open), a ratio's [0, 100].
struct BandedAnswer {
    let bands: [Band]
    let low: Double?
    let high: Double?
    /// Where `<bands>` stands.
    let location: SourceLocation

    /// Nil for an answer that is not scored by bands.
    init?(_ answer: AnswerSpec) {
        switch answer {
        case .number(let spec):
            guard case .bands(let bands, let location) = spec.rule else { return nil }
            (self.bands, low, high, self.location) = (bands, spec.minimum, spec.maximum, location)
        case .ratio(let spec):
            guard case .bands(let bands, let location) = spec.rule else { return nil }
            (self.bands, low, high, self.location) = (bands, 0, 100, location)
        case .choice, .checklist, .text:
            return nil
        }
    }
}

/// A number as the XML would write it: `10`, not `10.0`.
func formatted(_ value: Double) -> String { Rounding.plain(value) }

extension Band {
    var rangeDescription: String {
        "[\(formatted(from)), \(to.map(formatted) ?? "∞"))"
    }
}
