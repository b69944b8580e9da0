import RapporteurCore

/// The CSV files a report can write, each with the Table Schema that
/// `datapackage.json` gives it. The column lists follow the contracts
/// (`comparison.md`, `analysis.md`) and our own companions
/// (`docs/exports.md`); a test validates a real report against them with
/// `frictionless validate`, so a column added to a file without its field
/// here fails there.
public enum ReportTable: String, CaseIterable, Sendable {
    case comparison
    case comparisonWide = "comparison-wide"
    case evidence
    case indicators
    case countries
    case sensitivity
    case sensitivityInputs = "sensitivity-inputs"
    case agreement

    public var path: String { rawValue + ".csv" }

    public func resource(framework: Framework) -> TableResource {
        switch self {
        case .comparison:
            TableResource(
                name: rawValue, path: path, title: "Comparison, long form",
                description: "One row per year, country, level (overall, area, indicator) and id.",
                fields: [year, region, country, level, id]
                    + [score("score", "The country's score at this level, 2 decimals."),
                       coverage,
                       TableField("rank", .integer, "Standard competition rank among the countries scored that year.",
                                  minimum: 1),
                       TableField("n", .integer, "Countries with a score that year, level and id.", minimum: 0),
                       score("mean", "Regional mean."), score("median", "Regional median."),
                       score("min", "Lowest score."), score("max", "Highest score."),
                       TableField("sd", .number, "Sample standard deviation; empty when n < 2.", minimum: 0),
                       difference("gap", "Score minus the regional mean, of the displayed values."),
                       difference("delta", "Score minus the country's score in delta_from."),
                       TableField("delta_from", .year, "The year the delta is taken from."),
                       trend, rating(framework), comparisonState],
                primaryKey: ["year", "country", "level", "id"],
                foreignKeys: [countryKey, codebookKey])
        case .comparisonWide:
            TableResource(
                name: rawValue, path: path, title: "Comparison, wide form",
                description: "One row per country and year: the overall score, rating, coverage and every area's score.",
                fields: [year, region, country, score("overall", "Overall score, 2 decimals."), rating(framework), coverage,
                         comparisonState]
                    + framework.areas.map { score($0.id, "Score of area \($0.id): \($0.title.english ?? $0.id).") },
                primaryKey: ["year", "country"],
                foreignKeys: [countryKey])
        case .evidence:
            TableResource(
                name: rawValue, path: path, title: "Evidence",
                description: "One row per indicator of every taking-part sheet: the answer as typed, how it was read and scored, and where it stands.",
                fields: [year, country, respondent,
                         TableField("indicator", .string, "Indicator id.", required: true),
                         TableField("answer", .string, "The answer as typed, trimmed; a ratio on two rows as N/D."),
                         TableField("value", .string, "What the answer was read as: option codes joined by ;, a number, N/D, unknown or n/a."),
                         score("score", "The indicator's score, 2 decimals; empty when not scored."),
                         TableField("state", .string, "Why there is a score or not.", required: true,
                                    allowed: EvidenceState.allCases.map(\.rawValue)),
                         TableField("source", .string, "The source the sheet gives."),
                         TableField("comment", .string, "The sheet's comment."),
                         TableField("location", .string, "FILE:LINE:COLUMN or FILE:SHEET!CELL; two, separated by a space, for a ratio on two rows.")],
                primaryKey: ["year", "country", "respondent", "indicator"],
                foreignKeys: [countryKey, ForeignKey(["indicator"], references: Self.indicators.rawValue, ["id"])])
        case .indicators:
            TableResource(
                name: rawValue, path: path, title: "Codebook",
                description: "The overall score, every area and every indicator of the framework, with its title and weight.",
                fields: [level, id,
                         TableField("area", .string, "The area an indicator belongs to; the area's own id on its row."),
                         TableField("title", .string, "Title in the report's language."),
                         TableField("type", .string, "structural, process or outcome (indicators).",
                                    allowed: ["structural", "process", "outcome"]),
                         TableField("kind", .string, "How the indicator is answered.",
                                    allowed: ["choice", "checklist", "number", "ratio", "text"]),
                         TableField("weight", .number, "Weight in its area, or the area's weight in the overall score.",
                                    minimum: 0)],
                primaryKey: ["level", "id"])
        case .countries:
            TableResource(
                name: rawValue, path: path, title: "Countries",
                description: "Every country in the files, with its name and the framework's regions it belongs to.",
                fields: [TableField("code", .string, "ISO 3166-1 alpha-2, or XK for Kosovo.", required: true),
                         TableField("name", .string, "Name in the report's language."),
                         TableField("regions", .string, "Ids of the framework's regions the country is a member of.")],
                primaryKey: ["code"])
        case .sensitivity:
            TableResource(
                name: rawValue, path: path, title: "Sensitivity of the ranking",
                description: "Per country, its nominal rank and the distribution of its ranks over the runs.",
                fields: [year, country, score("score", "Nominal overall score."),
                         TableField("rank", .integer, "Nominal rank.", minimum: 1),
                         TableField("runs", .integer, "Runs in which the country was scored.", minimum: 0),
                         TableField("median_rank", .integer, "Median rank (nearest-rank).", minimum: 1),
                         TableField("mean_rank", .number, "Mean rank.", minimum: 1),
                         TableField("q05", .integer, "5th percentile of the ranks (nearest-rank).", minimum: 1),
                         TableField("q95", .integer, "95th percentile of the ranks (nearest-rank).", minimum: 1),
                         TableField("mean_shift", .number, "Mean of |rank - nominal rank|.", minimum: 0),
                         TableField("p_same", .number, "Share of runs at the nominal rank.", minimum: 0, maximum: 1)],
                primaryKey: ["year", "country"],
                foreignKeys: [countryKey])
        case .sensitivityInputs:
            TableResource(
                name: rawValue, path: path, title: "Sensitivity indices",
                description: "First-order and total sensitivity indices of the mean absolute rank shift, per varied input.",
                fields: [TableField("input", .string, "The varied input.", required: true,
                                    allowed: ["weights", "aggregation", "coverage", "missing"]),
                         TableField("first_order", .number, "First-order index (Saltelli 2010)."),
                         TableField("total", .number, "Total index (Jansen).")],
                primaryKey: ["input"])
        case .agreement:
            TableResource(
                name: rawValue, path: path, title: "Agreement of government and NGO sheets",
                description: "Per country and year with both sheets, the two scores at every level and how far they agree.",
                fields: [year, country, level, id,
                         score("government", "The government sheet's score."),
                         score("ngo", "The NGO sheet's score."),
                         difference("difference", "government minus ngo, of the displayed values."),
                         TableField("n", .integer, "Indicators both sheets scored.", minimum: 0),
                         TableField("same", .number, "Share of those with equal scores.", minimum: 0, maximum: 1),
                         TableField("mad", .number, "Mean absolute difference of their scores.", minimum: 0),
                         TableField("alpha", .number, "Krippendorff's alpha, interval level.")],
                primaryKey: ["year", "country", "level", "id"],
                foreignKeys: [countryKey, codebookKey])
        }
    }

