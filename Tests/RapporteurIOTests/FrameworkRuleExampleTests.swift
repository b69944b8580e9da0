import RapporteurCore
import RapporteurIO
import Foundation
import Testing
import TestSupport

/// Every rule of `check` is defined by its examples: each triggering example
/// must produce a finding with the rule's id, each non-triggering one none.
@Suite("check rules, from their own examples")
struct FrameworkRuleExampleTests {
    static let rules = FrameworkChecker.descriptions

    @Test("a triggering example produces the rule's finding", arguments: rules)
    func triggering(rule: RuleDescription) {
        #expect(!rule.triggering.isEmpty, "rule \(rule.id) has no triggering example")
        for (index, example) in rule.triggering.enumerated() {
            let found = check(example)
            #expect(found.contains { $0.code == rule.id && $0.severity == rule.severity },
                    "triggering example \(index) of \(rule.id) gave: \(found.map { "\($0.code): \($0.message)" })")
        }
    }

    @Test("a non-triggering example produces no finding of the rule and no error", arguments: rules)
    func nonTriggering(rule: RuleDescription) {
        #expect(!rule.nonTriggering.isEmpty, "rule \(rule.id) has no non-triggering example")
        for (index, example) in rule.nonTriggering.enumerated() {
            let found = check(example)
            #expect(!found.contains { $0.code == rule.id }, "non-triggering example \(index) of \(rule.id)")
            #expect(!found.hasErrors, "non-triggering example \(index) of \(rule.id) gave: \(found.map(\.message))")
        }
    }

    @Test("rule ids are unique")
    func uniqueIds() {
        let ids = Self.rules.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test("every finding names the file and line it is about")
    func findingsHaveLocations() {
        for rule in Self.rules {
            for example in rule.triggering {
                for finding in check(example) where finding.code == rule.id {
                    #expect(finding.location.file.hasPrefix("example/"), "\(rule.id): \(finding.location)")
                    #expect(finding.location.line != nil || rule.id == .includeMissing, "\(rule.id) has no line")
                }
            }
        }
    }

    private func check(_ example: RuleExample) -> [Diagnostic] {
        FrameworkCheck.run(on: MemoryFrameworkSource(texts: example.files)).diagnostics
    }
}

extension RuleDescription: CustomTestStringConvertible {
    public var testDescription: String { id.rawValue }
}

@Test("every rule of check is documented for methodologists")
func rulesAreDocumented() throws {
    let text = try String(contentsOf: Fixtures.repository.appending(path: "docs/definitions.md"), encoding: .utf8)
    for rule in FrameworkChecker.descriptions {
        #expect(text.contains("`\(rule.id)`"), "docs/definitions.md does not list \(rule.id)")
    }
}
