import Foundation
import RapporteurCore
import RapporteurIO
import Testing
import TestSupport
import ZIPFoundation

/// Workbooks made to hurt, built here: each is refused quickly, with a
/// clear error naming the file, before it can fill memory or reach outside.
@Suite("hostile workbooks are refused")
struct HostileWorkbookTests {
    static let file = "hostile.xlsx"
    static let rows = WorkbookFixture.row(1, [("A", "country"), ("B", "RS")])

    /// Reads `data` as a sheet; the diagnostics and how long it took.
    func refuse(_ data: Data) -> (diagnostics: [Diagnostic], seconds: Double) {
        let clock = ContinuousClock()
        var diagnostics: [Diagnostic] = []
        let elapsed = clock.measure { diagnostics = SheetLoader.readRawOutcome(data, file: Self.file) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return (diagnostics, seconds)
    }

    func expectRefused(_ data: Data, code: String, saying phrase: String) {
        let (diagnostics, seconds) = refuse(data)
        let found = diagnostics.filter { $0.code.rawValue == code && $0.severity == .error }
        #expect(!found.isEmpty, "expected \(code), got \(diagnostics.map { "\($0.code): \($0.message)" })")
        #expect(found.allSatisfy { $0.location.file == Self.file })
        #expect(found.contains { ($0.message + " " + ($0.suggestion ?? "")).contains(phrase) },
                "no \(code) says '\(phrase)': \(found.map(\.message))")
        #expect(seconds < 2, "took \(seconds) s")
        #expect(!DiagnosticRenderer.render(diagnostics, as: .json).contains("root:"))
    }

