/// Reads the metadata rows of a sheet: which are required, what each may
/// hold, and whether the sheet was made for the framework in use.
struct MetadataReader {
    let framework: Framework

    static let knownKeys = ["country", "year", "framework", "organisation", "date", "status", "language", "respondent"]

    func read(_ raw: RawSheet, into diagnostics: inout [Diagnostic]) -> SheetMetadata? {
        var values: [String: RawMetadata] = [:]
        for entry in raw.metadata {
            let key = AnswerText.fold(entry.key)
            let canonical = key == "organization" ? "organisation" : key
            guard Self.knownKeys.contains(canonical) else {
                diagnostics.append(.warning(.unknownMetadata, "'\(entry.key)' is not a metadata key; the row is ignored",
                                            at: entry.location,
                                            suggestion: NearestMatch.best(for: key, among: Self.knownKeys).map { "did you mean '\($0)'?" }
                                                ?? "metadata keys are: \(Self.knownKeys.joined(separator: ", "))"))
                continue
            }
            if let first = values[canonical] {
                diagnostics.append(.error(.duplicateMetadata, "'\(canonical)' is given twice; first at \(first.location.description)",
                                          at: entry.location, suggestion: "keep one '\(canonical)' row"))
                continue
            }
            values[canonical] = entry
        }
        let sheetStart = SourceLocation(file: raw.file, line: 1)
        func required(_ key: String, _ example: String) -> RawMetadata? {
            guard let entry = values[key], !entry.value.trimmingWhitespace().isEmpty else {
                diagnostics.append(.error(.missingMetadata, "the sheet has no '\(key)' row",
                                          at: values[key]?.location ?? sheetStart,
                                          suggestion: "add a row '\(key),\(example)' at the top of the sheet"))
                return nil
            }
            return entry
        }
        let countryEntry = required("country", "RS")
        let yearEntry = required("year", "2024")
        let statusEntry = required("status", "final")

        var country: String?
        if let entry = countryEntry {
            let code = entry.value.trimmingWhitespace().uppercased()
            if CountryCode.isValid(code) {
                country = code
            } else {
                diagnostics.append(.error(.unknownCountry, "'\(entry.value.trimmingWhitespace())' is not a country code",
                                          at: entry.location, suggestion: CountryCode.suggestion(for: String(entry.value.trimmingWhitespace()))))
            }
        }
        var year: Int?
        if let entry = yearEntry {
            let text = entry.value.trimmingWhitespace()
            if let value = Int(text), (1990...2100).contains(value) {
                year = value
            } else if case .number(let value) = NumberText.read(String(text)), value.rounded() == value,
                      (1990...2100).contains(value) {
                year = Int(value)
            } else {
                diagnostics.append(.error(.badYear, "'\(text)' is not a year", at: entry.location,
                                          suggestion: "write the year the sheet reports on, in four digits, e.g. 2024"))
            }
        }
        var status: SheetStatus?
        if let entry = statusEntry {
            let text = AnswerText.fold(entry.value)
            switch text {
            case "final", "konačno", "konačan", "коначно", "коначан", "finale", "përfundimtar": status = .final
            case "draft", "nacrt", "нацрт", "skicë", "нацрт-верзија": status = .draft
            default:
                diagnostics.append(.error(.badStatus, "status '\(entry.value.trimmingWhitespace())' is neither 'draft' nor 'final'",
                                          at: entry.location, suggestion: "write 'final' when the sheet is complete, else 'draft'"))
            }
        }
        var frameworkId: String?
        var frameworkVersion: FrameworkVersion?
        if let entry = values["framework"], !entry.value.trimmingWhitespace().isEmpty {
            let words = entry.value.split(whereSeparator: \.isWhitespace).map(String.init)
            frameworkId = words.first
            frameworkVersion = words.count > 1 ? FrameworkVersion(words[1]) : nil
            let expected = "\(framework.id) \(framework.version)"
            // `BAN 1.0` is the same instrument as `ban 1.0`.
            if frameworkId?.lowercased() == framework.id.lowercased() { frameworkId = framework.id }
            if frameworkId != framework.id {
                diagnostics.append(.error(.wrongFramework,
                                          "the sheet was made for framework '\(entry.value.trimmingWhitespace())', not '\(expected)'",
                                          at: entry.location, suggestion: "fill a template of '\(expected)' (rapporteur template), or use --framework"))
            } else if let version = frameworkVersion, version.major != framework.version.major {
                diagnostics.append(.error(.wrongFramework,
                                          "the sheet was made for version \(version) of '\(framework.id)'; version \(framework.version) is in use, and major versions cannot be compared",
                                          at: entry.location, suggestion: "fill a template of '\(expected)'"))
            } else if let version = frameworkVersion, version != framework.version {
                diagnostics.append(.warning(.frameworkVersion,
                                            "the sheet names version \(version) of '\(framework.id)', which the instrument in use does not have: it is \(expected)",
                                            at: entry.location,
                                            suggestion: "write '\(expected)' if the sheet was filled from this instrument's template"))
            } else if frameworkVersion == nil {
                diagnostics.append(.warning(.frameworkVersion, "the framework row gives no version",
                                            at: entry.location, suggestion: "write '\(expected)'"))
            }
        } else {
            diagnostics.append(.warning(.missingMetadata, "the sheet does not say which framework it was made for; "
                                        + "assuming '\(framework.id) \(framework.version)'",
                                        at: sheetStart, suggestion: "add a row 'framework,\(framework.id) \(framework.version)'"))
        }
        var date: String?
        if let entry = values["date"], !entry.value.trimmingWhitespace().isEmpty {
            let text = String(entry.value.trimmingWhitespace())
            if Self.isISODate(text) {
                date = text
            } else {
                diagnostics.append(.warning(.badDate, "date '\(text)' is not written as YYYY-MM-DD; it is kept as written",
                                            at: entry.location, suggestion: "write e.g. 2025-03-14"))
                date = text
            }
        }
        if let country, !framework.regions.isEmpty, let entry = countryEntry,
           !framework.regions.contains(where: { $0.countries.contains(country) }) {
            diagnostics.append(.warning(.countryOutsideRegions,
                                        "\(country) is a member of no region of the framework (\(framework.regions.map(\.id).joined(separator: ", ")))",
                                        at: entry.location, suggestion: Self.regionMembers(of: framework, country: country)))
        }
        // Against the sheet's own date, never today's, so that a check
        // gives the same answer whenever it runs.
        if let year, let date, Self.isISODate(date), let dated = Int(date.prefix(4)), year > dated, let entry = yearEntry {
            diagnostics.append(.warning(.yearAfterDate,
                                        "the sheet reports on \(year) but is dated \(date), before that year began",
                                        at: entry.location,
                                        suggestion: "check the year: a sheet reports on a year that is over when it is filled"))
        }
        let respondent = readRespondent(values["respondent"], into: &diagnostics)
        guard let country, let year, let status, let respondent else { return nil }
        return SheetMetadata(
            country: country, year: year, status: status, frameworkId: frameworkId, frameworkVersion: frameworkVersion,
            organisation: values["organisation"].map { String($0.value.trimmingWhitespace()) }.flatMap { $0.isEmpty ? nil : $0 },
            date: date, language: values["language"].map { String($0.value.trimmingWhitespace()) }.flatMap { $0.isEmpty ? nil : $0 },
            respondent: respondent)
    }

    /// `ngo` when the row is absent or empty; nil, with an error, when it
    /// names no respondent.
    private func readRespondent(_ entry: RawMetadata?, into diagnostics: inout [Diagnostic]) -> Respondent? {
        guard let entry, !entry.value.trimmingWhitespace().isEmpty else { return .ngo }
        if let respondent = Respondent(label: entry.value) { return respondent }
        diagnostics.append(.error(.badRespondent, "respondent '\(entry.value.trimmingWhitespace())' is not one of "
                                  + "'ngo', 'government' or 'joint'", at: entry.location,
                                  suggestion: "write 'ngo' for civil society, 'government' for the state's self-assessment, "
                                    + "or 'joint'"))
        return nil
    }

    /// `the regions' members are AL, BA, ...`, for a country in none.
    static func regionMembers(of framework: Framework, country: String) -> DiagnosticMessage {
        let members = Set(framework.regions.flatMap(\.countries)).sorted().joined(separator: ", ")
        // CG was Montenegro's code before ISO gave it ME in 2006; now it is the Congo's.
        if country == "CG" && members.contains("ME") {
            return "the regions' members are \(members); check the country code (Montenegro is ME; CG is the Congo)"
        }
        return "the regions' members are \(members); check the country code"
    }

    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }
}
