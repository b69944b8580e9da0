#if !FUZZING
import Foundation
import FuzzTargets

/// `rapporteur-fuzz FILE|DIR...` in an ordinary build: runs the target named
/// by `RAPPORTEUR_FUZZ_TARGET` over each file, as the fuzz entry would, and
/// prints what it gave. For replaying a crash input or a corpus without the
/// fuzzing toolchain. Exit status 1 when a promise broke.
@main
struct Replay {
    static func main() {
        let paths = Array(CommandLine.arguments.dropFirst())
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: \(TargetChoice.variable)=TARGET rapporteur-fuzz FILE|DIR...\n".utf8))
            exit(2)
        }
        let target = TargetChoice.fromEnvironment()
        var broken = false
        for file in paths.flatMap(files) {
            guard let input = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("rapporteur-fuzz: cannot read \(file)\n".utf8))
                exit(2)
            }
            let outcome = target.run(input)
            let errors = outcome.diagnostics.filter { $0.severity == .error }
            let first = errors.first.map { " first: \($0.location.description): \($0.code): \($0.message)" } ?? ""
            print("\(file): \(outcome.diagnostics.count) diagnostics, \(errors.count) errors.\(first)")
            for promise in outcome.brokenPromises {
                print("\(file): broken promise: \(promise)")
                broken = true
            }
        }
        exit(broken ? 1 : 0)
    }

    /// A file as given; a directory by the files directly in it, sorted.
    private static func files(_ path: String) -> [String] {
        guard isDirectory(path) else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { (path as NSString).appendingPathComponent($0) }.filter { !isDirectory($0) }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
#endif
