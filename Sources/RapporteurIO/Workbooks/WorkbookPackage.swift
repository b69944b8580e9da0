import Foundation
import RapporteurCore
import ZIPFoundation

/// A workbook's zip package, opened for reading the few parts a sheet
/// needs. Everything about the package is checked from its directory before
/// anything is inflated (encryption, names that climb out of the package,
/// declared sizes and ratios), and the bytes actually inflated are counted
/// again, since a directory can lie.
final class WorkbookPackage {
    let file: String
    private let archive: Archive
    /// Part names are case-insensitive in a package: lowercased to stored.
    private let names: [String: String]
    private var inflated: UInt64 = 0

    init(_ data: Data, file: String) throws(InputFailure) {
        self.file = file
        let directory: ZipDirectory
        do {
            directory = try ZipDirectory(data)
        } catch {
            throw Self.damaged(file, error == .notAZip ? "it starts like a zip package but has no zip directory"
                                                       : "its zip directory is cut short or inconsistent")
        }
        guard directory.entries.count <= WorkbookLimits.entries else {
            throw Self.tooLarge(file, "it holds \(directory.entries.count) entries; a workbook holds a few dozen")
        }
        var total: UInt64 = 0
        var names: [String: String] = [:]
        for entry in directory.entries {
            try Self.check(entry, file: file)
            total += entry.uncompressedSize
            guard total <= WorkbookLimits.totalBytes else {
                throw Self.tooLarge(file, "its parts would expand to more than \(WorkbookLimits.totalBytes >> 20) MiB")
            }
            guard names.updateValue(entry.name, forKey: entry.name.lowercased()) == nil else {
                throw InputFailure(.error(.damagedWorkbook, "the package holds two parts named '\(entry.name)'",
                                          at: SourceLocation(file: file), suggestion: "save the workbook again from the spreadsheet"))
            }
        }
        self.names = names
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw Self.damaged(file, "its zip structure cannot be read")
        }
    }

    /// Whether the package has a part of that name (case-insensitively).
    func contains(_ name: String) -> Bool { !name.isEmpty && names[name.lowercased()] != nil }

    /// The bytes of a part, or nil when the package has none of that name.
    func part(_ name: String) throws(InputFailure) -> Data? {
        guard let stored = names[name.lowercased()], let entry = archive[stored] else { return nil }
        let byRatio = max(WorkbookLimits.ratioFloor, WorkbookLimits.ratio.multipliedReportingOverflow(by: entry.compressedSize).partialValue)
        let cap = min(WorkbookLimits.partBytes, WorkbookLimits.totalBytes - inflated, byRatio)
        var data = Data()
        var exceeded = false
        do {
            // The checksum is taken once the part is known to fit, not
            // byte by byte while a bomb goes off.
            _ = try archive.extract(entry, bufferSize: 64 << 10, skipCRC32: true) { chunk in
                data.append(chunk)
                if UInt64(data.count) > cap {
                    exceeded = true
                    throw Archive.ArchiveError.cancelledOperation
                }
            }
        } catch {
            if exceeded { throw Self.tooLarge(file, "the part \(stored) expands far beyond its declared size") }
            throw Self.damaged(file, "the part \(stored) cannot be inflated")
        }
        guard data.crc32(checksum: 0) == entry.checksum else {
            throw Self.damaged(file, "the part \(stored) is corrupt (its checksum does not match)")
        }
        inflated += UInt64(data.count)
        return data
    }

    private static func check(_ entry: ZipDirectory.Entry, file: String) throws(InputFailure) {
        if entry.isEncrypted {
            throw InputFailure(.error(.encryptedWorkbook, "the workbook is encrypted (its part \(entry.name) is locked)",
                                      at: SourceLocation(file: file),
                                      suggestion: "remove the password in the spreadsheet (File, Info, Protect Workbook) and save again"))
        }
        if escapes(entry.name) {
            throw InputFailure(.error(.unsafePath, "the package holds an entry named '\(entry.name)', which points outside it",
                                      at: SourceLocation(file: file),
                                      suggestion: "this is not a workbook a spreadsheet wrote; do not open it"))
        }
        guard entry.method == 0 || entry.method == 8 else {
            throw damaged(file, "its part \(entry.name) is compressed with method \(entry.method), which spreadsheets do not use")
        }
        guard entry.uncompressedSize <= WorkbookLimits.partBytes else {
            throw tooLarge(file, "its part \(entry.name) would expand to more than \(WorkbookLimits.partBytes >> 20) MiB")
        }
        if entry.uncompressedSize > WorkbookLimits.ratioFloor,
           entry.uncompressedSize / max(entry.compressedSize, 1) > WorkbookLimits.ratio {
            throw tooLarge(file, "its part \(entry.name) would expand more than \(WorkbookLimits.ratio) times")
        }
    }

    /// Absolute names, drive letters and `..` steps, with either slash.
    static func escapes(_ name: String) -> Bool {
        if name.hasPrefix("/") || name.hasPrefix("\\") { return true }
        if name.count >= 2, name.dropFirst().first == ":" { return true }
        return name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..")
    }

    static func damaged(_ file: String, _ why: String) -> InputFailure {
        InputFailure(.error(.damagedWorkbook, "the workbook cannot be read: \(why)", at: SourceLocation(file: file),
                            suggestion: "open it in the spreadsheet and save it again as .xlsx, or save it as CSV UTF-8"))
    }

    static func tooLarge(_ file: String, _ why: String) -> InputFailure {
        InputFailure(.error(.tooLarge, "the workbook is refused: \(why)", at: SourceLocation(file: file),
                            suggestion: "a sheet workbook is a few kilobytes; check that this is the file you meant"))
    }
}
