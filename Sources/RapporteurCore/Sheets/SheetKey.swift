/// What makes two sheets the same report: one country and year. A folder
/// may hold one sheet per key; a second is a copy or a mix-up.
///
/// The one place that says so: when sheets carry a respondent (NGO,
/// government, joint), it joins the key here.
public struct SheetKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var country: String
    public var year: Int
    public var respondent: Respondent

    public init(country: String, year: Int, respondent: Respondent = .ngo) {
        self.country = country
        self.year = year
        self.respondent = respondent
    }

    public init(_ metadata: SheetMetadata) {
        self.init(country: metadata.country, year: metadata.year, respondent: metadata.respondent)
    }

    /// `ME 2024`, and `ME 2024 government` for a sheet not of an NGO.
    public var description: String {
        respondent == .ngo ? "\(country) \(year)" : "\(country) \(year) \(respondent.rawValue)"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.country, lhs.year, lhs.respondent.rawValue) < (rhs.country, rhs.year, rhs.respondent.rawValue)
    }

    /// One error per key held by more than one of `sheets` (file and key,
    /// in the order checked), at the first file, naming all of them.
    public static func duplicates(among sheets: [(file: String, key: SheetKey)]) -> [Diagnostic] {
        var files: [SheetKey: [String]] = [:]
        for sheet in sheets { files[sheet.key, default: []].append(sheet.file) }
        return files.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }.map { key, files in
            .error(.duplicateSheet, "\(files.count) sheets are for \(key): \(files.joined(separator: ", "))",
                   at: SourceLocation(file: files[0]),
                   suggestion: "keep one sheet per country and year; move the others away")
        }
    }
}
