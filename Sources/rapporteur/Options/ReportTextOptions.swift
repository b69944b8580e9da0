import ArgumentParser
import RapporteurCore
import RapporteurIO

/// `--lang` and `--ascii`: how the plain-text report is written, shared by
/// `compare --format text` and `report`.
struct ReportTextOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Language of framework texts and of the report's words (en, sr-Latn, sr-Cyrl).",
                               valueName: "L"))
    var lang = "en"

    @Flag(help: "Use ASCII for bars and borders in the text report.")
    var ascii = false

    func render(_ input: ComparisonInput, history: AnswerHistory) -> String {
        ReportText(framework: input.framework, comparison: input.comparison, language: lang, ascii: ascii,
                   history: history).render()
    }
}
