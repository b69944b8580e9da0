import Foundation
import RapporteurCore

/// Reading an input file whole, refusing what is too large to be a real
/// sheet or definition before a byte of it is held in memory.
public enum InputFile {
    /// 32 MiB: a filled sheet is a few kilobytes, the whole instrument well
    /// under one megabyte.
    public static let maximumSize = 32 * 1024 * 1024

    public static func read(_ url: URL, displayName: String, limit: Int = maximumSize) throws(InputFailure) -> Data {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        } catch {
            throw InputFailure(.error("io", "cannot read the file: it does not exist or is not accessible",
                                      at: SourceLocation(file: displayName)))
        }
        if (attributes[.type] as? FileAttributeType) == .typeDirectory {
            throw InputFailure(.error("io", "is a directory, not a file", at: SourceLocation(file: displayName)))
        }
        if let size = attributes[.size] as? Int, size > limit {
            throw InputFailure(.error(
                "too-large", "the file is \(size) bytes; Rapporteur reads files of at most \(limit) bytes",
                at: SourceLocation(file: displayName), suggestion: "check that this is the file you meant"))
        }
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            // Read at most one byte past the limit, in case the file grew.
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            guard data.count <= limit else {
                throw InputFailure(.error("too-large", "the file is larger than \(limit) bytes",
                                          at: SourceLocation(file: displayName)))
            }
            return data
        } catch let failure as InputFailure {
            throw failure
        } catch {
            throw InputFailure(.error("io", "cannot read the file: \(error.localizedDescription)",
                                      at: SourceLocation(file: displayName)))
        }
    }
}

/// An input that could not be read at all; `io` problems end a run with
/// status 2, the others with 1.
public struct InputFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostic: Diagnostic) { diagnostics = [diagnostic] }
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
