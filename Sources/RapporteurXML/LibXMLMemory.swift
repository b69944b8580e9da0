internal import CLibXML2
import Foundation

// Where RapporteurXML lends Swift memory to libxml2 or takes libxml2's
// memory into Swift values; the other files call libxml2 through these.

/// Swift bytes as libxml2 reads them, and libxml2's strings as Swift text.
enum LibXMLBytes {
    /// `data` as the `(const char *, int)` pair libxml2's memory parsers
    /// take. Invariant: the pointer is valid only while `body` runs, so
    /// every parser or reader made from it is freed before `body` returns.
    static func with<Result>(_ data: Data, _ body: (UnsafePointer<CChar>?, Int32) -> Result) -> Result {
        data.withUnsafeBytes { raw in body(raw.bindMemory(to: CChar.self).baseAddress, Int32(data.count)) }
    }

    /// The string's own NUL-terminated UTF-8 as `xmlChar`, valid while
    /// `body` runs. Passing a String where `xmlChar *` is expected copies
    /// it into a new array each time, which showed in profiles of the
    /// comparison's XML.
    static func withXMLChars<Result>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
        text.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }

    /// A copy of libxml2's NUL-terminated string; "" for none.
    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// A copy of `bytes` as `count` bytes of libxml2 output.
    static func bytes(_ start: UnsafePointer<CChar>, count: Int) -> [UInt8] {
        Array(UnsafeRawBufferPointer(start: start, count: count))
    }

    /// `data` copied, NUL-terminated, into memory that is never freed: for
    /// the few schema documents libxml2 loads by name for the whole run.
    static func permanentCopy(_ data: Data) -> PermanentText {
        let bytes = UnsafeMutablePointer<CChar>.allocate(capacity: data.count + 1)
        data.withUnsafeBytes { raw in
            raw.bindMemory(to: CChar.self).baseAddress.map { bytes.update(from: $0, count: data.count) }
        }
        bytes[data.count] = 0
        return PermanentText(bytes: bytes)
    }
}

/// NUL-terminated bytes that live for the process (see `permanentCopy`).
/// Invariant: never freed and never written after the copy, so any thread
/// may hand them to libxml2 at any time.
struct PermanentText: @unchecked Sendable {
    fileprivate let bytes: UnsafeMutablePointer<CChar>

    var xmlChars: UnsafePointer<xmlChar> { UnsafeRawPointer(bytes).assumingMemoryBound(to: xmlChar.self) }
}

/// A Swift object passed through libxml2 as a callback's `void *` user
/// data. Invariant: the pointer does not retain the object; whoever
/// registers it keeps the object alive (`withExtendedLifetime`) for as
/// long as libxml2 may call back with it.
enum CallbackContext {
    static func pointer(to object: AnyObject) -> UnsafeMutableRawPointer {
        Unmanaged.passUnretained(object).toOpaque()
    }

    static func object<Object: AnyObject>(_ pointer: UnsafeMutableRawPointer, as type: Object.Type) -> Object {
        Unmanaged<Object>.fromOpaque(pointer).takeUnretainedValue()
    }
}
