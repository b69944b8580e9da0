import Foundation
import BundledFramework
import RapporteurCore

/// Where a framework's files come from: a directory on disk, or the copy
/// compiled into the binary. Paths are relative to the framework's folder,
/// already checked not to leave it.
public protocol FrameworkSource: Sendable {
    /// How diagnostics name the file at `path`.
    func displayPath(_ path: String) -> String
    func exists(_ path: String) -> Bool
    func read(_ path: String) throws(InputFailure) -> Data
}

/// A framework directory such as `indicators/`.
public struct DirectoryFrameworkSource: FrameworkSource {
    public let directory: URL
    private let shownAs: String

    /// `shownAs` is how the user named the directory, kept in messages.
    public init(directory: URL, shownAs: String? = nil) {
        self.directory = directory.standardizedFileURL
        self.shownAs = shownAs ?? directory.path
    }

    public func displayPath(_ path: String) -> String {
        shownAs.hasSuffix("/") ? shownAs + path : shownAs + "/" + path
    }

    public func exists(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: directory.appending(path: path).path, isDirectory: &isDirectory)
            && !isDirectory.boolValue
    }

    public func read(_ path: String) throws(InputFailure) -> Data {
        let url = directory.appending(path: path)
        // A symbolic link may point anywhere; the file it resolves to must
        // still be inside the framework directory.
        let root = directory.resolvingSymlinksInPath().path
        let target = url.resolvingSymlinksInPath().path
        guard target.hasPrefix(root + "/") else {
            throw InputFailure(.error(.includeEscapes, "'\(path)' resolves to a file outside the framework directory",
                                      at: SourceLocation(file: displayPath(path))))
        }
        return try InputFile.read(url, displayName: displayPath(path))
    }
}

/// Files held in memory: the bundled framework, and frameworks built by tests.
public struct MemoryFrameworkSource: FrameworkSource {
    public let files: [String: Data]
    private let prefix: String

    public init(files: [String: Data], prefix: String) {
        self.files = files
        self.prefix = prefix
    }

    public init(texts: [String: String], prefix: String = "example") {
        self.init(files: texts.mapValues { Data($0.utf8) }, prefix: prefix)
    }

    /// The instrument compiled into this binary, named `<bundled>/...`.
    public static let bundled = MemoryFrameworkSource(files: BundledFramework.files, prefix: "<bundled>")

    public func displayPath(_ path: String) -> String { prefix + "/" + path }
    public func exists(_ path: String) -> Bool { files[path] != nil }

    public func read(_ path: String) throws(InputFailure) -> Data {
        guard let data = files[path] else {
            throw InputFailure(.error(.io, "no such file", at: SourceLocation(file: displayPath(path))))
        }
        return data
    }
}
