/// Builds the explanation of one number of one country and year: the
/// overall score, an area's or an indicator's. A pure function of the
/// framework, the taking-part sheets' scores (answers kept) and their
/// comparison.
public struct Explainer: Sendable {
    public let framework: Framework

    public init(framework: Framework) { self.framework = framework }

    /// `id` is `overall`, an area id or an indicator id. `inputs` names the
    /// sheets given, for the error when none is the country's of that year.
    public func explain(_ id: String, country: String, year: Int, scores: [SheetScore], comparison: Comparison,
                        inputs: String) -> Result<Explanation, ExplainFailure> {
        guard let score = scores.first(where: { $0.sheet.metadata.country == country && $0.sheet.metadata.year == year }) else {
            let years = scores.filter { $0.sheet.metadata.country == country }.map(\.sheet.metadata.year).sorted()
            let countries = Set(scores.map(\.sheet.metadata.country)).sorted()
            let listedYears = years.map(String.init).joined(separator: ", ")
            let listedCountries = countries.joined(separator: ", ")
            let suggestion = !years.isEmpty ? DiagnosticMessage("\(country) has taking-part sheets for \(listedYears)")
                : !countries.isEmpty ? DiagnosticMessage("countries with taking-part sheets: \(listedCountries)")
                : DiagnosticMessage("no sheet of \(year) or earlier takes part; check --year, --region and the paths")
            return .failure(ExplainFailure(diagnostic: .error(
                .noSheet, "no taking-part sheet for \(country) \(year)", at: SourceLocation(file: inputs),
                suggestion: suggestion)))
        }
        let known = ["overall"] + framework.areas.map(\.id) + framework.indicators.map(\.id)
        guard let match = known.first(where: { $0 == id }) ?? known.first(where: { $0.uppercased() == id.uppercased() }) else {
            let nearest = NearestMatch.best(for: id, among: known)
            return .failure(ExplainFailure(diagnostic: .error(
                .unknownId, "'\(id)' is neither 'overall' nor an area or indicator of framework \(framework.id)",
                at: framework.location,
                suggestion: nearest.map { "did you mean '\($0)'?" } ?? "give 'overall', an area id (e.g. LEG) or an indicator id")))
        }
        var explanation: Explanation
        if match == "overall" {
            explanation = overall(score)
        } else if let area = score.area(match) {
            explanation = self.area(area, of: score)
        } else {
            explanation = indicator(match, of: score, among: scores)
        }
        explanation.standing = standing(explanation, comparison: comparison)
        return .success(explanation)
    }

    private func base(_ score: SheetScore, level: ComparisonLevel, id: String, state: PartState) -> Explanation {
        Explanation(country: score.sheet.metadata.country, year: score.sheet.metadata.year, level: level, id: id,
                    file: score.sheet.file, score: nil, state: state, coverage: nil,
                    aggregation: framework.scoring.aggregation, minimumCoverage: framework.scoring.minimumCoverage,
                    answeredWeight: nil, parts: [], standing: nil, previous: nil, previousFile: nil)
    }

    private func overall(_ score: SheetScore) -> Explanation {
        var explanation = base(score, level: .overall, id: "overall", state: .aggregate(score.overall.state))
        explanation.score = score.overall.score
        explanation.coverage = score.overall.coverage
        explanation.parts = score.areas.map { area in
            ExplanationPart(id: area.area, weight: area.weight, score: area.aggregate.score,
                            state: .aggregate(area.aggregate.state), coverage: area.aggregate.coverage)
        }
        // As `Scorer`: areas of weight 0 and areas that do not apply stay out.
        let answered = score.areas.filter { $0.weight > 0 && $0.aggregate.state != .notApplicable && $0.aggregate.score != nil }
        explanation.answeredWeight = answered.reduce(0) { $0 + $1.weight }
        addContributions(&explanation)
        return explanation
    }

    private func area(_ area: AreaScore, of score: SheetScore) -> Explanation {
        var explanation = base(score, level: .area, id: area.area, state: .aggregate(area.aggregate.state))
        explanation.score = area.aggregate.score
        explanation.coverage = area.aggregate.coverage
        explanation.parts = area.indicators.map { part($0, of: score.sheet) }
        explanation.answeredWeight = area.indicators.filter { $0.state == .scored }.reduce(0) { $0 + $1.weight }
        addContributions(&explanation)
        return explanation
    }

    private func indicator(_ id: String, of score: SheetScore, among scores: [SheetScore]) -> Explanation {
        let result = score.indicator(id) ?? IndicatorScore(indicator: id, state: .missing, weight: 0)
        let part = part(result, of: score.sheet)
        var explanation = base(score, level: .indicator, id: id, state: part.state)
        explanation.score = part.score
        explanation.parts = [part]
        let earlier = scores.filter {
            $0.sheet.metadata.country == score.sheet.metadata.country && $0.sheet.metadata.year < score.sheet.metadata.year
        }.max { $0.sheet.metadata.year < $1.sheet.metadata.year }
        if let earlier, let previous = earlier.indicator(id) {
            explanation.previous = Evidence.row(previous, answer: earlier.sheet.answers[id], sheet: earlier.sheet,
                                                respondent: Evidence.respondent(of: earlier.sheet))
            explanation.previousFile = earlier.sheet.file
        }
        return explanation
    }

    private func part(_ result: IndicatorScore, of sheet: Sheet) -> ExplanationPart {
        let answer = sheet.answers[result.indicator]
        let evidence = Evidence.row(result, answer: answer, sheet: sheet, respondent: Evidence.respondent(of: sheet))
        let rule = result.state == .scored
            ? answer.flatMap { answer in framework.indicator(result.indicator).flatMap { ScoringStep.step(for: answer.value, spec: $0.answer) } }
            : nil
        return ExplanationPart(id: result.indicator, weight: result.weight, score: evidence.score,
                               state: .answer(evidence.state), evidence: evidence, rule: rule)
    }

    /// Each scored part's share of an arithmetic mean, when the number has one.
    private func addContributions(_ explanation: inout Explanation) {
        guard explanation.aggregation == .arithmetic, explanation.score != nil,
              let answered = explanation.answeredWeight, answered > 0 else { return }
        for index in explanation.parts.indices {
            guard let score = explanation.parts[index].score else { continue }
            explanation.parts[index].contribution = explanation.parts[index].weight * score / answered
        }
    }

    private func standing(_ explanation: Explanation, comparison: Comparison) -> Standing? {
        guard let row = comparison.row(year: explanation.year, country: explanation.country, level: explanation.level,
                                       id: explanation.id) else { return nil }
        let deltaFile = row.deltaFrom.flatMap { from in
            comparison.sheetsUsed.first { $0.country == explanation.country && $0.year == from }?.file
        }
        return Standing(region: comparison.region?.id, rank: row.rank, n: row.statistics.n, mean: row.statistics.mean,
                        delta: row.delta, deltaFrom: row.deltaFrom, deltaFile: deltaFile)
    }
}

/// Why a number cannot be explained.
public struct ExplainFailure: Error, Sendable {
    public var diagnostic: Diagnostic
}
