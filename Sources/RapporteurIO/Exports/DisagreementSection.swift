import RapporteurCore

/// The text report's section "Where the government and civil society
/// disagree": one line per country and year with both sheets (the two
/// overall scores, their difference and how far the indicators agree),
/// then, for each country's latest such year, the indicators whose scores
/// differ most. At most 100 columns.
public struct DisagreementSection {
    /// Indicators listed per country.
    public static let listed = 5

    public let agreement: Agreement
    public let language: String
    public let ascii: Bool
    /// The section's number in the report.
    public let number: Int
    let words: ReportWords

    public init(agreement: Agreement, language: String = "en", ascii: Bool = false, number: Int) {
        self.agreement = agreement
        self.language = language
        self.ascii = ascii
        self.number = number
        words = ReportWords(language: language)
    }

    public func lines() -> [String] {
        let width = ReportText.maximumWidth
        let title = "\(number). \(words[.disagreementTitle])"
        var lines = TextLayout.heading(title, ascii: ascii)
        lines += TextLayout.wrap(words[.disagreementIntro], width: width)
        guard !agreement.pairs.isEmpty else { return lines + [""] + TextLayout.wrap(words[.noPairs], width: width) }
        let overall = agreement.rows.filter { $0.level == .overall }
        let nameWidth = min(max(overall.map { TextLayout.width(CountryName.label($0.country, language: language)) }.max() ?? 8, 8), 25)
        lines.append("")
        // 25 + 4 + 10 + 6 + 10 + 3 + 5 + 11 + 5 columns and 8 spaces: at most 87.
        lines.append(TextLayout.row([
            (words[.country], nameWidth, false), (words[.year], 6, false), (words[.government], 10, true),
            (words[.ngo], 6, true), (words[.difference], 10, true), ("n", 3, true), (words[.same], 5, true),
            (words[.meanDifference], 11, true), (words[.alpha], 5, true),
        ]))
        for row in overall {
            let s = row.statistics
            lines.append(TextLayout.row([
                (CountryName.label(row.country, language: language), nameWidth, false), (String(row.year), 6, false),
                (words.decimal(AgreementFigures.score(row.government)), 10, true), (words.decimal(AgreementFigures.score(row.ngo)), 6, true),
                (words.decimal(AgreementFigures.signed(row.difference)), 10, true), (s.map { String($0.n) } ?? "", 3, true),
                (AgreementFigures.percent(s?.same), 5, true), (words.decimal(AgreementFigures.score(s?.mad)), 11, true),
                (words.decimal(AgreementFigures.alpha(s?.alpha)), 5, true),
            ]))
        }
        var latest: [String: Int] = [:]
        for pair in agreement.pairs { latest[pair.country] = max(latest[pair.country] ?? pair.year, pair.year) }
        for (country, year) in latest.sorted(by: { $0.key < $1.key }) {
            let differences = agreement.differences(year: year, country: country)
            let items = differences.prefix(Self.listed).map { "\($0.id) \(words.decimal(AgreementFigures.signed($0.difference)))" }
            lines.append("")
            lines += TextLayout.wrapList("\(CountryName.label(country, language: language)), \(year), \(words[.largestDifferences]): ",
                                         items.isEmpty ? [words[.noDifferences]] : Array(items),
                                         width: width, indent: "", hanging: "  ")
        }
        return lines
    }
}
