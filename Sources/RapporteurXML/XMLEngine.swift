internal import CLibXML2
import Foundation
import Synchronization

/// Process-wide libxml2 set-up, done once before any parse: initialise the
/// library, silence its default printing to stderr, and install an external
/// entity loader that refuses every file and URL except the schema documents
/// registered in memory. Whatever a document asks for, libxml2 cannot reach
/// the network or the file system through us.
enum XMLEngine {
    private static let registry = Mutex<[String: PermanentText]>([:])

    private static let initialised: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader(refusingEntityLoader)
    }()

    /// Call before any libxml2 work. The generic error handler is kept per
    /// thread by libxml2, so it is silenced on every call.
    static func prepare() {
        _ = initialised
        rapporteur_silence_generic_errors()
    }

    /// Makes `data` loadable under `name` (matched by last path component),
    /// e.g. `xml.xsd` imported by a schema. The bytes live for the process.
    static func register(name: String, data: Data) {
        registry.withLock { table in
            guard table[name] == nil else { return }
            table[name] = LibXMLBytes.permanentCopy(data)
        }
    }

    fileprivate static func registered(_ url: String) -> PermanentText? {
        let name = url.split(separator: "/").last.map(String.init) ?? url
        return registry.withLock { $0[name] }
    }
}

private let refusingEntityLoader: xmlExternalEntityLoader = { url, _, context in
    guard let url, let bytes = XMLEngine.registered(String(cString: url)) else {
        // Refused: libxml2 reports a failed load as an error of the parse.
        return nil
    }
    return xmlNewStringInputStream(context, bytes.xmlChars)
}
