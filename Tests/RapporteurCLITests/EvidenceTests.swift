import Foundation
import Testing
import TestSupport
import ZIPFoundation

/// `evidence.csv`: every answer traced to its cell. The files are opened
/// here with readers of their own, not the program's.
@Suite("evidence.csv", .serialized)
struct EvidenceTests {
    static let header = "year,country,respondent,indicator,answer,value,score,state,source,comment,location"

    @Test("every row of the example data's evidence.csv is found at its location, in CSV, XML and workbook sheets")
    func traced() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandRunner.run(["report", "--output", directory.path, "examples/sheets"])
        #expect(result.status == 0, "\(result.standardError)")
        let text = try String(contentsOf: directory.appending(path: "evidence.csv"), encoding: .utf8)
        let records = TestCSV.records(text)
        #expect(records.first?.map(\.text).joined(separator: ",") == Self.header)
        var files = FileCache()
        var forms: Set<String> = []
        var located = 0
        for record in records.dropFirst() {
            let row = Dictionary(uniqueKeysWithValues: zip(Self.header.split(separator: ",").map(String.init), record.map(\.text)))
            let answer = Self.unguarded(row["answer"] ?? "")
            let locations = (row["location"] ?? "").split(separator: " ").map(String.init)
            guard !locations.isEmpty else {
                #expect(answer.isEmpty && row["state"] == "missing", "\(row)")
                continue
            }
            // A ratio on two rows: `N/D`, the N row's location, then the D row's.
            let texts: [String]
            if locations.count == 2, let slash = answer.firstIndex(of: "/") {
                texts = [String(answer[..<slash]), String(answer[answer.index(after: slash)...])]
            } else {
                texts = [answer]
            }
            #expect(texts.count == locations.count, "\(row)")
            for (expected, location) in zip(texts, locations) {
                let (form, found) = try files.text(at: location)
                forms.insert(form)
                #expect(found == expected, "\(location): found '\(found ?? "nothing")', evidence says '\(expected)'")
                located += 1
            }
        }
        #expect(forms == ["csv", "xml", "xlsx"])
        #expect(located > 2000)
    }

    @Test("the rows of the explain fixture, worked out by hand")
    func handWorked() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandRunner.run(["report", "--framework", "Tests/Fixtures/explain/framework", "--year", "2024",
                                            "--output", directory.path, "Tests/Fixtures/explain/sheets"])
        #expect(result.status == 0, "\(result.standardError)")
        let at23 = "Tests/Fixtures/explain/sheets/AT-2023.csv", at24 = "Tests/Fixtures/explain/sheets/AT-2024.csv"
        let bg24 = "Tests/Fixtures/explain/sheets/BG-2024.csv"
        let expected = """
            \(Self.header)
            2023,AT,ngo,AAA.01,no,no,0.00,scored,,,\(at23):7:2
            2023,AT,ngo,AAA.02,10/40,10/40,50.00,scored,,,\(at23):8:2
            2023,AT,ngo,AAA.03,25,25,100.00,scored,,,\(at23):9:2
            2023,AT,ngo,AAA.04,yes,yes,100.00,scored,,,\(at23):10:2
            2023,AT,ngo,BBB.01,partly,partly,50.00,scored,,,\(at23):11:2
            2023,AT,ngo,BBB.02,a;c,a;c,75.00,scored,,,\(at23):12:2
            2023,AT,ngo,BBB.03,yes,yes,100.00,scored,,,\(at23):13:2
            2024,AT,ngo,AAA.01,partly,partly,50.00,scored,Ministry report 2024,,\(at24):7:2
            2024,AT,ngo,AAA.02,12/40,12/40,60.00,scored,Police statistics,,\(at24):8:2 \(at24):9:2
            2024,AT,ngo,AAA.03,7,7,50.00,scored,,Shelter count,\(at24):10:2
            2024,AT,ngo,AAA.04,,,,missing,,,\(at24):11:2
            2024,AT,ngo,BBB.01,yes,yes,100.00,scored,,,\(at24):12:2
            2024,AT,ngo,BBB.02,unknown,unknown,,unknown,,,\(at24):13:2
            2024,AT,ngo,BBB.03,,,,missing,,,\(at24):14:2
            2024,BG,ngo,AAA.01,yes,yes,100.00,scored,,,\(bg24):7:2
            2024,BG,ngo,AAA.02,20/40,20/40,100.00,scored,,,\(bg24):8:2 \(bg24):9:2
            2024,BG,ngo,AAA.03,3,3,0.00,scored,,,\(bg24):10:2
            2024,BG,ngo,AAA.04,no,no,0.00,scored,,,\(bg24):11:2
            2024,BG,ngo,BBB.01,no,no,0.00,scored,,,\(bg24):12:2
            2024,BG,ngo,BBB.02,b,b,25.00,scored,,,\(bg24):13:2
            2024,BG,ngo,BBB.03,partly,partly,50.00,scored,,,\(bg24):14:2

            """
        #expect(try String(contentsOf: directory.appending(path: "evidence.csv"), encoding: .utf8) == expected)
    }

    /// The formula guard's `'` before `=`, `+`, `-` or `@` is not part of the answer.
    static func unguarded(_ text: String) -> String {
        guard text.hasPrefix("'"), let next = text.dropFirst().first, "=+-@".contains(next) else { return text }
        return String(text.dropFirst())
    }
}

