import Foundation
import RapporteurCore

/// Finds sheet files, reads each in its format and interprets it against
/// the framework.
public struct SheetLoader: Sendable {
    public let framework: Framework
    public let encoding: SheetEncoding
    private let assembler: SheetAssembler
    /// The ids a plain sheet gives as written, for reading values only.
    private let plainIds: PlainIDs
    /// Whether answers keep their text, source and comment; without, the
    /// outcome gives each answer's value by place and the sheet no answers.
    public let keepsText: Bool

    /// `keepsText` false: each answer keeps its value and location only,
    /// for a caller that scores the sheet and lets its answers go.
    public init(framework: Framework, encoding: SheetEncoding = .utf8, keepsText: Bool = true) {
        self.framework = framework
        self.encoding = encoding
        assembler = SheetAssembler(framework: framework, keepsText: keepsText)
        self.keepsText = keepsText
        plainIds = PlainIDs(keepsText ? [:] : assembler.plainIds)
    }

    public static let sheetExtensions: Set<String> = ["csv", "txt", "tsv", "xml", "xlsx"]

    /// The sheet files a list of paths names: files as given, directories
    /// by their sheet files (not descending further), each sorted by name.
    public static func files(in paths: [String]) -> (files: [String], diagnostics: [Diagnostic]) {
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(.error(.io, "no such file or directory", at: SourceLocation(file: path)))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            let sheets = names.filter { name in
                !name.hasPrefix(".") && !name.hasPrefix("~$") && sheetExtensions.contains(Self.fileExtension(name))
            }.sorted()
            if sheets.isEmpty {
                diagnostics.append(.warning(.noSheets, "the directory holds no sheet files (.csv, .xml, .xlsx)",
                                            at: SourceLocation(file: path)))
            }
            files += sheets.map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
        }
        return (files, diagnostics)
    }

    /// The lowercased extension of a file's name: `csv` for
    /// `sheets/RS-2024.CSV`, empty without one (or for a hidden name such as
    /// `.csv`). Taken from the text rather than through `URL`, which cost
    /// more than reading a directory of 4000 sheets.
    static func fileExtension(_ path: String) -> String {
        let name = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? Substring(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    public struct Outcome: Sendable {
        public var sheet: Sheet?
        public var diagnostics: [Diagnostic]
        /// The sheet's `language` row as written, read even when the sheet
        /// has errors, so that messages about it can be in its language.
        public var language: String? = nil
        /// Without `keepsText`: each answer's value by its indicator's place.
        public var values: [AnswerValue?] = []
    }

    /// Reads and interprets one sheet file.
    public func load(_ path: String) -> Outcome {
        do throws(InputFailure) {
            let data = try InputFile.read(path: path, displayName: path)
            // Values only: a plain CSV sheet in one pass, any other by the
            // full reading, which gives the same for a plain one.
            if let plain = plainValues(data, file: path) { return plain }
            let (raw, readerDiagnostics) = try Self.readRaw(data, file: path, encoding: encoding, keepsEvidence: keepsText)
            let assembled = assembler.assemble(raw)
            return Outcome(sheet: assembled.sheet, diagnostics: readerDiagnostics + assembled.diagnostics,
                           language: Self.language(of: raw), values: assembled.values)
        } catch {
            return Outcome(sheet: nil, diagnostics: error.diagnostics)
        }
    }

    /// What `load` gives for a plain CSV sheet in one pass, from the file's
    /// bytes: nil unless the loader keeps values only and the sheet is plain
    /// (see `CSVSheetReader.readValues`), when `load` reads it in full.
    public func plainValues(_ data: Data, file: String) -> Outcome? {
        guard !keepsText, encoding == .utf8, Format(data, file: file) == .csv,
              let (assembled, head) = CSVSheetReader.readValues(data, file: file, ids: plainIds, assembler: assembler) else {
            return nil
        }
        return Outcome(sheet: assembled.sheet, diagnostics: assembled.diagnostics, language: Self.language(of: head),
                       values: assembled.values)
    }

    /// The sheet's `language` row as written, trimmed.
    private static func language(of raw: RawSheet) -> String? {
        raw.metadata.first { $0.key.trimmingWhitespace().lowercased() == "language" }.map { String($0.value.trimmingWhitespace()) }
    }

    /// The raw sheet of a file, read as its `Format` says. `keepsEvidence`
    /// false leaves a CSV sheet's sources and comments unread, for a caller
    /// that keeps answers' values only.
    public static func readRaw(_ data: Data, file: String, encoding: SheetEncoding, keepsEvidence: Bool = true) throws(InputFailure)
        -> (RawSheet, [Diagnostic])
    {
        switch Format(data, file: file) {
        case .ole2:
            // Excel keeps a password-protected .xlsx inside an OLE2 container,
            // next to a stream named EncryptionInfo (in UTF-16).
            if data.range(of: Data("EncryptionInfo".utf16.flatMap { [UInt8($0), 0] })) != nil {
                throw InputFailure(.error(.encryptedWorkbook, "the workbook is protected with a password, so it cannot be read",
                                          at: SourceLocation(file: file),
                                          suggestion: "remove the password in the spreadsheet (File, Info, Protect Workbook) and save again"))
            }
            throw InputFailure(.error(.unsupportedFormat, "this is an old Excel workbook (.xls), which Rapporteur does not read",
                                      at: SourceLocation(file: file),
                                      suggestion: "save it as Excel Workbook (.xlsx) or as CSV UTF-8 from the spreadsheet"))
        case .workbook:
            return try WorkbookSheetReader.read(data, file: file)
        case .misnamedWorkbook(let ext):
            throw InputFailure(.error(.notAWorkbook, "the file is named .\(ext) but is not a workbook",
                                      at: SourceLocation(file: file),
                                      suggestion: Self.looksLikeXML(data) || data.isEmpty
                                          ? "save the sheet from the spreadsheet as Excel Workbook (.xlsx)"
                                          : "if it is a CSV sheet, rename it to .csv"))
        case .xml:
            return try XMLSheetReader.read(data, file: file)
        case .csv:
            return try CSVSheetReader.read(data, file: file, encoding: encoding, keepsEvidence: keepsEvidence)
        }
    }

    /// How `readRaw` reads a file, by its content and name: old Excel and
    /// encrypted workbooks by their OLE2 signature, workbooks by their zip
    /// signature, a name of a workbook on anything else, XML by its name,
    /// declaration or root, else CSV.
    private enum Format: Equatable {
        case ole2, workbook, misnamedWorkbook(String), xml, csv

        init(_ data: Data, file: String) {
            let ext = SheetLoader.fileExtension(file)
            if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
                self = .ole2
            } else if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
                self = .workbook
            } else if ext == "xlsx" || ext == "xls" {
                self = .misnamedWorkbook(ext)
            } else if ext == "xml" || SheetLoader.looksLikeXML(data) {
                self = .xml
            } else {
                self = .csv
            }
        }
    }

    private static func looksLikeXML(_ data: Data) -> Bool {
        let head = data.prefix(64).drop { [0xEF, 0xBB, 0xBF, 0x20, 0x0A, 0x0D, 0x09].contains($0) }
        return head.first == UInt8(ascii: "<")
    }
}
