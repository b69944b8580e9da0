import ArgumentParser
import Foundation
import RapporteurCore
import RapporteurIO

/// `rapporteur report PATH... --output DIR`: every export at once.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write comparison.csv, comparison-wide.csv, comparison.xml, report.txt and datapackage.json into a directory.",
        discussion: """
            Every file is rendered into an unnamed file first; only when all are complete does each \
            take its name, atomically, so a failed or interrupted run leaves no partial file.

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

    @Option(name: .customLong("data-license"),
            help: ArgumentHelp("The licence of the data, as an SPDX id (CC-BY-4.0, CC0-1.0, ODbL-1.0...), for datapackage.json.",
                               valueName: "ID"))
    var dataLicense: String?

    @Argument(help: ArgumentHelp("Sheet files or directories of sheets.", valueName: "PATH"))
    var paths: [String]

    func run() throws {
        let input = try ComparisonInput.build(paths: paths, frameworkOptions: frameworkOptions,
                                              encoding: encodingOptions.encoding, selection: selection)
        var files: [(String, (ByteSink) throws -> Void)] = [
            ("comparison.csv", { ComparisonCSV.writeLong(input.comparison, to: $0) }),
            ("comparison-wide.csv", { $0.write(Array(ComparisonCSV.wide(input.comparison, framework: input.framework).utf8)) }),
            ("comparison.xml", { try ComparisonXML.write(input.comparison, to: $0) }),
            ("report.txt", { $0.write(Array(text.render(input).utf8)) }),
        ]
        let package = DataPackage.report(
            framework: input.framework, region: input.comparison.region, years: input.comparison.years,
            tables: files.compactMap { name in ReportTable.allCases.first { $0.path == name.0 } },
            license: dataLicense.map(DataLicense.init(identifier:)), created: SourceDate.fromEnvironment())
        files.append(("datapackage.json", { $0.write(Array(package.json.rendered().utf8)) }))
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
