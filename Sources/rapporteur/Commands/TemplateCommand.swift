import ArgumentParser
import Foundation
import RapporteurCore
import RapporteurIO

/// `rapporteur template`: a blank sheet for a country and year.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: DiagnosticMessage("Write a blank sheet to fill for a country and year.").text(in: ChosenLanguage.language),
        discussion: """
            The workbook (xlsx) guides the person filling it: drop-downs for the answers, \
            protected help columns, and a Guidance sheet. The CSV sheet is UTF-8 with BOM, \
            so that Excel shows Cyrillic and diacritics. Ratios have two rows, ID/N and ID/D, \
            because spreadsheets turn a typed 3/4 into a date.
            Examples:
              rapporteur template --country RS --year 2025 --lang sr-Latn --output RS-2025.xlsx
              rapporteur template --country RS --year 2025 --lang sr-Latn --output RS-2025.csv
              rapporteur template --country AL --year 2025 --format xml --output AL-2025.xml
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, xml, xlsx

        /// The format a file name asks for, if its extension names one.
        init?(fileName: String) {
            self.init(rawValue: URL(fileURLWithPath: fileName).pathExtension.lowercased())
        }
    }

    enum Delimiter: String, ExpressibleByArgument, CaseIterable {
        case comma, semicolon, tab
        var character: Character { self == .comma ? "," : self == .semicolon ? ";" : "\t" }
    }

    @OptionGroup var frameworkOptions: FrameworkOptions

    @Option(help: ArgumentHelp("ISO 3166-1 alpha-2 country code (XK for Kosovo).", valueName: "CC"))
    var country: String

    @Option(help: ArgumentHelp("The year the sheet reports on.", valueName: "YYYY"))
    var year: Int

    @OptionGroup var language: LanguageOption

    @Option(help: ArgumentHelp("Who answers: ngo, government (the state's self-assessment) or joint; "
                               + "written as the sheet's respondent row (absent: ngo).", valueName: "R"))
    var respondent: Respondent?

    @Option(help: "csv, xlsx or xml (default: from the --output name, else csv).")
    var format: Format?

    @Option(help: "CSV delimiter: comma, semicolon (opens directly in Excel set to a Balkan locale) or tab.")
    var delimiter: Delimiter = .comma

    @Option(help: ArgumentHelp("Where to write; standard output when absent.", valueName: "FILE"))
    var output: String?

    @Flag(help: "Replace --output if it exists.")
    var force = false

    func validate() throws {
        guard CountryCode.isValid(country.uppercased()) else {
            throw ValidationError(DiagnosticMessage("'\(country)' is not a country code: \(CountryCode.suggestion(for: country))")
                .inChosenLanguage)
        }
        guard (1990...2100).contains(year) else { throw ValidationError(DiagnosticMessage("--year must be a year such as 2025").inChosenLanguage) }
    }

    func run() throws {
        let framework = try frameworkOptions.load()
        let request = SheetTemplate.Request(country: country.uppercased(), year: year, language: language.language.tag,
                                            delimiter: delimiter.character, respondent: respondent)
        let chosen = format ?? output.flatMap(Format.init(fileName:)) ?? .csv
        if chosen == .xlsx, output == nil, isatty(STDOUT_FILENO) == 1 {
            throw ValidationError(DiagnosticMessage("a workbook is not for the terminal: add --output FILE.xlsx").inChosenLanguage)
        }
        let data: Data
        switch chosen {
        case .csv: data = SheetTemplate.csv(framework, request)
        case .xml: data = try SheetTemplate.xml(framework, request)
        case .xlsx: data = try WorkbookTemplate.xlsx(framework, request)
        }
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        do throws(InputFailure) {
            try OutputFile.write(data, to: URL(fileURLWithPath: output), displayName: output,
                                 overwrite: force ? .replace : .refuse)
        } catch {
            DiagnosticOutput.emit(error.diagnostics, format: .text)
            throw ExitCode(2)
        }
        Terminal.standardError(DiagnosticMessage(
            "wrote \(output): \(framework.indicators.count) indicators of \(framework.id) \(framework.version)")
            .text(in: language.language) + "\n")
    }
}
