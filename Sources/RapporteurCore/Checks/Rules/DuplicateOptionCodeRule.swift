/// An answer names an option by its code: two options with one code could
/// not be told apart.
struct DuplicateOptionCodeRule: FrameworkRule {
    static let description = RuleDescription(
        id: .duplicateOptionCode,
        summary: "Two options of a choice, or two items of a checklist, share a code.",
        triggering: [
            .area(RuleExample.validIndicator(answer: """
                <choice><option code="yes" points="1"><label xml:lang="en">Yes</label></option>
                <option code="yes" points="0"><label xml:lang="en">No</label></option></choice>
                """)),
        ],
        nonTriggering: [.area(RuleExample.validIndicator())]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        framework.indicators.flatMap { indicator in
            var seen: [String: SourceLocation] = [:]
            return indicator.answer.options.compactMap { option -> Diagnostic? in
                let key = AnswerText.fold(option.code)
                if let first = seen[key] {
                    return diagnostic("\(indicator.id): code '\(option.code)' is already used at \(first.description)",
                                      at: option.location, suggestion: "give each option its own code")
                }
                seen[key] = option.location
                return nil
            }
        }
    }
}
