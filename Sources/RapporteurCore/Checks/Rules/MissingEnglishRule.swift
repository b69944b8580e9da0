/// Every text a person reads exists in English, the fallback of every output.
struct MissingEnglishRule: FrameworkRule {
    static let description = RuleDescription(
        id: .missingEnglish,
        summary: "A title, question, guidance, label or ratio text has no `en` version.",
        triggering: [
            .area(RuleExample.validIndicator(
                texts: #"<title xml:lang="sr-Latn">Naslov</title><question xml:lang="en">Question?</question>"#)),
            .area(RuleExample.validIndicator(answer: """
                <choice><option code="da" points="1"><label xml:lang="sr-Latn">Da</label></option>
                <option code="no" points="0"><label xml:lang="en">No</label></option></choice>
                """)),
        ],
        nonTriggering: [
            .area(RuleExample.validIndicator(
                texts: #"<title xml:lang="en">Title</title><title xml:lang="sr-Latn">Naslov</title><question xml:lang="en">Question?</question>"#)),
        ]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func require(_ text: LocalisedText, _ what: String, _ location: SourceLocation) {
            guard text.english == nil else { return }
            let given = text.languages.isEmpty ? "none" : text.languages.joined(separator: ", ")
            found.append(diagnostic("\(what) has no English text (languages given: \(given))",
                                    at: location, suggestion: "add the same element with xml:lang=\"en\""))
        }
        require(framework.title, "the framework title", framework.location)
        for rating in framework.ratings { require(rating.label, "rating '\(rating.code)' label", rating.location) }
        for region in framework.regions { require(region.title, "region '\(region.id)' title", region.location) }
        for area in framework.areas {
            require(area.title, "area '\(area.id)' title", area.location)
            for indicator in area.indicators {
                // Built once per indicator, and only when a text lacks
                // English: looking each name up among the options was
                // quadratic in a choice's options.
                var places: [String: SourceLocation]?
                for (name, text) in IndicatorTexts.named(indicator) where text.english == nil {
                    if places == nil { places = IndicatorTexts.locations(in: indicator) }
                    require(text, "\(indicator.id) \(name)", places?[name] ?? indicator.location)
                }
            }
        }
        return found
    }
}

/// The texts of one indicator a person reads, by a name for messages.
enum IndicatorTexts {
    static func named(_ indicator: Indicator) -> [(String, LocalisedText)] {
        var texts: [(String, LocalisedText)] = [("title", indicator.title), ("question", indicator.question)]
        if !indicator.guidance.isEmpty { texts.append(("guidance", indicator.guidance)) }
        switch indicator.answer {
        case .choice(let choice):
            texts += choice.options.map { ("option '\($0.code)' label", $0.labels) }
        case .checklist(let checklist):
            texts += checklist.items.map { ("item '\($0.code)' label", $0.labels) }
        case .ratio(let ratio):
            texts += [("numerator", ratio.numerator), ("denominator", ratio.denominator)]
        case .number, .text:
            break
        }
        return texts
    }

    /// Where each option's or item's labels stand, by the names `named` gives them.
    static func locations(in indicator: Indicator) -> [String: SourceLocation] {
        let kind = indicator.answer.kind == .checklist ? "item" : "option"
        return Dictionary(indicator.answer.options.map { ("\(kind) '\($0.code)' label", $0.location) },
                          uniquingKeysWith: { first, _ in first })
    }
}
