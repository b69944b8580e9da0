/// Interprets a raw sheet against a framework: metadata, each answer, ratios
/// given in two rows, and every error the sheet contract lists, each at its
/// line or cell with what would be right.
public struct SheetAssembler: Sendable {
    public let framework: Framework
    /// Built once; an assembler reads many sheets. Answers are read by
    /// each indicator's place in the interpreter's slots rather than by
    /// copying an `Indicator` (a dozen references) per answer.
    private let interpreter: AnswerInterpreter
    private let ids: [String]
    /// False when the caller wants each answer's value and location only
    /// (`compare`, which drops the answers once scored): the answer's text,
    /// source and comment are then left empty rather than trimmed and kept.
    private let keepsText: Bool

    public init(framework: Framework, keepsText: Bool = true) {
        self.framework = framework
        self.keepsText = keepsText
        interpreter = AnswerInterpreter(framework: framework)
        ids = framework.areas.flatMap { $0.indicators.map(\.id) }
    }

    public struct Outcome: Sendable {
        /// Present when the metadata could be read, even if answers had errors.
        public var sheet: Sheet?
        public var diagnostics: [Diagnostic]
        /// From an assembler that keeps no text: each answer's value by
        /// its indicator's place (`Scorer.score(_:values:)` reads them so),
        /// and the sheet's `answers` left empty, as a comparison drops them
        /// once scored.
        public var values: [AnswerValue?] = []
    }

    public func assemble(_ raw: RawSheet) -> Outcome {
        var diagnostics: [Diagnostic] = []
        let metadata = MetadataReader(framework: framework).read(raw, into: &diagnostics)
        guard raw.header != nil else {
            diagnostics.append(.error(.noTable, "the sheet has no table: no row starts with 'indicator'",
                                      at: SourceLocation(file: raw.file, line: nil),
                                      suggestion: "after the metadata rows, add the header row 'indicator,answer,source,comment'"))
            return Outcome(sheet: nil, diagnostics: diagnostics)
        }
        let byPlace = readAnswers(raw, earlierVersion: metadata.flatMap(earlierVersion), into: &diagnostics)
        // As many answers as ids means none is missing: most sheets skip
        // looking each id up.
        let answered = byPlace.reduce(0) { $1 == nil ? $0 : $0 + 1 }
        let missing = answered == ids.count ? [] : ids.filter { id in interpreter.places[id].map { byPlace[$0] == nil } ?? true }
        // Only worth saying of a sheet that reads; with errors it is noise.
        if !missing.isEmpty, metadata != nil, !diagnostics.hasErrors {
            diagnostics.append(.note(.indicatorsMissing,
                                     "\(missing.count) indicator(s) of the framework are not in the sheet and count as missing: "
                                         + "\(missing.joined(separator: ", "))",
                                     at: SourceLocation(file: raw.file)))
        }
        guard let metadata else { return Outcome(sheet: nil, diagnostics: diagnostics) }
        guard keepsText else {
            return Outcome(sheet: Sheet(file: raw.file, metadata: metadata, answers: [:], absent: missing),
                           diagnostics: diagnostics, values: byPlace.map { $0?.value })
        }
        var answers = [String: SheetAnswer](minimumCapacity: answered)
        for case let answer? in byPlace { answers[answer.indicator] = answer }
        return Outcome(sheet: Sheet(file: raw.file, metadata: metadata, answers: answers, absent: missing),
                       diagnostics: diagnostics)
    }

    /// Each id a sheet may give exactly as the framework writes it, by
    /// place: the ids that trimming and capitals leave as they are.
    public var plainIds: [String: Int] {
        interpreter.places.filter { id, _ in Self.split(id) == (id, nil) }
    }

    /// A plain sheet's values: `head` holds its metadata and header, and
    /// `answers` each answer row's indicator place and its answer's bytes,
    /// a stretch of `bytes` (valid UTF-8), every id given once as
    /// `plainIds` writes it. The same outcome as
    /// `assemble` with no text kept, for a sheet that `assemble` has
    /// nothing to say about; nil for any other sheet (a problem, an
    /// indicator missing, an earlier version), which `assemble` must read.
    public func assembleValues(_ head: RawSheet, bytes: [UInt8], answers: [(place: Int, range: Range<Int>)]) -> Outcome? {
        var diagnostics: [Diagnostic] = []
        guard head.header != nil, head.rows.isEmpty,
              let metadata = MetadataReader(framework: framework).read(head, into: &diagnostics),
              diagnostics.isEmpty, earlierVersion(metadata) == nil, answers.count == ids.count else { return nil }
        var values = [AnswerValue?](repeating: nil, count: interpreter.slots.count)
        var given = [Bool](repeating: false, count: interpreter.slots.count)
        for (place, range) in answers {
            guard !given[place], case .success(let value) = interpreter.interpret(bytes: bytes[range], at: place) else {
                return nil
            }
            given[place] = true
            values[place] = value
        }
        return Outcome(sheet: Sheet(file: head.file, metadata: metadata, answers: [:], absent: []), diagnostics: [],
                       values: values)
    }

