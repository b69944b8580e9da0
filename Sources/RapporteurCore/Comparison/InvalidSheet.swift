/// A sheet with errors, as far as it could be read. It stops a comparison
/// only when it would take part; otherwise, or when the user asks to skip
/// such sheets, it is left out and named in the notes.
public struct InvalidSheet: Sendable, Hashable {
    public var file: String
    /// Absent when the metadata rows themselves could not be read.
    public var metadata: SheetMetadata?
    public var firstError: Diagnostic

    public init(file: String, metadata: SheetMetadata?, firstError: Diagnostic) {
        self.file = file
        self.metadata = metadata
        self.firstError = firstError
    }

    /// The note that names the sheet and its first error.
    public var note: ComparisonNote {
        ComparisonNote(kind: .invalidSheet,
                       message: "\(file) is left out: it has errors, the first at \(firstError.location.description)",
                       file: file, country: metadata?.country, year: metadata?.year,
                       detail: firstError.message.text(in: .english))
    }
}

extension ComparisonRequest {
    /// Whether a sheet with this metadata would take part in the comparison,
    /// by the engine's selection: not after the last year shown, in the
    /// region, and final unless drafts are let in. A sheet whose metadata
    /// could not be read might take part.
    public func wouldTakePart(_ metadata: SheetMetadata?, in framework: Framework) -> Bool {
        guard let metadata else { return true }
        if let last = years.last, metadata.year > last { return false }
        if metadata.respondent != respondent { return false }
        if let id = region, let region = framework.region(id), !region.countries.contains(metadata.country) { return false }
        return metadata.status == .final || includeDrafts
    }
}
