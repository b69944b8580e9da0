import Foundation

/// The instrument in `indicators/` as it was when this binary was built:
/// the default framework and the schemas every reader validates against.
///
/// Paths are relative to `indicators/`, e.g. `framework.xml`,
/// `areas/idn.xml`, `schema/framework.xsd`.
public enum BundledFramework {
    /// Every embedded file, by its path relative to `indicators/`.
    public static let files: [String: Data] = {
        var files: [String: Data] = [:]
        for entry in encodedFiles {
            files[entry.path] = Data(base64Encoded: entry.base64)
        }
        return files
    }()
}
