import RapporteurCore
import Testing

@Suite("at most so many findings per file")
struct DiagnosticLimitTests {
    private func finding(_ file: String, _ line: Int) -> Diagnostic {
        .error(DiagnosticCode(rawValue: "x"), "problem \(line)", at: SourceLocation(file: file, line: line))
    }

    @Test("each file keeps its first findings, and a note after its last one shown counts the rest")
    func perFile() {
        // a.csv: 4 findings, b.csv: 2, interleaved; a limit of 2 leaves out a.csv's last two.
        let all = [finding("a.csv", 1), finding("b.csv", 1), finding("a.csv", 2), finding("a.csv", 3),
                   finding("b.csv", 2), finding("a.csv", 4)]
        let kept = DiagnosticLimit(perFile: 2).apply(all)
        #expect(kept.map { "\($0.location.file):\($0.location.line ?? 0):\($0.code)" } == [
            "a.csv:1:x", "b.csv:1:x", "a.csv:2:x", "a.csv:0:more-findings", "b.csv:2:x",
        ])
        #expect(kept[3].severity == .note)
        #expect(kept[3].message.hasPrefix("2 more findings in this file"))
    }

    @Test("0 keeps everything; a file under the limit gets no note")
    func noLimit() {
        let all = (1...5).map { finding("a.csv", $0) }
        #expect(DiagnosticLimit(perFile: 0).apply(all) == all)
        #expect(DiagnosticLimit(perFile: 5).apply(all) == all)
    }
}
