import Foundation
import Testing
import TestSupport

/// An export written to standard output that cannot take it (a full disk)
/// is an I/O error like any other: said in the run's language, exit status
/// 2, no crash.
@Suite("standard output that cannot be written")
struct StandardOutputTests {
    let compare = ["compare", "--framework", Fixtures.path("conformance/arithmetic/framework"), "--format", "csv",
                   Fixtures.path("conformance/arithmetic/sheets")]

    @Test("a full device gives exit status 2 and says why, in English and in Serbian")
    func fullDevice() throws {
        let full = URL(fileURLWithPath: "/dev/full")
        let english = try CommandRunner.run(compare + ["--lang", "en"], standardOutput: full)
        #expect(english.status == 2)
        #expect(english.standardError.contains("standard output: error: cannot write the file: No space left on device"))
        #expect(!english.standardError.contains("crashed"))
        let serbian = try CommandRunner.run(compare + ["--lang", "sr-Latn"], standardOutput: full)
        #expect(serbian.status == 2)
        #expect(serbian.standardError.contains("datoteka ne može da se upiše"))
    }

    @Test("the same export to a pipe is whole and ends with status 0")
    func pipe() throws {
        let result = try CommandRunner.run(compare)
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("year,region,country,level,id,score"))
    }
}
