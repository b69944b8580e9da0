/// What the comparison and the agreement both do while choosing sheets:
/// find the requested region, note a sheet left out, refuse two sheets for
/// the same country, year and respondent.
enum SheetSelection {
    /// The region `request` names, nil for every country; a failure when
    /// the framework has no such region.
    static func region(_ request: ComparisonRequest, in framework: Framework) -> Result<Region?, ComparisonFailure> {
        guard let id = request.region else { return .success(nil) }
        guard let found = framework.region(id) else {
            return .failure(ComparisonFailure(diagnostics: [.error(
                .unknownRegion, "the framework has no region '\(id)'", at: framework.location,
                suggestion: "regions: \(framework.regions.map(\.id).joined(separator: ", "))")]))
        }
        return .success(found)
    }

    /// A note about `score`'s sheet, placed at its file, country and year.
    static func note(_ kind: ComparisonNote.Kind, _ message: String, _ score: SheetScore,
                     detail: String? = nil) -> ComparisonNote {
        ComparisonNote(kind: kind, message: message, file: score.sheet.file,
                       country: score.sheet.metadata.country, year: score.sheet.metadata.year, detail: detail)
    }

    /// A draft left out, for want of `--include-drafts`.
    static func draftExcluded(_ score: SheetScore) -> ComparisonNote {
        let m = score.sheet.metadata
        return note(.draftExcluded, "draft excluded: \(score.sheet.file) (\(m.country) \(m.year)); "
                    + "use --include-drafts to compare it", score)
    }

    /// `first` and `second` are both sheets for `what` ("RS 2024 (ngo)").
    static func duplicate(_ first: SheetScore, _ second: SheetScore, what: String) -> Diagnostic {
        .error(.duplicateSheet, "\(first.sheet.file) and \(second.sheet.file) are both sheets for \(what)",
               at: SourceLocation(file: second.sheet.file),
               suggestion: "keep one sheet per country, year and respondent (mark the other draft, or move it away)")
    }
}
