import RapporteurCore

/// `rapporteur diff --format json`, as the analysis contract lists it:
/// `changes`, and with sheets `impact` and a `summary` of it.
public enum DiffJSON {
    public static func render(_ report: InstrumentDiffReport) -> String {
        var out = "{\n  \"old\": \(framework(report.old)),\n  \"new\": \(framework(report.new)),\n"
        out += "  \"changes\": " + array(report.changes.map(change))
        if let impact = report.impact {
            out += ",\n  \"impact\": " + array(impact.rows.map(row))
            let largest = impact.largest.map(row) ?? "null"
            out += ",\n  \"summary\": {\"sheets\": \(report.sheetCount), \"scores_moved\": \(impact.scoresMoved), "
                + "\"largest\": \(largest), \"latest_year\": \(impact.latestYear.map(String.init) ?? "null"), "
                + "\"rank_changes\": " + "[" + impact.rankChanges.map(row).joined(separator: ", ") + "]}"
        }
        return out + "\n}\n"
    }

    private static func framework(_ framework: Framework) -> String {
        "{\"id\": \(JSONString.quote(framework.id)), \"version\": \(JSONString.quote(framework.version.description))}"
    }

    private static func array(_ objects: [String]) -> String {
        objects.isEmpty ? "[]" : "[\n    " + objects.joined(separator: ",\n    ") + "\n  ]"
    }

    private static func text(_ value: String?) -> String { value.map(JSONString.quote) ?? "null" }

    private static func change(_ change: InstrumentChange) -> String {
        "{\"kind\": \(JSONString.quote(change.kind.rawValue)), \"id\": \(JSONString.quote(change.id)), "
            + "\"breaking\": \(change.breaking), \"old\": \(text(change.old)), \"new\": \(text(change.new)), "
            + "\"location\": \(JSONString.quote(change.location.description))}"
    }

    private static func number(_ value: Double?) -> String { value.map { Rounding.fixed($0, places: 2) } ?? "null" }

    private static func row(_ row: ScoreImpact.Row) -> String {
        "{\"country\": \(JSONString.quote(row.country)), \"year\": \(row.year), "
            + "\"level\": \(JSONString.quote(row.level.rawValue)), \"id\": \(JSONString.quote(row.id)), "
            + "\"old\": \(number(row.old)), \"new\": \(number(row.new)), \"difference\": \(number(row.difference)), "
            + "\"old_rank\": \(row.oldRank.map(String.init) ?? "null"), \"new_rank\": \(row.newRank.map(String.init) ?? "null")}"
    }
}
