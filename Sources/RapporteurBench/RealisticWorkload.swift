import Foundation
import RapporteurCore

/// Sheets the way monitoring organisations fill them, seeded: every
/// template column written, answers in Serbian Latin with diacritics, in
/// Cyrillic, as codes or English labels, in any case; checklists of three to
/// six items making up about a sixth of the answers; comma, semicolon and
/// tab dialects, CRLF line ends, multi-line quoted comments, and about one
/// country-year in seven without a sheet. The same sizes give the same bytes.
struct RealisticWorkload {
    var countries: Int
    var years: Int
    /// 185 indicators in 14 areas: the shape of the issue's measurement.
    var indicators = 185
    var areas = 14

    /// Country-years with a sheet: each is left out with a chance of 15%,
    /// decided by a generator of its own so that sizes nest.
    var sheets: [(country: String, year: Int)] {
        var random = SplitMix(seed: 1_000_003)
        var kept: [(String, Int)] = []
        for country in CountryCode.all.sorted().prefix(countries) {
            for year in 0..<years where random.next() % 100 >= 15 { kept.append((country, 2000 + year)) }
        }
        return kept
    }

    var answers: Int { sheets.count * indicators }

    /// Writes `framework/` and `sheets/` into `directory`; returns the bytes of sheets written.
    @discardableResult
    func write(to directory: URL) throws -> Int {
        let framework = directory.appending(path: "framework")
        let sheetsDirectory = directory.appending(path: "sheets")
        try FileManager.default.createDirectory(at: framework.appending(path: "areas"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: sheetsDirectory, withIntermediateDirectories: true)
        try Data(frameworkXML().utf8).write(to: framework.appending(path: "framework.xml"))
        for area in 0..<areas {
            try Data(areaXML(area).utf8).write(to: framework.appending(path: "areas/\(areaCode(area).lowercased()).xml"))
        }
        var random = SplitMix(seed: 2027)
        var bytes = 0
        for (country, year) in sheets {
            let text = sheet(country: country, year: year, random: &random)
            bytes += text.utf8.count
            try Data(text.utf8).write(to: sheetsDirectory.appending(path: "\(country)-\(year).csv"))
        }
        return bytes
    }

    // MARK: The framework

    private func areaCode(_ index: Int) -> String { AreaLayout.code(index, prefix: "R") }

    private func indicatorsOf(_ area: Int) -> Range<Int> {
        AreaLayout.indicators(of: area, indicators: indicators, areas: areas)
    }

    private func id(_ area: Int, _ number: Int) -> String { "\(areaCode(area)).\(String(format: "%02d", number + 1))" }

    private enum Kind { case yesNo, scale, checklist, count, rate, ratio, text }

    /// Of every twelve indicators: five choices, two checklists (a sixth),
    /// two numbers, two ratios, one free text.
    private func kind(_ index: Int) -> Kind {
        switch index % 12 {
        case 0, 3, 6: .yesNo
        case 1, 8: .scale
        case 2, 7: .checklist
        case 4: .count
        case 9: .rate
        case 5, 10: .ratio
        default: .text
        }
    }

    /// Choice options: code, English, Serbian Latin.
    private static let yesNo = [("yes", "Yes", "Da"), ("partly", "Partly", "Delimično"), ("no", "No", "Ne")]
    private static let scale = [("fully", "Fully", "Potpuno"), ("largely", "Largely", "Uglavnom"),
                                ("partly", "Partly", "Delimično"), ("not-at-all", "Not at all", "Nimalo")]
    private static let items = [
        ("accommodation", "Safe accommodation", "Bezbedan smeštaj"), ("medical", "Medical care", "Zdravstvena zaštita"),
        ("psychological", "Psychological support", "Psihološka podrška"), ("material", "Material assistance", "Materijalna pomoć"),
        ("counselling", "Counselling", "Savetovanje o pravima"), ("legal-aid", "Free legal aid", "Besplatna pravna pomoć"),
        ("interpreting", "Interpreting", "Usluge prevođenja"), ("schooling", "Schooling", "Školovanje dece"),
        ("labour", "Access to work", "Pristup tržištu rada"),
    ]

    /// The items of checklist `index`: three to six, from a rotating start.
    private func checklistItems(_ index: Int) -> [(String, String, String)] {
        let count = 3 + index % 4
        return (0..<count).map { Self.items[(index + $0) % Self.items.count] }
    }

    private func labels(_ english: String, _ serbian: String) -> String {
        "<label xml:lang=\"en\">\(english)</label><label xml:lang=\"sr-Latn\">\(serbian)</label>"
    }

    private func frameworkXML() -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <framework xmlns="urn:rapporteur:framework:1" id="field" version="1.0">
            <title xml:lang="en">Field framework</title><title xml:lang="sr-Latn">Okvir za praćenje</title>
            <scoring aggregation="arithmetic" min-coverage="0.7" stable-band="2.0"/>
            <ratings><rating code="high" min="60"><label xml:lang="en">High</label><label xml:lang="sr-Latn">Visok</label></rating>
            <rating code="low" min="0"><label xml:lang="en">Low</label><label xml:lang="sr-Latn">Nizak</label></rating></ratings>
            <special-answers>
            <special code="unknown">\(labels("unknown", "nepoznato"))</special>
            <special code="n/a">\(labels("not applicable", "nije primenljivo"))</special>
            <special code="none">\(labels("none", "nijedno"))</special>
            </special-answers>

            """
        for area in 0..<areas { xml += "<include href=\"areas/\(areaCode(area).lowercased()).xml\"/>\n" }
        return xml + "</framework>\n"
    }

    private func areaXML(_ area: Int) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <area xmlns="urn:rapporteur:framework:1" id="\(areaCode(area))" weight="\(1 + area % 3)">
            <title xml:lang="en">Area \(area + 1)</title><title xml:lang="sr-Latn">Oblast \(area + 1)</title>

            """
        for (number, index) in indicatorsOf(area).enumerated() {
            let id = id(area, number)
            let weight = kind(index) == .text ? "" : " weight=\"\(1 + index % 2)\""
            xml += "<indicator id=\"\(id)\" type=\"process\"\(weight)>"
            xml += "<title xml:lang=\"en\">Indicator \(id)</title><title xml:lang=\"sr-Latn\">Pokazatelj \(id)</title>"
            xml += "<question xml:lang=\"en\">Question \(id)?</question><question xml:lang=\"sr-Latn\">Pitanje \(id)?</question>\n"
            switch kind(index) {
            case .yesNo, .scale:
                let options = kind(index) == .yesNo ? Self.yesNo : Self.scale
                xml += "<choice>"
                for (rank, option) in options.enumerated() {
                    xml += "<option code=\"\(option.0)\" points=\"\(options.count - 1 - rank)\">\(labels(option.1, option.2))</option>"
                }
                xml += "</choice>"
            case .checklist:
                xml += "<checklist>"
                for (rank, item) in checklistItems(index).enumerated() {
                    xml += "<item code=\"\(item.0)\" points=\"\(1 + rank % 2)\">\(labels(item.1, item.2))</item>"
                }
                xml += "</checklist>"
            case .count:
                xml += """
                    <number unit="cases" min="0" max="100000" integer="true"><bands><band from="0" to="10" points="1"/>
                    <band from="10" to="100" points="2"/><band from="100" points="4"/></bands></number>
                    """
            case .rate:
                xml += "<number unit=\"per million\" min=\"0\" max=\"1000\"><linear low=\"0\" high=\"50\"/></number>"
            case .ratio:
                xml += """
                    <ratio><numerator xml:lang="en">done</numerator><numerator xml:lang="sr-Latn">urađeno</numerator>
                    <denominator xml:lang="en">all</denominator><denominator xml:lang="sr-Latn">sve</denominator>
                    <linear low="0" high="100"/></ratio>
                    """
            case .text:
                xml += "<text/>"
            }
            xml += "</indicator>\n"
        }
        return xml + "</area>\n"
    }

