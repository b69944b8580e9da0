import RapporteurIO

/// The release number of Rapporteur, written here and nowhere else: the
/// Makefile reads it for `make dist` (with sed, so keep `number` on one line
/// in this form) and a test holds it equal to CHANGELOG.md's latest release.
enum Version {
    static let number = "0.1.0"

    /// What `rapporteur --version` prints: the release and the instrument
    /// built into the binary, e.g. `0.1.0 (framework ban 1.0)`.
    static var description: String { "\(number) (framework \(BundledInstrument.identity))" }
}
