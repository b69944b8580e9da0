import ArgumentParser
import Foundation
import RapporteurCore
import RapporteurIO

/// `rapporteur report PATH... --output DIR`: every export at once.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write comparison.csv, comparison-wide.csv, comparison.xml and report.txt into a directory.",
        discussion: """
            All files are rendered first and then written one by one atomically, so a failed \
            or interrupted run leaves no partial file.

            Example:
              rapporteur report examples/sheets --region western-balkans --output reports/western-balkans
            """
    )

    @OptionGroup var frameworkOptions: FrameworkOptions
    @OptionGroup var encodingOptions: EncodingOptions
    @OptionGroup var selection: SelectionOptions

    @Option(help: ArgumentHelp("The directory to write into (created if missing).", valueName: "DIR"))
    var output: String

    @OptionGroup var text: ReportTextOptions

    @Argument(help: ArgumentHelp("Sheet files or directories of sheets.", valueName: "PATH"))
    var paths: [String]

    func run() throws {
        let input = try ComparisonInput.build(paths: paths, frameworkOptions: frameworkOptions,
                                              encoding: encodingOptions.encoding, selection: selection)
        let files: [(String, Data)] = [
            ("comparison.csv", ComparisonCSV.longData(input.comparison)),
            ("comparison-wide.csv", Data(ComparisonCSV.wide(input.comparison, framework: input.framework).utf8)),
            ("comparison.xml", try ComparisonXML.document(input.comparison)),
            ("report.txt", Data(text.render(input).utf8)),
        ]
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            Terminal.standardError("\(output): error: cannot create the directory\n")
            throw ExitCode(2)
        }
        try OutputWriting.write(files.map { ((output as NSString).appendingPathComponent($0.0), $0.1) }, inputs: paths)
        Terminal.standardError("wrote \(files.map(\.0).joined(separator: ", ")) to \(output)\n")
    }
}
