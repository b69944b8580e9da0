import RapporteurCore
import Testing

/// The framework rules on frameworks built in Swift: what a methodologist's
/// slip in `indicators/` looks like once read, without the XML reader.
@Suite("framework checks on frameworks built in Swift")
struct FrameworkCheckerTests {
    typealias T = TestFrameworks

    /// The two-area framework of `TestFrameworks` with its areas replaced.
    static func framework(_ areas: [Area]) -> Framework {
        let base = T.twoAreas
        return Framework(id: base.id, version: base.version, title: base.title, scoring: base.scoring,
                         ratings: base.ratings, regions: base.regions, areas: areas, location: base.location)
    }

    static func area(_ id: String, weight: Double = 1, _ indicators: [Indicator]) -> Area {
        Area(id: id, weight: weight, title: T.text(id), indicators: indicators, location: T.at("\(id.lowercased()).xml", 1))
    }

    /// A percentage indicator like `TestFrameworks.percentage`, with its weight.
    static func percentage(_ id: String, weight: Double, file: String) -> Indicator {
        let plain = T.percentage(id, file: file)
        return Indicator(id: id, type: plain.type, weight: weight, title: plain.title, question: plain.question,
                         answer: plain.answer, location: plain.location)
    }

    @Test("a sound framework gives no error and no warning")
    func sound() {
        let found = FrameworkChecker.check(T.twoAreas).filter { $0.severity != .note }
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a scored indicator of weight 0 is a warning at the indicator, naming its area")
    func zeroWeight() {
        let framework = Self.framework([
            Self.area("AA", [Self.percentage("AA.01", weight: 0, file: "aa.xml"), T.percentage("AA.02", file: "aa.xml")]),
            Self.area("BB", [T.percentage("BB.01", file: "bb.xml")]),
        ])
        let found = FrameworkChecker.check(framework).filter { $0.code == .weightZero }
        #expect(found.map(\.severity) == [.warning])
        #expect(found.map(\.location) == [SourceLocation(file: "aa.xml", line: 2)])
        #expect(found.first?.message.description.contains("area AA") == true)
    }

    @Test("an area of negative weight is an error at the area")
    func negativeWeight() {
        let framework = Self.framework([
            Self.area("AA", [T.percentage("AA.01", file: "aa.xml")]),
            Self.area("BB", weight: -2, [T.percentage("BB.01", file: "bb.xml")]),
        ])
        let found = FrameworkChecker.check(framework).filter { $0.code == .negativeWeight }
        #expect(found.map(\.severity) == [.error])
        #expect(found.map(\.location) == [SourceLocation(file: "bb.xml", line: 1)])
    }

    @Test("an indicator id used twice is an error at the second use, naming the first")
    func duplicateId() {
        let framework = Self.framework([
            Self.area("AA", [T.percentage("AA.01", file: "aa.xml")]),
            Self.area("BB", [T.percentage("BB.01", file: "bb.xml"), T.percentage("BB.01", file: "bb2.xml")]),
        ])
        let found = FrameworkChecker.check(framework).filter { $0.code == .duplicateId }
        #expect(found.map(\.severity) == [.error])
        #expect(found.map(\.location) == [SourceLocation(file: "bb2.xml", line: 2)])
        #expect(found.first?.message.description.contains("bb.xml:2") == true)
    }
}
