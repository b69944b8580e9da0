import Foundation

/// One run of a command: wall time, the child's peak resident memory, and
/// whether it succeeded.
struct Measurement {
    var seconds: Double
    var peakMegabytes: Double
    var status: Int32

    /// Runs `executable` with `arguments`, output discarded, and measures it.
    static func run(_ executable: URL, _ arguments: [String], in directory: URL) throws -> Measurement {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        // wait4 gives the child's own resource usage, peak memory included.
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(process.processIdentifier, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Measurement(seconds: seconds, peakMegabytes: Double(usage.ru_maxrss) / 1024, status: exit)
    }

    /// The best of `repeats` runs (wall time), with the largest peak memory seen.
    static func best(of repeats: Int, _ executable: URL, _ arguments: [String], in directory: URL) throws -> Measurement {
        var runs: [Measurement] = []
        for _ in 0..<repeats { runs.append(try run(executable, arguments, in: directory)) }
        var best = runs.min { $0.seconds < $1.seconds }!
        best.peakMegabytes = runs.map(\.peakMegabytes).max()!
        best.status = runs.map(\.status).max()!
        return best
    }
}
