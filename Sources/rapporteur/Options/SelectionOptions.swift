import ArgumentParser
import Foundation
import RapporteurCore

/// Which sheets take part in a comparison and which years it shows.
struct SelectionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only the members of this region of the framework (e.g. western-balkans).", valueName: "R"))
    var region: String?

    @Option(help: ArgumentHelp("Show only this year (earlier years still give deltas).", valueName: "Y"))
    var year: Int?

    @Option(help: ArgumentHelp("Show only these years, e.g. 2021-2024 (earlier years still give deltas).", valueName: "A-B"))
    var years: String?

    @Flag(help: "Let draft sheets take part.")
    var includeDrafts = false

    @Option(help: ArgumentHelp("Whose sheets take part: ngo (the default), government or joint; the others are "
                               + "left out and named in the notes.", valueName: "R"))
    var respondent: Respondent?

    func validate() throws {
        if year != nil && years != nil { throw ValidationError(DiagnosticMessage("give --year or --years, not both").inChosenLanguage) }
        if years != nil && parsedYears == nil { throw ValidationError(DiagnosticMessage("--years takes two years as A-B, e.g. 2021-2024").inChosenLanguage) }
    }

    private var parsedYears: (Int, Int)? {
        guard let years else { return nil }
        let parts = years.split(separator: "-").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, parts[0] <= parts[1] else { return nil }
        return (parts[0], parts[1])
    }

    var request: ComparisonRequest {
        let range: ComparisonRequest.Years = if let year { .range(year, year) }
            else if let (first, last) = parsedYears { .range(first, last) }
            else { .all }
        return ComparisonRequest(region: region, years: range, includeDrafts: includeDrafts, respondent: respondent ?? .ngo)
    }
}

extension Respondent: ExpressibleByArgument {}
