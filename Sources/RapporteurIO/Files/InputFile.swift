import Foundation
import RapporteurCore

/// Reading an input file whole, refusing what is too large to be a real
/// sheet or definition before a byte of it is held in memory.
public enum InputFile {
    /// 32 MiB: a filled sheet is a few kilobytes, the whole instrument well
    /// under one megabyte.
    public static let maximumSize = 32 * 1024 * 1024

    /// Through `open`, `fstat` and `read`: Foundation's file attributes
    /// look up the owner's account name for each file, which showed in
    /// profiles of a comparison reading thousands of sheets.
    public static func read(_ url: URL, displayName: String, limit: Int = maximumSize) throws(InputFailure) -> Data {
        try read(path: url.path, displayName: displayName, limit: limit)
    }

    /// The file at `path` as given, relative to the working directory or
    /// absolute. Sheets are named by path: making a `URL` of each asked
    /// the system for the working directory and whether the path is a
    /// directory, three calls per sheet before it was opened.
    public static func read(path: String, displayName: String, limit: Int = maximumSize) throws(InputFailure) -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        var status = stat()
        guard descriptor >= 0, fstat(descriptor, &status) == 0 else {
            if descriptor >= 0 { close(descriptor) }
            throw InputFailure(.error(.io, "cannot read the file: it does not exist or is not accessible",
                                      at: SourceLocation(file: displayName)))
        }
        defer { close(descriptor) }
        if status.st_mode & S_IFMT == S_IFDIR {
            throw InputFailure(.error(.io, "is a directory, not a file", at: SourceLocation(file: displayName)))
        }
        let size = Int(status.st_size)
        if size > limit {
            throw InputFailure(.error(
                .tooLarge, "the file is \(size) bytes; Rapporteur reads files of at most \(limit) bytes",
                at: SourceLocation(file: displayName), suggestion: "check that this is the file you meant"))
        }
        // Read at most one byte past the limit, in case the file grew.
        guard let data = FileDescriptor(raw: descriptor).readAll(expected: size, limit: limit) else {
            throw InputFailure(.error(.io, "cannot read the file: \(String(cString: strerror(errno)))",
                                      at: SourceLocation(file: displayName)))
        }
        guard data.count <= limit else {
            throw InputFailure(.error(.tooLarge, "the file is larger than \(limit) bytes",
                                      at: SourceLocation(file: displayName)))
        }
        return data
    }
}

/// An input that could not be read at all; `io` problems end a run with
/// status 2, the others with 1.
public struct InputFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostic: Diagnostic) { diagnostics = [diagnostic] }
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
