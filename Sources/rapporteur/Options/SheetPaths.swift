import ArgumentParser

/// The sheets a command reads: files, or directories that hold them.
struct SheetPaths: ParsableArguments {
    @Argument(help: ArgumentHelp("Sheet files or directories of sheets.", valueName: "PATH"))
    var paths: [String]
}

/// `--format` and `--output FILE` of a command that writes one export in
/// text, CSV or XML, atomically, or to standard output without `--output`.
struct ExportOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, xml }

    @Option(help: "Output format: text, csv or xml.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Where to write (atomically); standard output when absent.", valueName: "FILE"))
    var output: String?
}
