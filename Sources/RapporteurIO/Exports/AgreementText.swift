import Foundation
import RapporteurCore

/// `rapporteur agreement --format text`: for each country and year with a
/// government and an NGO sheet, the two scores overall and by area with how
/// far they agree, then the indicators where the two differ most, each
/// with both answers, sources and comments, in the reader's language.
/// At most 100 columns.
public struct AgreementText {
    /// Indicators listed per pair.
    public static let listed = 10

    public let framework: Framework
    public let agreement: Agreement
    public let language: String
    public let ascii: Bool
    let words: ReportWords

    public init(framework: Framework, agreement: Agreement, language: String = "en", ascii: Bool = false) {
        self.framework = framework
        self.agreement = agreement
        self.language = language
        self.ascii = ascii
        words = ReportWords(language: language)
    }

    private var width: Int { ReportText.maximumWidth }

    public func render() -> String {
        var lines = TextLayout.title("\(words[.agreementTitle]): \(framework.title.text(in: language))", width: width,
                                     ascii: ascii)
        lines += wrapped("\(words[.framework]): \(framework.id) \(framework.version)")
        let region = agreement.region.map { "\($0.title.text(in: language)) (\($0.id))" } ?? words[.allCountries]
        lines += wrapped("\(words[.region]): \(region)")
        lines.append("")
        lines += TextLayout.wrap(words[.disagreementIntro], width: width)
        if agreement.pairs.isEmpty { lines += [""] + wrapped(words[.noPairs]) }
        for pair in agreement.pairs { lines += [""] + self.pair(pair) }
        if !agreement.notes.isEmpty {
            lines += [""] + TextLayout.heading(words[.dataQuality], ascii: ascii)
            for note in agreement.notes { lines += TextLayout.wrap("- " + worded(note), width: width, hanging: "  ") }
        }
        // A word longer than a line (a long link in a source) is cut rather than let run over.
        return lines.map { TextLayout.trimmedRight(TextColumns.truncate($0, width)) }.joined(separator: "\n") + "\n"
    }

    private func pair(_ pair: AgreementPair) -> [String] {
        let heading = "\(CountryName.label(pair.country, language: language)), \(pair.year)"
        var lines = TextLayout.heading(heading, ascii: ascii)
        lines += wrapped("\(words[.government]): \(pair.government.sheet.file); \(words[.ngo]): \(pair.ngo.sheet.file)")
        // 2 + 13 + 10 + 6 + 10 + 3 + 5 + 11 + 5 columns and 7 spaces: 72.
        lines.append("  " + TextLayout.row([
            (words[.area], 13, false), (words[.government], 10, true), (words[.ngo], 6, true), (words[.difference], 10, true),
            ("n", 3, true), (words[.same], 5, true), (words[.meanDifference], 11, true), (words[.alpha], 5, true),
        ]))
        for row in agreement.rows(year: pair.year, country: pair.country) where row.level != .indicator {
            let s = row.statistics
            lines.append("  " + TextLayout.row([
                (row.level == .overall ? words[.overallScore] : row.id, 13, false),
                (words.decimal(AgreementFigures.score(row.government)), 10, true), (words.decimal(AgreementFigures.score(row.ngo)), 6, true),
                (words.decimal(AgreementFigures.signed(row.difference)), 10, true), (s.map { String($0.n) } ?? "", 3, true),
                (AgreementFigures.percent(s?.same), 5, true), (words.decimal(AgreementFigures.score(s?.mad)), 11, true),
                (words.decimal(AgreementFigures.alpha(s?.alpha)), 5, true),
            ]))
        }
        lines.append("")
        let differences = agreement.differences(year: pair.year, country: pair.country)
        guard !differences.isEmpty else { return lines + wrapped("\(capitalised(words[.largestDifferences])): \(words[.noDifferences])") }
        lines.append(capitalised(words[.largestDifferences]) + ":")
        for row in differences.prefix(Self.listed) {
            let title = framework.indicator(row.id)?.title.text(in: language) ?? ""
            lines += TextLayout.wrap("\(row.id) \(words.decimal(AgreementFigures.signed(row.difference))) \(title)", width: width,
                                     indent: "  ", hanging: "      ")
            lines += side(words[.government], score: row.government, answer: pair.government.sheet.answers[row.id])
            lines += side(words[.ngo], score: row.ngo, answer: pair.ngo.sheet.answers[row.id])
        }
        if differences.count > Self.listed { lines.append("  … (+\(differences.count - Self.listed))") }
        return lines
    }

    /// A note in the reader's language, from its parts.
    private func worded(_ note: ComparisonNote) -> String {
        let place = note.place
        let file = note.file ?? ""
        switch note.kind {
        case .draftExcluded: return note.aboutFile(words[.noteDraft])
        case .otherRespondent: return note.aboutFile(words[.noteJointLeftOut])
        case .missingSheet: return "\(words[.noteNoNGOSheet]) \(file) (\(place))"
        default: return note.message
        }
    }

    /// One side's score and answer, then its source and comment when given.
    private func side(_ who: String, score: Double?, answer: SheetAnswer?) -> [String] {
        let text = answer.map { oneLine($0.raw) } ?? ""
        var lines = TextLayout.wrap("\(who): \(words.decimal(AgreementFigures.score(score))); \(words[.answer]): \(text)", width: width,
                                    indent: "      ", hanging: "        ")
        if let source = answer?.source.map(oneLine), !source.isEmpty {
            lines += TextLayout.wrap("\(words[.source]): \(source)", width: width, indent: "        ", hanging: "          ")
        }
        if let comment = answer?.comment.map(oneLine), !comment.isEmpty {
            lines += TextLayout.wrap("\(words[.comment]): \(comment)", width: width, indent: "        ", hanging: "          ")
        }
        return lines
    }

    /// Line breaks inside a cell become spaces: the layout is the text's own.
    private func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    private func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    private func wrapped(_ text: String) -> [String] {
        TextLayout.wrap(text, width: width, hanging: "  ")
    }
}
