import Foundation
import Mustache
import RapporteurCore
@testable import RapporteurIO
import Testing

/// The page's parts answer a template's names themselves rather than
/// through `Mirror` (`TemplateLookups.swift`); they must answer every
/// stored property `Mirror` shows, with the same value, so that a property
/// added to a part without its name in `child(named:)` fails here.
@Suite("the report page's names as a template sees them")
struct TemplateLookupTests {
    /// What `Mirror` gives for each stored property, optionals unwrapped
    /// as the template engine unwraps them, against `child(named:)`.
    static func mismatches(_ value: some MustacheParent) -> [String] {
        var found: [String] = []
        for child in Mirror(reflecting: value).children {
            guard let label = child.label else { continue }
            let mirrored = unwrapped(child.value)
            let answered = value.child(named: label)
            if mirrored.map({ String(reflecting: $0) }) != answered.map({ String(reflecting: $0) }) {
                found.append("\(type(of: value)).\(label)")
            }
        }
        if value.child(named: "no such name") != nil { found.append("\(type(of: value)) answers an unknown name") }
        return found
    }

    static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }

    @Test("every part answers each of its stored properties as Mirror would")
    func sameAsMirror() throws {
        let (framework, comparison) = try ReportGoldenTests.comparison()
        let (_, scores) = try ReportGoldenTests.scored()
        let page = ReportPage(ChartInput(framework: framework, comparison: comparison, language: "en",
                                         analyses: ReportAnalyses(scores: scores,
                                                                  agreement: AnalysisChartTests.agreement(framework))),
                              history: AnswerHistory())
        var found = Self.mismatches(page)
        #expect(!page.profiles.isEmpty)
        for profile in page.profiles {
            found += Self.mismatches(profile)
            for area in profile.areas { found += Self.mismatches(area) }
            for answer in profile.answers { found += Self.mismatches(answer) }
            for details in profile.details {
                found += Self.mismatches(details)
                for part in details.parts { found += Self.mismatches(part) }
            }
        }
        #expect(page.profiles.contains { !$0.details.isEmpty })
        #expect(found.isEmpty, "\(found)")
    }
}