/// Sheet files opened once each, and the text at a location in them.
struct FileCache {
    private var csv: [String: [[TestCSV.Field]]] = [:]
    private var xml: [String: [Substring]] = [:]
    private var workbooks: [String: [String: String]] = [:]

    /// `FILE:LINE:COLUMN` (CSV, the COLUMNth cell of the record on LINE),
    /// `FILE:LINE` (XML, the `value` of the element on LINE) or
    /// `FILE:SHEET!CELL` (workbooks).
    mutating func text(at location: String) throws -> (form: String, text: String?) {
        if let bang = location.firstIndex(of: "!") {
            let colon = try #require(location[..<bang].lastIndex(of: ":"))
            let file = String(location[..<colon]), sheet = String(location[location.index(after: colon)..<bang])
            let cell = String(location[location.index(after: bang)...])
            if workbooks[file + "!" + sheet] == nil { workbooks[file + "!" + sheet] = try TestWorkbook.cells(file, sheet: sheet) }
            return ("xlsx", workbooks[file + "!" + sheet]?[cell]?.trimmingCharacters(in: .whitespaces))
        }
        let parts = location.split(separator: ":").map(String.init)
        if parts.count == 3, let line = Int(parts[1]), let column = Int(parts[2]) {
            if csv[parts[0]] == nil {
                csv[parts[0]] = TestCSV.records(try String(contentsOf: Fixtures.repository.appending(path: parts[0]), encoding: .utf8))
            }
            let record = csv[parts[0]]?.first { $0.first?.line == line }
            return ("csv", record.flatMap { column <= $0.count ? $0[column - 1].text.trimmingCharacters(in: .whitespaces) : nil })
        }
        let line = try #require(parts.count == 2 ? Int(parts[1]) : nil)
        if xml[parts[0]] == nil {
            xml[parts[0]] = try String(contentsOf: Fixtures.repository.appending(path: parts[0]), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false)
        }
        let text = xml[parts[0]].flatMap { line <= $0.count ? String($0[line - 1]) : nil }
        return ("xml", text.flatMap { TestXML.attribute("value", in: $0) }?.trimmingCharacters(in: .whitespaces) ?? "")
    }
}

/// RFC 4180 records with the line each field starts on; the delimiter is
/// the first line's most frequent of `,`, `;` and tab.
enum TestCSV {
    struct Field {
        var text: String
        var line: Int
    }

