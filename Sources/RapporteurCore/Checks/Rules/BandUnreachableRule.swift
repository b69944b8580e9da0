/// A band outside the values an answer can take never gives its points;
/// when it holds the most points, no answer can score 100.
struct BandUnreachableRule: FrameworkRule {
    static let description = RuleDescription(
        id: .bandUnreachable,
        summary: "A band lies outside the values the answer can take (a number's [min, max], a ratio's [0, 100]).",
        severity: .warning,
        triggering: [
            .area(RuleExample.validIndicator(answer: """
                <number min="0" max="10"><bands><band from="0" to="20" points="1"/><band from="20" points="3"/></bands></number>
                """)),
            .area(RuleExample.validIndicator(answer: """
                <ratio><numerator xml:lang="en">a</numerator><denominator xml:lang="en">b</denominator>
                <bands><band from="0" to="150" points="1"/><band from="150" points="2"/></bands></ratio>
                """)),
        ],
        nonTriggering: [
            .area(RuleExample.validIndicator(answer: """
                <number min="0" max="20"><bands><band from="0" to="20" points="1"/><band from="20" points="3"/></bands></number>
                """)),
            .area(RuleExample.validIndicator(answer: """
                <ratio><numerator xml:lang="en">a</numerator><denominator xml:lang="en">b</denominator>
                <bands><band from="0" to="100" points="1"/><band from="100" points="2"/></bands></ratio>
                """)),
        ]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        framework.indicators.flatMap { indicator -> [Diagnostic] in
            guard let banded = BandedAnswer(indicator.answer) else { return [] }
            let (bands, low, high) = (banded.bands, banded.low, banded.high)
            let best = bands.map(\.points).max() ?? 0
            let range = "[\(low.map(formatted) ?? "-∞"), \(high.map(formatted) ?? "∞")]"
            return bands.filter { band in
                (high.map { band.from > $0 } ?? false) || (low.map { low in band.to.map { $0 <= low } ?? false } ?? false)
            }.map { band in
                if band.points == best && best > 0 {
                    return diagnostic("\(indicator.id): band \(band.rangeDescription), the one worth the most points, lies outside the values an answer can take, \(range), so no answer can score 100",
                                      at: band.location, suggestion: "move the band inside \(range), or change the answer's min and max")
                }
                return diagnostic("\(indicator.id): band \(band.rangeDescription) lies outside the values an answer can take, \(range), so its \(formatted(band.points)) points are never given",
                                  at: band.location, suggestion: "move the band inside \(range), or change the answer's min and max")
            }
        }
    }
}
