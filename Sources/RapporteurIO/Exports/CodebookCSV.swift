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
        table.append([.text("overall"), .text("overall"), .empty, .text(framework.title.text(in: language)), .empty,
                      .empty, .empty])
        for area in framework.areas {
            table.append([.text("area"), .text(area.id), .text(area.id), .text(area.title.text(in: language)), .empty,
                          .empty, .number(Rounding.plain(area.weight))])
            for indicator in area.indicators {
                table.append([.text("indicator"), .text(indicator.id), .text(area.id),
                              .text(indicator.title.text(in: language)), .text(indicator.type.rawValue),
                              .text(indicator.answer.kind.rawValue), .number(Rounding.plain(indicator.weight))])
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
            table.append([.text(code), .text(CountryName.name(code, language: language)),
                          regions.isEmpty ? .empty : .text(regions.joined(separator: ";"))])
        }
        return table.rendered()
    }
}
