import Foundation

/// `make bench`: times `rapporteur` (a release build) on generated
/// workloads at three sizes and checks the figures against the targets of
/// the performance issue. Not part of `make test`: budgets live here.
@main
struct Bench {
    struct Target {
        var name: String
        var seconds: Double
        var megabytes: Double
    }

    static func main() throws {
        let arguments = CommandLine.arguments
        // `rapporteur-bench --generate DIR COUNTRIES YEARS INDICATORS`: the
        // workload alone, for profiling by hand.
        if arguments.count == 6, arguments[1] == "--generate", let countries = Int(arguments[3]),
           let years = Int(arguments[4]), let indicators = Int(arguments[5]) {
            try Workload(areas: 12, indicators: indicators, countries: countries, years: years)
                .write(to: URL(fileURLWithPath: arguments[2]))
            return
        }
        guard arguments.count >= 2 else {
            FileHandle.standardError.write(Data("usage: rapporteur-bench PATH-TO-RAPPORTEUR [--quick]\n".utf8))
            exit(2)
        }
        let rapporteur = URL(fileURLWithPath: arguments[1]).standardizedFileURL
        let quick = arguments.contains("--quick")
        let repeats = quick ? 1 : 3
        let sizes = quick
            ? [Workload(areas: 12, indicators: 150, countries: 20, years: 5)]
            : [Workload(areas: 12, indicators: 50, countries: 50, years: 5),
               Workload(areas: 12, indicators: 100, countries: 100, years: 10),
               Workload(areas: 12, indicators: 150, countries: 200, years: 20)]
        let scratch = FileManager.default.temporaryDirectory.appending(path: "rapporteur-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var failures = 0

        print("rapporteur benchmark (\(repeats == 1 ? "one run" : "best of \(repeats) runs") each; wall time, peak memory)")
        let bundled = try Measurement.best(of: max(repeats, 5), rapporteur, ["check", "--strict"], in: scratch.creatingDirectory())
        failures += report("check (bundled instrument)", bundled, answers: nil, target: Target(name: "", seconds: 0.05, megabytes: 500))
        // The example sheets, when run from the repository (as `make bench` does).
        let examples = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appending(path: "examples/sheets")
        if FileManager.default.fileExists(atPath: examples.path) {
            let example = try Measurement.best(of: max(repeats, 5), rapporteur,
                                               ["report", "--output", "report", examples.path], in: scratch.creatingDirectory())
            failures += report("report (example sheets)", example, answers: nil, target: Target(name: "", seconds: 1, megabytes: 500))
        }

        for workload in sizes {
            let directory = scratch.appending(path: "\(workload.countries)x\(workload.years)x\(workload.indicators)")
            let started = DispatchTime.now().uptimeNanoseconds
            try workload.write(to: directory)
            let generated = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            print("")
            print("workload: \(workload.indicators) indicators in \(workload.areas) areas, \(workload.countries) countries x "
                  + "\(workload.years) years = \(workload.countries * workload.years) sheets, \(workload.answers) answers "
                  + "(generated in \(String(format: "%.1f", generated)) s)")
            let framework = ["--framework", "framework"]
            let largest = workload.countries == 200 && workload.years == 20
            let steps: [(String, [String], Target?)] = [
                ("check framework", ["check"] + framework + ["--strict", "framework"], nil),
                ("check sheets", ["check"] + framework + ["sheets"], nil),
                ("score one sheet", ["score"] + framework + ["--format", "csv", "sheets/\(firstSheet(directory))"], nil),
                ("compare --format csv", ["compare"] + framework + ["--format", "csv", "--output", "out.csv", "sheets"],
                 largest ? Target(name: "", seconds: 2, megabytes: 500) : nil),
                ("report (all exports)", ["report"] + framework + ["--output", "report", "sheets"],
                 largest ? Target(name: "", seconds: 5, megabytes: 500) : nil),
                // The whole command, reading included: 1000 runs of the latest year.
                ("sensitivity --year", ["sensitivity"] + framework + ["--year", String(2000 + workload.years - 1), "--runs", "1000",
                                                                       "--format", "csv", "--output", "sensitivity.csv", "sheets"],
                 largest ? Target(name: "", seconds: 2, megabytes: 500) : nil),
            ]
            for (name, arguments, target) in steps {
                let measurement = try Measurement.best(of: repeats, rapporteur, arguments, in: directory)
                let answers = name.hasPrefix("score") ? workload.indicators : name.hasPrefix("check framework") || name.hasPrefix("sensitivity") ? nil : workload.answers
                failures += report(name, measurement, answers: answers, target: target)
            }
            try? FileManager.default.removeItem(at: directory)
        }
        print("")
        print(failures == 0 ? "all targets met" : "\(failures) target(s) missed")
        exit(failures == 0 ? 0 : 1)
    }

    static func firstSheet(_ directory: URL) -> String {
        (try? FileManager.default.contentsOfDirectory(atPath: directory.appending(path: "sheets").path))?.sorted().first ?? ""
    }

    /// Prints one line; returns 1 when a target was missed or the command failed.
    static func report(_ name: String, _ m: Measurement, answers: Int?, target: Target?) -> Int {
        var line = "  " + name.padding(toLength: 28, withPad: " ", startingAt: 0)
        line += String(format: "%8.3f s %8.1f MB", m.seconds, m.peakMegabytes)
        if let answers { line += String(format: " %12.0f answers/s", Double(answers) / m.seconds) }
        var missed = m.status != 0
        if m.status != 0 { line += "  FAILED (exit \(m.status))" }
        if let target {
            let met = m.seconds < target.seconds && m.peakMegabytes < target.megabytes
            line += String(format: "  target < %.2f s, < %.0f MB: %@", target.seconds, target.megabytes, met ? "met" : "MISSED")
            missed = missed || !met
        }
        print(line)
        return missed ? 1 : 0
    }
}

extension URL {
    func creatingDirectory() throws -> URL {
        try FileManager.default.createDirectory(at: self, withIntermediateDirectories: true)
        return self
    }
}
