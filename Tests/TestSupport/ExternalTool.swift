import Foundation

/// A program the tests run as a subprocess (Chromium, pdftotext, the Nu
/// HTML checker), found on PATH. `make test` installs them all.
public enum ExternalTool {
    public struct Missing: Error, CustomStringConvertible {
        public var name: String
        public var description: String { "\(name) is missing: `make deps` (or `make test`) installs it" }
    }

    public struct Outcome: Sendable {
        public var status: Int32
        public var output: String
    }

    /// The first executable called `name` on PATH (or in the usual places).
    public static func path(_ name: String) throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        guard let found = folders.map({ "\($0)/\(name)" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else { throw Missing(name: name) }
        return found
    }

    /// Runs `name` with `arguments`; standard output and error together.
    public static func run(_ name: String, _ arguments: [String], in directory: URL? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try path(name))
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let log = FileManager.default.temporaryDirectory.appending(path: "rapporteur-tool-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let output = String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self)
        return Outcome(status: process.terminationStatus, output: output)
    }
}
