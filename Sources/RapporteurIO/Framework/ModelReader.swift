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
    /// ASCII text, most of the instrument, is done by bytes: splitting by
    /// Characters was a third of checking the bundled instrument.
    static func collapsed(_ text: String) -> String {
        var text = text
        let ascii: String? = text.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 >= 0x80 }) else { return nil }
            var collapsed: [UInt8] = []
            collapsed.reserveCapacity(utf8.count)
            var space = false
            for byte in utf8 {
                // The ASCII characters with the Unicode White_Space property.
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    space = !collapsed.isEmpty
                    continue
                }
                if space { collapsed.append(0x20) }
                space = false
                collapsed.append(byte)
            }
            return String(decoding: collapsed, as: UTF8.self)
        }
        return ascii ?? text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
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
