import Foundation
import RapporteurCore

/// A deterministic synthetic workload: a framework of `indicators` in
/// `areas`, and one sheet per country and year, every answer kind in use.
/// The same sizes always give the same files.
struct Workload {
    var areas: Int
    var indicators: Int
    var countries: Int
    var years: Int

    var answers: Int { countries * years * indicators }

    /// Writes `framework/` and `sheets/` into `directory`.
    func write(to directory: URL) throws {
        let framework = directory.appending(path: "framework")
        let sheets = directory.appending(path: "sheets")
        try FileManager.default.createDirectory(at: framework.appending(path: "areas"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: sheets, withIntermediateDirectories: true)
        try frameworkXML().write(to: framework.appending(path: "framework.xml"), atomically: true, encoding: .utf8)
        for area in 0..<areas {
            try areaXML(area).write(to: framework.appending(path: "areas/\(areaId(area).lowercased()).xml"),
                                    atomically: true, encoding: .utf8)
        }
        var random = SplitMix(seed: 2026)
        for country in countryCodes.prefix(countries) {
            let base = Double(random.next() % 60) + 20
            for year in 0..<years {
                let text = sheet(country: country, year: 2000 + year, level: base + Double(year) * 0.8, random: &random)
                try text.write(to: sheets.appending(path: "\(country)-\(2000 + year).csv"), atomically: true, encoding: .utf8)
            }
        }
    }

    func areaId(_ index: Int) -> String { AreaLayout.code(index, prefix: "A") }

    private func indicatorsOf(_ area: Int) -> Range<Int> {
        AreaLayout.indicators(of: area, indicators: indicators, areas: areas)
    }

    /// The answer kind of indicator `index`: choices most, then numbers,
    /// ratios, checklists and the odd free text.
    private func kind(_ index: Int) -> Int { index % 10 }

    private func frameworkXML() -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <framework xmlns="urn:rapporteur:framework:1" id="bench" version="1.0">
            <title xml:lang="en">Benchmark framework</title>
            <scoring aggregation="arithmetic" min-coverage="0.7" stable-band="2.0"/>
            <ratings><rating code="high" min="60"><label xml:lang="en">High</label></rating>
            <rating code="low" min="0"><label xml:lang="en">Low</label></rating></ratings>

            """
        for area in 0..<areas { xml += "<include href=\"areas/\(areaId(area).lowercased()).xml\"/>\n" }
        return xml + "</framework>\n"
    }

    private func areaXML(_ area: Int) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <area xmlns="urn:rapporteur:framework:1" id="\(areaId(area))" weight="\(1 + area % 3)">
            <title xml:lang="en">Area \(area + 1)</title>

            """
        for (number, index) in indicatorsOf(area).enumerated() {
            let id = "\(areaId(area)).\(String(format: "%02d", number + 1))"
            let weight = kind(index) == 9 ? "" : " weight=\"\(1 + index % 2)\""
            xml += "<indicator id=\"\(id)\" type=\"process\"\(weight)><title xml:lang=\"en\">Indicator \(id)</title>"
            xml += "<question xml:lang=\"en\">Question \(id)?</question>\n"
            switch kind(index) {
            case 0...3:
                xml += """
                    <choice><option code="yes" points="2"><label xml:lang="en">Yes</label></option>
                    <option code="partly" points="1"><label xml:lang="en">Partly</label></option>
                    <option code="no" points="0"><label xml:lang="en">No</label></option></choice>
                    """
            case 4, 5:
                xml += """
                    <number unit="cases" min="0" max="10000" integer="true"><bands><band from="0" to="10" points="1"/>
                    <band from="10" to="100" points="2"/><band from="100" points="4"/></bands></number>
                    """
            case 6, 7:
                xml += """
                    <ratio><numerator xml:lang="en">done</numerator><denominator xml:lang="en">all</denominator>
                    <linear low="0" high="100"/></ratio>
                    """
            case 8:
                xml += """
                    <checklist><item code="a" points="1"><label xml:lang="en">Alpha</label></item>
                    <item code="b" points="2"><label xml:lang="en">Beta</label></item>
                    <item code="c" points="1"><label xml:lang="en">Gamma</label></item></checklist>
                    """
            default:
                xml += "<text/>"
            }
            xml += "</indicator>\n"
        }
        return xml + "</area>\n"
    }

    private func sheet(country: String, year: Int, level: Double, random: inout SplitMix) -> String {
        var text = "country,\(country)\nyear,\(year)\nframework,bench 1.0\norganisation,Bench\nstatus,final\n\n"
        text += "indicator,answer,source,comment\n"
        for area in 0..<areas {
            for (number, index) in indicatorsOf(area).enumerated() {
                let id = "\(areaId(area)).\(String(format: "%02d", number + 1))"
                let roll = Double(random.next() % 100)
                let answer: String
                if random.next() % 40 == 0 {
                    answer = ""
                } else {
                    switch kind(index) {
                    case 0...3: answer = roll < level ? "yes" : roll < level + 20 ? "Partly" : "no"
                    case 4, 5: answer = String(Int(roll * level / 10))
                    case 6, 7:
                        let denominator = 20 + Int(random.next() % 80)
                        answer = "\(Int(Double(denominator) * min(level + roll / 5, 100) / 100))/\(denominator)"
                    case 8: answer = roll < level ? "a; b" : "c"
                    default: answer = "Observed \(year)"
                    }
                }
                text += "\(id),\(answer),Report \(year),\n"
            }
        }
        return text
    }

    /// Country codes in a fixed order, enough for 250 countries.
    private var countryCodes: [String] { CountryCode.all.sorted() }
}

/// How both generated instruments name their areas and share their
/// indicators out among them.
enum AreaLayout {
    /// `prefix` and two letters: AAA, AAB, … for the area at `index`.
    static func code(_ index: Int, prefix: String) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return prefix + String(letters[index / 26 % 26]) + String(letters[index % 26])
    }

    /// The indices of `area`'s indicators when `indicators` are shared out
    /// as evenly as they go among `areas`, the first areas taking one more.
    static func indicators(of area: Int, indicators: Int, areas: Int) -> Range<Int> {
        let per = indicators / areas, extra = indicators % areas
        let start = area * per + min(area, extra)
        return start..<(start + per + (area < extra ? 1 : 0))
    }
}

/// A small, fast, seeded generator (SplitMix64), the same on every machine.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
