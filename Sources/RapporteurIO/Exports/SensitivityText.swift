import RapporteurCore

/// The sensitivity analysis as plain text: what was varied, then per
/// country its nominal rank beside the median and the 5th to 95th
/// percentile of its ranks over the runs, then, with Saltelli's design, the
/// Sobol' indices. At most 100 columns, like the report.
public struct SensitivityText {
    public let result: SensitivityResult
    public let framework: Framework
    public let language: String
    public let ascii: Bool
    let words: ReportWords

    public init(result: SensitivityResult, framework: Framework, language: String = "en", ascii: Bool = false) {
        self.result = result
        self.framework = framework
        self.language = language
        self.ascii = ascii
        words = ReportWords(language: language)
    }

    public func render() -> String {
        let title = "\(words[.sensitivity]), \(result.year)"
        var lines = TextLayout.heading(title, ascii: ascii)
        let method = result.settings.method == .saltelli ? words[.saltelliDesign] : words[.monteCarlo]
        lines += TextLayout.wrap("\(result.totalRuns) \(words[.runs]) (\(method), \(words[.seed]) \(result.settings.seed)); "
                                 + "\(words[.varied]): \(Self.varied(result.settings, framework: framework, words: words))",
                                 width: ReportText.maximumWidth, hanging: "  ")
        lines.append("")
        let names = result.countries.map { CountryName.label($0.country, language: language) }
        let nameWidth = min(max(names.map(TextLayout.width).max() ?? 8, 8), 30)
        lines.append(TextLayout.row([("#", 3, true), (words[.country], nameWidth, false), (words[.score], 6, true),
                                     (words[.medianRank], 6, true), (words[.rankInterval], 9, true),
                                     (words[.meanRank], 6, true), (words[.meanShift], 6, true), (words[.sameRank], 6, true)]))
        for (country, name) in zip(result.countries, names) {
            lines.append(TextLayout.row([
                (String(country.rank), 3, true), (name, nameWidth, false), (Rounding.fixed(country.score, places: 2), 6, true),
                (country.medianRank.map(String.init) ?? "-", 6, true),
                (Self.interval(country, ascii: ascii) ?? words[.neverRanked], 9, true),
                (country.meanRank.map { Rounding.fixed($0, places: 2) } ?? "-", 6, true),
                (country.meanShift.map { Rounding.fixed($0, places: 2) } ?? "-", 6, true),
                (country.sameShare.map { Rounding.fixed($0 * 100, places: 1) + "%" } ?? "-", 6, true),
            ]))
        }
        if !result.inputs.isEmpty {
            lines += ["", words[.sobolIndices] + ":"]
            lines.append("  " + TextLayout.row([(words[.input], 12, false), (words[.firstOrder], 12, true),
                                                (words[.totalIndex], 12, true)]))
            for input in result.inputs {
                lines.append("  " + TextLayout.row([
                    (input.input.rawValue, 12, false), (input.firstOrder.map { Rounding.fixed($0, places: 4) } ?? "-", 12, true),
                    (input.total.map { Rounding.fixed($0, places: 4) } ?? "-", 12, true),
                ]))
            }
        }
        return lines.map(TextLayout.trimmedRight).joined(separator: "\n") + "\n"
    }

    /// `2–4`: the 5th to 95th percentile of a country's ranks; nil when it
    /// was ranked in no run.
    public static func interval(_ country: CountrySensitivity, ascii: Bool) -> String? {
        guard let low = country.q05, let high = country.q95 else { return nil }
        return "\(low)\(ascii ? "-" : "–")\(high)"
    }

    /// What the runs varied, in words, with the ranges.
    public static func varied(_ settings: SensitivitySettings, framework: Framework, words: ReportWords) -> String {
        let phrases = settings.varied.map { input -> String in
            switch input {
            case .weights:
                let w = settings.weightNoise
                return "\(words[.variedWeights]) [\(Rounding.plain(Rounding.rounded(1 - w, places: 4))), "
                    + "\(Rounding.plain(Rounding.rounded(1 + w, places: 4)))]"
            case .aggregation:
                return words[.variedAggregation]
            case .coverage:
                let value = framework.scoring.minimumCoverage
                let values = [-0.1, 0, 0.1].map { Rounding.plain(min(max(Rounding.rounded(value + $0, places: 6), 0), 1)) }
                return "\(words[.variedCoverage]) \(values[0]), \(values[1]) \(words[.or]) \(values[2])"
            case .missing:
                return words[.variedMissing]
            }
        }
        return phrases.isEmpty ? words[.nothingVaried] : phrases.joined(separator: "; ")
    }
}
