import ArgumentParser
import RapporteurCore
import RapporteurIO

/// `--lang` and `--ascii`: how the plain-text report is written, shared by
/// `compare --format text` and `report`.
struct ReportTextOptions: ParsableArguments {
    @OptionGroup var language: LanguageOption

    @Flag(help: "Use ASCII for bars and borders in the text report.")
    var ascii = false

    /// The report's language tag (`sr-Cyrl`, `sq`, ...).
    var lang: String { language.language.tag }

    func render(_ input: ComparisonInput, history: AnswerHistory) -> String {
        var report = ReportText(framework: input.framework, comparison: input.comparison, language: lang, ascii: ascii,
                                sensitivity: input.sensitivity, history: history)
        report.agreement = input.agreement
        return report.render()
    }
}
