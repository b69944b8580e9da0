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
        var cpuSeconds: Double? = nil
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
        // `rapporteur-bench --generate-realistic DIR COUNTRIES YEARS`: the
        // realistic workload alone.
        if arguments.count == 5, arguments[1] == "--generate-realistic", let countries = Int(arguments[3]),
           let years = Int(arguments[4]) {
            try RealisticWorkload(countries: countries, years: years).write(to: URL(fileURLWithPath: arguments[2]))
            return
        }
        guard arguments.count >= 2 else {
            FileHandle.standardError.write(Data(
                "usage: rapporteur-bench PATH-TO-RAPPORTEUR [--quick] [--realistic-only] [--before PATH-TO-OLDER-RAPPORTEUR]\n".utf8))
            exit(2)
        }
        let rapporteur = URL(fileURLWithPath: arguments[1]).standardizedFileURL
        let quick = arguments.contains("--quick")
        let repeats = quick ? 1 : 3
        // An older binary to run alternately with this one on the realistic workload.
        let before = arguments.firstIndex(of: "--before").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
            .map { URL(fileURLWithPath: $0).standardizedFileURL }
        let realisticOnly = arguments.contains("--realistic-only")
        let sizes = quick
            ? [Workload(areas: 12, indicators: 150, countries: 20, years: 5)]
            : [Workload(areas: 12, indicators: 50, countries: 50, years: 5),
               Workload(areas: 12, indicators: 100, countries: 100, years: 10),
               Workload(areas: 12, indicators: 150, countries: 200, years: 20)]
        let scratch = FileManager.default.temporaryDirectory.appending(path: "rapporteur-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var failures = 0

        print("rapporteur benchmark (\(repeats == 1 ? "one run" : "best of \(repeats) runs") each; wall time, CPU time, peak memory)")
        let realisticSizes = quick ? [RealisticWorkload(countries: 20, years: 5)]
            : [RealisticWorkload(countries: 50, years: 5), RealisticWorkload(countries: 100, years: 10),
               RealisticWorkload(countries: 200, years: 20)]
        for workload in realisticSizes {
            failures += try realistic(workload, rapporteur: rapporteur, before: before, repeats: repeats,
                                      in: scratch.appending(path: "realistic-\(workload.countries)x\(workload.years)"))
        }
        if realisticOnly {
            print("")
            print(failures == 0 ? "all targets met" : "\(failures) target(s) missed")
            exit(failures == 0 ? 0 : 1)
        }
        print("")
        print("ASCII workload (four columns, comma-separated, one framework of generated indicators)")
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

    /// The realistic workload at one size: `check` and `compare` of its
    /// sheets, each run alternately with `before` when given, so that both
    /// binaries see the same machine. Returns the targets missed.
    static func realistic(_ workload: RealisticWorkload, rapporteur: URL, before: URL?, repeats: Int,
                          in directory: URL) throws -> Int {
        let started = DispatchTime.now().uptimeNanoseconds
        let bytes = try workload.write(to: directory)
        let generated = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        defer { try? FileManager.default.removeItem(at: directory) }
        print("")
        print("realistic workload: \(workload.indicators) indicators in \(workload.areas) areas, \(workload.countries) countries x "
              + "\(workload.years) years = \(workload.sheets.count) sheets, \(workload.answers) answers, "
              + String(format: "%.1f MB (generated in %.1f s)", Double(bytes) / 1e6, generated))
        let largest = workload.countries == 200 && workload.years == 20
        let framework = ["--framework", "framework"]
        let steps: [(String, [String], Target)] = [
            ("check sheets", ["check"] + framework + ["sheets"], Target(name: "", seconds: 0.5, megabytes: 200)),
            ("compare --format csv", ["compare"] + framework + ["--format", "csv", "--output", "out.csv", "sheets"],
             Target(name: "", seconds: 0.6, megabytes: 200, cpuSeconds: 1.0)),
        ]
        var failures = 0
        for (name, arguments, target) in steps {
            var runs: [Measurement] = [], older: [Measurement] = []
            for _ in 0..<repeats {
                runs.append(try Measurement.run(rapporteur, arguments, in: directory))
                if let before { older.append(try Measurement.run(before, arguments, in: directory)) }
            }
            failures += report(name, .best(runs), answers: workload.answers, target: largest ? target : nil)
            if !older.isEmpty { _ = report("  before: " + name, .best(older), answers: workload.answers, target: nil) }
        }
        return failures
    }

    /// Prints one line; returns 1 when a target was missed or the command failed.
    static func report(_ name: String, _ m: Measurement, answers: Int?, target: Target?) -> Int {
        var line = "  " + name.padding(toLength: 30, withPad: " ", startingAt: 0)
        line += String(format: "%8.3f s %6.2f CPU-s %7.1f MB", m.seconds, m.cpuSeconds, m.peakMegabytes)
        if let answers { line += String(format: " %9.0f answers/s", Double(answers) / m.seconds) }
        var missed = m.status != 0
        if m.status != 0 { line += "  FAILED (exit \(m.status))" }
        if let target {
            // A command that failed did not do the work, however fast it was.
            let met = m.status == 0 && m.seconds < target.seconds && m.peakMegabytes < target.megabytes
                && target.cpuSeconds.map { m.cpuSeconds < $0 } ?? true
            line += String(format: "  target < %.2f s", target.seconds)
            if let cpu = target.cpuSeconds { line += String(format: ", < %.1f CPU-s", cpu) }
            line += String(format: ", < %.0f MB: %@", target.megabytes, met ? "met" : "MISSED")
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
