import RapporteurCore
import RapporteurXML

/// Builds model values from schema-valid framework elements. The schema has
/// already guaranteed required attributes and number syntax, so absent or
/// odd values here fall back to the contract's defaults.
enum ModelReader {
    static func framework(from root: XMLElement) -> Framework {
        let scoring = root.child("scoring")
        let settings = ScoringSettings(
            aggregation: scoring?.attribute("aggregation").flatMap(Aggregation.init(rawValue:)) ?? .arithmetic,
            minimumCoverage: scoring?.attribute("min-coverage").flatMap(decimal) ?? 0.7,
            stableBand: scoring?.attribute("stable-band").flatMap(decimal) ?? 2.0)
        let ratings = (root.child("ratings")?.children("rating") ?? []).map { rating in
            Rating(code: rating.attribute("code") ?? "", minimum: rating.attribute("min").flatMap(decimal) ?? 0,
                   label: texts(rating, "label"), location: rating.location)
        }
        var special = SpecialAnswerLabels()
        for entry in root.child("special-answers")?.children("special") ?? [] {
            switch entry.attribute("code") {
            case "unknown": special.unknown = texts(entry, "label")
            case "n/a": special.notApplicable = texts(entry, "label")
            case "none": special.none = texts(entry, "label")
            default: break
            }
        }
        let regions = (root.child("regions")?.children("region") ?? []).map { region in
            Region(id: region.attribute("id") ?? "", title: texts(region, "title"),
                   members: region.children("member").map {
                       Region.Member(country: $0.attribute("country") ?? "", location: $0.location)
                   },
                   location: region.location)
        }
        return Framework(
            id: root.attribute("id") ?? "", version: root.attribute("version").flatMap(FrameworkVersion.init) ??
                FrameworkVersion(major: 0, minor: 0),
            title: texts(root, "title"), scoring: settings, ratings: ratings, specialAnswers: special,
            regions: regions, areas: [], location: root.location)
    }

    static func area(from root: XMLElement) -> Area {
        Area(id: root.attribute("id") ?? "", weight: root.attribute("weight").flatMap(decimal) ?? 1,
             title: texts(root, "title"), standards: root.children("standard").map { collapsed($0.text) },
             indicators: root.children("indicator").map(indicator), location: root.location)
    }

    static func indicator(from element: XMLElement) -> Indicator {
        Indicator(
            id: element.attribute("id") ?? "",
            type: element.attribute("type").flatMap(IndicatorType.init(rawValue:)) ?? .process,
            weight: element.attribute("weight").flatMap(decimal),
            allowsNotApplicable: element.attribute("allow-na").map(boolean) ?? false,
            title: texts(element, "title"), question: texts(element, "question"),
            guidance: texts(element, "guidance"),
            sources: element.children("source").map { collapsed($0.text) },
            references: element.children("reference").map {
                Reference(instrument: $0.attribute("instrument") ?? "", article: $0.attribute("article") ?? "")
            },
            answer: answer(in: element), location: element.location)
    }

    private static func answer(in indicator: XMLElement) -> AnswerSpec {
        for element in indicator.children() {
            switch element.name {
            case "choice":
                return .choice(Choice(options: element.children("option").map(option), location: element.location))
            case "checklist":
                return .checklist(Checklist(items: element.children("item").map(option),
                                            cap: element.attribute("cap").flatMap(decimal), location: element.location))
            case "number":
                return .number(NumberSpec(
                    unit: element.attribute("unit"), unitText: texts(element, "unit"),
                    minimum: element.attribute("min").flatMap(decimal),
                    maximum: element.attribute("max").flatMap(decimal),
                    integer: element.attribute("integer").map(boolean) ?? false,
                    rule: rule(in: element), location: element.location))
            case "ratio":
                return .ratio(RatioSpec(numerator: texts(element, "numerator"),
                                        denominator: texts(element, "denominator"),
                                        rule: rule(in: element), location: element.location))
            case "text":
                return .text
            default:
                continue
            }
        }
        return .text
    }

