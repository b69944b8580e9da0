import RapporteurCore

/// What a template says about each indicator in a chosen language: the
/// question, and the answers it accepts spelled out.
struct TemplateText {
    let language: String
    let vocabulary: Vocabulary

    init(language: String) {
        self.language = language
        vocabulary = Vocabulary(language: language)
    }

    /// One template row: the indicator id (`IDN.01`, or `IDN.01/N`), and
    /// the help for it.
    struct Row {
        var id: String
        var area: String
        var question: String
        var options: String
        var indicator: Indicator
        /// One of the two rows of a ratio, holding one count.
        var isRatioPart: Bool { id != indicator.id }
    }

    func rows(for framework: Framework) -> [Row] {
        let noneWord = framework.specialAnswers.none.text(in: language)
        let noneLabel = noneWord.isEmpty || AnswerText.fold(noneWord) == "none" ? "" : " (\(noneWord))"
        return framework.areas.flatMap { area in
            area.indicators.flatMap { indicator -> [Row] in
                let areaTitle = area.title.text(in: language)
                let question = indicator.question.text(in: language)
                let na = indicator.allowsNotApplicable ? " | n/a" : ""
                switch indicator.answer {
                case .ratio(let ratio):
                    return [
                        Row(id: indicator.id + "/N", area: areaTitle, question: question,
                            options: "\(vocabulary[.numerator]): \(ratio.numerator.text(in: language)) (\(vocabulary[.wholeNumber]))",
                            indicator: indicator),
                        Row(id: indicator.id + "/D", area: areaTitle, question: question,
                            options: "\(vocabulary[.denominator]): \(ratio.denominator.text(in: language)) (\(vocabulary[.wholeNumber]))",
                            indicator: indicator),
                    ]
                default:
                    let none = indicator.answer.kind == .checklist ? " | none" + noneLabel : ""
                    return [Row(id: indicator.id, area: areaTitle, question: question,
                                options: options(indicator.answer) + none + na, indicator: indicator)]
                }
            }
        }
    }

    func options(_ answer: AnswerSpec) -> String {
        switch answer {
        case .choice(let choice):
            return choice.options.map { $0.labels.text(in: language) }.joined(separator: " | ")
        case .checklist(let checklist):
            return "\(vocabulary[.anyOf]): " + checklist.items.map { $0.labels.text(in: language) }.joined(separator: "; ")
        case .number(let spec):
            var parts = [vocabulary[.number] + (spec.unit(in: language).map { " (\($0))" } ?? "")]
            if let low = spec.minimum, let high = spec.maximum {
                parts.append("\(vocabulary[.from]) \(Rounding.plain(low)) \(vocabulary[.to]) \(Rounding.plain(high))")
            } else if let low = spec.minimum {
                parts.append("\(vocabulary[.from]) \(Rounding.plain(low))")
            }
            if spec.integer { parts.append(vocabulary[.wholeNumber]) }
            return parts.joined(separator: ", ")
        case .ratio:
            return "N/D"
        case .text:
            return vocabulary[.freeText]
        }
    }

}
