import Foundation
import RapporteurCore

/// Writing outputs atomically: the bytes go to a temporary file in the same
/// directory, which then takes the final name in one step. A failed or
/// interrupted run leaves no partial file, and no input is overwritten.
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
            throw InputFailure(.error("exists", "the file already exists; it was left as it is",
                                      at: SourceLocation(file: displayName),
                                      suggestion: "choose another --output, or add --force to replace it"))
        }
        let temporary = directory.appending(path: ".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw InputFailure(.error("io", "cannot write into \(directory.path)", at: SourceLocation(file: displayName)))
        }
        let status: Int32 = overwrite == .refuse
            ? link(temporary.path, url.path)          // fails, rather than replaces, if the name was taken meanwhile
            : rename(temporary.path, url.path)
        let failure = errno
        if overwrite == .refuse || status != 0 { unlink(temporary.path) }
        guard status == 0 else {
            let reason = failure == EEXIST ? "the file already exists" : String(cString: strerror(failure))
            throw InputFailure(.error("io", "cannot write the file: \(reason)", at: SourceLocation(file: displayName)))
        }
    }
}
