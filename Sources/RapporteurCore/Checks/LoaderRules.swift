/// Rules the framework loader applies while it reads files, before there is
/// a model to check. They share ids, messages and examples with the meaning
/// rules so that `check` reports every problem the same way.
public enum LoaderRule {
    public static let xmlSyntax = RuleDescription(
        id: .xmlSyntax,
        summary: "A file is not well-formed XML in UTF-8.",
        triggering: [RuleExample(files: [
            "framework.xml": "<framework xmlns=\"urn:rapporteur:framework:1\" id=\"x\" version=\"1.0\"><title xml:lang=\"en\">x</tit",
        ])],
        nonTriggering: [.framework()]
    )

    public static let forbiddenMarkup = RuleDescription(
        id: .xmlForbidden,
        summary: "A file declares a DOCTYPE or entities, which Rapporteur never reads (no DTDs, no external resources).",
        triggering: [RuleExample(files: [
            "framework.xml": "<?xml version=\"1.0\"?>\n<!DOCTYPE framework [<!ENTITY x \"y\">]>\n<framework/>",
        ])],
        nonTriggering: [.framework()]
    )

    public static let wrongRoot = RuleDescription(
        id: .wrongRoot,
        summary: "A file's root element is not the one expected, or not in the framework namespace.",
        triggering: [RuleExample(files: [
            "framework.xml": "<framework xmlns=\"urn:example:other\" id=\"x\" version=\"1.0\"/>",
        ])],
        nonTriggering: [.framework()]
    )

    public static let schema = RuleDescription(
        id: .schema,
        summary: "A file does not follow indicators/schema/framework.xsd.",
        triggering: [.area(RuleExample.validIndicator(attributes: #"colour="red""#))],
        nonTriggering: [.area(RuleExample.validIndicator())]
    )

    public static let includeEscapes = RuleDescription(
        id: .includeEscapes,
        summary: "An include is absolute, a URL, or leads outside the framework directory.",
        triggering: [
            .framework(includes: #"<include href="areas/a.xml"/><include href="../outside.xml"/>"#),
            .framework(includes: #"<include href="areas/a.xml"/><include href="/etc/hostname"/>"#),
            .framework(includes: #"<include href="areas/a.xml"/><include href="http://127.0.0.1:9/a.xml"/>"#),
        ],
        nonTriggering: [.framework(includes: #"<include href="./areas/../areas/a.xml"/>"#)]
    )

    public static let includeMissing = RuleDescription(
        id: .includeMissing,
        summary: "An included area file does not exist.",
        triggering: [.framework(includes: #"<include href="areas/a.xml"/><include href="areas/b.xml"/>"#)],
        nonTriggering: [.framework()]
    )

    public static let includeTwice = RuleDescription(
        id: .includeTwice,
        summary: "An area file is included more than once.",
        triggering: [.framework(includes: #"<include href="areas/a.xml"/><include href="areas/../areas/a.xml"/>"#)],
        nonTriggering: [.framework()]
    )

    public static let noAreas = RuleDescription(
        id: .noAreas,
        summary: "The framework includes no area at all.",
        triggering: [.framework(includes: "")],
        nonTriggering: [.framework()]
    )

    /// More includes than this is worth a warning: the largest instruments
    /// of the kind have a few dozen areas.
    public static let includeBound = 100

    /// More includes than this and the framework is refused unread, so that
    /// a hostile include list costs no more than reading the file.
    public static let includeLimit = 1_000

    public static let manyIncludes = RuleDescription(
        id: .manyIncludes,
        summary: "The framework includes more than \(includeBound) area files, more than any real instrument needs.",
        severity: .warning,
        triggering: [.framework(includes: String(repeating: #"<include href="areas/a.xml"/>"#, count: includeBound + 1))],
        nonTriggering: [.framework()]
    )

    public static let tooManyIncludes = RuleDescription(
        id: .includeLimit,
        summary: "The framework includes more than \(includeLimit) files; it is refused without reading them.",
        triggering: [.framework(includes: String(repeating: #"<include href="areas/a.xml"/>"#, count: includeLimit + 1))],
        nonTriggering: [.framework()]
    )

    /// The most bytes one framework or area file may have: the largest area
    /// of the BAN instrument has 20 KB.
    public static let fileSizeLimit = 4 << 20

    /// The most elements a framework may hold, in all its files together:
    /// the BAN instrument has about 2,400. Beyond it the framework is
    /// refused, so that no definition, however hostile, costs more than
    /// reading this much.
    public static let elementLimit = 20_000

    public static let tooLarge = RuleDescription(
        id: .frameworkTooLarge,
        summary: "A framework file is larger than \(fileSizeLimit >> 20) MiB, or the framework holds more than \(elementLimit) elements in all.",
        triggering: [.area(String(repeating: RuleExample.validIndicator(), count: elementLimit / 4))],
        nonTriggering: [.framework()]
    )

    public static let all = [
        xmlSyntax, forbiddenMarkup, wrongRoot, schema, includeEscapes, includeMissing, includeTwice, noAreas,
        manyIncludes, tooManyIncludes, tooLarge,
    ]
}
