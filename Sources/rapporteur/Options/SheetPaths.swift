import ArgumentParser

/// The sheets a command reads: files, or directories that hold them.
struct SheetPaths: ParsableArguments {
    @Argument(help: ArgumentHelp("Sheet files or directories of sheets.", valueName: "PATH"))
    var paths: [String]
}

/// `--output FILE` of a command that writes one export, atomically, or
/// to standard output without it.
struct OutputOption: ParsableArguments {
    @Option(help: ArgumentHelp("Where to write (atomically); standard output when absent.", valueName: "FILE"))
    var output: String?
}