    /// The version a sheet was filled for, when it is an earlier minor
    /// version of this framework: its answers are carried by indicator id.
    private func earlierVersion(_ metadata: SheetMetadata) -> FrameworkVersion? {
        guard metadata.frameworkId == framework.id, let version = metadata.frameworkVersion,
              version.major == framework.version.major, version < framework.version else { return nil }
        return version
    }

    /// The sheet's answers by their indicators' places.
    private func readAnswers(_ raw: RawSheet, earlierVersion: FrameworkVersion?,
                             into diagnostics: inout [Diagnostic]) -> [SheetAnswer?] {
        var answers = [SheetAnswer?](repeating: nil, count: interpreter.slots.count)
        // Where each id was first answered: by its place for whole answers
        // (an array, not a dictionary filled for every row), by key for the
        // few ratio halves.
        var firstRow = [Int](repeating: -1, count: interpreter.slots.count)
        var firstHalf: [String: SourceLocation] = [:]
        func firstSeen(_ place: Int) -> SourceLocation? {
            firstRow[place] < 0 ? nil : raw.rows[firstRow[place]].indicatorLocation
        }
        var halves: [String: (numerator: RawAnswerRow?, denominator: RawAnswerRow?)] = [:]
        var halfOrder: [String] = []
        var unknown = 0
        for (rowIndex, row) in raw.rows.enumerated() {
            let (id, part) = Self.split(row.indicator)
            guard let place = interpreter.places[id] else {
                let typed = row.indicator.trimmingWhitespace()
                if let earlierVersion {
                    // Retired since the version the sheet was filled for: not the sheet's mistake.
                    diagnostics.append(.warning(.retiredIndicator,
                                                "'\(typed)' is not in \(framework.id) \(framework.version) (the sheet was filled for \(earlierVersion)); its answer is left out",
                                                at: row.indicatorLocation,
                                                suggestion: "fill a template of \(framework.id) \(framework.version) for the next report"))
                    continue
                }
                unknown += 1
                // Suggestions cost a comparison with every id; a sheet of
                // nothing but unknown ids gets them for its first rows only.
                let nearest = unknown <= Self.suggestedUnknownIds ? NearestMatch.best(for: id, among: ids) : nil
                diagnostics.append(.error(.unknownIndicator, "'\(typed)' is not an indicator of framework \(framework.id)",
                                          at: row.indicatorLocation,
                                          suggestion: nearest.map { "did you mean '\($0)'?" }
                                              ?? "see the template for the list of indicators"))
                continue
            }
            let key = part.map { "\(id)/\($0)" } ?? id
            if let first = part == nil ? firstSeen(place) : firstHalf[key] {
                diagnostics.append(.error(.duplicateIndicator, "\(key) is answered twice; the first answer is at \(first.description)",
                                          at: row.indicatorLocation, suggestion: "keep one row for \(key)"))
                continue
            }
            if part == nil { firstRow[place] = rowIndex } else { firstHalf[key] = row.indicatorLocation }
            if let part {
                guard interpreter.slots[place].kind == .ratio else {
                    diagnostics.append(.error(.notARatioRow, "\(id) is not a ratio, so it has no '\(id)/\(part)' row",
                                              at: row.indicatorLocation, suggestion: "write the answer in the row '\(id)'"))
                    continue
                }
                if halves[id] == nil { halfOrder.append(id) }
                if part == "N" { halves[id, default: (nil, nil)].numerator = row } else { halves[id, default: (nil, nil)].denominator = row }
                continue
            }
            if let answer = interpret(row, at: place, into: &diagnostics) { answers[place] = answer }
        }

        for id in halfOrder {
            guard let pair = halves[id], let place = interpreter.places[id] else { continue }
            if let single = firstSeen(place) {
                let other = pair.numerator ?? pair.denominator!
                diagnostics.append(.error(.ratioBothForms,
                                          "\(id) is given both as one answer (at \(single.description)) and in the rows \(id)/N, \(id)/D",
                                          at: other.indicatorLocation, suggestion: "keep one form: 'N/D' in one row, or the two rows"))
                answers[place] = nil
                continue
            }
            guard let numerator = pair.numerator, let denominator = pair.denominator else {
                let present = pair.numerator ?? pair.denominator!
                let absent = pair.numerator == nil ? "\(id)/N" : "\(id)/D"
                diagnostics.append(.error(.ratioHalfPair, "\(present.indicator.trimmingWhitespace()) has no partner row \(absent)",
                                          at: present.indicatorLocation,
                                          suggestion: "add the row \(absent) with a whole number, or write '\(id)' as N/D in one row"))
                continue
            }
            if numerator.answerIsDateCell || denominator.answerIsDateCell {
                let cell = numerator.answerIsDateCell ? numerator : denominator
                let problem = AnswerProblem.dateInstead(of: DiagnosticMessage("count"), indicator: id)
                diagnostics.append(.error(problem.code, problem.message, at: cell.answerLocation, suggestion: problem.suggestion))
                continue
            }
            switch interpreter.ratio(numerator: numerator.answer, denominator: denominator.answer,
                                     for: interpreter.slots[place].indicator) {
            case .success(let value) where !keepsText:
                answers[place] = SheetAnswer(indicator: id, raw: "", value: value, location: numerator.answerLocation)
            case .success(let value):
                answers[place] = SheetAnswer(
                    indicator: id, raw: "\(numerator.answer.trimmingWhitespace())/\(denominator.answer.trimmingWhitespace())",
                    value: value, source: Self.joined(numerator.source, denominator.source),
                    comment: Self.joined(numerator.comment, denominator.comment), location: numerator.answerLocation,
                    denominatorLocation: denominator.answerLocation)
            case .failure(let problem):
                diagnostics.append(.error(problem.code, problem.message, at: numerator.answerLocation,
                                          suggestion: problem.suggestion))
            }
        }
        return answers
    }