    static func records(_ input: String) -> [[Field]] {
        let text = input.hasPrefix("\u{FEFF}") ? String(input.dropFirst()) : input
        let firstLine = text.prefix { $0 != "\n" }
        let delimiter: Character = [",", ";", "\t"].max { a, b in
            firstLine.filter { $0 == a }.count < firstLine.filter { $0 == b }.count
        } ?? ","
        var records: [[Field]] = [], record: [Field] = [], field = "", quoted = false, line = 1, start = 1
        var characters = Array(text)
        characters.append("\n")
        var index = 0
        while index < characters.count {
            let c = characters[index]
            if quoted {
                if c == "\"", index + 1 < characters.count, characters[index + 1] == "\"" { field.append("\""); index += 1 }
                else if c == "\"" { quoted = false }
                else { if c == "\n" || c == "\r\n" { line += 1 }; field.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == delimiter {
                record.append(Field(text: field, line: start)); field = ""; start = line
            } else if c == "\n" || c == "\r\n" {
                record.append(Field(text: field, line: start)); records.append(record)
                record = []; field = ""; line += 1; start = line
            } else if c != "\r" {
                field.append(c)
            }
            index += 1
        }
        return records.filter { !($0.count == 1 && $0[0].text.isEmpty) }
    }
}

enum TestXML {
    /// The unescaped value of `name="..."` on a line.
    static func attribute(_ name: String, in line: String) -> String? {
        guard let range = line.range(of: " \(name)=\"") else { return nil }
        let rest = line[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return unescaped(String(rest[..<end]))
    }

    static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// The cells of one worksheet of a workbook, by reference, as text:
/// inline strings, shared strings and numbers.
enum TestWorkbook {
    static func cells(_ file: String, sheet: String) throws -> [String: String] {
        let archive = try Archive(url: Fixtures.repository.appending(path: file), accessMode: .read)
        func part(_ name: String) throws -> String? {
            guard let entry = archive[name] else { return nil }
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return String(decoding: data, as: UTF8.self)
        }
        let workbook = try #require(try part("xl/workbook.xml"))
        let sheetTag = try #require(matches(#"<sheet [^>]*name="\#(sheet)"[^>]*>"#, in: workbook).first)
        let id = try #require(matches(#"r:id="([^"]+)""#, in: sheetTag, group: 1).first)
        let relations = try #require(try part("xl/_rels/workbook.xml.rels"))
        let relation = try #require(matches(#"<Relationship [^>]*Id="\#(id)"[^>]*>"#, in: relations).first)
        var target = try #require(matches(#"Target="([^"]+)""#, in: relation, group: 1).first)
        target = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        let shared = (try part("xl/sharedStrings.xml")).map { xml in
            matches(#"<si>(.*?)</si>"#, in: xml, group: 1).map { item in
                matches(#"<t[^>]*>(.*?)</t>"#, in: item, group: 1).map(TestXML.unescaped).joined()
            }
        } ?? []
        let worksheet = try #require(try part(target))
        var cells: [String: String] = [:]
        for cell in matches(#"<c [^>]*?(?:/>|>.*?</c>)"#, in: worksheet) {
            guard let reference = matches(#"r="([A-Z]+[0-9]+)""#, in: cell, group: 1).first else { continue }
            let type = matches(#"t="([a-zA-Z]+)""#, in: cell, group: 1).first
            if type == "inlineStr" {
                cells[reference] = matches(#"<t[^>]*>(.*?)</t>"#, in: cell, group: 1).map(TestXML.unescaped).joined()
            } else if let value = matches(#"<v>(.*?)</v>"#, in: cell, group: 1).first {
                cells[reference] = type == "s" ? Int(value).flatMap { $0 < shared.count ? shared[$0] : nil } : TestXML.unescaped(value)
            }
        }
        return cells
    }

    static func matches(_ pattern: String, in text: String, group: Int = 0) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return [] }
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: group), in: text).map { String(text[$0]) }
        }
    }
}

@Suite("evidence in the XML exports, from the command line")
struct EvidenceXMLCommandTests {
    static let framework = ["--framework", "Tests/Fixtures/explain/framework"]
    static let sheets = "Tests/Fixtures/explain/sheets"

    @Test("score --format xml gives each answer its value, score, state and both rows of a ratio")
    func score() throws {
        let result = try CommandRunner.run(["score"] + Self.framework + ["--format", "xml", "\(Self.sheets)/AT-2024.csv"])
        #expect(result.status == 0, "\(result.standardError)")
        let at24 = "\(Self.sheets)/AT-2024.csv"
        #expect(result.standardOutput.contains(
            #"<answer value="12/40" score="60.00" state="scored" location="\#(at24):8:2 \#(at24):9:2">12/40</answer>"#))
        #expect(result.standardOutput.contains(#"<answer value="unknown" state="unknown" location="\#(at24):13:2">unknown</answer>"#))
    }

    @Test("compare --format xml --evidence ends with the evidence; without the flag there is none")
    func compare() throws {
        let with = try CommandRunner.run(["compare"] + Self.framework + ["--format", "xml", "--evidence", Self.sheets])
        #expect(with.status == 0, "\(with.standardError)")
        #expect(with.standardOutput.components(separatedBy: "<answer ").count - 1 == 21)
        #expect(with.standardOutput.contains(#"<answer year="2024" country="AT" respondent="ngo" indicator="AAA.03" value="7" "#
            + #"score="50.00" state="scored" location="\#(Self.sheets)/AT-2024.csv:10:2">"#
            + "\n      <text>7</text>\n      <comment>Shelter count</comment>\n    </answer>"))
        let without = try CommandRunner.run(["compare"] + Self.framework + ["--format", "xml", Self.sheets])
        #expect(without.status == 0)
        #expect(!without.standardOutput.contains("<evidence>"))
    }

    @Test("--evidence with another format than xml is a usage error")
    func onlyXML() throws {
        let result = try CommandRunner.run(["compare"] + Self.framework + ["--format", "csv", "--evidence", Self.sheets])
        #expect(result.status == 2)
        #expect(result.standardError.contains("--evidence goes with --format xml"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test("report --evidence puts the evidence into comparison.xml")
    func report() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandRunner.run(["report"] + Self.framework + ["--evidence", "--output", directory.path, Self.sheets])
        #expect(result.status == 0, "\(result.standardError)")
        let xml = try String(contentsOf: directory.appending(path: "comparison.xml"), encoding: .utf8)
        #expect(xml.components(separatedBy: "<answer ").count - 1 == 21)
        #expect(try XMLLint.accepts([directory.appending(path: "comparison.xml").path],
                                    schema: Fixtures.repository.appending(path: "reports/schema/report.xsd").path))
    }
}
