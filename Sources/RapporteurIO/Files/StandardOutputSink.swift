import Foundation

/// Standard output as an export's destination.
public final class StandardOutputSink: ByteSink {
    public init() {}

    public func write(_ bytes: [UInt8]) { FileHandle.standardOutput.write(Data(bytes)) }
}
