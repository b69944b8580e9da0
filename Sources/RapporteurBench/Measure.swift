import Foundation

/// One run of a command: wall time, CPU time (user and system, all
/// threads), the child's peak resident memory, and whether it succeeded.
struct Measurement {
    var seconds: Double
    var cpuSeconds: Double
    var peakMegabytes: Double
    var status: Int32

    /// Runs `executable` with `arguments`, output discarded, and measures it.
    /// Spawned and reaped here rather than through `Process`, whose own
    /// reaper thread could collect the child first and leave `wait4` with
    /// no usage to report (CPU time and memory read as zero).
    static func run(_ executable: URL, _ arguments: [String], in directory: URL) throws -> Measurement {
        // `cd` in a shell that then becomes the command: the usage is the command's.
        let words = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory.path, executable.path] + arguments
        var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { for word in argv { free(word) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, &argv, environ)
        guard spawned == 0 else { throw CocoaError(.executableLoad) }
        // wait4 gives the child's own resource usage, peak memory included.
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return Measurement(seconds: seconds, cpuSeconds: cpu, peakMegabytes: Double(usage.ru_maxrss) / 1024, status: exit)
    }

    /// The best of `repeats` runs (wall time), with the least CPU time and
    /// the largest peak memory seen.
    static func best(of repeats: Int, _ executable: URL, _ arguments: [String], in directory: URL) throws -> Measurement {
        var runs: [Measurement] = []
        for _ in 0..<repeats { runs.append(try run(executable, arguments, in: directory)) }
        return best(runs)
    }

    /// The fastest of `runs`, with the least CPU time and the largest peak memory among them.
    static func best(_ runs: [Measurement]) -> Measurement {
        var best = runs.min { $0.seconds < $1.seconds }!
        best.cpuSeconds = runs.map(\.cpuSeconds).min()!
        best.peakMegabytes = runs.map(\.peakMegabytes).max()!
        best.status = runs.map(\.status).max()!
        return best
    }
}
