#if FUZZING
import CLibFuzzer
import Foundation
import FuzzTargets

/// `rapporteur-fuzz` built for fuzzing (`make fuzz`, see docs/fuzzing.md):
/// hands the command line to libFuzzer, which calls `testOneInput` with
/// each input it makes.
///
/// A `main` of our own that calls `LLVMFuzzerRunDriver`, rather than
/// libFuzzer's `main`: SwiftPM links every executable with `main` pointing
/// at the module's entry point, so the module must have one.
@main
struct LibFuzzerEntry {
    static func main() {
        _ = target
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
    }
}

/// The target, chosen before the first input; a C callback cannot capture it.
private let target = TargetChoice.fromEnvironment()

/// One input. A broken promise traps, so that libFuzzer keeps the input as
/// a crash, as it does for a real one.
private func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    let outcome = target.run(input)
    if let promise = outcome.brokenPromises.first {
        fatalError("rapporteur-fuzz \(target.rawValue): broken promise: \(promise)")
    }
    return 0
}
#endif