    // MARK: The sheets

    private enum Script { case latin, cyrillic, codes }

    private static let organisations = ["Astra", "Centar za zaštitu žrtava", "Атина", "NVO „Iskorak“", "Fondacija Čuvari"]
    private static let sources = ["Izveštaj MUP-a za %d. godinu", "Годишњи извештај Канцеларије за координацију, %d",
                                  "Annual report of the national coordinator, %d", "Intervju sa tužilaštvom, decembar %d"]
    private static let comments = ["Podaci su delimični.", "Према подацима Министарства.", "Vidi prilog:\nodluka Vlade, član 12.",
                                   "Broj obuhvata i maloletne žrtve; \"preliminarno\"", "Napomena:\r\nprocena, ne zvanični podatak."]
    private static let notes = ["Odgovor na osnovu zakona.", "Potvrđeno u razgovoru sa koordinatorom.", "Опис праксе у 2020.",
                                "Sprovođenje je neujednačeno", "Nema budžeta za ovu meru."]

    private func sheet(country: String, year: Int, random: inout SplitMix) -> String {
        let dialect = random.next() % 10
        let delimiter: Character = dialect < 5 ? "," : dialect < 8 ? ";" : "\t"
        let lineEnd = random.next() % 2 == 0 ? "\r\n" : "\n"
        let script: Script = switch random.next() % 4 { case 0, 1: .latin; case 2: .cyrillic; default: .codes }
        let level = Double(30 + random.next() % 50)
        var text = ""
        func row(_ cells: [String]) {
            text += cells.map { quoted($0, delimiter) }.joined(separator: String(delimiter)) + lineEnd
        }
        row(["country", country])
        row(["year", String(year)])
        row(["framework", "field 1.0"])
        row(["organisation", Self.organisations[Int(random.next() % UInt64(Self.organisations.count))]])
        row(["date", "\(year + 1)-02-15"])
        row(["status", "final"])
        row(["language", script == .codes ? "en" : "sr-Latn"])
        row([])
        row(["indicator", "area", "question", "options", "answer", "source", "comment"])
        for area in 0..<areas {
            for (number, index) in indicatorsOf(area).enumerated() {
                let id = id(area, number)
                let roll = Double(random.next() % 100)
                let answer = random.next() % 30 == 0
                    ? (random.next() % 2 == 0 ? "" : write("nepoznato", script))
                    : self.answer(index, roll: roll, level: level, decimalComma: delimiter != ",", script: script, random: &random)
                let source = random.next() % 5 != 0 ? "" : String(format: Self.sources[Int(random.next() % 4)], year)
                let comment = random.next() % 16 == 0 ? Self.comments[Int(random.next() % 5)]
                    : random.next() % 8 == 0 ? Self.notes[Int(random.next() % 5)] : ""
                row([id, "Oblast \(area + 1)", "Pitanje \(id)?", options(index), answer, source, comment])
            }
        }
        return text
    }

