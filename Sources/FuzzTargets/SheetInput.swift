import Foundation
import RapporteurIO

/// A sheet input as the fuzzer gives it: the first byte chooses how the
/// rest is read, so that one corpus explores every `--encoding` and both
/// frameworks without a target each.
///
/// Bits 0-1 of the first byte: 0 UTF-8, 1 Windows-1250, 2 Windows-1251,
/// 3 UTF-8. Bit 2: 0 the arithmetic conformance framework, 1 the instrument
/// built into the binary. The other bits are ignored. Seeds are the sheet
/// files with that byte put in front (see `scripts/fuzz.sh`).
public struct SheetInput: Sendable {
    public enum Framework: Sendable {
        case conformance, instrument
    }

    public var encoding: SheetEncoding
    public var framework: Framework
    public var body: Data

    public init(_ input: Data) {
        let selector = input.first ?? 0
        switch selector & 0b11 {
        case 1: encoding = .windows1250
        case 2: encoding = .windows1251
        default: encoding = .utf8
        }
        framework = selector & 0b100 == 0 ? .conformance : .instrument
        // A fresh Data, indexed from 0 as a file read from disk is.
        body = Data(input.dropFirst())
    }
}
