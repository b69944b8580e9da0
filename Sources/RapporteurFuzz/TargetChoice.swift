import Foundation
import FuzzTargets

/// The target this process fuzzes or replays, named by
/// `RAPPORTEUR_FUZZ_TARGET`: an environment variable rather than an
/// argument because libFuzzer owns the command line.
enum TargetChoice {
    static let variable = "RAPPORTEUR_FUZZ_TARGET"

    /// The chosen target; ends the process with status 2 when there is none.
    static func fromEnvironment() -> FuzzTarget {
        let name = ProcessInfo.processInfo.environment[variable] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            let problem = name.isEmpty ? "\(variable) is not set" : "\(variable)='\(name)' is not a fuzz target"
            FileHandle.standardError.write(Data("rapporteur-fuzz: \(problem); set it to one of: \(names)\n".utf8))
            exit(2)
        }
        return target
    }
}
