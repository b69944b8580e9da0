import Foundation
import RapporteurCore
import RapporteurIO

/// A report template (`report --template FILE`) through what the command
/// does with one: read as the template file and, when accepted, rendered
/// with a small report built once, twice, to see that the page comes out
/// the same.
enum TemplateRun {
    static let file = "fuzz.mustache"

    /// The conformance framework and two sheets of its region, one scoring
    /// area BAS, the other also PJW, so that the page has ranks, withheld
    /// areas and a note or two to lay out.
    static let report: (framework: Framework, comparison: Comparison) = {
        let loaded = FrameworkCheck.run(on: MemoryFrameworkSource(texts: ConformanceFramework.files, prefix: "conformance"))
        guard let framework = loaded.framework, !loaded.diagnostics.hasErrors else {
            fatalError("the fuzz framework does not load: \(loaded.diagnostics.map(\.message))")
        }
        let bas = "BAS.01,12/56\nBAS.02,54.8\nBAS.03,yes\nBAS.04,job;legal\nBAS.05,none\nBAS.06,partial\nBAS.07,no\n"
        let sheets = [
            ("BG", "country,BG\nyear,2024\nframework,conformance 2.1\nstatus,final\n\nindicator,answer\n" + bas),
            ("AT", "country,AT\nyear,2024\nframework,conformance 2.1\nstatus,final\n\nindicator,answer\n"
                + bas.replacingOccurrences(of: "yes", with: "partial")
                + "PJW.01,96/135\nPJW.06,no\nPJW.07,yes\n"),
        ]
        let assembler = SheetAssembler(framework: framework)
        let scorer = Scorer(framework: framework)
        let scores = sheets.map { country, text in
            do throws(InputFailure) {
                let (raw, _) = try SheetLoader.readRaw(Data(text.utf8), file: "\(country)-2024.csv", encoding: .utf8)
                guard let sheet = assembler.assemble(raw).sheet else { fatalError("the fuzz sheet \(country) is refused") }
                return scorer.score(sheet)
            } catch {
                fatalError("the fuzz sheet \(country) does not read: \(error.diagnostics.map(\.message))")
            }
        }
        switch ComparisonEngine(framework: framework).compare(scores, ComparisonRequest(region: "r1")) {
        case .success(let comparison): return (framework, comparison)
        case .failure(let failure): fatalError("the fuzz report does not compare: \(failure.diagnostics.map(\.message))")
        }
    }()

    static func run(_ input: Data) -> FuzzOutcome {
        let text = String(decoding: input, as: UTF8.self)
        var outcome: FuzzOutcome
        do throws(InputFailure) {
            let page = try ReportHTML(template: text, file: file)
            outcome = FuzzOutcome(diagnostics: [])
            let first = page.render(framework: report.framework, comparison: report.comparison, language: "en")
            let second = page.render(framework: report.framework, comparison: report.comparison, language: "en")
            if first != second {
                outcome.brokenPromises.append("\(file): two renderings differ (\(first.utf8.count) and \(second.utf8.count) bytes)")
            }
        } catch {
            outcome = FuzzOutcome(diagnostics: error.diagnostics)
            if error.diagnostics.isEmpty { outcome.brokenPromises.append("\(file): refused with no diagnostic") }
        }
        // A line the library names lies within the template (a line ends
        // at any newline, so that no way of counting has more).
        let lines = text.count(where: \.isNewline) + 1
        for diagnostic in outcome.diagnostics {
            if let line = diagnostic.location.line, !(1...lines).contains(line) {
                outcome.brokenPromises.append("\(file): \(diagnostic.code) names line \(line) of \(lines)")
            }
        }
        outcome.expectFilesNamed([file])
        return outcome
    }
}
