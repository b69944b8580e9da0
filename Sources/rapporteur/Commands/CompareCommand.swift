import ArgumentParser
import Foundation
import RapporteurCore
import RapporteurIO

/// `rapporteur compare PATH...`: the regional and annual comparison in one format.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: DiagnosticMessage("Compare countries across the region and over the years, in one format.").text(in: ChosenLanguage.language),
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
    @OptionGroup var invalidSheets: InvalidSheetOptions

    @Option(help: "Only rows of this level: overall, area or indicator (default: all).")
    var level: ComparisonLevel?

    @Option(help: "Output format: text, csv or xml.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Where to write (atomically); standard output when absent.", valueName: "FILE"))
    var output: String?

    @Flag(help: "With --format xml: add every answer of the taking-part sheets, as evidence.csv has them.")
    var evidence = false

    @OptionGroup var text: ReportTextOptions

    @Argument(help: ArgumentHelp("Sheet files or directories of sheets.", valueName: "PATH"))
    var paths: [String]

    func validate() throws {
        if evidence && format != .xml { throw ValidationError(DiagnosticMessage("--evidence goes with --format xml").inChosenLanguage) }
    }

    func run() throws {
        let input = try ComparisonInput.build(command: "compare", paths: paths, frameworkOptions: frameworkOptions,
                                              encoding: encodingOptions.encoding, selection: selection,
                                              invalidSheets: invalidSheets, keepEvidence: evidence,
                                              withAgreement: format == .text)
        let levels = level.map { Set([$0]) } ?? Set(ComparisonLevel.allCases)
        let render: (ByteSink) throws -> Void
        switch format {
        case .csv: render = { ComparisonCSV.writeLong(input.comparison, levels: levels, to: $0) }
        case .xml:
            let answers = evidence ? input.evidence : nil
            render = { try ComparisonXML.write(input.comparison, levels: levels, evidence: answers, to: $0) }
        case .text:
            let history = AnswerHistory.load(input.comparison, framework: input.framework,
                                             encoding: encodingOptions.encoding, language: text.lang)
            render = { $0.write(Array(text.render(input, history: history).utf8)) }
        }
        guard let output else {
            try render(StandardOutputSink())
            return
        }
        try OutputWriting.write([(output, render)], inputs: paths)
    }
}

extension ComparisonLevel: ExpressibleByArgument {}

/// Writing outputs the CLI way: refusing to overwrite an input, printing
/// what went wrong, exit status 2.
enum OutputWriting {
    /// Each output is rendered straight into its file, which stays unnamed
    /// until every output is complete; then each takes its name atomically.
    /// A failure on the way leaves no file behind. The outputs are rendered
    /// at the same time, each by one thread into its own file.
    static func write(_ files: [(path: String, render: (ByteSink) throws -> Void)], inputs: [String]) throws {
        // Only an existing file can be an input; it is one when it is the
        // same file (device and inode) as a sheet, whatever path leads there.
        let existing = files.compactMap { file in FileIdentity(file.path).map { (file.path, $0) } }
        if !existing.isEmpty {
            let inputs = Set(SheetLoader.files(in: inputs).files.compactMap(FileIdentity.init))
            for (path, identity) in existing where inputs.contains(identity) {
                Terminal.standardError("\(path): error: "
                    + DiagnosticMessage("this is one of the input sheets; choose another output").inChosenLanguage + "\n")
                throw ExitCode(2)
            }
        }
        do throws(InputFailure) {
            var staged: [RenderJob] = []
            for file in files {
                let output = try StagedFile(URL(fileURLWithPath: file.path), displayName: file.path, overwrite: .replace)
                staged.append(RenderJob(path: file.path, render: file.render, output: output))
            }
            let jobs = staged
            DispatchQueue.concurrentPerform(iterations: jobs.count) { jobs[$0].run() }
            for job in jobs where job.failed {
                Terminal.standardError("\(job.path): error: "
                    + DiagnosticMessage("the output could not be rendered; nothing was written").inChosenLanguage + "\n")
                throw InputFailure([])
            }
            for job in jobs { try job.output.commit() }
        } catch {
            DiagnosticOutput.emit(error.diagnostics, format: .text)
            throw ExitCode(2)
        }
    }
}

/// One output being rendered into its staged file. Only the thread that
/// runs the job touches its file and its outcome, hence `@unchecked`.
private final class RenderJob: @unchecked Sendable {
    let path: String
    let render: (ByteSink) throws -> Void
    let output: StagedFile
    private(set) var failed = false

    init(path: String, render: @escaping (ByteSink) throws -> Void, output: StagedFile) {
        self.path = path
        self.render = render
        self.output = output
    }

    func run() {
        do { try render(output) } catch { failed = true }
    }
}

/// Which file a path leads to, following links.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    init?(_ path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}

/// Standard output as an export's destination.
final class StandardOutputSink: ByteSink {
    func write(_ bytes: UnsafeRawBufferPointer) { FileHandle.standardOutput.write(Data(bytes)) }
}
