import Foundation
import RapporteurCore

/// Standard output as an export's destination. Written from the arrays
/// themselves (through `Data`, every byte of a comparison was copied once
/// more); the first failure is kept, nothing more is written after it, and
/// `failure` says what went wrong, as a staged file says it at `commit`.
public final class StandardOutputSink: ByteSink {
    private var error: Int32 = 0

    public init() {}

    public func write(_ bytes: [UInt8]) {
        guard error == 0 else { return }
        error = FileDescriptor(raw: STDOUT_FILENO).writeAll(bytes[...])
    }

    /// Why the output is incomplete (a full disk, a closed device), if it is.
    public var failure: InputFailure? {
        guard error != 0 else { return nil }
        return InputFailure(.error(.io, "cannot write the file: \(String(cString: strerror(error)))",
                                   at: SourceLocation(file: "standard output")))
    }
}
