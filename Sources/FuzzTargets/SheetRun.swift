import Foundation
import RapporteurCore
import RapporteurIO

/// A sheet through `score`'s path: read by content and name, assembled
/// against the framework, and scored when a sheet comes out.
enum SheetRun {
    /// The two frameworks, each loaded once per process.
    static let conformance = Scoring(MemoryFrameworkSource(texts: ConformanceFramework.files, prefix: "conformance"))
    static let instrument = Scoring(MemoryFrameworkSource.bundled)

    /// A framework with its assembler and scorer, built once.
    struct Scoring: Sendable {
        let assembler: SheetAssembler
        let scorer: Scorer
        /// A loader and an assembler that keep values only, as `compare`
        /// and `check` read sheets.
        let valuesLoader: SheetLoader
        let valuesAssembler: SheetAssembler

        init(_ source: MemoryFrameworkSource) {
            let loaded = FrameworkCheck.run(on: source)
            guard let framework = loaded.framework, !loaded.diagnostics.hasErrors else {
                // Fuzzing against a broken framework would prove nothing.
                fatalError("the fuzz framework does not load: \(loaded.diagnostics.map(\.message))")
            }
            assembler = SheetAssembler(framework: framework)
            scorer = Scorer(framework: framework)
            valuesLoader = SheetLoader(framework: framework, keepsText: false)
            valuesAssembler = SheetAssembler(framework: framework, keepsText: false)
        }
    }

    static func run(_ input: SheetInput, file: String) -> FuzzOutcome {
        let scoring = input.framework == .conformance ? conformance : instrument
        var outcome = scoring.outcome { () throws(InputFailure) in
            try SheetLoader.readRaw(input.body, file: file, encoding: input.encoding)
        }
        outcome.expectFilesNamed([file])
        if input.encoding == .utf8 { outcome.brokenPromises += scoring.onePassDifferences(input.body, file: file) }
        return outcome
    }
}

extension SheetRun.Scoring {
    /// Where the one-pass reading of a plain sheet differs from the full
    /// reading that keeps values only: it must decline, or give the same.
    func onePassDifferences(_ data: Data, file: String) -> [String] {
        guard let fast = valuesLoader.plainValues(data, file: file) else { return [] }
        do throws(InputFailure) {
            let (raw, readerSaid) = try SheetLoader.readRaw(data, file: file, encoding: .utf8, keepsEvidence: false)
            let full = valuesAssembler.assemble(raw)
            var differences: [String] = []
            if !(readerSaid + full.diagnostics).isEmpty {
                differences.append("the one-pass reading took a sheet the full reading has something to say about")
            }
            if fast.values != full.values { differences.append("the one-pass reading found other values") }
            if fast.sheet?.metadata != full.sheet?.metadata { differences.append("the one-pass reading found other metadata") }
            return differences
        } catch {
            return ["the one-pass reading took a sheet the full reading refuses"]
        }
    }
}

extension SheetRun.Scoring {
    /// The sheet `read` gives, assembled and scored: every diagnostic on
    /// the way, and any score outside its range as a broken promise.
    func outcome(_ read: () throws(InputFailure) -> (RawSheet, [Diagnostic])) -> FuzzOutcome {
        do throws(InputFailure) {
            let (raw, readerDiagnostics) = try read()
            let assembled = assembler.assemble(raw)
            var outcome = FuzzOutcome(diagnostics: readerDiagnostics + assembled.diagnostics)
            if let sheet = assembled.sheet {
                outcome.brokenPromises += ScoreRange.problems(in: scorer.score(sheet))
            }
            return outcome
        } catch {
            return FuzzOutcome(diagnostics: error.diagnostics)
        }
    }
}
