import ArgumentParser
import RapporteurCore
import RapporteurIO

/// Writing outputs the CLI way: standard output without `--output`, else
/// staged files (see `StagedOutputs`); what went wrong printed, exit status 2.
enum OutputWriting {
    static func write(_ render: @escaping (ByteSink) throws -> Void, to output: String?, inputs: [String]) throws {
        guard let output else {
            let sink = StandardOutputSink()
            try render(sink)
            if let failure = sink.failure {
                DiagnosticOutput.emit(failure.diagnostics, format: .text)
                throw ExitCode(2)
            }
            return
        }
        try write([(output, render)], inputs: inputs)
    }

    static func write(_ files: [StagedOutputs.Output], inputs: [String]) throws {
        do throws(StagedOutputs.Failure) {
            try StagedOutputs.write(files, inputs: inputs)
        } catch {
            switch error {
            case .overwritesInput(let path):
                Terminal.standardError("\(path): error: "
                    + DiagnosticMessage("this is one of the input sheets; choose another output").inChosenLanguage + "\n")
            case .notRendered(let path):
                Terminal.standardError("\(path): error: "
                    + DiagnosticMessage("the output could not be rendered; nothing was written").inChosenLanguage + "\n")
            case .cannotWrite(let failure):
                DiagnosticOutput.emit(failure.diagnostics, format: .text)
            }
            throw ExitCode(2)
        }
    }
}
