@testable import RapporteurIO
import Testing

/// Fields without quotes are ranges of the text's bytes, fields with quotes
/// ranges of their unescaped copy after them: both must split as RFC 4180
/// says.
@Suite("CSV records")
struct CSVTokenizerTests {
    private func fields(_ text: String) throws -> [[String]] {
        let records = try CSVTokenizer(delimiter: UInt8(ascii: ",")).records(in: text)
        return records.records.map { records.fields(of: $0).map(records.text) }
    }

    @Test("quoted and plain fields, a quote inside a plain field, text after a closing quote")
    func quoting() throws {
        #expect(try fields("a,\"b\"\"c\",d\n") == [["a", "b\"c", "d"]])
        #expect(try fields("\"x\"y,z") == [["xy", "z"]])
        #expect(try fields("a\"b,c") == [["a\"b", "c"]])
        #expect(try fields("é,\"ж\"\r\n,") == [["é", "ж"], ["", ""]])
    }

    @Test("an empty last line makes no record; an empty quoted field alone at the end neither")
    func ends() throws {
        #expect(try fields("a,\n") == [["a", ""]])
        #expect(try fields("a\n\"\"") == [["a"]])
        #expect(try fields("a\n\"\",") == [["a"], ["", ""]])
        #expect(try fields("") == [])
    }

    @Test("line breaks inside quotes count as lines; each field keeps the line it starts on")
    func lines() throws {
        let records = try CSVTokenizer(delimiter: UInt8(ascii: ",")).records(in: "\"a\rb\",c\rd")
        #expect(records.records.map(\.line) == [1, 3])
        #expect(records.fields(of: records.records[0]).map(records.text) == ["a\nb", "c"])
        #expect(records.fields(of: records.records[0]).map(\.line) == [1, 2])
    }

    @Test("a plain field is the range of its own bytes; a quoted one is unescaped after the text")
    func ranges() throws {
        // "é" is two bytes, so c is byte 3; the text is 12 bytes (é is 2,
        // then , c , " x " " y " LF), and x"y is copied to bytes 12 to 14.
        let records = try CSVTokenizer(delimiter: UInt8(ascii: ",")).records(in: "é,c,\"x\"\"y\"\n")
        #expect(records.fields(of: records.records[0]).map(\.range) == [0..<2, 3..<4, 12..<15])
        #expect(records.bytes.count == 15)
    }

    @Test("a field one byte over the limit is refused at its line, quoted or not")
    func tooLarge() {
        let big = String(repeating: "x", count: CSVTokenizer.maximumFieldBytes + 1)
        let tokenizer = CSVTokenizer(delimiter: UInt8(ascii: ","))
        #expect(throws: CSVTokenizer.Failure.fieldTooLarge(line: 2)) { try tokenizer.records(in: "a\n" + big + ",b") }
        #expect(throws: CSVTokenizer.Failure.fieldTooLarge(line: 2)) { try tokenizer.records(in: "a\n\"" + big + "\"") }
        #expect(throws: Never.self) { try tokenizer.records(in: String(big.dropFirst())) }
    }

    /// Plain runs are scanned eight bytes at a time: a stop at every offset
    /// of a word, and runs of every length around a word, must split as
    /// a byte by byte reading splits them.
    @Test("fields of every length up to twenty, with each delimiter and line end, split where they should", arguments: [",", ";", "\t"])
    func everyLength(_ delimiter: String) throws {
        let tokenizer = CSVTokenizer(delimiter: Array(delimiter.utf8)[0])
        let letters = Array("abcdefghijklmnopqrstuvwxyzčćžšđжљ")
        for first in 0...20 {
            for second in 0...20 {
                for end in ["\n", "\r\n", "\r", ""] {
                    let a = String(letters.prefix(first)), b = String(letters.suffix(second))
                    let text = a + delimiter + b + end + "x" + delimiter + a
                    let records = try tokenizer.records(in: text)
                    let read = records.records.map { records.fields(of: $0).map(records.text) }
                    let expected = end.isEmpty ? [[a, b + "x", a]] : [[a, b], ["x", a]]
                    #expect(read == expected, "\(first), \(second), \(end.debugDescription)")
                }
            }
        }
    }
}
