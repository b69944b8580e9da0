import Foundation
import RapporteurCore
import RapporteurIO

/// A framework through `check`'s path: loaded from memory under the prefix
/// `fuzz`, then every meaning rule. When it checks clean, its blank CSV
/// template is written, read back and scored, as `template` then `score`
/// would, and a sheet answering every indicator is scored, so that fuzzed
/// labels, answer specs and weights reach those paths too.
enum FrameworkRun {
    static let prefix = "fuzz"

    /// A valid framework.xml including `areas/a.xml`, from the rule examples.
    static let validFrameworkFiles: [String: Data] = RuleExample.framework().files.mapValues { Data($0.utf8) }

    static func run(_ files: [String: Data]) -> FuzzOutcome {
        let source = MemoryFrameworkSource(files: files, prefix: prefix)
        let checked = FrameworkCheck.run(on: source)
        var outcome = FuzzOutcome(diagnostics: checked.diagnostics)
        outcome.expectFilesNamed(Set(files.keys.map(source.displayPath)))
        if let framework = checked.framework, !checked.diagnostics.hasErrors {
            outcome.brokenPromises += blankTemplateProblems(framework)
            outcome.brokenPromises += ScoreRange.problems(in: Scorer(framework: framework).score(answeredSheet(framework)))
        }
        return outcome
    }

    /// The blank template of a framework that checks clean reads back as a
    /// sheet without error, every indicator in it and none answered.
    private static func blankTemplateProblems(_ framework: Framework) -> [String] {
        let template = SheetTemplate.csv(framework, .init(country: "RS", year: 2025))
        var assembled: SheetAssembler.Outcome
        do throws(InputFailure) {
            let (raw, readerDiagnostics) = try SheetLoader.readRaw(template, file: "template.csv", encoding: .utf8)
            assembled = SheetAssembler(framework: framework).assemble(raw)
            assembled.diagnostics.insert(contentsOf: readerDiagnostics, at: 0)
        } catch {
            return ["the blank template cannot be read: \(error.diagnostics.map(\.message))"]
        }
        let errors = assembled.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let sheet = assembled.sheet else {
            return ["the blank template does not read back: \(errors.map { "\($0.code): \($0.message)" })"]
        }
        let answered = sheet.answers.values.filter { $0.value != .missing }.map(\.indicator)
        guard answered.isEmpty else {
            return ["the blank template reads back with answers for \(answered.sorted())"]
        }
        let left = framework.indicators.map(\.id).filter { sheet.answers[$0] == nil }
        guard left.isEmpty else {
            return ["the blank template leaves out \(left)"]
        }
        return ScoreRange.problems(in: Scorer(framework: framework).score(sheet))
    }

    /// A sheet answering every indicator: the first option, every item, the
    /// lowest number allowed, a ratio of one half, a word.
    static func answeredSheet(_ framework: Framework) -> Sheet {
        let location = SourceLocation(file: "answered.csv")
        var answers: [String: SheetAnswer] = [:]
        for indicator in framework.indicators {
            let value: AnswerValue
            switch indicator.answer {
            case .choice(let choice): value = choice.options.first.map { .choice(code: $0.code) } ?? .missing
            case .checklist(let checklist): value = .checklist(codes: checklist.items.map(\.code))
            case .number(let spec): value = .number(spec.minimum ?? spec.maximum ?? 0)
            case .ratio: value = .ratio(numerator: 1, denominator: 2)
            case .text: value = .text("x")
            }
            answers[indicator.id] = SheetAnswer(indicator: indicator.id, raw: "", value: value, location: location)
        }
        let metadata = SheetMetadata(country: "RS", year: 2025, status: .final, frameworkId: framework.id,
                                     frameworkVersion: framework.version)
        return Sheet(file: location.file, metadata: metadata, answers: answers)
    }
}
