import RapporteurCore

/// The scoring contract's ranges, checked on every score the fuzzer reaches:
/// scores in [0, 100], coverage in [0, 1], never NaN.
enum ScoreRange {
    /// Weighted means may land an ulp past a bound; that is not a finding.
    static let slack = 1e-9
    static let score = -slack...(100 + slack)
    static let coverage = -slack...(1 + slack)

    static func problems(in sheetScore: SheetScore) -> [String] {
        var problems: [String] = []
        func check(_ aggregate: AggregateScore, _ name: String) {
            if let value = aggregate.score, !Self.score.contains(value) {
                problems.append("\(name) scores \(value), outside [0, 100]")
            }
            if let coverage = aggregate.coverage, !Self.coverage.contains(coverage) {
                problems.append("\(name) has coverage \(coverage), outside [0, 1]")
            }
        }
        check(sheetScore.overall, "the sheet")
        for area in sheetScore.areas {
            check(area.aggregate, "area \(area.area)")
            for indicator in area.indicators {
                if let value = indicator.score, !Self.score.contains(value) {
                    problems.append("\(indicator.indicator) scores \(value), outside [0, 100]")
                }
            }
        }
        return problems
    }
}
