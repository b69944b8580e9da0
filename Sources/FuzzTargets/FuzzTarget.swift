import Foundation
import RapporteurCore
import RapporteurIO

/// One reader under fuzzing, by the name `RAPPORTEUR_FUZZ_TARGET` and the
/// regression folders use, and how one input runs through it: the same
/// calls the commands make, from the bytes to the scores.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// A CSV sheet, read, assembled and scored; the first byte chooses the
    /// encoding and the framework (see `SheetInput`).
    case csv
    /// An XML sheet, parsed, validated, assembled and scored; the first byte
    /// as for `csv`.
    case xmlSheet = "xml-sheet"
    /// The input as `framework.xml` and as the area file it may include,
    /// loaded and checked.
    case framework
    /// The input as the area file of a valid `framework.xml`, loaded and checked.
    case area
    /// The parts of a workbook, zipped with valid checksums, then read,
    /// assembled and scored (see `WorkbookParts`).
    case workbook
    /// A gettext PO catalogue, parsed, every entry looked up and its
    /// message filled in every language (see `CatalogueRun`).
    case catalogue
    /// A report template (`report --template`), read and, when accepted,
    /// rendered twice with a fixed report (see `TemplateRun`).
    case template

    public func run(_ input: Data) -> FuzzOutcome {
        switch self {
        case .csv: SheetRun.run(SheetInput(input), file: "fuzz.csv")
        case .xmlSheet: SheetRun.run(SheetInput(input), file: "fuzz.xml")
        case .framework:
            FrameworkRun.run(["framework.xml": input, "areas/a.xml": input])
        case .area:
            FrameworkRun.run(FrameworkRun.validFrameworkFiles.merging(["areas/a.xml": input]) { _, fuzzed in fuzzed })
        case .workbook: WorkbookRun.run(input)
        case .catalogue: CatalogueRun.run(input)
        case .template: TemplateRun.run(input)
        }
    }
}
