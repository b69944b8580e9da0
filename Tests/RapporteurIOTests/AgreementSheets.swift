import Foundation
import RapporteurCore
import RapporteurIO
import Testing

/// The framework and sheets of the core's `AgreementEngineTests`, read
/// through the loader and the CSV reader, for the reports that render an
/// agreement. Area AA has three numbers and BB one, each scored linearly
/// from 0 to 100 (an answer is its score), weights 1, minimum coverage
/// 0.5; region r holds RS and AL.
enum AgreementSheets {
    static let framework: Framework? = {
        func indicator(_ id: String) -> String {
            """
            <indicator id="\(id)" type="outcome"><title xml:lang="en">Title \(id)</title><question xml:lang="en">q?</question>
            <number min="0" max="100"><linear low="0" high="100"/></number></indicator>
            """
        }
        let files = [
            "framework.xml": """
                <framework xmlns="urn:rapporteur:framework:1" id="t" version="1.0"><title xml:lang="en">T</title>
                <title xml:lang="sr-Latn">T</title>
                <scoring min-coverage="0.5" stable-band="2"/>
                <ratings><rating code="good" min="60"><label xml:lang="en">Good</label></rating>
                <rating code="poor" min="0"><label xml:lang="en">Poor</label></rating></ratings>
                <regions><region id="r"><title xml:lang="en">R</title><member country="RS"/><member country="AL"/></region></regions>
                <include href="aa.xml"/><include href="bb.xml"/></framework>
                """,
            "aa.xml": """
                <area xmlns="urn:rapporteur:framework:1" id="AA"><title xml:lang="en">Alpha</title>
                \(indicator("AA.01"))\(indicator("AA.02"))\(indicator("AA.03"))</area>
                """,
            "bb.xml": """
                <area xmlns="urn:rapporteur:framework:1" id="BB"><title xml:lang="en">Beta</title>\(indicator("BB.01"))</area>
                """,
        ]
        return FrameworkLoader.load(from: MemoryFrameworkSource(texts: files)).framework
    }()

    /// A scored sheet; `answers` are AA.01, AA.02, AA.03, BB.01 in order,
    /// with source and comment `s-ID`, `c-ID` on every row.
    static func sheet(_ country: String, _ year: Int, _ respondent: String?, _ answers: [String],
                      status: String = "final", file: String? = nil) throws -> SheetScore {
        let framework = try #require(framework)
        var text = "country,\(country)\nyear,\(year)\nframework,t 1.0\nstatus,\(status)\n"
        if let respondent { text += "respondent,\(respondent)\n" }
        text += "\nindicator,answer,source,comment\n"
        for (id, answer) in zip(["AA.01", "AA.02", "AA.03", "BB.01"], answers) {
            text += "\(id),\(answer),s-\(id)-\(respondent ?? "ngo"),c-\(id)\n"
        }
        let name = file ?? "\(country)-\(year)\(respondent.map { "-" + $0 } ?? "").csv"
        let (raw, _) = try SheetLoader.readRaw(Data(text.utf8), file: name, encoding: .utf8)
        let assembled = SheetAssembler(framework: framework).assemble(raw)
        #expect(!assembled.diagnostics.hasErrors, "\(assembled.diagnostics)")
        return Scorer(framework: framework).score(try #require(assembled.sheet))
    }

    /// Government: 100, unknown, 0, 70. NGO: 50, 40, 0, 70.
    static func pair() throws -> [SheetScore] {
        [try sheet("RS", 2024, "government", ["100", "unknown", "0", "70"]), try sheet("RS", 2024, nil, ["50", "40", "0", "70"])]
    }
}