    /// A worksheet of 40 MiB of spaces, more than a part may hold, inflating
    /// from about 40 KiB.
    func bomb() throws -> Data {
        let fixture = WorkbookFixture(rows: Self.rows)
        let size = 40 << 20
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, data) in fixture.parts.sorted(by: { $0.key < $1.key }) where name != "xl/worksheets/sheet1.xml" {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                data.subdata(in: Int($0)..<Int($0) + $1)
            }
        }
        try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(size),
                             compressionMethod: .deflate) { _, chunk in Data(repeating: 0x20, count: chunk) }
        return try #require(archive.data)
    }

    /// Overwrites a little-endian field of the central-directory entry of `name`.
    func patchDirectory(_ data: inout Data, entry name: String, offset: Int, value: UInt32, width: Int = 4) throws {
        let signature = Data([0x50, 0x4B, 0x01, 0x02])
        var searchFrom = data.startIndex
        while let found = data.range(of: signature, in: searchFrom..<data.endIndex) {
            let start = found.lowerBound
            let nameLength = Int(data[start + 28]) | Int(data[start + 29]) << 8
            if String(decoding: data[(start + 46)..<(start + 46 + nameLength)], as: UTF8.self) == name {
                for byte in 0..<width { data[start + offset + byte] = UInt8(truncatingIfNeeded: value >> (8 * byte)) }
                return
            }
            searchFrom = found.upperBound
        }
        Issue.record("no directory entry for \(name)")
    }

    @Test("a zip bomb that says what it is, refused from its directory")
    func honestBomb() throws {
        expectRefused(try bomb(), code: "too-large", saying: "MiB")
    }

    @Test("a zip bomb whose directory lies about its size, stopped while inflating")
    func lyingBomb() throws {
        var data = try bomb()
        try patchDirectory(&data, entry: "xl/worksheets/sheet1.xml", offset: 24, value: 10_000)
        expectRefused(data, code: "too-large", saying: "expands far beyond")
    }

    @Test("a part with an external entity is refused, and the entity never read")
    func externalEntity() throws {
        var fixture = WorkbookFixture(rows: Self.rows)
        fixture.parts["xl/worksheets/sheet1.xml"] = Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <worksheet xmlns="\(WorkbookFixture.main)"><sheetData><row r="1">
            <c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>
            """.utf8)
        expectRefused(try fixture.zipped(), code: "xml-forbidden", saying: "xl/worksheets/sheet1.xml")
    }

    @Test("a shared-strings part that expands entities a billion times is refused")
    func billionLaughs() throws {
        var fixture = WorkbookFixture(rows: #"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#, sharedStrings: ["x"])
        let entities = (1...9).map { #"<!ENTITY l\#($0) "&l\#($0 - 1);&l\#($0 - 1);&l\#($0 - 1);&l\#($0 - 1);&l\#($0 - 1);&l\#($0 - 1);&l\#($0 - 1);&l\#($0 - 1);&l\#($0 - 1);&l\#($0 - 1);">"# }
        fixture.parts["xl/sharedStrings.xml"] = Data((#"<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY l0 "lol">"#
            + entities.joined() + #"]><sst xmlns="\#(WorkbookFixture.main)"><si><t>&l9;</t></si></sst>"#).utf8)
        expectRefused(try fixture.zipped(), code: "xml-forbidden", saying: "DOCTYPE")
    }

    @Test("entry names that climb out of the package are refused", arguments: ["../../evil.xml", "/etc/evil.xml", "xl/..\\..\\evil.xml"])
    func pathTraversal(name: String) throws {
        var fixture = WorkbookFixture(rows: Self.rows)
        fixture.parts[name] = WorkbookFixture.xml("<x/>")
        expectRefused(try fixture.zipped(), code: "unsafe-path", saying: name)
    }

    @Test("cells that use shared strings in a package that has none: a clear error at the cell")
    func missingSharedStrings() throws {
        let fixture = WorkbookFixture(rows: #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>"#)
        expectRefused(try fixture.zipped(), code: "missing-shared-strings", saying: "shared strings")
        let error = refuse(try fixture.zipped()).diagnostics.first { $0.code == .missingSharedStrings }
        #expect(error?.location.cell == "Answers!A1")
    }

    @Test("an encrypted workbook is refused: zip entries flagged encrypted, or Excel's password container")
    func encrypted() throws {
        var data = try WorkbookFixture(rows: Self.rows).zipped()
        try patchDirectory(&data, entry: "xl/workbook.xml", offset: 8, value: 1, width: 2)
        expectRefused(data, code: "encrypted-workbook", saying: "password")
        var container = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(count: 1024)
        container += Data("EncryptionInfo".utf16.flatMap { [UInt8($0), 0] }) + Data(count: 512)
        expectRefused(container, code: "encrypted-workbook", saying: "password")
    }

    @Test("what is not a workbook is refused: an .xls, a cut-short or corrupt zip, a zip of something else")
    func notWorkbooks() throws {
        expectRefused(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(count: 2048),
                      code: "unsupported-format", saying: ".xls")
        let whole = try WorkbookFixture(rows: Self.rows).zipped()
        expectRefused(whole.prefix(whole.count - 30), code: "damaged-workbook", saying: "zip directory")
        var corrupt = whole
        try patchDirectory(&corrupt, entry: "xl/workbook.xml", offset: 16, value: 0xDEAD_BEEF)
        expectRefused(corrupt, code: "damaged-workbook", saying: "checksum")
        let other = try WorkbookFixture.zip([("hello.txt", Data("hello".utf8))])
        expectRefused(other, code: "not-a-workbook", saying: "no xl/workbook.xml")
    }

    @Test("a directory entry whose local header lies past the end, or on no header, is refused, not followed",
          arguments: [UInt32(0x7473_6000), 0xFFFF_FFF0, 3])
    func localHeaderOutside(offset: UInt32) throws {
        var data = try WorkbookFixture(rows: Self.rows).zipped()
        // The field at 42 of a directory entry: where its local header starts.
        try patchDirectory(&data, entry: "xl/workbook.xml", offset: 42, value: offset)
        expectRefused(data, code: "damaged-workbook", saying: "zip directory")
    }
}
