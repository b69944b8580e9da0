import Foundation
import RapporteurCore
import RapporteurIO
import Testing

/// Answers typed in ijekavian, as people write in Bosnia and Herzegovina
/// and Montenegro, meet the ekavian labels of the instrument when exactly
/// one option matches (docs/languages.md).
@Suite("ijekavian answers")
struct IjekavianAnswerTests {
    static let framework: Framework? = {
        let answer = """
            <choice>
            <option code="full" points="2"><label xml:lang="en">Fully</label><label xml:lang="sr-Latn">Potpuno</label></option>
            <option code="partial" points="1"><label xml:lang="en">Partly</label><label xml:lang="sr-Latn">Delimično</label></option>
            <option code="part" points="1"><label xml:lang="en">In part</label><label xml:lang="sr-Latn">Delom</label></option>
            <option code="no" points="0"><label xml:lang="en">No</label><label xml:lang="sr-Latn">Ne</label></option>
            </choice>
            """
        let twins = """
            <choice>
            <option code="a" points="1"><label xml:lang="en">A</label><label xml:lang="sr-Latn">Primenjen</label></option>
            <option code="b" points="0"><label xml:lang="en">B</label><label xml:lang="sr-Latn">Primenen</label></option>
            </choice>
            """
        let indicators = RuleExample.validIndicator(id: "IDN.01", answer: answer)
            + RuleExample.validIndicator(id: "IDN.02", answer: twins)
        return FrameworkCheck.run(on: MemoryFrameworkSource(texts: RuleExample.area(indicators).files)).framework
    }()

    func read(_ id: String, _ typed: String) throws -> Result<AnswerValue, AnswerProblem> {
        let framework = try #require(Self.framework)
        let indicator = try #require(framework.indicator(id))
        return AnswerInterpreter(framework: framework).interpret(typed, for: indicator)
    }

    @Test("ije and je read as e, with and without diacritics",
          arguments: [("Djelimično", "partial"), ("Djelimicno", "partial"), ("DJELIMIČNO", "partial"),
                      ("Đelimično", "partial"), ("Dijelom", "part"), ("dijelom", "part"), ("Djelom", "part")])
    func accepted(_ typed: String, _ code: String) throws {
        #expect(try read("IDN.01", typed).get() == .choice(code: code))
    }

    @Test("the ekavian labels still match as before")
    func ekavianUnchanged() throws {
        #expect(try read("IDN.01", "Delimično").get() == .choice(code: "partial"))
        #expect(try read("IDN.01", "Delimicno").get() == .choice(code: "partial"))
        #expect(try read("IDN.01", "Ne").get() == .choice(code: "no"))
    }

    @Test("a short word such as 'nije' is not read as 'ne'")
    func shortWordsStay() throws {
        guard case .failure(let problem) = try read("IDN.01", "Nije") else {
            Issue.record("'Nije' was accepted as an option")
            return
        }
        #expect(problem.code == .notAnOption)
    }

    @Test("an ijekavian answer that meets two options is refused as before")
    func ambiguous() throws {
        guard case .failure(let problem) = try read("IDN.02", "Primijenjen") else {
            Issue.record("an answer matching two options was accepted")
            return
        }
        #expect(problem.code == .notAnOption)
    }

    @Test("the reading itself")
    func reading() {
        #expect(AnswerText.ekavian("djelimicno") == "delimicno")
        #expect(AnswerText.ekavian("dijelom") == "delom")
        #expect(AnswerText.ekavian("primijenjeno i nije") == "primeneno i nije")
    }
}
