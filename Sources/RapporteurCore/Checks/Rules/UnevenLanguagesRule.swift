/// A translation that covers only part of an indicator leaves a reader with
/// a sheet in two languages; usually a text was forgotten.
struct UnevenLanguagesRule: FrameworkRule {
    static let description = RuleDescription(
        id: .unevenLanguages,
        summary: "A language is given for some texts of an indicator but not for others.",
        severity: .warning,
        triggering: [
            .area(RuleExample.validIndicator(
                texts: #"<title xml:lang="en">T</title><title xml:lang="sr-Latn">N</title><question xml:lang="en">Q?</question>"#)),
        ],
        nonTriggering: [
            .area(RuleExample.validIndicator(
                answer: """
                <choice><option code="yes" points="1"><label xml:lang="en">Yes</label><label xml:lang="sr-Latn">Da</label></option>
                <option code="no" points="0"><label xml:lang="en">No</label><label xml:lang="sr-Latn">Ne</label></option></choice>
                """,
                texts: #"<title xml:lang="en">T</title><title xml:lang="sr-Latn">N</title><question xml:lang="en">Q?</question><question xml:lang="sr-Latn">P?</question>"#)),
        ]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        framework.indicators.compactMap { indicator in
            let texts = IndicatorTexts.named(indicator)
            // Languages of the texts a person reads set the expectation;
            // a language only on option labels is an extra way to answer
            // (e.g. Cyrillic labels), not a half-done translation.
            var all: [String] = []
            for (name, text) in texts where !name.hasSuffix(" label") {
                for language in text.languages where !all.contains(language) { all.append(language) }
            }
            let gaps = all.compactMap { language -> String? in
                let lacking = texts.filter { $0.1.exactly(language) == nil }.map(\.0)
                return lacking.isEmpty ? nil : "\(language) is missing for \(lacking.joined(separator: ", "))"
            }
            guard !gaps.isEmpty else { return nil }
            return diagnostic("\(indicator.id) is not fully translated: \(gaps.joined(separator: "; "))",
                              at: indicator.location,
                              suggestion: "translate the missing texts or remove the partial language")
        }
    }
}
