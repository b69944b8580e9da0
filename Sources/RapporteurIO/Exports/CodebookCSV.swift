import RapporteurCore

/// The codebook beside the comparison CSVs: what every `level` and `id` of
/// `comparison.csv` is (`indicators.csv`), and every country code with its
/// name and regions (`countries.csv`), in the report's language.
public enum CodebookCSV {
    /// One row for `overall`, then each area followed by its indicators,
    /// in the framework's order: `level,id,area,title,type,kind,weight`.
    /// Free-text indicators are listed too, with kind `text` and weight 0.
    public static func indicators(_ framework: Framework, language: String) -> String {
        var table = CSVTable(header: ["level", "id", "area", "title", "type", "kind", "weight"])
        func level(_ level: String, _ id: String, area: String?, title: LocalisedText, type: String?, kind: String?,
                   weight: Double?) {
            table.appendRow { row in
                row.text(level)
                row.text(id)
                row.text(area)
                row.text(title.text(in: language))
                row.text(type)
                row.text(kind)
                row.number(weight.map(Rounding.plain))
            }
        }
        level("overall", "overall", area: nil, title: framework.title, type: nil, kind: nil, weight: nil)
        for area in framework.areas {
            level("area", area.id, area: area.id, title: area.title, type: nil, kind: nil, weight: area.weight)
            for indicator in area.indicators {
                level("indicator", indicator.id, area: area.id, title: indicator.title, type: indicator.type.rawValue,
                      kind: indicator.answer.kind.rawValue, weight: indicator.weight)
            }
        }
        return table.rendered()
    }

    /// Every country of the framework's regions and of the comparison, by
    /// code: `code,name,regions`, the region ids separated by `;`.
    public static func countries(_ framework: Framework, comparison: Comparison, language: String) -> String {
        var table = CSVTable(header: ["code", "name", "regions"])
        let codes = Set(framework.regions.flatMap(\.countries) + comparison.countries).sorted()
        for code in codes {
            let regions = framework.regions.filter { $0.countries.contains(code) }.map(\.id)
            table.appendRow { row in
                row.text(code)
                row.text(CountryName.name(code, language: language))
                row.text(regions.joined(separator: ";"))
            }
        }
        return table.rendered()
    }
}
