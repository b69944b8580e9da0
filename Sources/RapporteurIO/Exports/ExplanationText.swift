import Foundation
import RapporteurCore

/// `explain` as text an officer can paste into a reply: the number, how it
/// was computed, each part with its answer, rule, contribution, source and
/// place in the sheet, and where the number stands in the comparison.
public struct ExplanationText {
    public let framework: Framework
    public let language: String
    private let words: ReportWords

    public init(framework: Framework, language: String = "en") {
        self.framework = framework
        self.language = language
        words = ReportWords(language: language)
    }

    public func render(_ e: Explanation) -> String {
        var lines: [String] = []
        lines.append("\(e.country) \(e.year), \(heading(e)): \(number(e.score, state: e.state))")
        lines.append("\(words[.explainSheet]): \(e.file)")
        if e.level != .indicator {
            lines.append(summary(e))
            lines.append("")
            for part in e.parts { lines += partLines(part, in: e) }
        } else if let part = e.parts.first {
            lines.append("")
            lines += partLines(part, in: e)
        }
        lines.append("")
        lines.append(standing(e))
        if e.level == .indicator { lines.append(previous(e)) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func heading(_ e: Explanation) -> String {
        switch e.level {
        case .overall: return words[.overallScore]
        case .area: return "\(words[.area]) \(e.id) (\(title(of: e.id)))"
        case .indicator: return "\(words[.explainIndicator]) \(e.id) (\(title(of: e.id)))"
        }
    }

    private func title(of id: String) -> String {
        if let area = framework.areas.first(where: { $0.id == id }) { return area.title.text(in: language) }
        return framework.indicator(id)?.title.text(in: language) ?? ""
    }

    /// How the parts were combined: the mean, its divisor, the coverage.
    func summary(_ e: Explanation) -> String {
        let mean = e.aggregation == .arithmetic ? words[.explainArithmetic] : words[.explainGeometric]
        let of = e.level == .overall ? words[.explainOfAreas] : words[.explainOfIndicators]
        var text = "\(mean) \(of)"
        if let answered = e.answeredWeight { text += "; \(words[.explainAnsweredWeight]) \(plain(answered))" }
        if let coverage = e.coverage {
            text += "; \(words[.explainCoverage]) \(percent(coverage)) (\(words[.explainMinimum]) \(percent(e.minimumCoverage)))"
        }
        return text + "."
    }

    private func partLines(_ part: ExplanationPart, in e: Explanation) -> [String] {
        var lines = ["  \(part.id)  \(title(of: part.id))"]
        var figures = "\(words[.explainWeight]) \(plain(part.weight))"
        switch part.state {
        case .aggregate(.scored), .answer(.scored):
            figures += ", \(words[.explainScore]) \(two(part.score))"
            if let coverage = part.coverage { figures += ", \(words[.explainCoverage]) \(percent(coverage))" }
            if let contribution = part.contribution { figures += ", \(words[.explainContribution]) \(two(contribution))" }
        default:
            if let why = why(part, in: e) { figures += ", " + why }
        }
        if let evidence = part.evidence, !evidence.answer.isEmpty {
            var answer = "\(words[.explainAnswer]): \(evidence.answer)"
            if !evidence.value.isEmpty, evidence.value != evidence.answer { answer += ", \(words[.explainReadAs]) \(evidence.value)" }
            if !evidence.locations.isEmpty { answer += " (\(evidence.locationText))" }
            lines.append("      " + answer)
        }
        if let rule = part.rule { lines.append("      \(words[.explainRule]): \(describe(rule, evidence: part.evidence))") }
        lines.append("      " + figures.uppercasedFirst)
        if let source = part.evidence?.source { lines.append("      \(words[.explainSource]): \(oneLine(source))") }
        if let comment = part.evidence?.comment { lines.append("      \(words[.explainComment]): \(oneLine(comment))") }
        return lines
    }

    /// Why a part has no score, in words; nil when it has one.
    func why(_ part: ExplanationPart, in e: Explanation) -> String? {
        switch part.state {
        case .aggregate(.scored), .answer(.scored): nil
        case .aggregate(.withheld):
            "\(words[.explainWithheldCoverage]) \(percent(part.coverage ?? 0)) "
                + "\(words[.explainBelowMinimum]) \(percent(e.minimumCoverage))"
        case .aggregate(.notApplicable): words[.explainNothingApplies]
        case .answer(.missing): words[.explainNoAnswer]
        case .answer(.unknown): words[.explainUnknown]
        case .answer(.notApplicable): words[.explainNotApplicable]
        case .answer(.text): words[.explainRecorded]
        // An area is never missing or recorded; only its indicators are.
        case .aggregate(.missing), .aggregate(.recorded): nil
        }
    }

    /// The rule with its numbers, ending in the score it gives.
    func describe(_ rule: ScoringStep, evidence: EvidenceRow?) -> String {
        let score = two(rule.score)
        let p = plain
        switch rule {
        case .option(let code, let points, let best):
            return "\(words[.explainOption]) \(code): \(outOf(points, best)); 100 × \(p(points)) / \(p(best)) = \(score)"
        case .checklist(let codes, let points, let cap):
            return "\(words[.explainItems]) \(codes.joined(separator: ", ")): \(words[.explainSum]) \(p(points)), "
                + "\(words[.explainCap]) \(p(cap)); 100 × min(\(p(points)), \(p(cap))) / \(p(cap)) = \(score)"
        case .linear(let value, let low, let high):
            let share = share(evidence), shown = share.isEmpty ? p(value) : two(value)
            let limited = value < min(low, high) || value > max(low, high) ? " (\(words[.explainLimited]))" : ""
            return share + "\(words[.explainLinear]) \(p(low)) \(words[.explainTo]) \(p(high)); "
                + "100 × (\(shown) - \(p(low))) / (\(p(high)) - \(p(low))) = \(score)" + limited
        case .band(let value, let from, let to, let points, let best):
            let share = share(evidence), shown = share.isEmpty ? p(value) : two(value)
            let band = to.map { "\(p(from))-\(p($0))" } ?? "\(p(from)) \(words[.explainOrMore])"
            return share + "\(shown): \(words[.explainBand]) \(band), \(outOf(points, best)); "
                + "100 × \(p(points)) / \(p(best)) = \(score)"
        }
    }

    /// `1 of at most 2 points`.
    private func outOf(_ points: Double, _ best: Double) -> String {
        "\(plain(points)) \(words[.explainOfAtMost]) \(plain(best)) \(words[.explainPoints])"
    }

    /// For a ratio, how its value was made from the two counts.
    private func share(_ evidence: EvidenceRow?) -> String {
        guard let value = evidence?.value, let slash = value.firstIndex(of: "/") else { return "" }
        let n = value[..<slash], d = value[value.index(after: slash)...]
        guard let numerator = Double(n), let denominator = Double(d), denominator > 0 else { return "" }
        return "\(words[.explainShare]) 100 × \(words.decimal(String(n))) / \(words.decimal(String(d))) = \(two(100 * numerator / denominator)); "
    }

    private func standing(_ e: Explanation) -> String {
        guard let s = e.standing else { return words[.explainNotCompared] }
        let among = s.region ?? words[.allCountries]
        var text = s.rank.map { "\(words[.explainRank]) \($0) \(words[.of]) \(s.n) (\(among))" }
            ?? "\(words[.explainNoRank]) (\(among), n = \(s.n))"
        if let mean = s.mean { text += "; \(words[.regionalMean].lowercasedFirst) \(two(mean))" }
        if let delta = s.delta, let from = s.deltaFrom {
            text += "; \(words[.explainChangeSince]) \(from): \(signed(delta))" + (s.deltaFile.map { " (\($0))" } ?? "")
        } else if e.score != nil {
            text += "; \(words[.explainNoEarlierScore])"
        }
        return text + "."
    }

    private func previous(_ e: Explanation) -> String {
        guard let previous = e.previous else { return words[.explainNoPrevious] }
        var text = "\(words[.explainPrevious]) \(previous.year)"
        if let file = e.previousFile { text += " (\(file))" }
        text += ": \(words[.explainAnswer].lowercasedFirst) \(previous.answer.isEmpty ? "-" : previous.answer)"
        if !previous.value.isEmpty, previous.value != previous.answer { text += ", \(words[.explainReadAs]) \(previous.value)" }
        return text + ", " + number(previous.score, state: .answer(previous.state)) + "."
    }

    /// A score with 2 decimals, or the word for why there is none.
    func number(_ score: Double?, state: PartState) -> String {
        if let score { return two(score) }
        switch state {
        case .aggregate(.withheld): return words[.withheld]
        case .aggregate(.notApplicable), .answer(.notApplicable): return words[.notApplicable]
        case .answer(.text): return words[.explainRecorded]
        case .answer(.unknown): return words[.explainUnknown].prefix { $0 != ":" }.description
        default: return words[.explainNoAnswer].prefix { $0 != ":" }.description
        }
    }

    func two(_ value: Double?) -> String { value.map { words.decimal(Rounding.fixed($0, places: 2)) } ?? "-" }

    private func signed(_ value: Double) -> String { words.decimal((value > 0 ? "+" : "") + Rounding.fixed(value, places: 2)) }

    func percent(_ fraction: Double) -> String { words.decimal(Rounding.fixed(fraction * 100, places: 1)) + "%" }

    /// Numbers as the reader writes them: a decimal comma outside English.
    func plain(_ value: Double) -> String { words.decimal(Rounding.plain(value)) }

    func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " / ")
    }
}

extension String {
    /// `Regional mean` as it reads inside a sentence: `regional mean`.
    fileprivate var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }

    fileprivate var uppercasedFirst: String { prefix(1).uppercased() + dropFirst() }
}
