import Foundation
import RapporteurCore
import RapporteurIO
import Testing
import TestSupport

/// Every file of `corpus/csv/`, checked as a sheet against the arithmetic
/// conformance framework, gives what the corpus README says.
@Suite("awkward and hostile CSV sheets")
struct CorpusSheetTests {
    static let framework: Framework = {
        FrameworkLoader.load(from: DirectoryFrameworkSource(
            directory: Fixtures.url("conformance/arithmetic/framework"))).framework!
    }()

    /// file, the error code expected, its line (nil: the whole file), and a
    /// phrase the message or suggestion must hold.
    static let refusals: [(String, String, Int?, String)] = [
        ("unterminated-quote.csv", "unterminated-quote", 8, "never closes"),
        ("nul-bytes.csv", "binary-file", 8, "NUL"),
        ("binary.csv", "binary-file", 1, "NUL"),
        ("empty.csv", "empty-sheet", nil, "empty"),
        ("header-only.csv", "missing-metadata", 1, "country"),
        ("invalid-utf8.csv", "not-utf8", 8, "--encoding windows-1250"),
        ("no-country.csv", "missing-metadata", 1, "'country"),
        ("bad-year.csv", "bad-year", 2, "four digits"),
        ("unknown-country.csv", "unknown-country", 1, "ISO 3166-1"),
        ("wrong-framework.csv", "wrong-framework", 3, "conformance 2.1"),
        ("duplicate-indicator.csv", "duplicate-indicator", 9, "duplicate-indicator.csv:8"),
        ("unknown-indicator.csv", "unknown-indicator", 8, "'LNZ.01'"),
        ("answer-not-an-option.csv", "not-an-option", 8, "full (Potpuno"),
        ("number-out-of-range.csv", "number-out-of-range", 8, "0 to 50"),
        ("number-not-integer.csv", "number-not-integer", 8, "whole number"),
        ("number-ambiguous.csv", "number-ambiguous", 8, "decimal separator"),
        ("ratio-numerator-above-denominator.csv", "ratio-above-one", 8, "greater than the denominator"),
        ("ratio-half-pair.csv", "ratio-half-pair", 8, "LNZ.05/D"),
        ("ratio-both-forms.csv", "ratio-both-forms", 9, "keep one form"),
        ("na-not-allowed.csv", "na-not-allowed", 8, "n/a"),
        ("date-mangled-ratio.csv", "answer-became-date", 23, "'PJW.02/N' and 'PJW.02/D'"),
    ]

    @Test("each refused file gets its error at the right line, saying what would be right", arguments: refusals)
    func refused(file: String, code: String, line: Int?, phrase: String) {
        let path = Fixtures.path("corpus/csv/" + file)
        let outcome = SheetLoader(framework: Self.framework).load(path)
        let found = outcome.diagnostics.filter { $0.code.rawValue == code && $0.severity == .error }
        #expect(!found.isEmpty, "\(file) gave \(outcome.diagnostics.map { "\($0.code): \($0.message)" })")
        #expect(found.allSatisfy { $0.location.file == path })
        let saying = found.filter { ($0.message + " " + ($0.suggestion ?? "")).contains(phrase) }
        #expect(!saying.isEmpty, "\(file): no \(code) error says '\(phrase)': \(found.map(\.message))")
        #expect(saying.allSatisfy { $0.location.line == line },
                "\(file): at lines \(saying.map { String(describing: $0.location.line) })")
    }

    @Test("the date-mangled ratio says a spreadsheet turned it into a date")
    func dateMangled() throws {
        let outcome = SheetLoader(framework: Self.framework).load(Fixtures.path("corpus/csv/date-mangled-ratio.csv"))
        let error = try #require(outcome.diagnostics.first { $0.code == .answerBecameDate })
        #expect(error.message.contains("spreadsheet turned the ratio into a date"))
        #expect(error.location.column == 5)
    }

    @Test("invalid UTF-8 reads with --encoding windows-1250")
    func invalidUTF8WithEncoding() throws {
        let outcome = SheetLoader(framework: Self.framework, encoding: .windows1250)
            .load(Fixtures.path("corpus/csv/invalid-utf8.csv"))
        #expect(!outcome.diagnostics.hasErrors)
        let answer = try #require(outcome.sheet?.answers["LNZ.01"])
        #expect(answer.value == .choice(code: "full"))
        #expect(answer.source == "Izveštaj")
    }

    @Test("old Mac line ends (CR only) read as lines")
    func crOnly() throws {
        let outcome = SheetLoader(framework: Self.framework).load(Fixtures.path("corpus/csv/cr-only-line-ends.csv"))
        #expect(!outcome.diagnostics.hasErrors)
        let sheet = try #require(outcome.sheet)
        #expect(sheet.metadata.country == "RS" && sheet.metadata.year == 2024)
        #expect(sheet.answers["LNZ.01"]?.value == .choice(code: "full"))
        #expect(sheet.answers["LNZ.01"]?.location.line == 8)
    }

    @Test("formulas in evidence read as text and never reach a written CSV as formulas")
    func formulaInEvidence() throws {
        let outcome = SheetLoader(framework: Self.framework).load(Fixtures.path("corpus/csv/formula-in-evidence.csv"))
        #expect(!outcome.diagnostics.hasErrors)
        let sheet = try #require(outcome.sheet)
        #expect(sheet.answers["LNZ.01"]?.source == "=cmd|' /C calc'!A0")
        let csv = ScoreExport(framework: Self.framework, score: Scorer(framework: Self.framework).score(sheet)).csv()
        for dangerous in ["=cmd", "@SUM", "+1+1", "-2+3"] {
            for line in csv.split(separator: "\n") {
                for cell in line.split(separator: ",", omittingEmptySubsequences: false) {
                    let bare = cell.hasPrefix("\"") ? cell.dropFirst() : cell
                    #expect(!bare.hasPrefix(dangerous), "a cell starts with \(dangerous): \(line)")
                }
            }
            #expect(csv.contains("'" + dangerous), "\(dangerous) is not kept behind a quote mark")
        }
    }

    @Test("a 5 MB cell is refused quickly with a clear error")
    func hugeField() {
        let text = "country,RS\nyear,2024\nstatus,final\n\nindicator,answer,source\nLNZ.01,full,\""
            + String(repeating: "x", count: 5_000_000) + "\"\n"
        let outcome = SheetLoader.readRawOutcome(Data(text.utf8), file: "big.csv")
        #expect(outcome.contains { $0.code == .tooLarge && $0.location.line == 6 })
    }

    @Test("a header of 100,000 columns is refused with a clear error")
    func wideHeader() {
        let text = "country,RS\nyear,2024\nstatus,final\n\nindicator,answer" + String(repeating: ",x", count: 100_000) + "\n"
        let outcome = SheetLoader.readRawOutcome(Data(text.utf8), file: "wide.csv")
        #expect(outcome.contains { $0.code == .tooLarge && $0.location.line == 5 })
    }
}

extension SheetLoader {
    /// The diagnostics of reading `data` as a sheet, failure or not.
    static func readRawOutcome(_ data: Data, file: String) -> [Diagnostic] {
        do throws(InputFailure) {
            return try readRaw(data, file: file, encoding: .utf8).1
        } catch {
            return error.diagnostics
        }
    }
}
