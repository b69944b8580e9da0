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
        if let years {
            switch YearRange(years) {
            case .range: break
            case .reversed(let first, let last):
                throw ValidationError(DiagnosticMessage("--years \(years) is reversed: the first year comes first, as \(last)-\(first)").inChosenLanguage)
            case .invalid:
                throw ValidationError(DiagnosticMessage("--years takes two years as A-B, e.g. 2021-2024").inChosenLanguage)
            }
        }
    }

    private var parsedYears: (Int, Int)? {
        guard let years, case .range(let first, let last) = YearRange(years) else { return nil }
        return (first, last)
    }

    /// The selection as given on the command line, for messages:
    /// `--years 2030-2040 --region western-balkans`, or `(all sheets)`.
    var described: String {
        let given = [region.map { "--region \($0)" }, year.map { "--year \($0)" }, self.years.map { "--years \($0)" }]
            .compactMap { $0 } + (includeDrafts ? ["--include-drafts"] : [])
        return given.isEmpty ? "(all final sheets)" : given.joined(separator: " ")
    }

    var request: ComparisonRequest {
        let range: ComparisonRequest.Years = if let year { .range(year, year) }
            else if let (first, last) = parsedYears { .range(first, last) }
            else { .all }
        return ComparisonRequest(region: region, years: range, includeDrafts: includeDrafts, respondent: respondent ?? .ngo)
    }
}

extension Respondent: ExpressibleByArgument {}

/// `--years A-B` as people type it: with a hyphen, or with the en or em
/// dash the report itself prints between years (`2021–2024`).
enum YearRange: Equatable {
    case range(Int, Int)
    case reversed(Int, Int)
    case invalid

    init(_ text: String) {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "\u{2013}" || $0 == "\u{2014}" })
            .compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2 else {
            self = .invalid
            return
        }
        self = parts[0] <= parts[1] ? .range(parts[0], parts[1]) : .reversed(parts[0], parts[1])
    }
}
