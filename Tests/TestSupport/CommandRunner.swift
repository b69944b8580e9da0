import Foundation

/// Runs the built `rapporteur` executable as a user would.
public struct CommandResult: Sendable {
    public var status: Int32
    public var standardOutput: String
    public var standardError: String
    public var standardOutputData: Data
}

public enum CommandRunner {
    /// `.build/debug/rapporteur`, built by `make test` before the suite runs.
    public static var executable: URL {
        if let override = ProcessInfo.processInfo.environment["RAPPORTEUR_BIN"] {
            return URL(fileURLWithPath: override)
        }
        let beside = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appending(path: "rapporteur")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return Fixtures.repository.appending(path: ".build/debug/rapporteur")
    }

    /// `standardOutput`: a file to write standard output to (such as
    /// `/dev/full`) instead of reading it back.
    public static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        standardOutput: URL? = nil
    ) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? Fixtures.repository
        var env = ProcessInfo.processInfo.environment
        // The language comes from the test, not from the machine's locale.
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] { env[name] = nil }
        env.merge(environment) { _, new in new }
        process.environment = env
        // Standard error goes to a file so that neither stream can fill a
        // pipe while the other is being read.
        let errorFile = FileManager.default.temporaryDirectory.appending(path: "rapporteur-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        let output = Pipe()
        if let standardOutput {
            process.standardOutput = try FileHandle(forWritingTo: standardOutput)
        } else {
            process.standardOutput = output
        }
        process.standardError = errorHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outputData = standardOutput == nil ? output.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        try errorHandle.close()
        let errorData = (try? Data(contentsOf: errorFile)) ?? Data()
        return CommandResult(status: process.terminationStatus,
                             standardOutput: String(decoding: outputData, as: UTF8.self),
                             standardError: String(decoding: errorData, as: UTF8.self),
                             standardOutputData: outputData)
    }
}
