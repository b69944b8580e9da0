import Foundation
import RapporteurCore

/// A framework as a git revision holds it, `REV:PATH` (`origin/main:indicators`),
/// read from the repository of the current directory with `git` itself:
/// the tree is listed once, each file read when the loader asks for it.
/// Diagnostics name files `REV:PATH/areas/x.xml`.
public struct GitFrameworkSource: FrameworkSource {
    public let revision: String
    public let path: String
    /// Blob ids by path inside PATH.
    private let blobs: [String: String]

    /// Lists the tree at `REV:PATH`, or fails saying why: no git, not a
    /// repository, an unknown revision, a path the revision does not have.
    public init(_ spec: String) throws(InputFailure) {
        guard let colon = spec.firstIndex(of: ":") else {
            throw InputFailure(.error(.io, "'\(spec)' is neither a directory nor REV:PATH", at: SourceLocation(file: spec),
                                      suggestion: "give a framework directory, or a git revision and path such as 'origin/main:indicators'"))
        }
        revision = String(spec[..<colon])
        path = String(spec[spec.index(after: colon)...]).trimmingSlashes()
        let place = SourceLocation(file: spec)
        guard Self.git(["rev-parse", "--git-dir"]) != nil else {
            throw InputFailure(.error(.io, "'\(spec)' names a git revision, but the current directory is not in a git repository (or git is not installed)",
                                      at: place, suggestion: "run rapporteur diff inside the repository, or give a framework directory"))
        }
        guard !revision.isEmpty, Self.git(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"]) != nil else {
            throw InputFailure(.error(.io, "the repository has no revision '\(revision)'", at: place,
                                      suggestion: "name a branch, tag or commit; in CI, fetch the base branch first (git fetch origin main)"))
        }
        guard let listing = Self.git(["ls-tree", "-r", "-z", "--end-of-options", "\(revision):\(path)"]) else {
            throw InputFailure(.error(.io, "revision '\(revision)' has no directory '\(path)'", at: place,
                                      suggestion: "give the framework's path from the top of the repository, e.g. '\(revision):indicators'"))
        }
        var blobs: [String: String] = [:]
        // `MODE TYPE ID<TAB>PATH`, each ended by NUL; links and submodules are not files.
        for entry in listing.split(separator: 0) {
            let text = String(decoding: entry, as: UTF8.self)
            guard let tab = text.firstIndex(of: "\t") else { continue }
            let fields = text[..<tab].split(separator: " ")
            guard fields.count == 3, fields[1] == "blob", fields[0] != "120000" else { continue }
            blobs[String(text[text.index(after: tab)...])] = String(fields[2])
        }
        self.blobs = blobs
    }

    public func displayPath(_ file: String) -> String {
        path.isEmpty ? "\(revision):\(file)" : "\(revision):\(path)/\(file)"
    }

    public func exists(_ file: String) -> Bool { blobs[file] != nil }

    public func read(_ file: String) throws(InputFailure) -> Data {
        guard let blob = blobs[file] else {
            throw InputFailure(.error(.io, "no such file in revision \(revision)", at: SourceLocation(file: displayPath(file))))
        }
        guard let data = Self.git(["cat-file", "blob", blob]) else {
            throw InputFailure(.error(.io, "git could not read the file", at: SourceLocation(file: displayPath(file))))
        }
        guard data.count <= InputFile.maximumSize else {
            throw InputFailure(.error(.tooLarge, "the file is \(data.count) bytes; Rapporteur reads files of at most \(InputFile.maximumSize) bytes",
                                      at: SourceLocation(file: displayPath(file))))
        }
        return Data(data)
    }

    /// What `git ARGUMENTS` prints, or nil when it fails or cannot run.
    static func git(_ arguments: [String]) -> [UInt8]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? [UInt8](data) : nil
    }
}

extension String {
    fileprivate func trimmingSlashes() -> String {
        var text = Substring(self)
        while text.hasPrefix("./") { text = text.dropFirst(2) }
        while text.hasSuffix("/") { text = text.dropLast() }
        return text == "." ? "" : String(text)
    }
}
