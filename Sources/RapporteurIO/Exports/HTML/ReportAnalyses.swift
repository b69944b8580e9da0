import RapporteurCore

/// What the page shows beside the comparison, each part optional: the
/// taking-part sheets' scores with their answers (for the explanation of
/// every score in a profile), the ranks under varied choices, and the
/// government's sheets beside the NGOs'. Each is computed elsewhere; the
/// page only lays it out.
public struct ReportAnalyses: Sendable {
    /// Taking-part sheets scored with their answers kept; without them the
    /// profiles carry no explanations.
    public var scores: [SheetScore]
    public var sensitivity: SensitivityResult?
    /// nil when no government sheet is among the inputs.
    public var agreement: Agreement?

    public init(scores: [SheetScore] = [], sensitivity: SensitivityResult? = nil, agreement: Agreement? = nil) {
        self.scores = scores
        self.sensitivity = sensitivity
        self.agreement = agreement
    }
}
