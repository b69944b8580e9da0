import Foundation
import FuzzTargets
import RapporteurCore
import Testing
import TestSupport

/// Every input a fuzz run found a problem with, kept in
/// `Fixtures/fuzz-regressions/<target>/`, runs through the code of its
/// target and comes out clean: no crash, no hang, and either success or
/// errors that name the input file.
@Suite("fuzz regressions")
struct FuzzRegressionTests {
    static let folder = "fuzz-regressions"

    static let inputs: [(FuzzTarget, String)] = FuzzTarget.allCases.flatMap { target in
        Fixtures.files(in: folder + "/" + target.rawValue)
            .map(\.lastPathComponent)
            .filter { !$0.hasPrefix(".") }
            .map { (target, $0) }
    }

    @Test("a kept input reads cleanly through its target", arguments: inputs)
    func replay(target: FuzzTarget, name: String) throws {
        let data = try Data(contentsOf: Fixtures.url("\(Self.folder)/\(target.rawValue)/\(name)"))
        var ran: FuzzOutcome?
        let elapsed = ContinuousClock().measure { ran = target.run(data) }
        // What make fuzz counts as a hang (-timeout=10).
        #expect(elapsed < .seconds(10), "\(target.rawValue)/\(name) took \(elapsed)")
        let outcome = try #require(ran)
        #expect(outcome.brokenPromises.isEmpty, "\(target.rawValue)/\(name): \(outcome.brokenPromises)")
        for error in outcome.diagnostics where error.severity == .error {
            #expect(!error.location.file.isEmpty && !error.message.isEmpty, "\(error)")
        }
    }

    @Test("every regression folder is named after a fuzz target")
    func foldersNameTargets() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.path(Self.folder))
        let folders = names.filter { !$0.hasPrefix(".") && $0 != "README.md" }
        #expect(Set(folders) == Set(FuzzTarget.allCases.map(\.rawValue)))
    }

    @Test("the fuzz binary's copy of the arithmetic conformance framework equals the fixture")
    func conformanceCopy() throws {
        let directory = "conformance/arithmetic/framework/"
        let fixture = ["framework.xml"] + Fixtures.files(in: directory + "areas").map { "areas/" + $0.lastPathComponent }
        #expect(Set(ConformanceFramework.files.keys) == Set(fixture))
        for path in fixture {
            let text = try String(contentsOf: Fixtures.url(directory + path), encoding: .utf8)
            #expect(ConformanceFramework.files[path] == text, "\(path) differs from the fixture")
        }
    }

    @Test("the seeds of the sheet targets read without errors", arguments: [
        (FuzzTarget.csv, "csv/instrument-AL-2024.csv", UInt8(0b100)),
        (.csv, "csv/instrument-BA-2023.csv", 0b100),
        (.csv, "csv/instrument-RS-2024.csv", 0b100),
        (.xmlSheet, "xml-sheet/conformance-RS-2024.xml", 0),
        (.xmlSheet, "xml-sheet/conformance-BA-2023.xml", 0),
        (.xmlSheet, "xml-sheet/instrument-AL-2024.xml", 0b100),
    ])
    func seedsRead(target: FuzzTarget, seed: String, selector: UInt8) throws {
        let sheet = try Data(contentsOf: Fixtures.url("fuzz-seeds/" + seed))
        let outcome = target.run(Data([selector]) + sheet)
        #expect(outcome.brokenPromises.isEmpty)
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics.map(\.message))")
    }
}
