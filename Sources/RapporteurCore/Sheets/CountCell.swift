/// What a cell holds where one whole count is needed (a row `ID/N` or
/// `ID/D`, or one side of `N/D`), when it is not a count: the message then
/// says what is in the cell instead of only that it is wrong.
enum CountCell {
    /// The problem with `text` as the count `part` names (`AST.07/N`, or
    /// `the numerator of AST.07`), or nil when it is a count or empty.
    static func problem(_ text: String, part: String, indicator: String, twoRows: Bool) -> AnswerProblem? {
        let trimmed = String(text.trimmingWhitespace())
        guard !trimmed.isEmpty else { return nil }
        let countsForm = "the numerator in the row '\(indicator)/N' and the denominator in '\(indicator)/D', one whole number each"
        if NumberText.looksGrouped(trimmed) { return nil }   // worded where the number is read
        if NumberText.looksLikeDate(trimmed) { return .dateInstead(of: "count", indicator: indicator) }
        if twoRows, case let halves = trimmed.split(separator: "/", omittingEmptySubsequences: false), halves.count == 2,
           case .number = NumberText.read(String(halves[0])), case .number = NumberText.read(String(halves[1])) {
            return AnswerProblem(
                .ratioInCountRow, "'\(trimmed)' is a whole ratio, but the row \(part) holds one count only",
                suggestion: "write \(halves[0].trimmingWhitespace()) in '\(indicator)/N' and \(halves[1].trimmingWhitespace()) in '\(indicator)/D'")
        }
        if trimmed.hasSuffix("%"), case .number = NumberText.read(String(trimmed.dropLast())) {
            return AnswerProblem(
                .countIsPercent, "'\(trimmed)' is a percentage, but \(part) takes a whole count",
                suggestion: "write the two counts the percentage was worked out from: \(countsForm)")
        }
        if case .number(let value) = NumberText.read(trimmed), value.rounded() != value {
            return AnswerProblem(
                .countIsFraction, "'\(trimmed)' is a fraction, but \(part) takes a whole count",
                suggestion: twoRows ? "write the counts themselves: \(countsForm)"
                    : "write the two whole counts as N/D, e.g. 9/20, not their quotient")
        }
        return nil
    }

    /// A percentage or a fraction given as a ratio's whole answer, where
    /// the two counts it was worked out from belong.
    static func shareInstead(_ text: String, indicator: String) -> AnswerProblem? {
        let trimmed = String(text.trimmingWhitespace())
        let isPercent = trimmed.hasSuffix("%")
        guard case .number(let value) = NumberText.read(isPercent ? String(trimmed.dropLast()) : trimmed),
              isPercent || value.rounded() != value else { return nil }
        let suggestion: DiagnosticMessage = "write them as N/D, e.g. 9/20 (9 of 20), or in the two rows '\(indicator)/N' and '\(indicator)/D'"
        if isPercent {
            return AnswerProblem(.countIsPercent,
                                 "'\(trimmed)' is a percentage, but \(indicator) takes the two counts it was worked out from",
                                 suggestion: suggestion)
        }
        return AnswerProblem(.countIsFraction,
                             "'\(trimmed)' is a fraction, but \(indicator) takes the two counts it was worked out from",
                             suggestion: suggestion)
    }
}
