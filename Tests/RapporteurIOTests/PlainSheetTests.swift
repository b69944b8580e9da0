import Foundation
import RapporteurCore
@testable import RapporteurIO
import Testing
import TestSupport

/// `compare` and `check` read a plain CSV sheet in one pass
/// (`CSVSheetReader.readValues`) and any other by the full reading. The one
/// pass must either decline or give exactly what the full reading gives.
@Suite("plain sheets read in one pass")
struct PlainSheetTests {
    static let framework = CorpusSheetTests.framework

    /// What the full reading gives when it keeps values only.
    private static func full(_ text: String, file: String, framework: Framework = framework) throws
        -> (SheetAssembler.Outcome, [Diagnostic])
    {
        let (raw, readerSaid) = try SheetLoader.readRaw(Data(text.utf8), file: file, encoding: .utf8, keepsEvidence: false)
        let assembled = SheetAssembler(framework: framework, keepsText: false).assemble(raw)
        return (assembled, readerSaid + assembled.diagnostics)
    }

    private static func onePass(_ text: String, file: String, framework: Framework = framework) -> SheetAssembler.Outcome? {
        let assembler = SheetAssembler(framework: framework, keepsText: false)
        return CSVSheetReader.readValues(Data(text.utf8), file: file, ids: PlainIDs(assembler.plainIds), assembler: assembler)?.0
    }

    /// A sheet answering every indicator of the conformance framework, one
    /// answer of each kind: `rows` edits the answer rows before they are joined.
    static func sheet(_ rows: ([String]) -> [String] = { $0 }) -> String {
        var lines: [String] = []
        for area in framework.areas {
            for indicator in area.indicators {
                let answer: String
                switch indicator.answer {
                case .choice(let choice): answer = choice.options[0].code
                case .checklist(let checklist): answer = checklist.items.prefix(2).map(\.code).joined(separator: ";")
                case .number(let spec): answer = String(Int(spec.minimum ?? 0))
                case .ratio: answer = "1/2"
                case .text: answer = "a note"
                }
                lines.append("\(indicator.id),\(answer),,")
            }
        }
        let head = ["country,BG", "year,2024", "framework,conformance 2.1", "status,final", "", "indicator,answer,source,comment"]
        return (head + rows(lines)).joined(separator: "\r\n") + "\r\n"
    }

    @Test("a plain sheet is read in one pass, and gives what the full reading gives")
    func plain() throws {
        let text = Self.sheet()
        let fast = try #require(Self.onePass(text, file: "BG-2024.csv"))
        let (full, said) = try Self.full(text, file: "BG-2024.csv")
        #expect(said.isEmpty)
        #expect(fast.diagnostics.isEmpty)
        #expect(fast.values == full.values)
        #expect(fast.values.contains { if case .ratio = $0 { true } else { false } })
        #expect(fast.values.contains { if case .checklist(let codes) = $0 { codes.count == 2 } else { false } })
        #expect(fast.sheet?.metadata == full.sheet?.metadata)
        #expect(fast.sheet?.absent == full.sheet?.absent)
        #expect(fast.sheet?.answers.isEmpty == true)
    }

    /// Ids are first compared with the one after the previous row's; rows
    /// in another order must be found by id all the same.
    @Test("rows out of the framework's order are read by their ids, as the full reading reads them")
    func otherOrder() throws {
        for edit: ([String]) -> [String] in [{ Array($0.reversed()) }, { Array($0.dropFirst(3) + $0.prefix(3)) },
                                             { rows in rows.indices.map { rows[$0 ^ 1 < rows.count ? $0 ^ 1 : $0] } }] {
            let text = Self.sheet(edit)
            let fast = try #require(Self.onePass(text, file: "BG-2024.csv"))
            let (full, said) = try Self.full(text, file: "BG-2024.csv")
            #expect(said.isEmpty)
            #expect(fast.values == full.values)
            #expect(fast.values == Self.onePass(Self.sheet(), file: "BG-2024.csv")?.values)
        }
    }

    /// Sheets the one pass leaves to the full reading: each edits the plain one.
    static let declined: [(String, @Sendable ([String]) -> [String])] = [
        ("an id in small letters", { rows in [rows[0].lowercased()] + rows.dropFirst() }),
        ("an id with a space", { rows in [" " + rows[0]] + rows.dropFirst() }),
        ("an indicator answered twice", { rows in rows + [rows[0]] }),
        ("an indicator missing", { rows in Array(rows.dropFirst()) }),
        ("a cell past the header", { rows in [rows[0] + ",stray"] + rows.dropFirst() }),
        ("an unknown indicator", { rows in rows + ["ZZZ.99,1,,"] }),
        ("an answer that is no option", { rows in
            rows.map { $0.hasPrefix("LNZ.01,") ? "LNZ.01,maybe,," : $0 }
        }),
    ]

    @Test("a sheet that is not plain is left to the full reading", arguments: declined.map(\.0))
    func declines(_ name: String) throws {
        let edit = try #require(Self.declined.first { $0.0 == name }?.1)
        #expect(Self.onePass(Self.sheet(edit), file: "BG-2024.csv") == nil)
    }

    @Test("a blank row of empty cells is skipped, as the full reading skips it")
    func blankRow() throws {
        let text = Self.sheet { rows in [rows[0], ",,,"] + rows.dropFirst() }
        let fast = try #require(Self.onePass(text, file: "BG-2024.csv"))
        #expect(fast.values == (try Self.full(text, file: "BG-2024.csv")).0.values)
    }

    @Test("every corpus and example sheet the one pass reads, it reads as the full reading does")
    func sameAsFull() throws {
        let bundled = try #require(FrameworkLoader.load(from: DirectoryFrameworkSource(directory: Fixtures.indicators)).framework)
        let examples = Fixtures.repository.appending(path: "examples/sheets")
        let exampleSheets = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".csv") }
            .sorted().map { examples.appending(path: $0) }
        let sheets = Fixtures.files(in: "corpus/csv", withExtension: "csv").map { ($0, Self.framework) }
            + exampleSheets.map { ($0, bundled) }
        var read = 0
        for (url, framework) in sheets {
            guard let text = try? String(contentsOf: url, encoding: .utf8),
                  let fast = Self.onePass(text, file: url.lastPathComponent, framework: framework) else { continue }
            read += 1
            let (full, said) = try Self.full(text, file: url.lastPathComponent, framework: framework)
            #expect(said.isEmpty, "\(url.lastPathComponent)")
            #expect(fast.values == full.values, "\(url.lastPathComponent)")
            #expect(fast.sheet?.metadata == full.sheet?.metadata, "\(url.lastPathComponent)")
        }
        // The example sheets are filled whole, so most are plain.
        #expect(read > 10)
    }
}
