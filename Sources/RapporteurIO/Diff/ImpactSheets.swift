import Foundation
import RapporteurCore

/// The same sheets read and scored under two versions of the instrument,
/// for `rapporteur diff --sheets`. Each file is read once and interpreted
/// against both frameworks, answers carried by indicator id.
///
/// A problem that only one framework finds in a sheet (an indicator it does
/// not have, an option it no longer offers, another version in the
/// `framework` row) is what the change does, not a mistake in the sheet:
/// under that framework the answer counts as missing, and a note says so.
/// A problem both find is the sheet's own, and an error as in `compare`.
public struct ImpactSheets: Sendable {
    public var old: [SheetScore]
    public var new: [SheetScore]
    /// The sheets' own problems (found under both), then notes of what
    /// reads under one framework only.
    public var diagnostics: [Diagnostic]

    public static func load(_ paths: [String], old: Framework, new: Framework, encoding: SheetEncoding) -> ImpactSheets {
        let (files, found) = SheetLoader.files(in: paths)
        let before = (SheetAssembler(framework: old), Scorer(framework: old))
        let after = (SheetAssembler(framework: new), Scorer(framework: new))
        let results = SheetBatch.inOrder(files.count) { index -> (SheetScore?, SheetScore?, [Diagnostic]) in
            let file = files[index]
            let raw: RawSheet
            var diagnostics: [Diagnostic]
            do throws(InputFailure) {
                let data = try InputFile.read(path: file, displayName: file)
                (raw, diagnostics) = try SheetLoader.readRaw(data, file: file, encoding: encoding)
            } catch {
                return (nil, nil, error.diagnostics)
            }
            let underOld = before.0.assemble(raw), underNew = after.0.assemble(raw)
            let (common, onlyOld, onlyNew) = split(underOld.diagnostics, underNew.diagnostics)
            diagnostics += common.filter { $0.severity != .note }
            diagnostics += carried(onlyOld, file: file, under: "\(old.id) \(old.version) (OLD)")
            diagnostics += carried(onlyNew, file: file, under: "\(new.id) \(new.version) (NEW)")
            guard !common.hasErrors, let sheetOld = underOld.sheet, let sheetNew = underNew.sheet else {
                return (nil, nil, diagnostics)
            }
            var scoreOld = before.1.score(sheetOld), scoreNew = after.1.score(sheetNew)
            // The comparisons need scores, not the answers' text.
            scoreOld.sheet.answers = [:]
            scoreNew.sheet.answers = [:]
            return (scoreOld, scoreNew, diagnostics)
        }
        var sheets = ImpactSheets(old: [], new: [], diagnostics: found)
        for (old, new, diagnostics) in results {
            sheets.diagnostics += diagnostics
            if let old, let new {
                sheets.old.append(old)
                sheets.new.append(new)
            }
        }
        if files.isEmpty && !sheets.diagnostics.hasErrors {
            sheets.diagnostics.append(.error(.noSheets, "no sheet files found", at: SourceLocation(file: paths.joined(separator: " ")),
                                             suggestion: "name sheet files (.csv, .xml) or directories that hold them"))
        }
        return sheets
    }

    /// The problems both frameworks find on the same row (whatever each
    /// calls them), and those only one of them finds.
    static func split(_ old: [Diagnostic], _ new: [Diagnostic])
        -> (common: [Diagnostic], onlyOld: [Diagnostic], onlyNew: [Diagnostic])
    {
        func key(_ d: Diagnostic) -> String {
            let place = d.location
            if let line = place.line { return "\(place.file):\(line)" }
            // A workbook cell's row: `Answers!E15` and `Answers!B15` are one row.
            if let cell = place.cell { return "\(place.file):" + String(cell.filter { !($0.isLetter && $0.isUppercase) }) }
            return "\(place.file) \(d.code)"
        }
        let oldKeys = Set(old.map(key)), newKeys = Set(new.map(key))
        return (old.filter { newKeys.contains(key($0)) },
                old.filter { $0.severity != .note && !newKeys.contains(key($0)) },
                new.filter { $0.severity != .note && !oldKeys.contains(key($0)) })
    }

    /// One note per sheet and framework: what that framework could not read,
    /// or left out as retired since the sheet's version.
    private static func carried(_ problems: [Diagnostic], file: String, under framework: String) -> [Diagnostic] {
        let errors = problems.filter { $0.severity == .error || $0.code == .retiredIndicator }
        guard !errors.isEmpty else { return [] }
        let places = errors.map { $0.location.line.map { "line \($0)" } ?? $0.location.cell ?? $0.code.rawValue }
        let listed = places.joined(separator: ", ")
        return [.note(.carriedOver,
                      "under \(framework), \(errors.count) row(s) do not read and count as missing (\(listed)): \(errors[0].message)",
                      at: errors[0].location)]
    }
}
