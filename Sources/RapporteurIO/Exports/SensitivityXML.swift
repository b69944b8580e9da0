import Foundation
import RapporteurCore
import RapporteurXML

/// The sensitivity analysis as XML (urn:rapporteur:sensitivity:1): the
/// settings, then the numbers of `sensitivity.csv` and, with Saltelli's
/// design, of `sensitivity-inputs.csv`. Valid against
/// reports/schema/sensitivity.xsd.
public enum SensitivityXML {
    public static let namespace = "urn:rapporteur:sensitivity:1"

    public static func document(_ result: SensitivityResult, comparison: Comparison) throws(XMLWriterError) -> Data {
        let sink = MemorySink()
        try write(result, comparison: comparison, to: sink)
        return Data(sink.bytes)
    }

    public static func write(_ result: SensitivityResult, comparison: Comparison, to sink: ByteSink) throws(XMLWriterError) {
        let writer = XMLWriter(output: XMLWriter.Output { sink.write($0) })
        let settings = result.settings
        writer.start("sensitivity", namespace: namespace)
        writer.attribute("framework", comparison.frameworkId)
        writer.attribute("framework-version", comparison.frameworkVersion.description)
        writer.attribute("region", comparison.region?.id)
        writer.attribute("year", String(result.year))
        writer.attribute("method", settings.method.rawValue)
        writer.attribute("runs", String(result.totalRuns))
        writer.attribute("base-runs", settings.method == .saltelli ? String(settings.runs) : nil)
        writer.attribute("seed", String(settings.seed))
        writer.attribute("weight-noise", Rounding.fixed(settings.weightNoise, places: 4))
        writer.attribute("vary", settings.varied.map(\.rawValue).joined(separator: " "))
        for country in result.countries {
            writer.empty("country", attributes: [
                ("code", country.country), ("score", Rounding.fixed(country.score, places: 2)), ("rank", String(country.rank)),
                ("runs", String(country.runs)), ("median-rank", country.medianRank.map(String.init)),
                ("mean-rank", fixed(country.meanRank, 2)), ("q05", country.q05.map(String.init)),
                ("q95", country.q95.map(String.init)), ("mean-shift", fixed(country.meanShift, 2)),
                ("p-same", fixed(country.sameShare, 4)),
            ])
        }
        for input in result.inputs {
            writer.empty("input", attributes: [
                ("name", input.input.rawValue), ("first-order", fixed(input.firstOrder, 4)), ("total", fixed(input.total, 4)),
            ])
        }
        writer.end()
        try writer.close()
    }

    private static func fixed(_ value: Double?, _ places: Int) -> String? {
        value.map { Rounding.fixed($0, places: places) }
    }
}
