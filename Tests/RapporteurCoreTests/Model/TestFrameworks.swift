import RapporteurCore

/// Frameworks and sheets built in Swift, so that the core's tests need no
/// reader. Each says what its XML or CSV would hold.
enum TestFrameworks {
    static func text(_ english: String) -> LocalisedText { LocalisedText(["en": english]) }

    static func at(_ file: String, _ line: Int) -> SourceLocation { SourceLocation(file: file, line: line) }

    /// `<number min="0" max="100"><linear low="0" high="100"/></number>`, an
    /// outcome indicator of weight 1: the answer is its own score.
    static func percentage(_ id: String, file: String) -> Indicator {
        Indicator(id: id, type: .outcome, title: text("t"), question: text("q?"),
                  answer: .number(NumberSpec(minimum: 0, maximum: 100, rule: .linear(low: 0, high: 100, location: at(file, 3)),
                                             location: at(file, 3))),
                  location: at(file, 2))
    }

    /// Framework `t` 1.0 with areas AA and BB of one percentage each (AA.01,
    /// BB.01), arithmetic, min-coverage 0.7, stable band 2, ratings `good`
    /// from 60 and `poor` from 0, and region `r` of RS and AL.
    static let twoAreas: Framework = {
        let areas = ["AA", "BB"].map { id in
            Area(id: id, title: text(id), indicators: [percentage("\(id).01", file: "\(id.lowercased()).xml")],
                 location: at("\(id.lowercased()).xml", 1))
        }
        return Framework(
            id: "t", version: FrameworkVersion(major: 1, minor: 0), title: text("T"),
            scoring: ScoringSettings(aggregation: .arithmetic, minimumCoverage: 0.7, stableBand: 2),
            ratings: [Rating(code: "good", minimum: 60, label: text("Good"), location: at("framework.xml", 3)),
                      Rating(code: "poor", minimum: 0, label: text("Poor"), location: at("framework.xml", 4))],
            regions: [Region(id: "r", title: text("R"),
                             members: [Region.Member(country: "RS", location: at("framework.xml", 5)),
                                       Region.Member(country: "AL", location: at("framework.xml", 5))],
                             location: at("framework.xml", 5))],
            areas: areas, location: at("framework.xml", 1))
    }()

    /// The sheet a CSV file would give, read as its reader lays it out:
    /// metadata `country`, `year`, `framework`, `status` and any
    /// `respondent` on lines 1 to 4 (or 5), a blank line, the table's
    /// header, then one row per answer with its source and comment.
    static func rawSheet(file: String, country: String, year: Int, framework: String, status: String,
                         respondent: String? = nil,
                         answers: [(indicator: String, answer: String)], sources: [String?] = [],
                         comments: [String?] = []) -> RawSheet {
        var pairs = [("country", country), ("year", String(year)), ("framework", framework), ("status", status)]
        if let respondent { pairs.append(("respondent", respondent)) }
        let metadata = pairs.enumerated().map { index, pair in
            RawMetadata(key: pair.0, value: pair.1, location: SourceLocation(file: file, line: index + 1, column: 2))
        }
        let header = pairs.count + 2
        let rows = answers.enumerated().map { index, row in
            RawAnswerRow(indicator: row.indicator, answer: row.answer,
                         source: index < sources.count ? sources[index] : nil,
                         comment: index < comments.count ? comments[index] : nil,
                         indicatorLocation: SourceLocation(file: file, line: header + 1 + index, column: 1),
                         answerLocation: SourceLocation(file: file, line: header + 1 + index, column: 2))
        }
        return RawSheet(file: file, metadata: metadata, rows: rows, header: SourceLocation(file: file, line: header))
    }
}
