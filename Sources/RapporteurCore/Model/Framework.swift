/// The monitoring instrument: areas of a national response, the indicators in
/// each, how answers score and how scores aggregate (spec/framework.md).
public struct Framework: Sendable {
    public var id: String
    public var version: FrameworkVersion
    public var title: LocalisedText
    public var scoring: ScoringSettings
    public var ratings: [Rating]
    public var specialAnswers: SpecialAnswerLabels
    public var regions: [Region]
    public var areas: [Area]
    /// Where `<framework>` stands, for diagnostics about the whole file.
    public var location: SourceLocation

    public init(
        id: String, version: FrameworkVersion, title: LocalisedText,
        scoring: ScoringSettings = ScoringSettings(), ratings: [Rating],
        specialAnswers: SpecialAnswerLabels = SpecialAnswerLabels(),
        regions: [Region] = [], areas: [Area], location: SourceLocation
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.scoring = scoring
        self.ratings = ratings
        self.specialAnswers = specialAnswers
        self.regions = regions
        self.areas = areas
        self.location = location
    }

    /// Every indicator, area by area. Built on each call: callers in a loop
    /// should take it once.
    public var indicators: [Indicator] { areas.flatMap(\.indicators) }

    public func indicator(_ id: String) -> Indicator? {
        for area in areas {
            if let found = area.indicators.first(where: { $0.id == id }) { return found }
        }
        return nil
    }

    public func region(_ id: String) -> Region? { regions.first { $0.id == id } }

    /// Every language any text of the framework is given in, English first.
    public var languages: [String] {
        var seen: [String] = ["en"]
        func add(_ text: LocalisedText) {
            for language in text.languages where !seen.contains(language) { seen.append(language) }
        }
        add(title)
        for area in areas {
            add(area.title)
            for indicator in area.indicators {
                add(indicator.title)
                add(indicator.question)
                for option in indicator.answer.options { add(option.labels) }
            }
        }
        return seen
    }

    /// The rating whose `min` is the highest not above `score`.
    public func rating(for score: Double) -> Rating? {
        ratings.filter { $0.minimum <= score }.max { $0.minimum < $1.minimum }
    }
}

/// `MAJOR.MINOR`: a sheet or comparison must match the major version;
/// a different minor version is worth a warning only.
public struct FrameworkVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var major: Int
    public var minor: Int

    public init(major: Int, minor: Int) {
        self.major = major
        self.minor = minor
    }

    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let major = Int(parts[0]), let minor = Int(parts[1]),
              major >= 0, minor >= 0 else { return nil }
        self.init(major: major, minor: minor)
    }

    public var description: String { "\(major).\(minor)" }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }
}

public enum Aggregation: String, Sendable, Hashable {
    case arithmetic, geometric
}

public struct ScoringSettings: Sendable, Hashable {
    public var aggregation: Aggregation
    /// Below this share of answered weight, a score is withheld.
    public var minimumCoverage: Double
    /// A change of less than this many points is `stable`.
    public var stableBand: Double

    public init(aggregation: Aggregation = .arithmetic, minimumCoverage: Double = 0.7, stableBand: Double = 2.0) {
        self.aggregation = aggregation
        self.minimumCoverage = minimumCoverage
        self.stableBand = stableBand
    }
}

public struct Rating: Sendable, Hashable {
    public var code: String
    public var minimum: Double
    public var label: LocalisedText
    public var location: SourceLocation

    public init(code: String, minimum: Double, label: LocalisedText, location: SourceLocation) {
        self.code = code
        self.minimum = minimum
        self.label = label
        self.location = location
    }
}

public struct Region: Sendable, Hashable {
    public struct Member: Sendable, Hashable {
        public var country: String
        public var location: SourceLocation
        public init(country: String, location: SourceLocation) {
            self.country = country
            self.location = location
        }
    }

    public var id: String
    public var title: LocalisedText
    public var members: [Member]
    public var location: SourceLocation

    public init(id: String, title: LocalisedText, members: [Member], location: SourceLocation) {
        self.id = id
        self.title = title
        self.members = members
        self.location = location
    }

    public var countries: [String] { members.map(\.country) }
}

/// Words people may write for the special answers, beyond the codes
/// `unknown`, `n/a` and `none` themselves (e.g. `nepoznato`).
public struct SpecialAnswerLabels: Sendable, Hashable {
    public var unknown: LocalisedText
    public var notApplicable: LocalisedText
    public var none: LocalisedText

    public init(unknown: LocalisedText = LocalisedText(), notApplicable: LocalisedText = LocalisedText(),
                none: LocalisedText = LocalisedText()) {
        self.unknown = unknown
        self.notApplicable = notApplicable
        self.none = none
    }
}