    // Columns several files share.
    private var year: TableField { TableField("year", .year, "The reporting year.", required: true) }
    private var region: TableField { TableField("region", .string, "The region id, or empty for all countries.") }
    private var country: TableField {
        TableField("country", .string, "ISO 3166-1 alpha-2 code, or XK for Kosovo.", required: true)
    }
    private var level: TableField {
        TableField("level", .string, "overall, area or indicator.", required: true,
                   allowed: ComparisonLevel.allCases.map(\.rawValue))
    }
    private var id: TableField { TableField("id", .string, "overall, the area id or the indicator id.", required: true) }
    private var respondent: TableField {
        TableField("respondent", .string, "Who answered the sheet.", required: true,
                   allowed: ["ngo", "government", "joint"])
    }
    private var coverage: TableField {
        TableField("coverage", .number, "Share of the applicable weight that was answered, 4 decimals.",
                   minimum: 0, maximum: 1)
    }
    private var trend: TableField {
        TableField("trend", .string, "improved, stable or declined, by the framework's stable band.",
                   allowed: ["improved", "stable", "declined"])
    }
    private var comparisonState: TableField {
        TableField("state", .string, "Why there is a score or not.", required: true,
                   allowed: [ScoreState.scored, .withheld, .notApplicable, .missing].map(\.rawValue))
    }
    private func rating(_ framework: Framework) -> TableField {
        TableField("rating", .string, "The framework's rating of the overall score.",
                   allowed: framework.ratings.map(\.code))
    }
    private func score(_ name: String, _ description: String) -> TableField {
        TableField(name, .number, description, minimum: 0, maximum: 100)
    }
    private func difference(_ name: String, _ description: String) -> TableField {
        TableField(name, .number, description, minimum: -100, maximum: 100)
    }
    private var countryKey: ForeignKey {
        ForeignKey(["country"], references: Self.countries.rawValue, ["code"])
    }
    private var codebookKey: ForeignKey {
        ForeignKey(["level", "id"], references: Self.indicators.rawValue, ["level", "id"])
    }
}

extension DataPackage {
    /// The package of a report's CSV files under one framework.
    ///
    /// - Parameters:
    ///   - tables: the files written, in the order they are listed.
    ///   - created: an ISO 8601 time, only when `SOURCE_DATE_EPOCH` gave one.
    public static func report(framework: Framework, region: Region?, years: [Int], tables: [ReportTable],
                              license: DataLicense?, created: String?) -> DataPackage {
        let bounds = years.first.map { first in (first, years.last ?? first) }
        let span = bounds.map { $0.0 == $0.1 ? ["\($0.0)"] : ["\($0.0)", "\($0.1)"] } ?? []
        let place = region?.title.english ?? "all countries"
        let frameworkTitle = framework.title.english ?? framework.id
        let written = Set(tables.map(\.rawValue))
        let resources = tables.map { table in
            var resource = table.resource(framework: framework)
            // A key into a file this report did not write could not be checked.
            resource.foreignKeys.removeAll { !written.contains($0.resource) }
            return resource
        }
        return DataPackage(
            name: name(from: ["rapporteur", framework.id, region?.id ?? "all"] + span),
            title: "\(frameworkTitle): \(place), \(span.joined(separator: "–"))",
            version: framework.version.description,
            license: license,
            sources: [Source(title: "\(framework.id) \(framework.version): \(frameworkTitle)",
                             version: framework.version.description)],
            created: created,
            resources: resources)
    }
}
