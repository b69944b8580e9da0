import Foundation
import BundledFramework
import RapporteurXML

/// Which instrument this binary carries: the `id` and `version` of the
/// bundled `framework.xml`, e.g. `ban 1.0`, for `rapporteur --version`.
///
/// Only the root element's attributes are read; the bundled copy was checked
/// when it was written, so nothing here is reported as a diagnostic.
public enum BundledInstrument {
    public static let identity: String = {
        guard let data = BundledFramework.files["framework.xml"],
              case .success(let document) = XMLDocument.parse(data, file: "<bundled>/framework.xml"),
              let root = document.root else {
            return "unknown"
        }
        return [root.attribute("id"), root.attribute("version")].compactMap { $0 }.joined(separator: " ")
    }()
}
