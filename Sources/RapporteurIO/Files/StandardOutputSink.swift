import Foundation

/// Standard output as an export's destination.
public final class StandardOutputSink: ByteSink {
    public init() {}

    /// Written from the array itself: through `Data`, every byte of a
    /// comparison was copied once more. A write that fails goes through
    /// `FileHandle` again, which reports the failure as it always did.
    public func write(_ bytes: [UInt8]) {
        guard FileDescriptor(raw: STDOUT_FILENO).writeAll(bytes[...]) != 0 else { return }
        FileHandle.standardOutput.write(Data(bytes))
    }
}
