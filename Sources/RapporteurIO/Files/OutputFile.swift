import Foundation
import RapporteurCore

/// Writing outputs atomically. On Linux the bytes go into an unnamed file
/// in the target directory (O_TMPFILE), which only gets a name once it is
/// complete: a run killed while writing leaves nothing behind. Elsewhere a
/// hidden temporary file in the same directory takes the final name in one
/// rename. Either way no reader ever sees a partial file, and an existing
/// file is only replaced when asked.
public enum OutputFile {
    public enum Overwrite: Sendable {
        /// Refuse when the file exists (templates, unless --force).
        case refuse
        case replace
    }

    public static func write(_ data: Data, to url: URL, displayName: String, overwrite: Overwrite) throws(InputFailure) {
        let file = try StagedFile(url, displayName: displayName, overwrite: overwrite)
        file.write([UInt8](data))
        try file.commit()
    }
}

/// Where an export's bytes go as they are made, so that a large export is
/// never held whole in memory.
public protocol ByteSink: AnyObject {
    func write(_ bytes: [UInt8])
}

/// Bytes kept in memory: for tests, and for outputs small enough to hold.
public final class MemorySink: ByteSink {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public func write(_ bytes: [UInt8]) { self.bytes.append(contentsOf: bytes) }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// An output file being written: it has no name (or only a hidden one)
/// until `commit`, and vanishes if the run ends before. Writes are
/// buffered; the first failure is kept and reported by `commit`.
public final class StagedFile: ByteSink {
    private let url: URL
    private let displayName: String
    private let overwrite: OutputFile.Overwrite
    private let directory: URL
    private var descriptor: Int32
    /// Set when the file already has its hidden name (no O_TMPFILE).
    private var hiddenPath: String?
    private var buffer: [UInt8] = []
    private var failure: Int32 = 0
    private var committed = false
    private static let bufferSize = 1 << 20

    public init(_ url: URL, displayName: String, overwrite: OutputFile.Overwrite) throws(InputFailure) {
        self.url = url
        self.displayName = displayName
        self.overwrite = overwrite
        directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputFailure(.error(.io, "the folder \(directory.path) does not exist", at: SourceLocation(file: displayName)))
        }
        if overwrite == .refuse, FileManager.default.fileExists(atPath: url.path) {
            throw Self.refusal(displayName)
        }
        descriptor = -1
        #if os(Linux)
        // O_TMPFILE | O_WRONLY: an unnamed regular file in `directory`.
        let oTmpFile: Int32 = 0o20_000_000 | O_DIRECTORY
        descriptor = open(directory.path, oTmpFile | O_WRONLY | O_CLOEXEC, 0o644)
        #endif
        if descriptor < 0 {
            let hidden = temporaryPath()
            descriptor = open(hidden, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o644)
            hiddenPath = hidden
        }
        guard descriptor >= 0 else { throw cannotWrite(errno) }
        buffer.reserveCapacity(Self.bufferSize)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        if !committed, let hiddenPath { unlink(hiddenPath) }
    }

    public func write(_ bytes: [UInt8]) {
        guard failure == 0 else { return }
        if buffer.count + bytes.count > Self.bufferSize { flush() }
        if bytes.count >= Self.bufferSize {
            writeAll(bytes[...])
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Gives the complete file its name: replacing an existing file, or
    /// refusing to, as asked when staged.
    public func commit() throws(InputFailure) {
        flush()
        guard failure == 0 else { throw cannotWrite(failure) }
        let temporary: String
        if let hiddenPath {
            temporary = hiddenPath
        } else {
            temporary = temporaryPath()
            guard linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, temporary, AT_SYMLINK_FOLLOW) == 0 else {
                throw cannotWrite(errno)
            }
        }
        // link() refuses an existing name, so a file that appeared meanwhile
        // is still not overwritten; rename() replaces atomically.
        let status: Int32 = overwrite == .refuse ? link(temporary, url.path) : rename(temporary, url.path)
        let error = errno
        if overwrite == .refuse || status != 0 { unlink(temporary) }
        committed = true
        guard status == 0 else {
            if error == EEXIST { throw Self.refusal(displayName) }
            throw InputFailure(.error(.io, "cannot write the file: \(String(cString: strerror(error)))",
                                      at: SourceLocation(file: displayName)))
        }
    }

    private func flush() {
        guard failure == 0, !buffer.isEmpty else { return }
        writeAll(buffer[...])
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: ArraySlice<UInt8>) {
        guard failure == 0 else { return }
        failure = FileDescriptor(raw: descriptor).writeAll(bytes)
    }

    private func temporaryPath() -> String {
        directory.appending(path: ".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path
    }

    private func cannotWrite(_ error: Int32) -> InputFailure {
        InputFailure(.error(.io, "cannot write into \(directory.path): \(String(cString: strerror(error)))",
                            at: SourceLocation(file: displayName)))
    }

    private static func refusal(_ displayName: String) -> InputFailure {
        InputFailure(.error(.exists, "the file already exists; it was left as it is",
                            at: SourceLocation(file: displayName),
                            suggestion: "choose another --output, or add --force to replace it"))
    }
}
