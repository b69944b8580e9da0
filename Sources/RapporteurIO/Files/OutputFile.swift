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
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputFailure(.error("io", "the folder \(directory.path) does not exist", at: SourceLocation(file: displayName)))
        }
        if overwrite == .refuse, FileManager.default.fileExists(atPath: url.path) {
            throw refusal(displayName)
        }
        let temporary = directory.appending(path: ".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        try fill(temporary, with: data, in: directory, displayName: displayName)
        // link() refuses an existing name, so a file that appeared meanwhile
        // is still not overwritten; rename() replaces atomically.
        let status: Int32 = overwrite == .refuse ? link(temporary.path, url.path) : rename(temporary.path, url.path)
        let failure = errno
        if overwrite == .refuse || status != 0 { unlink(temporary.path) }
        guard status == 0 else {
            if failure == EEXIST { throw refusal(displayName) }
            throw InputFailure(.error("io", "cannot write the file: \(String(cString: strerror(failure)))",
                                      at: SourceLocation(file: displayName)))
        }
    }

    private static func refusal(_ displayName: String) -> InputFailure {
        InputFailure(.error("exists", "the file already exists; it was left as it is",
                            at: SourceLocation(file: displayName),
                            suggestion: "choose another --output, or add --force to replace it"))
    }

    /// Puts the complete `data` at `temporary`, which appears only when whole.
    private static func fill(_ temporary: URL, with data: Data, in directory: URL, displayName: String) throws(InputFailure) {
        #if os(Linux)
        // O_TMPFILE | O_WRONLY: an unnamed regular file in `directory`.
        let oTmpFile: Int32 = 0o20_000_000 | O_DIRECTORY
        let unnamed = open(directory.path, oTmpFile | O_WRONLY | O_CLOEXEC, 0o644)
        if unnamed >= 0 {
            defer { close(unnamed) }
            guard writeAll(data, to: unnamed),
                  linkat(AT_FDCWD, "/proc/self/fd/\(unnamed)", AT_FDCWD, temporary.path, AT_SYMLINK_FOLLOW) == 0 else {
                throw InputFailure(.error("io", "cannot write into \(directory.path): \(String(cString: strerror(errno)))",
                                          at: SourceLocation(file: displayName)))
            }
            return
        }
        #endif
        let descriptor = open(temporary.path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw InputFailure(.error("io", "cannot write into \(directory.path): \(String(cString: strerror(errno)))",
                                      at: SourceLocation(file: displayName)))
        }
        defer { close(descriptor) }
        guard writeAll(data, to: descriptor) else {
            unlink(temporary.path)
            throw InputFailure(.error("io", "cannot write into \(directory.path): \(String(cString: strerror(errno)))",
                                      at: SourceLocation(file: displayName)))
        }
    }

    private static func writeAll(_ data: Data, to descriptor: Int32) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }
}
