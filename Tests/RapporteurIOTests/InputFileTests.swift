import Foundation
import RapporteurCore
@testable import RapporteurIO
import Testing

/// Files are read into memory the returned `Data` owns, starting from the
/// size the system reports and growing when the file turns out longer.
@Suite("reading input files")
struct InputFileTests {
    private static func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appending(path: "rapporteur-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// Bytes of every value, longer than the first read's room.
    private static func bytes(_ count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31) } }

    @Test("a file is read whole, whatever its size", arguments: [0, 1, 4_096, 4_097, 70_001])
    func whole(_ count: Int) throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "sheet.csv")
        try Data(Self.bytes(count)).write(to: file)
        #expect(try [UInt8](InputFile.read(file, displayName: "sheet.csv")) == Self.bytes(count))
    }

    /// A pipe reports a size of 0, so its reading starts small and grows,
    /// as it would for a file that grew after its size was taken.
    private static func throughPipe(_ bytes: [UInt8], limit: Int) throws -> Result<[UInt8], InputFailure> {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pipe = directory.appending(path: "sheet.csv")
        guard mkfifo(pipe.path, 0o600) == 0 else { throw CocoaError(.fileWriteUnknown) }
        // The bytes fit in the pipe's buffer, so the writer is done
        // even when the reader stops at its limit.
        let writer = Thread {
            guard let handle = FileHandle(forWritingAtPath: pipe.path) else { return }
            try? handle.write(contentsOf: Data(bytes))
            try? handle.close()
        }
        writer.start()
        do {
            return .success(try [UInt8](InputFile.read(pipe, displayName: "sheet.csv", limit: limit)))
        } catch {
            return .failure(error)
        }
    }

    @Test("a file longer than its reported size is read to its end, in steps")
    func grows() throws {
        let bytes = Self.bytes(50_000)
        #expect(try Self.throughPipe(bytes, limit: 1 << 20).get() == bytes)
    }

    @Test("a file that grows past the limit is refused, naming the limit")
    func pastLimit() throws {
        let result = try Self.throughPipe(Self.bytes(30_000), limit: 10_000)
        guard case .failure(let failure) = result else {
            Issue.record("a file past the limit was read")
            return
        }
        #expect(failure.diagnostics.first?.code == .tooLarge)
        #expect(failure.diagnostics.first?.message.description.contains("10000") == true)
    }

    @Test("a file at the limit is read")
    func atLimit() throws {
        let bytes = Self.bytes(10_000)
        #expect(try Self.throughPipe(bytes, limit: 10_000).get() == bytes)
    }
}
