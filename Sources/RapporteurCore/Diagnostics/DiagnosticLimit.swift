/// At most so many findings per file, as compilers stop after a limit
/// (clang's `-ferror-limit`): a file with 200,000 broken lines should not
/// bury the first problem. What is left out is counted, in one note per
/// file right after the last finding shown for it.
public struct DiagnosticLimit: Sendable, Hashable {
    /// Findings shown per file; 0 shows them all.
    public var perFile: Int

    public static let code = DiagnosticCode.moreFindings

    public init(perFile: Int) { self.perFile = perFile }

    /// The first `perFile` findings of each file, in the order given, each
    /// file's count of the rest as a note after its last one shown.
    public func apply(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard perFile > 0 else { return diagnostics }
        var shown: [String: Int] = [:]
        var omitted: [String: Int] = [:]
        var kept: [Diagnostic] = []
        var lastKept: [String: Int] = [:]
        for diagnostic in diagnostics {
            let file = diagnostic.location.file
            if shown[file, default: 0] < perFile {
                shown[file, default: 0] += 1
                lastKept[file] = kept.count
                kept.append(diagnostic)
            } else {
                omitted[file, default: 0] += 1
            }
        }
        // From the back, so that each insertion leaves the earlier places valid.
        for (file, count) in omitted.sorted(by: { lastKept[$0.key]! > lastKept[$1.key]! }) {
            let note = Diagnostic.note(
                Self.code, "\(count) more findings in this file are not shown (the limit is \(perFile) per file)",
                at: SourceLocation(file: file),
                suggestion: "fix these first, or see them all with --max-errors 0 or --format json")
            kept.insert(note, at: lastKept[file]! + 1)
        }
        return kept
    }
}
