/// A small framework directory, as file texts by relative path, that a rule
/// example is checked against.
public struct RuleExample: Sendable {
    public let files: [String: String]

    public init(files: [String: String]) { self.files = files }

    /// A framework whose one area `areas/a.xml` holds `indicators`.
    public static func area(_ indicators: String, attributes: String = #"id="IDN""#) -> RuleExample {
        RuleExample(files: [
            "framework.xml": frameworkFile(),
            "areas/a.xml": areaFile(indicators, attributes: attributes),
        ])
    }

    /// A framework.xml with `ratings`, `regions` and `includes` in place of
    /// the defaults, and one valid area.
    public static func framework(
        ratings: String = defaultRatings, regions: String = "",
        includes: String = #"<include href="areas/a.xml"/>"#,
        extraFiles: [String: String] = [:]
    ) -> RuleExample {
        var files = ["framework.xml": frameworkFile(ratings: ratings, regions: regions, includes: includes),
                     "areas/a.xml": areaFile(validIndicator())]
        files.merge(extraFiles) { _, new in new }
        return RuleExample(files: files)
    }

    public static let defaultRatings = #"<ratings><rating code="any" min="0"><label xml:lang="en">Any</label></rating></ratings>"#

    public static func frameworkFile(
        ratings: String = defaultRatings, regions: String = "",
        includes: String = #"<include href="areas/a.xml"/>"#
    ) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <framework xmlns="urn:rapporteur:framework:1" id="example" version="1.0">
        <title xml:lang="en">Example</title>
        \(ratings)
        \(regions)
        \(includes)
        </framework>
        """
    }

    public static func areaFile(_ indicators: String, attributes: String = #"id="IDN""#) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <area xmlns="urn:rapporteur:framework:1" \(attributes)>
        <title xml:lang="en">Identification</title>
        \(indicators)
        </area>
        """
    }

    /// A complete, valid indicator with `answer` as its answer element.
    public static func validIndicator(
        id: String = "IDN.01", attributes: String = "",
        answer: String = yesNo, texts: String? = nil
    ) -> String {
        """
        <indicator id="\(id)" type="structural" \(attributes)>
        \(texts ?? #"<title xml:lang="en">Title</title><question xml:lang="en">Question?</question>"#)
        \(answer)
        </indicator>
        """
    }

    public static let yesNo = """
        <choice>
        <option code="yes" points="1"><label xml:lang="en">Yes</label></option>
        <option code="no" points="0"><label xml:lang="en">No</label></option>
        </choice>
        """
}