    private func options(_ index: Int) -> String {
        switch kind(index) {
        case .yesNo: Self.yesNo.map(\.2).joined(separator: " | ")
        case .scale: Self.scale.map(\.2).joined(separator: " | ")
        case .checklist: "jedna ili više stavki | nijedno"
        case .count: "broj (slučajevi), ceo broj"
        case .rate: "broj (na milion), od 0 do 1000"
        case .ratio: "N/D"
        case .text: "slobodan tekst"
        }
    }

    /// One option as the sheet's script writes it: the Serbian label (now
    /// and then without diacritics or in capitals), in Cyrillic, or the
    /// code or English label.
    private func write(_ option: (String, String, String), _ script: Script, random: inout SplitMix) -> String {
        switch script {
        case .latin:
            switch random.next() % 8 {
            case 0: option.2.lowercased()
            case 1: option.2.folding(options: .diacriticInsensitive, locale: nil)
            case 2: option.2.uppercased()
            default: option.2
            }
        case .cyrillic: SerbianScript.toCyrillic(option.2)
        case .codes: random.next() % 2 == 0 ? option.0 : option.1
        }
    }

    private func write(_ latin: String, _ script: Script) -> String {
        switch script {
        case .latin: latin
        case .cyrillic: SerbianScript.toCyrillic(latin)
        case .codes: "unknown"
        }
    }

    private func answer(_ index: Int, roll: Double, level: Double, decimalComma: Bool, script: Script,
                        random: inout SplitMix) -> String {
        switch kind(index) {
        case .yesNo, .scale:
            let options = kind(index) == .yesNo ? Self.yesNo : Self.scale
            let rank = roll < level ? 0 : roll < level + 25 ? options.count / 2 : options.count - 1
            return write(options[rank], script, random: &random)
        case .checklist:
            let items = checklistItems(index)
            if random.next() % 12 == 0 { return write("nijedno", script == .codes ? .latin : script) }
            let chosen = items.enumerated().filter { $0.offset == 0 || Double(random.next() % 100) < level }.map(\.element)
            let separator = ["; ", ", ", ";", " | "][Int(random.next() % 4)]
            return chosen.map { write($0, script, random: &random) }.joined(separator: separator)
        case .count:
            return String(Int(roll * level / 5))
        case .rate:
            let value = String(format: "%.1f", roll * level / 100)
            return decimalComma ? value.replacingOccurrences(of: ".", with: ",") : value
        case .ratio:
            let denominator = 20 + Int(random.next() % 180)
            return "\(Int(Double(denominator) * min(level + roll / 5, 100) / 100))/\(denominator)"
        case .text:
            return Self.notes[Int(random.next() % UInt64(Self.notes.count))]
        }
    }

    /// A cell as CSV writes it: quoted when it holds the delimiter, a quote or a line end.
    private func quoted(_ cell: String, _ delimiter: Character) -> String {
        guard cell.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
