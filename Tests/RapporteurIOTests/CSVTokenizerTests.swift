@testable import RapporteurIO
import Testing

/// Fields without quotes are taken straight from the text's bytes, fields
/// with quotes through a buffer: both must split as RFC 4180 says.
@Suite("CSV records")
struct CSVTokenizerTests {
    private func fields(_ text: String) throws -> [[String]] {
        try CSVTokenizer(delimiter: UInt8(ascii: ",")).records(in: text).map { $0.fields.map(\.text) }
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
        #expect(records.map(\.line) == [1, 3])
        #expect(records[0].fields.map(\.text) == ["a\nb", "c"])
        #expect(records[0].fields.map(\.line) == [1, 2])
    }

    @Test("a field one byte over the limit is refused at its line, quoted or not")
    func tooLarge() {
        let big = String(repeating: "x", count: CSVTokenizer.maximumFieldBytes + 1)
        let tokenizer = CSVTokenizer(delimiter: UInt8(ascii: ","))
        #expect(throws: CSVTokenizer.Failure.fieldTooLarge(line: 2)) { try tokenizer.records(in: "a\n" + big + ",b") }
        #expect(throws: CSVTokenizer.Failure.fieldTooLarge(line: 2)) { try tokenizer.records(in: "a\n\"" + big + "\"") }
        #expect(throws: Never.self) { try tokenizer.records(in: String(big.dropFirst())) }
    }
}
