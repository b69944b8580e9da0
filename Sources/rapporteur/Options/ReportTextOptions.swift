import ArgumentParser
import RapporteurCore
import RapporteurIO

/// `--lang` and `--ascii`: how the plain-text report is written, shared by
/// `compare --format text` and `report`.
struct ReportTextOptions: ParsableArguments {
    @OptionGroup var language: LanguageOption

    @Flag(help: "Use ASCII for bars and borders in the text report.")
    var ascii = false

    func render(_ input: ComparisonInput) -> String {
        var report = ReportText(framework: input.framework, comparison: input.comparison, language: language.language.tag,
                                ascii: ascii)
        report.agreement = input.agreement
        return report.render()
    }
}