    private func interpret(_ row: RawAnswerRow, at place: Int, into diagnostics: inout [Diagnostic]) -> SheetAnswer? {
        // Through the slot, a reference: binding the indicator would copy it.
        let slot = interpreter.slots[place]
        if row.answerIsDateCell, slot.kind == .ratio || slot.kind == .number {
            let problem = AnswerProblem.dateInstead(
                of: slot.kind == .ratio ? DiagnosticMessage("ratio") : DiagnosticMessage("number"), indicator: slot.id)
            diagnostics.append(.error(problem.code, problem.message, at: row.answerLocation, suggestion: problem.suggestion))
            return nil
        }
        switch interpreter.interpret(row.answer, at: place) {
        case .success(let value) where !keepsText:
            return SheetAnswer(indicator: slot.id, raw: "", value: value, location: row.answerLocation)
        case .success(let value):
            return SheetAnswer(indicator: slot.id, raw: String(row.answer.trimmingWhitespace()), value: value,
                               source: Self.evidence(row.source), comment: Self.evidence(row.comment),
                               location: row.answerLocation)
        case .failure(let problem):
            diagnostics.append(.error(problem.code, problem.message, at: row.answerLocation, suggestion: problem.suggestion))
            return nil
        }
    }

    /// Unknown ids beyond this many in one sheet get no "did you mean".
    static let suggestedUnknownIds = 200

    /// `IDN.01/N` is `("IDN.01", "N")`; ids are matched in capitals.
    static func split(_ typed: String) -> (id: String, part: String?) {
        let text = capitals(typed.trimmingWhitespace())
        // The last byte rules out the halves of nearly every id at once.
        guard let last = text.utf8.last, last == UInt8(ascii: "N") || last == UInt8(ascii: "D") else { return (text, nil) }
        for part in ["N", "D"] where text.hasSuffix("/" + part) {
            return (String(text.dropLast(2)).trimmingWhitespace().description, part)
        }
        return (text, nil)
    }

    /// `text.uppercased()`, by bytes when the text is ASCII, as ids are:
    /// `uppercased()` looked up Unicode case mappings and allocated for
    /// every row.
    static func capitals(_ text: Substring) -> String {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let isLowercase = { (byte: UInt8) in byte >= 0x61 && byte <= 0x7A }
            guard bytes.contains(where: isLowercase) else { return String(text) }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for (offset, byte) in zip(out.indices, bytes) { out[offset] = isLowercase(byte) ? byte & 0xDF : byte }
                return bytes.count
            }
        }
        return (ascii ?? nil) ?? text.uppercased()
    }

    private static func evidence(_ text: String?) -> String? {
        guard let text, !text.trimmingWhitespace().isEmpty else { return nil }
        return text
    }

    private static func joined(_ first: String?, _ second: String?) -> String? {
        let parts = [evidence(first), evidence(second)].compactMap { $0 }
        if parts.count == 2, parts[0] == parts[1] { return parts[0] }
        return parts.isEmpty ? nil : parts.joined(separator: "\n")
    }
}
