import RapporteurCore
import Testing

@Suite("diagnostics as text, JSON and GitHub commands")
struct DiagnosticRendererTests {
    let finding = Diagnostic.error(.duplicateId, "indicator id 'IDN.01' is already used",
                                   at: SourceLocation(file: "areas/idn.xml", line: 12, column: 3),
                                   suggestion: "give each indicator its own id")

    @Test("text is path:line:column: severity: message, the suggestion as a note")
    func text() {
        #expect(DiagnosticRenderer.text(finding) == """
            areas/idn.xml:12:3: error: indicator id 'IDN.01' is already used [duplicate-id]
            areas/idn.xml:12:3: note: give each indicator its own id

            """)
    }

    @Test("a workbook cell stands where the line would")
    func cell() {
        let location = SourceLocation(file: "AT-2021.xlsx", cell: "Answers!E20")
        #expect(location.description == "AT-2021.xlsx:Answers!E20")
    }

    @Test("JSON carries the contract's fields and escapes what it must")
    func json() {
        var tricky = finding
        tricky.message = "a \"quoted\"\nline\twith\u{1} control"
        tricky.location.column = nil
        #expect(DiagnosticRenderer.json([tricky]) == """
            [
              {"file": "areas/idn.xml", "line": 12, "column": null, "severity": "error", "code": "duplicate-id", \
            "message": "a \\"quoted\\"\\nline\\twith\\u0001 control", "suggestion": "give each indicator its own id"}
            ]

            """)
        #expect(DiagnosticRenderer.json([]) == "[]\n")
    }

    @Test("GitHub commands escape properties and data as the Actions toolkit does")
    func github() {
        var odd = finding
        odd.location.file = "a,b:c.xml"
        odd.message = "50% done\nnext"
        odd.suggestion = nil
        #expect(DiagnosticRenderer.github(odd)
            == "::error file=a%2Cb%3Ac.xml,line=12,col=3,title=duplicate-id::50%25 done%0Anext\n")
        let warning = Diagnostic.warning(.unevenLanguages, "m", at: SourceLocation(file: "f"))
        #expect(DiagnosticRenderer.github(warning) == "::warning file=f,title=uneven-languages::m\n")
    }
}
