/// One area of a national response (identification, assistance, ...):
/// a weighted group of indicators.
public struct Area: Sendable {
    public var id: String
    public var weight: Double
    public var title: LocalisedText
    /// The standards the area measures, as the methodologist wrote them.
    public var standards: [String]
    public var indicators: [Indicator]
    public var location: SourceLocation

    public init(id: String, weight: Double = 1, title: LocalisedText, standards: [String] = [],
                indicators: [Indicator], location: SourceLocation) {
        self.id = id
        self.weight = weight
        self.title = title
        self.standards = standards
        self.indicators = indicators
        self.location = location
    }

    /// Indicators that enter the area score: weight > 0, and not free text.
    public var scoredIndicators: [Indicator] { indicators.filter(\.isScored) }
}
