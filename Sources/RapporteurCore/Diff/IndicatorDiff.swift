/// The changes to one indicator that both versions have: its weight, how
/// its answer scores, and its words.
enum IndicatorDiff {
    static func changes(_ old: Indicator, _ new: Indicator) -> [InstrumentChange] {
        var changes: [InstrumentChange] = []
        let scored = old.isScored || new.isScored
        if old.weight != new.weight {
            changes.append(InstrumentChange(kind: .weight, id: new.id, breaking: scored,
                                            old: ShortText.number(old.weight), new: ShortText.number(new.weight),
                                            location: new.location))
        }
        let breaking = scoresMayChange(old, new)
        if old.allowsNotApplicable != new.allowsNotApplicable {
            changes.append(scoring(new, ShortText.notApplicable(old.allowsNotApplicable),
                                   ShortText.notApplicable(new.allowsNotApplicable), breaking, at: new.location))
        }
        changes += answerChanges(old, new, breaking: breaking)
        changes += wordChanges(old, new)
        return changes
    }

    /// Whether an answer that reads under OLD may score differently, or no
    /// longer read, under NEW. The weight is judged on its own.
    static func scoresMayChange(_ old: Indicator, _ new: Indicator) -> Bool {
        if old.isScored != new.isScored { return true }
        guard old.isScored else { return false }
        if old.allowsNotApplicable && !new.allowsNotApplicable { return true }
        switch (old.answer, new.answer) {
        case (.choice(let was), .choice(let now)):
            // Points count relative to the best option: doubling them all changes nothing.
            let best = (was.options.map(\.points).max() ?? 0, now.options.map(\.points).max() ?? 0)
            return was.options.contains { option in
                guard let same = now.options.first(where: { $0.code == option.code }) else { return true }
                return best.0 > 0 && best.1 > 0 ? option.points / best.0 != same.points / best.1 : option.points != same.points
            }
        case (.checklist(let was), .checklist(let now)):
            return was.effectiveCap != now.effectiveCap || was.items.contains { item in
                now.items.first { $0.code == item.code }?.points != item.points
            }
        case (.number(let was), .number(let now)):
            return !sameRule(was.rule, now.rule) || was.minimum != now.minimum || was.maximum != now.maximum
                || was.integer != now.integer
        case (.ratio(let was), .ratio(let now)):
            return !sameRule(was.rule, now.rule)
        default:
            return true
        }
    }

    static func sameRule(_ old: ScoringRule, _ new: ScoringRule) -> Bool {
        switch (old, new) {
        case (.linear(let a, let b, _), .linear(let c, let d, _)): a == c && b == d
        case (.bands(let was, _), .bands(let now, _)):
            was.count == now.count && zip(was, now).allSatisfy { sameBand($0, $1) }
        default: false
        }
    }

    static func sameBand(_ a: Band, _ b: Band) -> Bool { a.from == b.from && a.to == b.to && a.points == b.points }

    private static func scoring(_ indicator: Indicator, _ old: String?, _ new: String?, _ breaking: Bool,
                                at location: SourceLocation, anchor: SourceLocation? = nil) -> InstrumentChange {
        InstrumentChange(kind: .scoring, id: indicator.id, breaking: breaking, old: old, new: new, location: location,
                         anchor: anchor)
    }

