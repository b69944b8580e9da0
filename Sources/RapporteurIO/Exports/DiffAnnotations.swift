import RapporteurCore

/// `rapporteur diff --format github`: a `::warning` workflow command on the
/// line of NEW where each breaking change shows, so that a pull request's
/// files carry them. Changes that do not move scores are not annotated.
public enum DiffAnnotations {
    public static func render(_ report: InstrumentDiffReport) -> String {
        report.changes.filter(\.breaking).map { change in
            DiagnosticRenderer.github(.warning(
                change.kind.code,
                "\(change.kind.rawValue) \(change.id): \(InstrumentDiffReport.fromTo(change)); scores of sheets may change",
                at: change.anchor))
        }.joined()
    }
}
