/// Compares two versions of the instrument, matching areas, indicators,
/// options, ratings and regions by id, and classifies every difference
/// (analysis contract, "Instrument diff"). A pure function of the two
/// frameworks; the changes come in a fixed order: the framework's settings,
/// then areas and indicators in NEW's order, then what NEW no longer has.
public enum InstrumentDiff {
    public static func changes(from old: Framework, to new: Framework) -> [InstrumentChange] {
        var changes = frameworkChanges(old, new)
        let oldAreas = Dictionary(old.areas.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newAreas = Dictionary(new.areas.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var oldPlaces: [String: (area: Area, indicator: Indicator)] = [:]
        for area in old.areas { for indicator in area.indicators where oldPlaces[indicator.id] == nil {
            oldPlaces[indicator.id] = (area, indicator)
        } }
        var newIds: Set<String> = []

        for area in new.areas {
            guard let before = oldAreas[area.id] else {
                changes.append(InstrumentChange(
                    kind: .areaAdded, id: area.id, breaking: carriesWeight(area), old: nil,
                    new: ShortText.area(area), location: area.location))
                for indicator in area.indicators {
                    newIds.insert(indicator.id)
                    // Indicators of a new area come with it, unless they were somewhere else before.
                    if let (from, was) = oldPlaces[indicator.id] {
                        changes += moved(was, from: from, to: area, now: indicator)
                        changes += IndicatorDiff.changes(was, indicator)
                    }
                }
                continue
            }
            changes += areaChanges(before, area)
            for indicator in area.indicators {
                newIds.insert(indicator.id)
                guard let (from, was) = oldPlaces[indicator.id] else {
                    changes.append(InstrumentChange(
                        kind: .indicatorAdded, id: indicator.id, breaking: indicator.isScored, old: nil,
                        new: ShortText.indicator(indicator, in: area), location: indicator.location))
                    continue
                }
                if from.id != area.id { changes += moved(was, from: from, to: area, now: indicator) }
                changes += IndicatorDiff.changes(was, indicator)
            }
        }

        for area in old.areas where newAreas[area.id] == nil {
            changes.append(InstrumentChange(
                kind: .areaRemoved, id: area.id, breaking: carriesWeight(area), old: ShortText.area(area), new: nil,
                location: area.location, anchor: new.location))
        }
        for area in old.areas {
            guard let still = newAreas[area.id] else { continue }
            for indicator in area.indicators where !newIds.contains(indicator.id) {
                changes.append(InstrumentChange(
                    kind: .indicatorRemoved, id: indicator.id, breaking: indicator.isScored,
                    old: ShortText.indicator(indicator, in: area), new: nil, location: indicator.location,
                    anchor: still.location))
            }
        }
        return changes
    }

    /// Whether an area enters the overall score at all.
    static func carriesWeight(_ area: Area) -> Bool { area.weight > 0 && !area.scoredIndicators.isEmpty }

    private static func moved(_ was: Indicator, from: Area, to: Area, now: Indicator) -> [InstrumentChange] {
        [InstrumentChange(kind: .indicatorMoved, id: now.id, breaking: was.isScored || now.isScored,
                          old: from.id, new: to.id, location: now.location)]
    }

    private static func areaChanges(_ old: Area, _ new: Area) -> [InstrumentChange] {
        var changes: [InstrumentChange] = []
        if old.weight != new.weight {
            changes.append(InstrumentChange(
                kind: .weight, id: new.id, breaking: !old.scoredIndicators.isEmpty || !new.scoredIndicators.isEmpty,
                old: ShortText.number(old.weight), new: ShortText.number(new.weight), location: new.location))
        }
        if old.title != new.title {
            changes.append(.text(new.id, "title", old.title, new.title, at: new.location))
        }
        if old.standards != new.standards {
            changes.append(InstrumentChange(kind: .text, id: new.id, breaking: false,
                                            old: ShortText.field("standard", old.standards.joined(separator: "; ")),
                                            new: ShortText.field("standard", new.standards.joined(separator: "; ")),
                                            location: new.location))
        }
        return changes
    }

    private static func frameworkChanges(_ old: Framework, _ new: Framework) -> [InstrumentChange] {
        var changes: [InstrumentChange] = []
        let id = new.id
        let (was, now) = (old.scoring, new.scoring)
        if was.aggregation != now.aggregation {
            changes.append(InstrumentChange(kind: .aggregation, id: id, breaking: true, old: was.aggregation.rawValue,
                                            new: now.aggregation.rawValue, location: new.location))
        }
        if was.minimumCoverage != now.minimumCoverage {
            changes.append(InstrumentChange(kind: .coverage, id: id, breaking: true,
                                            old: ShortText.number(was.minimumCoverage),
                                            new: ShortText.number(now.minimumCoverage), location: new.location))
        }
        if was.stableBand != now.stableBand {
            // Trends, not scores, depend on the stable band.
            changes.append(InstrumentChange(kind: .scoring, id: id, breaking: false,
                                            old: ShortText.field("stable-band", ShortText.number(was.stableBand)),
                                            new: ShortText.field("stable-band", ShortText.number(now.stableBand)),
                                            location: new.location))
        }
        changes += ratingChanges(old, new)
        changes += regionChanges(old, new)
        if old.title != new.title { changes.append(.text(id, "title", old.title, new.title, at: new.location)) }
        if old.specialAnswers != new.specialAnswers {
            changes.append(InstrumentChange(kind: .text, id: id, breaking: false, old: "special-answers",
                                            new: "special-answers", location: new.location))
        }
        return changes
    }

    /// Ratings label scores; they do not change them.
    private static func ratingChanges(_ old: Framework, _ new: Framework) -> [InstrumentChange] {
        keyedChanges(.ratings, old.ratings, new.ratings, in: new, key: \.code, field: "rating", title: \.label,
                     location: \.location, short: ShortText.rating) { $0.minimum == $1.minimum }
    }

    /// Regions choose whose sheets are compared; a sheet's scores stay.
    private static func regionChanges(_ old: Framework, _ new: Framework) -> [InstrumentChange] {
        keyedChanges(.regions, old.regions, new.regions, in: new, key: \.id, field: "region", title: \.title,
                     location: \.location, short: ShortText.region) { Set($0.countries) == Set($1.countries) }
    }

    /// The changes of a list of the framework's own whose items have keys
    /// (ratings by code, regions by id), none of which moves a score: each
    /// item added, changed (`same` false) or retitled, in the new order, then
    /// each removed. An item is matched with the first of its key before.
    private static func keyedChanges<Item>(
        _ kind: InstrumentChange.Kind, _ old: [Item], _ new: [Item], in framework: Framework,
        key: (Item) -> String, field: String, title: (Item) -> LocalisedText, location: (Item) -> SourceLocation,
        short: (Item) -> String, same: (Item, Item) -> Bool
    ) -> [InstrumentChange] {
        var changes: [InstrumentChange] = []
        let before = Dictionary(old.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let keys = Set(new.map(key))
        for item in new {
            guard let was = before[key(item)] else {
                changes.append(InstrumentChange(kind: kind, id: framework.id, breaking: false, old: nil,
                                                new: short(item), location: location(item)))
                continue
            }
            if !same(was, item) {
                changes.append(InstrumentChange(kind: kind, id: framework.id, breaking: false, old: short(was),
                                                new: short(item), location: location(item)))
            }
            if title(was) != title(item) {
                changes.append(.text(framework.id, "\(field) \(key(item))", title(was), title(item), at: location(item)))
            }
        }
        for item in old where !keys.contains(key(item)) {
            changes.append(InstrumentChange(kind: kind, id: framework.id, breaking: false, old: short(item),
                                            new: nil, location: location(item), anchor: framework.location))
        }
        return changes
    }
}

extension InstrumentChange {
    /// A change of words only: `field: old text` to `field: new text`.
    static func text(_ id: String, _ field: String, _ old: LocalisedText, _ new: LocalisedText,
                     at location: SourceLocation) -> InstrumentChange {
        InstrumentChange(kind: .text, id: id, breaking: false, old: ShortText.field(field, ShortText.words(old)),
                         new: ShortText.field(field, ShortText.words(new)), location: location)
    }
}
