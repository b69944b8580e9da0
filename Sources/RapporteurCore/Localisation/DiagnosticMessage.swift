/// The text of a diagnostic or suggestion, kept as its English template and
/// the values put into it, so that it can be written in any language when
/// it is rendered.
///
/// Written as a string literal at the call site:
///
///     .error(.unknownIndicator, "'\(typed)' is not an indicator of framework \(framework.id)", at: loc)
///
/// records the template `'{0}' is not an indicator of framework {1}` (the
/// `msgid` of the catalogues) and the values `typed` and `framework.id`.
public struct DiagnosticMessage: Sendable, Hashable, Codable, ExpressibleByStringInterpolation,
    CustomStringConvertible
{
    /// A value put into a template: text as it is, a number written with
    /// the reader's decimal separator, or another message, translated too.
    public indirect enum Argument: Sendable, Hashable, Codable {
        case text(String)
        case decimal(String)
        case message(DiagnosticMessage)
    }

    /// The English text with `{0}`, `{1}`... where values go.
    public var template: String
    public var arguments: [Argument]
    /// Text from outside Rapporteur (libxml2's messages), never translated.
    public var isVerbatim: Bool

    public init(_ message: DiagnosticMessage) { self = message }

    /// Text written as it is in every language.
    public init(verbatim text: String) {
        template = text
        arguments = []
        isVerbatim = true
    }

    public init(stringLiteral value: String) {
        template = value
        arguments = []
        isVerbatim = false
    }

    public init(stringInterpolation: StringInterpolation) {
        template = stringInterpolation.template
        arguments = stringInterpolation.arguments
        isVerbatim = false
    }

    public struct StringInterpolation: StringInterpolationProtocol {
        var template = ""
        var arguments: [Argument] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            template.reserveCapacity(literalCapacity + 3 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) { template += literal }

        public mutating func appendInterpolation(_ message: DiagnosticMessage) {
            template += "{\(arguments.count)}"
            arguments.append(.message(message))
        }

        /// A number as the reader writes it: `12,5` outside English.
        public mutating func appendInterpolation(decimal value: Double) {
            template += "{\(arguments.count)}"
            arguments.append(.decimal(Rounding.plain(value)))
        }

        public mutating func appendInterpolation(_ value: some Any) {
            template += "{\(arguments.count)}"
            arguments.append(.text(String(describing: value)))
        }
    }

    /// The message in English.
    public var description: String { text(in: .english) }

    /// The message in `language`, its values filled in.
    public func text(in language: Language, catalogues: Catalogues = .bundled) -> String {
        if isVerbatim { return template }
        let translated = catalogues.message(template, in: language)
        return Self.fill(translated, with: arguments.map { argument in
            switch argument {
            case .text(let text): text
            case .decimal(let number): language.decimal(number)
            case .message(let message): message.text(in: language, catalogues: catalogues)
            }
        })
    }

    /// `template` with `{n}` replaced by `values[n]`; anything else kept.
    static func fill(_ template: String, with values: [String]) -> String {
        guard !values.isEmpty else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let n = Int(after[..<close]), values.indices.contains(n) {
                out += values[n]
                rest = after[after.index(after: close)...]
            } else {
                out.append("{")
                rest = after
            }
        }
        return out + rest
    }

    /// The placeholders of a template, e.g. `["{0}", "{1}"]`, sorted.
    public static func placeholders(in template: String) -> [String] {
        var found: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), Int(after[..<close]) != nil {
                found.append("{" + after[..<close] + "}")
                rest = after[after.index(after: close)...]
            } else {
                rest = after
            }
        }
        return found.sorted()
    }

    /// Two messages one after the other; the right one's placeholders are
    /// renumbered after the left one's, as one literal would number them.
    public static func + (lhs: DiagnosticMessage, rhs: DiagnosticMessage) -> DiagnosticMessage {
        if lhs.isVerbatim || rhs.isVerbatim {
            return DiagnosticMessage(verbatim: lhs.description + rhs.description)
        }
        var joined = lhs
        let shift = lhs.arguments.count
        joined.template += fill(rhs.template, with: rhs.arguments.indices.map { "{\($0 + shift)}" })
        joined.arguments += rhs.arguments
        return joined
    }

    /// Two messages are equal when they read the same in English, however
    /// they were put together: `"'x' is not a year"` equals the message
    /// built from `"'\(typed)' is not a year"`.
    public static func == (lhs: DiagnosticMessage, rhs: DiagnosticMessage) -> Bool { lhs.description == rhs.description }

    public func hash(into hasher: inout Hasher) { hasher.combine(description) }

    // What tests and callers asked of the message when it was a String.
    public var isEmpty: Bool { template.isEmpty }
    public func contains(_ text: String) -> Bool { description.contains(text) }
    public func hasPrefix(_ text: String) -> Bool { description.hasPrefix(text) }
}
