import Foundation
import RapporteurCore
import RapporteurIO
import Synchronization

/// A workbook through `score`'s path from its parts: zipped, read by the
/// workbook reader, assembled and scored; and a count of how far inputs got,
/// since a fuzzer that never reaches the worksheet parser tests nothing.
enum WorkbookRun {
    static let file = "fuzz.xlsx"

    static func run(_ input: Data) -> FuzzOutcome {
        let parts = WorkbookParts(input)
        guard let package = parts.zipped() else { return FuzzOutcome(diagnostics: []) }
        let scoring = parts.framework == .conformance ? SheetRun.conformance : SheetRun.instrument
        var reached = WorkbookStages()
        var outcome = scoring.outcome { () throws(InputFailure) in
            try WorkbookSheetReader.read(package, file: file, reached: &reached)
        }
        WorkbookReach.shared.count(reached)
        outcome.expectFilesNamed([file])
        return outcome
    }
}

/// How many inputs reached each parser, printed to standard error now and
/// then and when the process ends, so a fuzz log says what share got past
/// the package into the shared strings and the worksheet.
public final class WorkbookReach: Sendable {
    public static let shared = WorkbookReach()

    private let counts = Mutex<(inputs: Int, sharedStrings: Int, worksheet: Int)>((0, 0, 0))

    func count(_ reached: WorkbookStages) {
        let inputs = counts.withLock { counts in
            counts.inputs += 1
            if reached.contains(.sharedStrings) { counts.sharedStrings += 1 }
            if reached.contains(.worksheet) { counts.worksheet += 1 }
            return counts.inputs
        }
        if inputs == 1 {
            atexit { WorkbookReach.shared.report() }
        }
        // At 1024, 2048, 4096... inputs.
        if inputs >= 1024, inputs & (inputs - 1) == 0 { report() }
    }

    /// One line: inputs, and the share that reached each parser.
    public func summary() -> String {
        let (inputs, strings, worksheet) = counts.withLock { $0 }
        func share(_ n: Int) -> String {
            inputs == 0 ? "0" : String(format: "%.1f%%", 100 * Double(n) / Double(inputs))
        }
        return "workbook reach: \(inputs) inputs; shared strings parsed \(strings) (\(share(strings))); "
            + "worksheet parsed \(worksheet) (\(share(worksheet)))"
    }

    func report() {
        FileHandle.standardError.write(Data((summary() + "\n").utf8))
    }
}
