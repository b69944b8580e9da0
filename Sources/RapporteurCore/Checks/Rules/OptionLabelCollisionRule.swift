/// Answers match labels after trimming, NFC and case folding, in any
/// language; two options whose labels (or codes) meet there are ambiguous.
struct OptionLabelCollisionRule: FrameworkRule {
    static let description = RuleDescription(
        id: .optionLabelCollision,
        summary: "Labels or codes of two options are the same once case and Unicode form are ignored, or one reads as a special answer.",
        triggering: [
            .area(RuleExample.validIndicator(answer: """
                <choice><option code="yes" points="1"><label xml:lang="en">Yes</label></option>
                <option code="no" points="0"><label xml:lang="en">YES</label></option></choice>
                """)),
            .area(RuleExample.validIndicator(answer: """
                <choice><option code="yes" points="1"><label xml:lang="en">Yes</label></option>
                <option code="unknown" points="0"><label xml:lang="en">Not known</label></option></choice>
                """)),
        ],
        nonTriggering: [
            .area(RuleExample.validIndicator(answer: """
                <choice><option code="yes" points="1"><label xml:lang="en">Yes</label><label xml:lang="sr-Latn">Da</label></option>
                <option code="no" points="0"><label xml:lang="en">No</label><label xml:lang="sr-Latn">Ne</label></option></choice>
                """)),
        ]
    )

    func check(_ framework: Framework) -> [Diagnostic] {
        var reserved = ["unknown", "n/a"]
        for text in [framework.specialAnswers.unknown, framework.specialAnswers.notApplicable] {
            reserved += text.entries.map(\.text)
        }
        return framework.indicators.flatMap { indicator in
            var owners: [String: String] = [:]
            for word in reserved { owners[AnswerText.fold(word)] = "a special answer" }
            if case .checklist = indicator.answer {
                owners[AnswerText.fold("none")] = "a special answer"
                for entry in framework.specialAnswers.none.entries { owners[AnswerText.fold(entry.text)] = "a special answer" }
            }
            var found: [Diagnostic] = []
            for option in indicator.answer.options {
                let words = Set([option.code] + option.labels.entries.map(\.text)).map(AnswerText.fold)
                for word in Set(words).sorted() {
                    if let owner = owners[word], owner != "option '\(option.code)'" {
                        found.append(diagnostic(
                            "\(indicator.id): option '\(option.code)' answers to '\(word)', which is also \(owner)",
                            at: option.location, suggestion: "make every label and code distinct, ignoring case"))
                    } else {
                        owners[word] = "option '\(option.code)'"
                    }
                }
            }
            return found
        }
    }
}
