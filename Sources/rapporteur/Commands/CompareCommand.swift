import ArgumentParser
import Foundation
import RapporteurCore
import RapporteurIO

/// `rapporteur compare PATH...`: the regional and annual comparison in one format.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare countries across the region and over the years, in one format.",
        discussion: """
            Examples:
              rapporteur compare examples/sheets --region western-balkans --format csv --output wb.csv
              rapporteur compare sheets/ --years 2022-2024 --level area
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, xml }

    @OptionGroup var frameworkOptions: FrameworkOptions
    @OptionGroup var encodingOptions: EncodingOptions
    @OptionGroup var selection: SelectionOptions

    @Option(help: "Only rows of this level: overall, area or indicator (default: all).")
    var level: ComparisonLevel?

    @Option(help: "Output format: text, csv or xml.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Where to write (atomically); standard output when absent.", valueName: "FILE"))
    var output: String?

    @OptionGroup var text: ReportTextOptions

    @Argument(help: ArgumentHelp("Sheet files or directories of sheets.", valueName: "PATH"))
    var paths: [String]

    func run() throws {
        let input = try ComparisonInput.build(paths: paths, frameworkOptions: frameworkOptions,
                                              encoding: encodingOptions.encoding, selection: selection)
        let levels = level.map { Set([$0]) } ?? Set(ComparisonLevel.allCases)
        let data: Data
        switch format {
        case .csv: data = ComparisonCSV.longData(input.comparison, levels: levels)
        case .xml: data = try ComparisonXML.document(input.comparison, levels: levels)
        case .text:
            data = Data(text.render(input).utf8)
        }
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        try OutputWriting.write([(output, data)], inputs: paths)
    }
}

extension ComparisonLevel: ExpressibleByArgument {}

/// Writing outputs the CLI way: refusing to overwrite an input, printing
/// what went wrong, exit status 2.
enum OutputWriting {
    static func write(_ files: [(path: String, data: Data)], inputs: [String]) throws {
        let (sheetFiles, _) = SheetLoader.files(in: inputs)
        let inputPaths = Set(sheetFiles.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path })
        for file in files where inputPaths.contains(URL(fileURLWithPath: file.path).standardizedFileURL.resolvingSymlinksInPath().path) {
            Terminal.standardError("\(file.path): error: this is one of the input sheets; choose another output\n")
            throw ExitCode(2)
        }
        for file in files {
            do throws(InputFailure) {
                try OutputFile.write(file.data, to: URL(fileURLWithPath: file.path), displayName: file.path, overwrite: .replace)
            } catch {
                DiagnosticOutput.emit(error.diagnostics, format: .text)
                throw ExitCode(2)
            }
        }
    }
}