    private static func option(from element: XMLElement) -> AnswerOption {
        AnswerOption(code: element.attribute("code") ?? "", points: element.attribute("points").flatMap(decimal) ?? 0,
               labels: texts(element, "label"), location: element.location)
    }

    private static func rule(in element: XMLElement) -> ScoringRule {
        if let linear = element.child("linear") {
            return .linear(low: linear.attribute("low").flatMap(decimal) ?? 0,
                           high: linear.attribute("high").flatMap(decimal) ?? 0, location: linear.location)
        }
        let bands = element.child("bands")
        return .bands((bands?.children("band") ?? []).map { band in
            Band(from: band.attribute("from").flatMap(decimal) ?? 0, to: band.attribute("to").flatMap(decimal),
                 points: band.attribute("points").flatMap(decimal) ?? 0, location: band.location)
        }, location: bands?.location ?? element.location)
    }

    private static func texts(_ element: XMLElement, _ name: String) -> LocalisedText {
        LocalisedText(element.children(name).map {
            LocalisedText.Entry(language: $0.language ?? "", text: collapsed($0.text))
        })
    }

    /// Runs of white space (line breaks of the XML layout) become one space.
    /// Text in the scripts of the instrument's languages (ASCII, Latin with
    /// diacritics, Cyrillic, typographic dashes and quotes) is done by
    /// bytes, where each scalar is a character of its own and the only
    /// white space is ASCII's and the no-break space; any other text by
    /// `Character`s. Splitting by `Character`s was most of checking the
    /// bundled instrument.
    static func collapsed(_ text: String) -> String {
        collapsedPlain(Array(text.utf8)) ?? text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `collapsed` of text whose every scalar `plainScalarLength` reads;
    /// nil for any other.
    private static func collapsedPlain(_ utf8: [UInt8]) -> String? {
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(utf8.count)
        var space = false
        var offset = 0
        while offset < utf8.count {
            let byte = utf8[offset]
            guard let length = plainScalarLength(utf8, at: offset) else { return nil }
            // ASCII's characters with the Unicode White_Space property,
            // and U+00A0.
            if byte == 0x20 || (0x09...0x0D).contains(byte) || (byte == 0xC2 && utf8[offset + 1] == 0xA0) {
                space = !collapsed.isEmpty
            } else {
                if space { collapsed.append(0x20) }
                space = false
                collapsed.append(contentsOf: utf8[offset..<(offset + length)])
            }
            offset += length
        }
        return String(decoding: collapsed, as: UTF8.self)
    }

    /// The length of the scalar at `offset` of valid UTF-8 when it is one
    /// `collapsed` reads by bytes: ASCII, U+00A0...U+02FF (Latin, no
    /// combining marks), U+0400...U+047F and U+04C0...U+04FF (Cyrillic
    /// letters, without the block that holds its combining marks), and
    /// U+2010...U+2027 (dashes, quotes, bullets); nil for any other.
    private static func plainScalarLength(_ utf8: [UInt8], at offset: Int) -> Int? {
        let lead = utf8[offset]
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2: return utf8[offset + 1] >= 0xA0 ? 2 : nil
        case 0xC3...0xCB, 0xD0, 0xD1, 0xD3: return 2
        case 0xE2: return utf8[offset + 1] == 0x80 && (0x90...0xA7).contains(utf8[offset + 2]) ? 3 : nil
        default: return nil
        }
    }

    /// xs:decimal: optional sign, digits with an optional `.` (`.5` and `5.` included).
    static func decimal(_ text: String) -> Double? {
        var s = String(text.trimmingWhitespace())
        var sign = ""
        if let first = s.first, first == "-" || first == "+" {
            sign = String(first)
            s.removeFirst()
        }
        if s.hasPrefix(".") { s = "0" + s }
        if s.hasSuffix(".") { s += "0" }
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
        return Double(sign + s)
    }

    /// xs:boolean.
    private static func boolean(_ text: String) -> Bool {
        let s = text.trimmingWhitespace()
        return s == "true" || s == "1"
    }
}
