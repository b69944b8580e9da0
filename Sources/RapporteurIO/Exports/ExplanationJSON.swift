import RapporteurCore

/// `explain --format json`: the explanation as one JSON object, keys in a
/// fixed order. Top-level numbers are shown as the comparison shows them
/// (scores 2 decimals, coverage 4); the parts' numbers are unrounded, so
/// that the score can be computed again from them.
public enum ExplanationJSON {
    public static func render(_ explanation: Explanation) -> String {
        document(explanation).rendered(indent: 0) + "\n"
    }

    static func document(_ e: Explanation) -> Value {
        var fields: [(String, Value)] = [
            ("country", .string(e.country)), ("year", .number(String(e.year))), ("level", .string(e.level.rawValue)),
            ("id", .string(e.id)), ("file", .string(e.file)), ("score", fixed(e.score, 2)), ("state", .string(e.state.rawValue)),
        ]
        if e.level != .indicator { fields.append(("coverage", fixed(e.coverage, 4))) }
        let s = e.standing
        fields += [
            ("region", s?.region.map(Value.string) ?? .null), ("rank", s?.rank.map { .number(String($0)) } ?? .null),
            ("n", s.map { .number(String($0.n)) } ?? .null), ("mean", fixed(s?.mean, 2)), ("delta", fixed(s?.delta, 2)),
            ("delta_from", s?.deltaFrom.map { .number(String($0)) } ?? .null),
            ("delta_file", s?.deltaFile.map(Value.string) ?? .null),
        ]
        if e.level != .indicator {
            fields += [
                ("aggregation", .string(e.aggregation.rawValue)),
                ("min_coverage", .number(Rounding.plain(e.minimumCoverage))),
                ("answered_weight", e.answeredWeight.map { .number(Rounding.plain($0)) } ?? .null),
            ]
        }
        fields.append(("parts", .array(e.parts.map(part))))
        if e.level == .indicator {
            fields.append(("previous", e.previous.map { previous in
                .object([
                    ("year", .number(String(previous.year))), ("file", e.previousFile.map(Value.string) ?? .null),
                    ("answer", .string(previous.answer)), ("value", .string(previous.value)),
                    ("score", unrounded(previous.score)), ("state", .string(previous.state.rawValue)),
                    ("locations", .array(previous.locations.map { .string($0.description) })),
                ])
            } ?? .null))
        }
        return .object(fields)
    }

    static func part(_ p: ExplanationPart) -> Value {
        var fields: [(String, Value)] = [
            ("id", .string(p.id)), ("weight", .number(Rounding.plain(p.weight))), ("score", unrounded(p.score)),
            ("state", .string(p.state.rawValue)),
        ]
        if case .aggregate = p.state { fields.append(("coverage", unrounded(p.coverage))) }
        fields.append(("contribution", unrounded(p.contribution)))
        if let evidence = p.evidence {
            fields += [
                ("answer", .string(evidence.answer)), ("value", .string(evidence.value)),
                ("locations", .array(evidence.locations.map { .string($0.description) })),
                ("source", evidence.source.map(Value.string) ?? .null), ("comment", evidence.comment.map(Value.string) ?? .null),
                ("rule", p.rule.map(rule) ?? .null),
            ]
        }
        return .object(fields)
    }

    static func rule(_ step: ScoringStep) -> Value {
        let number = { (value: Double) in Value.number(Rounding.plain(value)) }
        switch step {
        case .option(let code, let points, let best):
            return .object([("kind", .string("option")), ("code", .string(code)), ("points", number(points)), ("best", number(best))])
        case .checklist(let codes, let points, let cap):
            return .object([("kind", .string("checklist")), ("codes", .array(codes.map(Value.string))),
                            ("points", number(points)), ("cap", number(cap))])
        case .linear(let value, let low, let high):
            return .object([("kind", .string("linear")), ("value", unrounded(value)), ("low", number(low)), ("high", number(high))])
        case .band(let value, let from, let to, let points, let best):
            return .object([("kind", .string("band")), ("value", unrounded(value)), ("from", number(from)),
                            ("to", to.map(number) ?? .null), ("points", number(points)), ("best", number(best))])
        }
    }

    private static func fixed(_ value: Double?, _ places: Int) -> Value {
        value.map { .number(Rounding.fixed($0, places: places)) } ?? .null
    }

    /// Every digit the number has: Swift's shortest exact form.
    private static func unrounded(_ value: Double?) -> Value {
        value.map { .number($0.rounded() == $0 && abs($0) < 1e15 ? String(Int64($0)) : String($0)) } ?? .null
    }

    /// Just enough JSON for a fixed-order document.
    indirect enum Value {
        case object([(String, Value)])
        case array([Value])
        case string(String)
        case number(String)
        case null

        func rendered(indent: Int) -> String {
            let inner = String(repeating: "  ", count: indent + 1), outer = String(repeating: "  ", count: indent)
            switch self {
            case .object(let fields):
                guard !fields.isEmpty else { return "{}" }
                return "{\n" + fields.map { inner + JSONString.quote($0.0) + ": " + $0.1.rendered(indent: indent + 1) }
                    .joined(separator: ",\n") + "\n" + outer + "}"
            case .array(let values):
                guard !values.isEmpty else { return "[]" }
                return "[\n" + values.map { inner + $0.rendered(indent: indent + 1) }.joined(separator: ",\n") + "\n" + outer + "]"
            case .string(let text): return JSONString.quote(text)
            case .number(let text): return text
            case .null: return "null"
            }
        }
    }
}
