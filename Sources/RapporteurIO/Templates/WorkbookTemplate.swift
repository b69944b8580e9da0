import Foundation
import RapporteurCore

/// The blank sheet as a workbook (`template --format xlsx`), for the people
/// who fill sheets in Excel or LibreOffice: `Answers` laid out as the CSV
/// template with drop-downs and protected help, `Guidance` beside it, and
/// the hidden `Lists` when a drop-down is too long to write inline. The
/// same framework and request always give the same bytes.
public enum WorkbookTemplate {
    public static func xlsx(_ framework: Framework, _ request: SheetTemplate.Request) throws(WorkbookWriteError) -> Data {
        let (answers, lists) = AnswersSheet(framework: framework, request: request).models()
        let guidance = GuidanceSheet(framework: framework, language: request.language).model()
        return try WorkbookWriter.package([answers, guidance] + (lists.map { [$0] } ?? []))
    }
}