    private static func answerChanges(_ old: Indicator, _ new: Indicator, breaking: Bool) -> [InstrumentChange] {
        switch (old.answer, new.answer) {
        case (.choice(let was), .choice(let now)):
            return optionChanges(old, new, was.options, now.options, breaking: breaking, at: now.location)
        case (.checklist(let was), .checklist(let now)):
            var changes = optionChanges(old, new, was.items, now.items, breaking: breaking, at: now.location)
            if was.cap != now.cap {
                changes.append(scoring(new, ShortText.cap(was.cap), ShortText.cap(now.cap), breaking, at: now.location))
            }
            return changes
        case (.number(let was), .number(let now)):
            var changes: [InstrumentChange] = []
            if was.minimum != now.minimum || was.maximum != now.maximum || was.integer != now.integer {
                changes.append(scoring(new, ShortText.range(was), ShortText.range(now), breaking, at: now.location))
            }
            if was.unit != now.unit {
                changes.append(InstrumentChange(kind: .text, id: new.id, breaking: false,
                                                old: ShortText.field("unit", was.unit ?? ""),
                                                new: ShortText.field("unit", now.unit ?? ""), location: now.location))
            }
            return changes + ruleChanges(new, was.rule, now.rule, breaking: breaking)
        case (.ratio(let was), .ratio(let now)):
            var changes = ruleChanges(new, was.rule, now.rule, breaking: breaking)
            if was.numerator != now.numerator {
                changes.append(.text(new.id, "numerator", was.numerator, now.numerator, at: now.location))
            }
            if was.denominator != now.denominator {
                changes.append(.text(new.id, "denominator", was.denominator, now.denominator, at: now.location))
            }
            return changes
        case (.text, .text):
            return []
        default:
            return [scoring(new, old.answer.kind.rawValue, new.answer.kind.rawValue, breaking, at: new.location)]
        }
    }

    /// Options (or checklist items) matched by code.
    private static func optionChanges(_ old: Indicator, _ new: Indicator, _ was: [AnswerOption], _ now: [AnswerOption],
                                      breaking: Bool, at place: SourceLocation) -> [InstrumentChange] {
        var changes: [InstrumentChange] = []
        for option in now {
            guard let before = was.first(where: { $0.code == option.code }) else {
                changes.append(scoring(new, nil, ShortText.option(option), breaking, at: option.location))
                continue
            }
            if before.points != option.points {
                changes.append(scoring(new, ShortText.option(before), ShortText.option(option), breaking,
                                       at: option.location))
            }
            if before.labels != option.labels {
                changes.append(.text(new.id, "label \(option.code)", before.labels, option.labels, at: option.location))
            }
        }
        for option in was where !now.contains(where: { $0.code == option.code }) {
            changes.append(scoring(new, ShortText.option(option), nil, breaking, at: option.location, anchor: place))
        }
        return changes
    }

    /// A rule replaced by another kind, linear bounds moved, or bands one by one.
    private static func ruleChanges(_ indicator: Indicator, _ old: ScoringRule, _ new: ScoringRule,
                                    breaking: Bool) -> [InstrumentChange] {
        switch (old, new) {
        case (.bands(let was, _), .bands(let now, let place)):
            var changes: [InstrumentChange] = []
            for (index, band) in now.enumerated() {
                let before = index < was.count ? was[index] : nil
                if let before, sameBand(before, band) { continue }
                changes.append(scoring(indicator, before.map(ShortText.band), ShortText.band(band), breaking,
                                       at: band.location))
            }
            for band in was.dropFirst(now.count) {
                changes.append(scoring(indicator, ShortText.band(band), nil, breaking, at: band.location, anchor: place))
            }
            return changes
        default:
            guard !sameRule(old, new) else { return [] }
            return [scoring(indicator, ShortText.rule(old), ShortText.rule(new), breaking, at: ShortText.location(of: new))]
        }
    }

    private static func wordChanges(_ old: Indicator, _ new: Indicator) -> [InstrumentChange] {
        var changes: [InstrumentChange] = []
        let at = new.location
        if old.title != new.title { changes.append(.text(new.id, "title", old.title, new.title, at: at)) }
        if old.question != new.question { changes.append(.text(new.id, "question", old.question, new.question, at: at)) }
        if old.guidance != new.guidance { changes.append(.text(new.id, "guidance", old.guidance, new.guidance, at: at)) }
        if old.type != new.type {
            changes.append(InstrumentChange(kind: .text, id: new.id, breaking: false,
                                            old: ShortText.field("type", old.type.rawValue),
                                            new: ShortText.field("type", new.type.rawValue), location: at))
        }
        if old.sources != new.sources || old.references != new.references {
            changes.append(InstrumentChange(kind: .text, id: new.id, breaking: false,
                                            old: ShortText.field("sources", ShortText.sources(old)),
                                            new: ShortText.field("sources", ShortText.sources(new)), location: at))
        }
        return changes
    }
}
