import Foundation
import RapporteurCore
import RapporteurIO
import Testing
import TestSupport

/// Each documented limit (docs/performance.md, "Limits") is enforced with
/// a clear error naming the file, before the input can take the memory.
@Suite("resource bounds")
struct ResourceBoundTests {
    @Test("a file over 32 MiB is refused before it is read")
    func fileSize() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "huge.csv")
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: UInt64(InputFile.maximumSize + 1))   // sparse: no disk, no memory
        try handle.close()
        let framework = try #require(FrameworkLoader.load(from: DirectoryFrameworkSource(directory: Fixtures.indicators)).framework)
        let outcome = SheetLoader(framework: framework).load(file.path)
        #expect(outcome.diagnostics.contains { $0.code == .tooLarge && $0.location.file == file.path })
    }

    @Test("a cell over 1 MiB is refused at its line")
    func cellSize() {
        let text = "country,RS\nyear,2024\nstatus,final\n\nindicator,answer,source\nLNZ.01,full,\""
            + String(repeating: "y", count: (1 << 20) + 1) + "\"\n"
        #expect(SheetLoader.readRawOutcome(Data(text.utf8), file: "cell.csv").contains { $0.code == .tooLarge && $0.location.line == 6 })
    }

    @Test("a row over 2,000 columns is refused at its line")
    func columns() {
        let text = "country,RS\nyear,2024\n" + "a" + String(repeating: ",b", count: 2_001) + "\n"
        #expect(SheetLoader.readRawOutcome(Data(text.utf8), file: "wide.csv").contains { $0.code == .tooLarge && $0.location.line == 3 })
    }

    @Test("a sheet over 100,000 rows is refused")
    func rows() {
        let text = "country,RS\nyear,2024\nstatus,final\n\nindicator,answer\n" + String(repeating: "x,y\n", count: 100_001)
        #expect(SheetLoader.readRawOutcome(Data(text.utf8), file: "long.csv").contains { $0.code == .tooLarge })
    }

    @Test("XML deeper than libxml2's limit of 256 levels is refused, as a sheet too")
    func nesting() {
        var text = #"<sheet xmlns="urn:rapporteur:sheet:1" country="RS" year="2024" framework="x" framework-version="1.0" status="final">"#
        text += String(repeating: "<organisation>", count: 300) + String(repeating: "</organisation>", count: 300) + "</sheet>"
        let diagnostics = SheetLoader.readRawOutcome(Data(text.utf8), file: "deep.xml")
        #expect(diagnostics.contains { $0.severity == .error && $0.location.file == "deep.xml" })
    }

    @Test("an XML text node over libxml2's 10 MB limit is refused")
    func textSize() {
        let text = #"<sheet xmlns="urn:rapporteur:sheet:1" country="RS" year="2024" framework="x" framework-version="1.0" status="final"><organisation>"#
            + String(repeating: "z", count: 10_000_001) + "</organisation></sheet>"
        let diagnostics = SheetLoader.readRawOutcome(Data(text.utf8), file: "long.xml")
        #expect(diagnostics.contains { $0.severity == .error && $0.location.file == "long.xml" })
    }
}

@Test("a sheet of many unknown ids gets suggestions for its first 200 only, so its cost stays linear")
func unknownIdSuggestionsAreBounded() throws {
    let framework = try #require(FrameworkLoader.load(from: DirectoryFrameworkSource(directory: Fixtures.indicators)).framework)
    let rows = (0..<1_000).map { "IDN.\(String(format: "%03d", 100 + $0 % 900)),yes" }.joined(separator: "\n")
    let text = "country,RS\nyear,2024\nstatus,final\n\nindicator,answer\n" + rows + "\n"
    let (raw, _) = try SheetLoader.readRaw(Data(text.utf8), file: "many.csv", encoding: .utf8)
    let diagnostics = SheetAssembler(framework: framework).assemble(raw).diagnostics
    let unknown = diagnostics.filter { $0.code == .unknownIndicator }
    #expect(unknown.count == 1_000)
    #expect(unknown.filter { $0.suggestion?.hasPrefix("did you mean") == true }.count <= 200)
    #expect(unknown.first?.suggestion?.hasPrefix("did you mean") == true)
}
