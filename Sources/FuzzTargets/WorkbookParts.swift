import Foundation
import ZIPFoundation

/// A workbook input as the fuzzer gives it: not the bytes of a zip, whose
/// checksums and compression stop almost every mutation at the door, but the
/// parts a sheet is read from, zipped here with valid checksums before the
/// reader sees them. So mutations land in the XML the reader parses.
///
/// Layout: a selector byte (as for the sheet targets: bit 2 picks the
/// instrument instead of the conformance framework), then the parts in the
/// order of `names`, separated by `separator`. A part left empty is left out
/// of the package, so missing parts are explored too. `scripts/workbook-parts.py`
/// turns an `.xlsx` file into this layout for the seeds.
public struct WorkbookParts: Sendable {
    /// Part names in input order.
    public static let names = [
        "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
        "xl/sharedStrings.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
    ]
    /// Unlikely in XML, short enough for libFuzzer to keep or make.
    public static let separator = Data("\n\u{1}PART\u{1}\n".utf8)

    public var framework: SheetInput.Framework
    /// Part name and bytes, non-empty parts only, in `names` order.
    public var parts: [(name: String, bytes: Data)]

    public init(_ input: Data) {
        framework = SheetInput(input).framework
        let body = Data(input.dropFirst())
        var pieces: [Data] = []
        var rest = body[...]
        while pieces.count < Self.names.count - 1, let cut = rest.range(of: Self.separator) {
            pieces.append(Data(rest[..<cut.lowerBound]))
            rest = rest[cut.upperBound...]
        }
        pieces.append(Data(rest))
        parts = zip(Self.names, pieces).filter { !$0.1.isEmpty }.map { (name: $0.0, bytes: $0.1) }
    }

    /// The parts as a zip package, deflated, with valid checksums.
    public func zipped() -> Data? {
        guard let archive = try? Archive(data: Data(), accessMode: .create, pathEncoding: nil) else { return nil }
        for part in parts {
            let bytes = part.bytes
            try? archive.addEntry(with: part.name, type: .file, uncompressedSize: Int64(bytes.count),
                                  compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data
    }
}
