import Foundation
import RapporteurCore
import RapporteurIO
import Testing

/// `rapporteur diff`'s classifier over pairs of frameworks built here: one
/// base instrument, and NEW made from it by one edit. Every element of the
/// base stands on its own line, so the lines below are counted by hand.
@Suite("instrument diff: kinds, ids, breaking flags and locations")
struct InstrumentDiffTests {
    static let frameworkXML = """
        <framework xmlns="urn:rapporteur:framework:1" id="t" version="1.0">
        <title xml:lang="en">T</title>
        <scoring aggregation="arithmetic" min-coverage="0.7" stable-band="2"/>
        <ratings>
        <rating code="good" min="60"><label xml:lang="en">Good</label></rating>
        <rating code="poor" min="0"><label xml:lang="en">Poor</label></rating>
        </ratings>
        <regions>
        <region id="r"><title xml:lang="en">R</title><member country="RS"/><member country="AL"/></region>
        </regions>
        <include href="areas/aa.xml"/>
        <include href="areas/bb.xml"/>
        </framework>
        """

    static let areaA = """
        <area xmlns="urn:rapporteur:framework:1" id="AA" weight="1">
        <title xml:lang="en">Area A</title>
        <indicator id="AA.01" type="structural" weight="1">
        <title xml:lang="en">Choice</title>
        <question xml:lang="en">Is it so?</question>
        <choice>
        <option code="yes" points="2"><label xml:lang="en">Yes</label></option>
        <option code="partly" points="1"><label xml:lang="en">Partly</label></option>
        <option code="no" points="0"><label xml:lang="en">No</label></option>
        </choice>
        </indicator>
        <indicator id="AA.02" type="outcome" weight="1">
        <title xml:lang="en">Number</title>
        <question xml:lang="en">How many?</question>
        <number min="0" max="100">
        <bands>
        <band from="0" to="10" points="0"/>
        <band from="10" to="50" points="1"/>
        <band from="50" points="2"/>
        </bands>
        </number>
        </indicator>
        <indicator id="AA.03" type="process">
        <title xml:lang="en">Notes</title>
        <question xml:lang="en">What else?</question>
        <text/>
        </indicator>
        </area>
        """

    static let areaB = """
        <area xmlns="urn:rapporteur:framework:1" id="BB" weight="1">
        <title xml:lang="en">Area B</title>
        <indicator id="BB.01" type="outcome" weight="1">
        <title xml:lang="en">Share</title>
        <question xml:lang="en">What share?</question>
        <number min="0" max="100">
        <linear low="0" high="100"/>
        </number>
        </indicator>
        </area>
        """

    static let base = ["framework.xml": frameworkXML, "areas/aa.xml": areaA, "areas/bb.xml": areaB]

