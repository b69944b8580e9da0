import Foundation

/// `xmllint --schema`, the validator people run by hand, as a second
/// opinion on what libxml2 accepts in-process. `make test` installs it.
public enum XMLLint {
    public struct Missing: Error, CustomStringConvertible {
        public var description: String { "xmllint is missing: `make test` installs libxml2-utils" }
    }

    /// Whether xmllint accepts every file (paths relative to `directory`) against `schema`.
    public static func accepts(_ files: [String], schema: String, in directory: URL? = nil) throws -> Bool {
        guard let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first(where: {
            FileManager.default.isExecutableFile(atPath: $0)
        }) else { throw Missing() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: xmllint)
        process.currentDirectoryURL = directory
        process.arguments = ["--noout", "--nonet", "--schema", schema] + files
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
