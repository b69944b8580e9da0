import Foundation
import RapporteurCore
@testable import RapporteurIO
import Testing
import TestSupport

/// The sheet reader's own UTF-8 check stands in for the standard library's
/// validation and the decoding's NUL and byte-order-mark rules: it must
/// accept exactly the bytes the decoding accepts, and give exactly the
/// bytes of the text the decoding makes.
@Suite("plain UTF-8 check")
struct UTF8CheckTests {
    /// What the decoding says of `bytes`: the text's bytes, or nil when it
    /// refuses them.
    private func decoded(_ bytes: [UInt8]) -> [UInt8]? {
        guard let text = try? SheetEncoding.utf8.decode(Data(bytes), file: "s.csv") else { return nil }
        return Array(text.utf8)
    }

    private func checked(_ bytes: [UInt8]) -> [UInt8]? { DataScan.plainUTF8(Data(bytes)) }

    /// `sequence` in a stretch of ASCII long enough for eight-byte steps on
    /// both sides of it: at the start, inside the first step, across the
    /// edge of the first two, and at the start of the second.
    private func placements(of sequence: [UInt8]) -> [[UInt8]] {
        [0, 3, 7, 8].map { before in
            Array(repeating: UInt8(ascii: "a"), count: before) + sequence + Array(repeating: UInt8(ascii: "b"), count: 9 - before)
        }
    }

    @Test("every one- and two-byte sequence, at four offsets around the eight-byte steps, as the standard library validates it")
    func shortSequences() {
        var disagreements: [[UInt8]] = []
        for first in 0...255 {
            for second in [nil] + (0...255).map(Optional.some) {
                let sequence = [UInt8(first)] + (second.map { [UInt8($0)] } ?? [])
                for bytes in placements(of: sequence) {
                    // A text starting with a UTF-16 mark is the decoding's
                    // to read: the check leaves it.
                    let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
                    let refused = utf16 || decoded(bytes) == nil
                    if (checked(bytes) == nil) != refused { disagreements.append(bytes) }
                }
            }
        }
        #expect(disagreements.isEmpty, "first few: \(disagreements.prefix(5))")
    }

    @Test("three- and four-byte sequences at the edges of each byte's range")
    func longSequences() {
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE0, 0xF4, 0xFF]
        var disagreements: [[UInt8]] = []
        for lead in 0xE0...0xFF {
            for second in 0...255 {
                for third in edges {
                    // A fourth byte for the four-byte leads only, at the
                    // edges of a continuation byte.
                    let fourths: [UInt8?] = lead < 0xF0 ? [nil] : [nil, 0x41, 0x7F, 0x80, 0xBF, 0xC0]
                    for fourth in fourths {
                        let sequence = [UInt8(lead), UInt8(second), third] + (fourth.map { [$0] } ?? [])
                        let bytes = [UInt8(ascii: "x")] + sequence
                        if (checked(bytes) == nil) != (decoded(bytes) == nil) { disagreements.append(bytes) }
                    }
                }
            }
        }
        #expect(disagreements.isEmpty, "first few: \(disagreements.prefix(5))")
    }

    @Test("random texts of Latin, Cyrillic, emoji and stray bytes give the decoding's bytes, or are refused as it refuses them")
    func randomTexts() {
        let pieces: [[UInt8]] = ["a", "Šđč", "Ђурђевдан", "🙂", ";", "\r\n", "\"", "ж", "\u{FEFF}"].map { Array($0.utf8) }
            + [[0x00], [0x80], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xFF]]
        var generator = SeededGenerator(seed: 20)
        var disagreements: [[UInt8]] = []
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...40, using: &generator)
            var bytes: [UInt8] = []
            for _ in 0..<count {
                // Mostly valid pieces, so that most texts are valid.
                let index = Int.random(in: 0..<(Int.random(in: 0..<8, using: &generator) == 0 ? pieces.count : 9), using: &generator)
                bytes += pieces[index]
            }
            if checked(bytes) != decoded(bytes) { disagreements.append(bytes) }
        }
        #expect(disagreements.isEmpty, "first few: \(disagreements.prefix(3))")
    }

    @Test("one or two byte order marks are left out, as the decoding leaves them out; a third stays")
    func byteOrderMarks() {
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        let body = Array("indicator;answer\r\nRAA.01;Да\r\n".utf8)
        #expect(checked(mark + body) == body)
        #expect(checked(mark + mark + body) == body)
        #expect(checked(mark + mark + mark + body) == mark + body)
        for bytes in [mark + body, mark + mark + body, mark + mark + mark + body, body, []] {
            #expect(checked(bytes) == decoded(bytes))
        }
        // UTF-16 is the decoding's to read.
        #expect(checked([0xFF, 0xFE, 0x61, 0x00]) == nil)
    }

    @Test("every corpus file is accepted exactly when the decoding accepts it, with the same bytes")
    func corpus() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: Fixtures.path("corpus"))
            .map { Fixtures.url("corpus/" + $0) }
            .filter { !$0.hasDirectoryPath && (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
        #expect(files.count > 20)
        for file in files {
            let bytes = try [UInt8](Data(contentsOf: file))
            if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
                #expect(checked(bytes) == nil, "\(file.lastPathComponent) is UTF-16")
            } else {
                #expect(checked(bytes) == decoded(bytes), "\(file.lastPathComponent)")
            }
        }
    }
}