    static func load(_ files: [String: String], as name: String) throws -> Framework {
        let loaded = FrameworkLoader.load(from: MemoryFrameworkSource(texts: files, prefix: name))
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics)")
        return try #require(loaded.framework)
    }

    /// The changes from the base to the base with `old` replaced by `new` in `file`.
    static func changes(_ file: String, _ old: String, _ new: String) throws -> [InstrumentChange] {
        var edited = base
        let text = try #require(edited[file])
        #expect(text.contains(old), "the edit must apply")
        edited[file] = text.replacingOccurrences(of: old, with: new)
        return InstrumentDiff.changes(from: try load(base, as: "old"), to: try load(edited, as: "new"))
    }

    static func at(_ file: String, _ line: Int) -> String { "\(file):\(line)" }

    @Test("the same framework twice has no changes")
    func unchanged() throws {
        #expect(InstrumentDiff.changes(from: try Self.load(Self.base, as: "old"), to: try Self.load(Self.base, as: "new")).isEmpty)
    }

    @Test("a question reworded is a text change, not breaking")
    func textOnly() throws {
        let changes = try Self.changes("areas/aa.xml", "Is it so?", "Is it really so?")
        #expect(changes.count == 1)
        let change = try #require(changes.first)
        #expect(change.kind == .text && change.id == "AA.01" && !change.breaking)
        #expect(change.old == "question: Is it so?" && change.new == "question: Is it really so?")
        #expect(change.location.description == Self.at("new/areas/aa.xml", 3))
    }

    @Test("an indicator's weight changed is breaking, at the indicator in NEW")
    func indicatorWeight() throws {
        let changes = try Self.changes("areas/aa.xml", #"id="AA.01" type="structural" weight="1""#,
                                       #"id="AA.01" type="structural" weight="2""#)
        #expect(changes.map(\.kind) == [.weight])
        #expect(changes[0].id == "AA.01" && changes[0].breaking && changes[0].old == "1" && changes[0].new == "2")
        #expect(changes[0].location.description == Self.at("new/areas/aa.xml", 3))
    }

    @Test("a band's points changed is a breaking scoring change at that band")
    func band() throws {
        let changes = try Self.changes("areas/aa.xml", #"<band from="10" to="50" points="1"/>"#,
                                       #"<band from="10" to="50" points="1.5"/>"#)
        #expect(changes.map(\.kind) == [.scoring])
        #expect(changes[0].id == "AA.02" && changes[0].breaking)
        #expect(changes[0].old == "[10, 50) = 1" && changes[0].new == "[10, 50) = 1.5")
        #expect(changes[0].location.description == Self.at("new/areas/aa.xml", 18))
    }

    @Test("an option's points changed is a breaking scoring change at that option")
    func optionPoints() throws {
        let changes = try Self.changes("areas/aa.xml", #"code="partly" points="1""#, #"code="partly" points="0.5""#)
        #expect(changes.map(\.kind) == [.scoring])
        #expect(changes[0].id == "AA.01" && changes[0].breaking)
        #expect(changes[0].old == "partly = 1" && changes[0].new == "partly = 0.5")
        #expect(changes[0].location.description == Self.at("new/areas/aa.xml", 8))
    }

    @Test("every option's points doubled scores the same: not breaking")
    func optionsScaled() throws {
        var edited = Self.base
        edited["areas/aa.xml"] = Self.areaA.replacingOccurrences(of: #"points="2"><label"#, with: #"points="4"><label"#)
            .replacingOccurrences(of: #"code="partly" points="1""#, with: #"code="partly" points="2""#)
        let changes = InstrumentDiff.changes(from: try Self.load(Self.base, as: "old"), to: try Self.load(edited, as: "new"))
        #expect(changes.map(\.kind) == [.scoring, .scoring])
        #expect(changes.allSatisfy { !$0.breaking })
    }

    @Test("an indicator removed is located in OLD; added and moved in NEW")
    func removedAddedMoved() throws {
        let old = try Self.load(Self.base, as: "old")
        // AA.02 moves to BB (appended after BB.01); AA.01 is removed; BB.02 is new.
        let aa02 = Self.areaA.split(separator: "\n")[11...21].joined(separator: "\n")
        let bb02 = """
            <indicator id="BB.02" type="outcome" weight="1">
            <title xml:lang="en">New</title>
            <question xml:lang="en">New?</question>
            <number min="0" max="100"><linear low="0" high="10"/></number>
            </indicator>
            """
        var edited = Self.base
        edited["areas/aa.xml"] = (Self.areaA.split(separator: "\n")[0...1] + Self.areaA.split(separator: "\n")[22...])
            .joined(separator: "\n")
        edited["areas/bb.xml"] = Self.areaB.replacingOccurrences(of: "</area>", with: aa02 + "\n" + bb02 + "\n</area>")
        let changes = InstrumentDiff.changes(from: old, to: try Self.load(edited, as: "new"))
        #expect(changes.map(\.kind) == [.indicatorMoved, .indicatorAdded, .indicatorRemoved])
        let moved = changes[0], added = changes[1], removed = changes[2]
        #expect(moved.id == "AA.02" && moved.breaking && moved.old == "AA" && moved.new == "BB")
        #expect(moved.location.description == Self.at("new/areas/bb.xml", 10))
        #expect(added.id == "BB.02" && added.breaking && added.old == nil)
        #expect(added.location.description == Self.at("new/areas/bb.xml", 21))
        #expect(removed.id == "AA.01" && removed.breaking && removed.new == nil)
        #expect(removed.location.description == Self.at("old/areas/aa.xml", 3))
        // Annotations on NEW point at the area that held it.
        #expect(removed.anchor.description == Self.at("new/areas/aa.xml", 1))
    }

    @Test("a text indicator removed carries no weight: not breaking")
    func textIndicatorRemoved() throws {
        var edited = Self.base
        let lines = Self.areaA.split(separator: "\n")
        edited["areas/aa.xml"] = (lines[0...21] + lines[27...]).joined(separator: "\n")
        let changes = InstrumentDiff.changes(from: try Self.load(Self.base, as: "old"), to: try Self.load(edited, as: "new"))
        #expect(changes.map(\.kind) == [.indicatorRemoved])
        #expect(changes[0].id == "AA.03" && !changes[0].breaking)
        #expect(changes[0].location.description == Self.at("old/areas/aa.xml", 23))
    }

    @Test("an area's weight changed is breaking, at the area in NEW")
    func areaWeight() throws {
        let changes = try Self.changes("areas/bb.xml", #"id="BB" weight="1""#, #"id="BB" weight="3""#)
        #expect(changes.map(\.kind) == [.weight])
        #expect(changes[0].id == "BB" && changes[0].breaking && changes[0].old == "1" && changes[0].new == "3")
        #expect(changes[0].location.description == Self.at("new/areas/bb.xml", 1))
    }

    @Test("an area removed and one added are area changes, their indicators not listed one by one")
    func areaRemovedAdded() throws {
        var edited = Self.base
        edited["framework.xml"] = Self.frameworkXML.replacingOccurrences(of: "areas/bb.xml", with: "areas/cc.xml")
        edited["areas/bb.xml"] = nil
        edited["areas/cc.xml"] = Self.areaB.replacingOccurrences(of: "BB", with: "CC")
        let changes = InstrumentDiff.changes(from: try Self.load(Self.base, as: "old"), to: try Self.load(edited, as: "new"))
        #expect(changes.map(\.kind) == [.areaAdded, .areaRemoved])
        #expect(changes[0].id == "CC" && changes[0].breaking && changes[0].location.description == Self.at("new/areas/cc.xml", 1))
        #expect(changes[1].id == "BB" && changes[1].breaking && changes[1].location.description == Self.at("old/areas/bb.xml", 1))
        #expect(changes[1].anchor.description == Self.at("new/framework.xml", 1))
    }

    @Test("the aggregation switched is breaking, at the framework")
    func aggregation() throws {
        let changes = try Self.changes("framework.xml", #"aggregation="arithmetic""#, #"aggregation="geometric""#)
        #expect(changes.map(\.kind) == [.aggregation])
        #expect(changes[0].id == "t" && changes[0].breaking)
        #expect(changes[0].old == "arithmetic" && changes[0].new == "geometric")
        #expect(changes[0].location.description == Self.at("new/framework.xml", 1))
    }

    @Test("the minimum coverage changed is breaking; the stable band only moves trends")
    func coverageAndStableBand() throws {
        let changes = try Self.changes("framework.xml", #"min-coverage="0.7" stable-band="2""#,
                                       #"min-coverage="0.5" stable-band="3""#)
        #expect(changes.map(\.kind) == [.coverage, .scoring])
        #expect(changes[0].breaking && changes[0].old == "0.7" && changes[0].new == "0.5")
        #expect(!changes[1].breaking && changes[1].new == "stable-band: 3")
    }

    @Test("a region's members changed is a regions change: no sheet's scores move")
    func regions() throws {
        let changes = try Self.changes("framework.xml", #"<member country="AL"/>"#,
                                       #"<member country="AL"/><member country="ME"/>"#)
        #expect(changes.map(\.kind) == [.regions])
        #expect(changes[0].id == "t" && !changes[0].breaking)
        #expect(changes[0].old == "r: AL RS" && changes[0].new == "r: AL ME RS")
        #expect(changes[0].location.description == Self.at("new/framework.xml", 9))
    }

    @Test("a rating's threshold changed is a ratings change, not breaking")
    func ratings() throws {
        let changes = try Self.changes("framework.xml", #"code="good" min="60""#, #"code="good" min="65""#)
        #expect(changes.map(\.kind) == [.ratings])
        #expect(!changes[0].breaking && changes[0].old == "good ≥ 60" && changes[0].new == "good ≥ 65")
        #expect(changes[0].location.description == Self.at("new/framework.xml", 5))
    }

    @Test("a linear rule's bounds moved is breaking, at the rule")
    func linear() throws {
        let changes = try Self.changes("areas/bb.xml", #"<linear low="0" high="100"/>"#, #"<linear low="0" high="50"/>"#)
        #expect(changes.map(\.kind) == [.scoring])
        #expect(changes[0].id == "BB.01" && changes[0].breaking)
        #expect(changes[0].old == "linear 0–100" && changes[0].new == "linear 0–50")
        #expect(changes[0].location.description == Self.at("new/areas/bb.xml", 7))
    }
}
