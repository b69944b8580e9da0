import Foundation

/// Reads one typed answer against its indicator, as the sheet contract
/// says: codes or labels in any language of the framework (Serbian Cyrillic
/// also matched against Latin labels), checklists, numbers and ratios, and
/// the special answers.
public struct AnswerInterpreter: Sendable {
    public let framework: Framework
    /// The special answers by folded word; a word that is both `unknown`
    /// and `n/a` means unknown, as it is checked first.
    private let specialWords: [String: SpecialAnswer]
    private let noneWords: Set<String>
    /// No 'none' word holds `;`, `|` or `,`.
    private let noneWordsWithoutSeparators: Bool
    /// No special word holds `;`, `|` or `,`: then a checklist answer
    /// with one is neither empty nor special, and skips folding whole.
    private let specialWordsWithoutSeparators: Bool
    /// Each indicator of the framework with what reading its answers
    /// needs, in the framework's order (an id given twice keeps its first
    /// place), so that a sheet's answers are read by place, not by id.
    let slots: [Slot]
    /// Each id's place in `slots`.
    let places: [String: Int]
    /// Whether a special or 'none' word could be typed with the bytes of a
    /// number or ratio alone (digits, `.`, `,`, `/`, `+`, `-`, spaces).
    /// None of the bundled ones can, so numbers skip folding.
    private let numericSpecialWords: Bool
    /// Past this many bytes a trimmed text folds to no special word
    /// whatever its case, script and normal form, so free text skips
    /// folding: four times the longest word and some. Lower-casing takes
    /// at most two thirds of a scalar's bytes off (the Kelvin sign), a
    /// Cyrillic letter is at most twice its Latin form, and a canonical
    /// decomposition at most triples a character's bytes (Hangul).
    private let specialWordBound: Int

    /// One indicator and what reading its answers needs, made once. A
    /// class, so that taking it for each answer is one reference rather
    /// than a copy of the indicator.
    final class Slot: Sendable {
        let indicator: Indicator
        /// The indicator's id and kind, and its number spec, held apart:
        /// reading them through `indicator` copied the whole indicator.
        let id: String
        let kind: AnswerKind
        let numberSpec: NumberSpec?
        /// For choices and checklists.
        let lookup: OptionLookup?
        /// A checklist's item codes, in order.
        let itemCodes: [String]?
        /// What each whole answer text read as, for choices, checklists
        /// and short free text, whose texts repeat from sheet to sheet.
        let memo: AnswerMemo<Result<AnswerValue, AnswerProblem>>?

        init(_ indicator: Indicator) {
            self.indicator = indicator
            id = indicator.id
            kind = indicator.answer.kind
            if case .number(let spec) = indicator.answer { numberSpec = spec } else { numberSpec = nil }
            lookup = indicator.answer.options.isEmpty ? nil : OptionLookup(indicator.answer.options)
            if case .checklist(let checklist) = indicator.answer { itemCodes = checklist.items.map(\.code) } else { itemCodes = nil }
            memo = indicator.answer.kind == .number || indicator.answer.kind == .ratio ? nil : AnswerMemo()
        }
    }

    /// Codes by the folded forms of every code and label of an indicator's
    /// options, built once: a comparison reads hundreds of thousands of answers.
    final class OptionLookup: @unchecked Sendable {
        /// Trimmed, case-folded, and also transliterated to Latin.
        let exact: [String: String]
        /// What each part of a checklist answer names: checklist answers
        /// combine a few dozen parts in many ways, so parts repeat where
        /// whole answers do not.
        let parts = AnswerMemo<ChecklistPart>()
        /// Every code and label in Latin, case-folded, for the loose tables.
        private let latinWords: [(code: String, latin: String)]
        /// The loose tables, made when an answer first misses the exact
        /// forms: Foundation's diacritic folding of every label was most of
        /// the cost of a look-up, paid on the calling thread before any
        /// sheet was read, and many indicators are never answered loosely.
        /// Guarded by `lock`, as the threads reading sheets share it.
        private var looseTables: LooseTables?
        private let lock = NSLock()

        struct LooseTables {
            /// Without diacritics: codes, possibly several.
            var loose: [String: Set<String>] = [:]
            /// Without diacritics, ijekavian read as ekavian: codes, possibly several.
            var ekavian: [String: Set<String>] = [:]
        }

        init(_ options: [AnswerOption]) {
            var exact: [String: String] = [:]
            var latinWords: [(code: String, latin: String)] = []
            for option in options {
                for word in [option.code] + option.labels.entries.map(\.text) {
                    let latin = AnswerText.fold(SerbianScript.toLatin(word))
                    for form in [AnswerText.fold(word), latin] where exact[form] == nil { exact[form] = option.code }
                    latinWords.append((option.code, latin))
                }
            }
            self.exact = exact
            self.latinWords = latinWords
        }

        /// The loose tables, made on first use.
        var loose: LooseTables {
            lock.withLock {
                if let looseTables { return looseTables }
                var tables = LooseTables()
                for (code, latin) in latinWords {
                    let plain = AnswerText.withoutDiacritics(latin)
                    tables.loose[plain, default: []].insert(code)
                    tables.ekavian[AnswerText.ekavian(plain), default: []].insert(code)
                }
                looseTables = tables
                return tables
            }
        }
    }

    public init(framework: Framework) {
        self.framework = framework
        let special = framework.specialAnswers
        var specialWords: [String: SpecialAnswer] = [:]
        for word in Self.words(["n/a"], special.notApplicable) { specialWords[word] = .notApplicable }
        for word in Self.words(["unknown"], special.unknown) { specialWords[word] = .unknown }
        self.specialWords = specialWords
        noneWords = Self.words(["none"], special.none)
        noneWordsWithoutSeparators = !noneWords.contains(where: Self.hasSeparator)
        specialWordsWithoutSeparators = !specialWords.keys.contains(where: Self.hasSeparator)
        let allWords = Array(specialWords.keys) + Array(noneWords)
        numericSpecialWords = allWords.contains { $0.utf8.allSatisfy(Self.isNumericByte) }
        specialWordBound = 4 * (allWords.map(\.utf8.count).max() ?? 0) + 16
        let places = Self.places(of: framework)
        var slots: [Slot] = []
        for area in framework.areas {
            // Each id's first occurrence is the one at its place.
            for indicator in area.indicators where places[indicator.id] == slots.count {
                slots.append(Slot(indicator))
            }
        }
        self.slots = slots
        self.places = places
    }

    /// Each indicator id's place: the order of the framework's areas and
    /// indicators, an id given twice keeping its first place.
    public static func places(of framework: Framework) -> [String: Int] {
        var places: [String: Int] = [:]
        for area in framework.areas {
            for indicator in area.indicators where places[indicator.id] == nil { places[indicator.id] = places.count }
        }
        return places
    }

    /// What a part of a checklist answer names: an item by its place
    /// among the checklist's items.
    enum ChecklistPart: Sendable {
        case blank
        case item(Int)
        case notAnItem
    }

    private enum SpecialAnswer {
        case unknown, notApplicable
    }

    private static func words(_ codes: [String], _ labels: LocalisedText) -> Set<String> {
        Set((codes + labels.entries.map(\.text)).flatMap { [AnswerText.fold($0), AnswerText.fold(SerbianScript.toLatin($0))] })
    }

    /// The fold of `text` transliterated to Latin. Text without Cyrillic
    /// is its own Latin form, so its fold is `folded`, already at hand.
    private static func latinFold(_ text: String, folded: String) -> String {
        SerbianScript.containsCyrillic(text) ? AnswerText.fold(SerbianScript.toLatin(text)) : folded
    }

    /// The meaning of `text` as an answer to `indicator`, an indicator of
    /// this interpreter's framework. Choices and checklists, whose texts
    /// repeat from sheet to sheet, are read once per distinct text.
    public func interpret(_ text: String, for indicator: Indicator) -> Result<AnswerValue, AnswerProblem> {
        guard let place = places[indicator.id] else { return reading(text, for: indicator, lookup: nil) }
        return interpret(text, at: place)
    }

    /// The answer these bytes spell (valid UTF-8, as a sheet's cell is once
    /// the file is read) to the indicator at `place`: a choice or checklist
    /// text seen before is found by its bytes, with no string made of them.
    func interpret(bytes: ArraySlice<UInt8>, at place: Int) -> Result<AnswerValue, AnswerProblem> {
        let slot = slots[place]
        if slot.kind == .number || slot.kind == .ratio, !numericSpecialWords, let reading = plainNumeric(bytes, slot: slot) {
            return reading
        }
        guard slot.kind == .choice || slot.kind == .checklist, let memo = slot.memo else {
            return interpret(String(decoding: bytes, as: UTF8.self), at: place)
        }
        if let known = memo.reading(bytes: bytes) { return known }
        if slot.kind == .checklist, let reading = knownItems(bytes, slot: slot) {
            memo.keep(reading, bytes: bytes)
            return reading
        }
        return read(String(decoding: bytes, as: UTF8.self), slot: slot, keepingIn: memo)
    }

    /// A number or ratio typed as plain digits, read from its bytes: the
    /// reading `interpret(_:at:)` gives it. Nil for any other text and for
    /// an answer with something to say about it (out of range, not whole,
    /// a numerator above its denominator), for the text's reading to read
    /// and explain. A number or ratio is a third of a sheet's answers, and
    /// each was made a string and walked by its indices several times.
    private func plainNumeric(_ bytes: ArraySlice<UInt8>, slot: Slot) -> Result<AnswerValue, AnswerProblem>? {
        // `NumberText.read` without the string: its reading of ASCII text.
        func value(_ bytes: ArraySlice<UInt8>) -> Double? {
            guard case .number(let value)? = BorrowedBytes.of(bytes, NumberText.readASCII) else { return nil }
            return value
        }
        if let spec = slot.numberSpec {
            guard let value = value(bytes), !spec.integer || value.rounded() == value,
                  spec.minimum.map({ value >= $0 }) ?? true, spec.maximum.map({ value <= $0 }) ?? true else { return nil }
            return .success(.number(value))
        }
        guard slot.kind == .ratio, let slash = bytes.firstIndex(of: UInt8(ascii: "/")),
              let n = value(bytes[..<slash]), let d = value(bytes[(slash + 1)...]),
              n >= 0, d >= 0, n.rounded() == n, d.rounded() == d else { return nil }
        if d == 0 { return .success(.notApplicable) }
        return n > d ? nil : .success(.ratio(numerator: n, denominator: d))
    }

    /// A checklist answer not seen whole before, made of parts that each
    /// were: the reading `read` gives it, found from the bytes without
    /// making a string. Checklists combine a few parts in so many orders
    /// that a third of their answers are new whole. Nil when a part is
    /// new or names no item, or the answer needs reading by characters or
    /// folding whole, for `read` to read it.
    private func knownItems(_ bytes: ArraySlice<UInt8>, slot: Slot) -> Result<AnswerValue, AnswerProblem>? {
        // As `read` and `items` go: with a separator, neither a special
        // word nor a 'none' word can match, and the parts are the bytes
        // between the separators.
        guard specialWordsWithoutSeparators, noneWordsWithoutSeparators, let codes = slot.itemCodes,
              let parts = slot.lookup?.parts, let cuts = BorrowedBytes.of(bytes, Self.separatorOffsets), !cuts.isEmpty
        else { return nil }
        var chosen: UInt64 = 0
        var start = bytes.startIndex
        for index in 0...cuts.count {
            let cut = index < cuts.count ? bytes.startIndex + cuts[index] : bytes.endIndex
            if start < cut {
                switch parts.reading(bytes: bytes[start..<cut]) {
                case .blank?: break
                case .item(let place)? where place < 64: chosen |= 1 << place
                default: return nil
                }
            }
            start = cut + 1
        }
        var chosenCodes: [String] = []
        chosenCodes.reserveCapacity(chosen.nonzeroBitCount)
        for place in 0..<min(codes.count, 64) where chosen & 1 << place != 0 { chosenCodes.append(codes[place]) }
        return .success(.checklist(codes: chosenCodes))
    }

    /// `text` as an answer to the indicator at `place` in `slots`. The
    /// common answers are read without touching `slot.indicator`, whose
    /// every read copied the indicator.
    func interpret(_ text: String, at place: Int) -> Result<AnswerValue, AnswerProblem> {
        let slot = slots[place]
        switch slot.kind {
        case .number, .ratio:
            // Digits and separators alone are neither empty nor a special
            // word, which is all folding would look for.
            guard !numericSpecialWords, Self.isPlainNumber(text) else { return reading(text, for: slot.indicator, lookup: nil) }
            if let spec = slot.numberSpec { return number(text, spec: spec, id: slot.id) }
            return ratio(text, id: slot.id)
        case .text:
            let trimmed = text.trimmingWhitespace()
            if trimmed.utf8.count > specialWordBound { return .success(.text(String(trimmed))) }
        case .choice, .checklist:
            break
        }
        // A checklist answer missing here is read by its parts, which are
        // memoised too.
        guard let memo = slot.memo else { return reading(text, for: slot.indicator, lookup: slot.lookup) }
        if let known = memo.reading(Substring(text)) { return known }
        return read(text, slot: slot, keepingIn: memo)
    }

    /// A text the slot's memo does not hold, read and kept there.
    private func read(_ text: String, slot: Slot, keepingIn memo: AnswerMemo<Result<AnswerValue, AnswerProblem>>)
        -> Result<AnswerValue, AnswerProblem>
    {
        let reading: Result<AnswerValue, AnswerProblem>
        if slot.kind == .checklist, specialWordsWithoutSeparators, Self.hasSeparator(text),
           case .checklist(let checklist) = slot.indicator.answer {
            reading = items(text, checklist: checklist, id: slot.id, lookup: slot.lookup)
        } else {
            reading = self.reading(text, for: slot.indicator, lookup: slot.lookup)
        }
        memo.keep(reading, for: Substring(text))
        return reading
    }

    /// Bytes a number or ratio is written with.
    private static func isNumericByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")
            || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: " ")
    }

    /// A text of number bytes only, with at least one digit.
    private static func isPlainNumber(_ text: String) -> Bool {
        var digit = false
        for byte in text.utf8 {
            guard isNumericByte(byte) else { return false }
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { digit = true }
        }
        return digit
    }

    private func reading(_ text: String, for indicator: Indicator, lookup: OptionLookup?) -> Result<AnswerValue, AnswerProblem> {
        let folded = AnswerText.fold(text)
        let latin = Self.latinFold(text, folded: folded)
        let special = (specialWords[folded], latin == folded ? nil : specialWords[latin])
        if folded.isEmpty || special.0 == .unknown || special.1 == .unknown { return .success(.missing) }
        if special.0 == .notApplicable || special.1 == .notApplicable {
            guard indicator.allowsNotApplicable else {
                return .failure(AnswerProblem(
                    .naNotAllowed, "\(indicator.id) does not accept 'n/a'",
                    suggestion: "give an answer, or leave it empty (or 'unknown') if there is no data"))
            }
            return .success(.notApplicable)
        }
        return typed(text, folded: folded, latin: latin, for: indicator, lookup: lookup)
    }

    /// `text`, neither empty nor a special word, read as the indicator's
    /// kind of answer; `folded` and `latin` are its folds, when at hand.
    private func typed(_ text: String, folded: String? = nil, latin: String? = nil, for indicator: Indicator,
                       lookup: OptionLookup?) -> Result<AnswerValue, AnswerProblem>
    {
        switch indicator.answer {
        case .choice(let choice):
            let folded = folded ?? AnswerText.fold(text)
            let latin = latin ?? Self.latinFold(text, folded: folded)
            guard let code = option(folded, latin, among: choice.options, lookup: lookup) else {
                return .failure(AnswerProblem(
                    .notAnOption, "'\(text.trimmingWhitespace())' is not one of the answers \(indicator.id) accepts",
                    suggestion: "answer with one of: \(optionList(choice.options))"))
            }
            return .success(.choice(code: code))
        case .checklist(let checklist):
            return items(text, checklist: checklist, id: indicator.id, lookup: lookup)
        case .number(let spec):
            return number(text, spec: spec, id: indicator.id)
        case .ratio:
            return ratio(text, id: indicator.id)
        case .text:
            return .success(.text(String(text.trimmingWhitespace())))
        }
    }

    /// A ratio given in two rows, `ID/N` and `ID/D`.
    public func ratio(numerator: String, denominator: String, for indicator: Indicator)
        -> Result<AnswerValue, AnswerProblem>
    {
        for (text, half) in [(numerator, "N"), (denominator, "D")] {
            if let problem = CountCell.problem(text, part: "\(indicator.id)/\(half)", indicator: indicator.id, twoRows: true) {
                return .failure(problem)
            }
        }
        let n = AnswerText.fold(numerator), d = AnswerText.fold(denominator)
        if (n.isEmpty || specialWords[n] == .unknown) && (d.isEmpty || specialWords[d] == .unknown) { return .success(.missing) }
        if n.isEmpty || d.isEmpty {
            return .failure(AnswerProblem(.ratioHalfEmpty,
                                          "\(indicator.id): one of the rows \(indicator.id)/N and \(indicator.id)/D is empty",
                                          suggestion: "fill both counts, or leave both empty if there is no data"))
        }
        return counts(Substring(numerator), Substring(denominator), id: indicator.id)
    }

    /// The code of the option `folded` (or its Latin form) names.
    private func option(_ folded: String, _ latin: String, among options: [AnswerOption], lookup: OptionLookup?) -> String? {
        let lookup = lookup ?? OptionLookup(options)
        // Typed without diacritics ("Delimicno") or in ijekavian
        // ("Djelimično", "Dijelom"): accepted when exactly one option
        // matches that way.
        // Taking the diacritics off only when the exact forms miss.
        var code = lookup.exact[folded] ?? lookup.exact[latin]
        if code == nil {
            let plain = AnswerText.withoutDiacritics(latin)
            let tables = lookup.loose
            code = tables.loose[plain].flatMap { $0.count == 1 ? $0.first : nil }
                ?? tables.ekavian[AnswerText.ekavian(plain)].flatMap { $0.count == 1 ? $0.first : nil }
        }
        // The code as the options write it; only its text is taken, not a
        // copy of the whole option.
        guard let code, let index = options.firstIndex(where: { $0.code == code }) else { return nil }
        return options[index].code
    }

    /// `yes (Da, Да); no (Ne, Не)`: codes with the labels that differ from them.
    private func optionList(_ options: [AnswerOption]) -> String {
        options.map { option in
            let labels = option.labels.entries.map(\.text).filter { AnswerText.fold($0) != AnswerText.fold(option.code) }
            return labels.isEmpty ? option.code : "\(option.code) (\(labels.joined(separator: ", ")))"
        }.joined(separator: "; ")
    }

    private func items(_ text: String, checklist: Checklist, id: String, lookup: OptionLookup?)
        -> Result<AnswerValue, AnswerProblem>
    {
        // Folding keeps the separators, so a text with one cannot fold
        // to a 'none' word without one: most answers skip folding whole.
        if !(noneWordsWithoutSeparators && Self.hasSeparator(text)) {
            let folded = AnswerText.fold(text)
            if noneWords.contains(folded) || noneWords.contains(Self.latinFold(text, folded: folded)) {
                return .success(.checklist(codes: []))
            }
        }
        // The chosen items by place: the first 64 as bits, any beyond in a set.
        var chosen: UInt64 = 0
        var beyond: Set<Int> = []
        let memo = lookup?.parts
        for part in Self.checklistParts(text) {
            let known = memo?.reading(part)
            let reading = known ?? self.part(part, checklist: checklist, lookup: lookup)
            if known == nil { memo?.keep(reading, for: part) }
            switch reading {
            case .blank: continue
            case .item(let place) where place < 64: chosen |= 1 << place
            case .item(let place): beyond.insert(place)
            case .notAnItem:
                return .failure(AnswerProblem(
                    .notAnOption, "'\(part.trimmingWhitespace())' is not an item of \(id)",
                    suggestion: "list items separated by ';' from: \(optionList(checklist.items)); or 'none'"))
            }
        }
        let codes = checklist.items.indices.filter { $0 < 64 ? chosen & 1 << $0 != 0 : beyond.contains($0) }
        return .success(.checklist(codes: codes.map { checklist.items[$0].code }))
    }

    private static func hasSeparator(_ text: String) -> Bool {
        let isSeparator = { (byte: UInt8) in byte == UInt8(ascii: ";") || byte == UInt8(ascii: "|") || byte == UInt8(ascii: ",") }
        return BorrowedBytes.of(text) { $0.contains(where: isSeparator) } ?? text.utf8.contains(where: isSeparator)
    }

    /// What one part of a checklist answer names.
    private func part(_ part: Substring, checklist: Checklist, lookup: OptionLookup?) -> ChecklistPart {
        let word = AnswerText.fold(String(part))
        guard !word.isEmpty else { return .blank }
        guard let code = option(word, Self.latinFold(String(part), folded: word), among: checklist.items, lookup: lookup),
              let place = checklist.items.firstIndex(where: { $0.code == code }) else { return .notAnItem }
        return .item(place)
    }

    /// The parts of a checklist answer between `;`, `|` and `,`. Split by
    /// bytes when every separator stands between scalars that cannot join
    /// it into a larger character (ASCII, Latin and Cyrillic letters), where
    /// splitting by bytes and by characters agree; else by characters,
    /// where a separator joined to a mark or a prepended letter does not split.
    static func checklistParts(_ text: String) -> [Substring] {
        let bySeparator: (Character) -> Bool = { $0 == ";" || $0 == "|" || $0 == "," }
        // Found in the text's own bytes; walking `String.UTF8View` by
        // index cost more than the rest of reading a checklist.
        guard let cuts = BorrowedBytes.of(text, separatorOffsets) ?? nil else { return text.split(whereSeparator: bySeparator) }
        let utf8 = text.utf8
        var parts: [Substring] = []
        parts.reserveCapacity(cuts.count + 1)
        var start = 0
        for index in 0...cuts.count {
            let cut = index < cuts.count ? cuts[index] : utf8.count
            if start < cut {
                parts.append(text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: cut)])
            }
            start = cut + 1
        }
        return parts
    }

    /// Where the separators stand, when every one stands between scalars
    /// that cannot join it into a larger character: before it, no
    /// prepended letter (those are all above U+05FF); after it, no mark or
    /// joiner. Nil when one might join.
    private static func separatorOffsets(_ bytes: BorrowedBytes) -> [Int]? {
        var cuts: [Int] = []
        cuts.reserveCapacity(8)
        var previous: UInt8 = 0, lead: UInt8 = 0
        for offset in 0..<bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: ";") || byte == UInt8(ascii: "|") || byte == UInt8(ascii: ",") {
                let joinsBefore = previous >= 0x80 && !(0xC2...0xD7).contains(lead)
                let joinsAfter = offset + 1 < bytes.count && !cannotExtend(bytes, at: offset + 1)
                if joinsBefore || joinsAfter { return nil }
                cuts.append(offset)
            }
            if byte < 0x80 || byte >= 0xC0 { lead = byte }
            previous = byte
        }
        return cuts
    }

    /// Whether the scalar starting at `offset` is ASCII, or a Latin or
    /// Cyrillic letter (U+0080...U+02FF, U+0400...U+04FF without the
    /// Cyrillic marks U+0483...U+0489): none of these joins what precedes it.
    private static func cannotExtend(_ bytes: BorrowedBytes, at offset: Int) -> Bool {
        let first = bytes[offset]
        if first < 0x80 || (0xC2...0xCB).contains(first) || (0xD0...0xD1).contains(first) || first == 0xD3 { return true }
        if first == 0xD2, offset + 1 < bytes.count { return !(0x83...0x89).contains(bytes[offset + 1]) }
        return false
    }

    private func number(_ text: String, spec: NumberSpec, id: String) -> Result<AnswerValue, AnswerProblem> {
        switch NumberText.read(text) {
        case .ambiguous:
            return .failure(AnswerProblem(
                .numberAmbiguous, "'\(text.trimmingWhitespace())' has both '.' and ',', so the decimal separator is unclear",
                suggestion: "write the number with one decimal separator and no thousands separator, e.g. 1234.5 or 1234,5"))
        case .notANumber:
            if NumberText.looksGrouped(text) {
                return .failure(AnswerProblem(
                    .numberGrouped, "'\(text.trimmingWhitespace())' uses separators between thousands, which a sheet cannot read safely",
                    suggestion: "write the number without separators, e.g. \(text.filter(\.isNumber))"))
            }
            if NumberText.looksLikeDate(text) {
                return .failure(AnswerProblem(
                    .answerBecameDate, "the answer looks like a date: a spreadsheet turned the number into a date",
                    suggestion: "format the answer cell as text or number and type the number again"))
            }
            return .failure(AnswerProblem(.notANumber, "'\(text.trimmingWhitespace())' is not a number",
                                          suggestion: "write digits only, e.g. 37 or 12,5\(unitHint(spec))"))
        case .number(let value):
            if spec.integer, value.rounded() != value {
                let grouped = NumberText.looksGrouped(text)
                return .failure(AnswerProblem(
                    .numberNotInteger, "\(id) takes a whole number, not \(decimal: value)",
                    suggestion: grouped
                        ? "if '\(text.trimmingWhitespace())' means \(text.filter(\.isNumber)), write it without a separator"
                        : "round it to a whole number\(unitHint(spec))"))
            }
            if let low = spec.minimum, value < low {
                return .failure(outOfRange(value, spec: spec, id: id))
            }
            if let high = spec.maximum, value > high {
                return .failure(outOfRange(value, spec: spec, id: id))
            }
            return .success(.number(value))
        }
    }

    private func unitHint(_ spec: NumberSpec) -> String {
        spec.unit.map { " (\($0))" } ?? ""
    }

    private func outOfRange(_ value: Double, spec: NumberSpec, id: String) -> AnswerProblem {
        let low: DiagnosticMessage = spec.minimum.map { "\(decimal: $0)" } ?? "-∞"
        let high: DiagnosticMessage = spec.maximum.map { "\(decimal: $0)" } ?? "∞"
        let range = DiagnosticMessage("\(low) to \(high)")
        return AnswerProblem(.numberOutOfRange, "\(decimal: value) is outside the range of \(id), \(range)",
                             suggestion: "give a number from \(range)\(unitHint(spec))")
    }

    private func ratio(_ text: String, id: String) -> Result<AnswerValue, AnswerProblem> {
        // By bytes when the text is ASCII, where every byte is a character
        // (only CR LF is not, and holds no '/'); splitting by characters
        // was most of reading a ratio. One '/' splits the text in place.
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        let slash = UInt8(ascii: "/")
        if ascii, let first = text.utf8.firstIndex(of: slash), text.utf8.lastIndex(of: slash) == first {
            return counts(text[..<first], text[text.utf8.index(after: first)...], id: id)
        }
        let parts = ascii
            ? text.utf8.split(separator: slash, omittingEmptySubsequences: false).map { Substring($0) }
            : text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            if NumberText.looksLikeDate(text) { return .failure(.dateInstead(of: DiagnosticMessage("ratio"), indicator: id)) }
            if let problem = CountCell.shareInstead(text, indicator: id) { return .failure(problem) }
            return .failure(AnswerProblem(
                .notARatio, "'\(text.trimmingWhitespace())' is not a ratio: \(id) takes two counts as N/D",
                suggestion: "write e.g. 12/40, or use the two rows '\(id)/N' and '\(id)/D'"))
        }
        return counts(parts[0], parts[1], id: id)
    }

    /// Two counts as a ratio; the halves as slices of the answer, made
    /// into strings only to say what is wrong with them.
    private func counts(_ numerator: Substring, _ denominator: Substring, id: String)
        -> Result<AnswerValue, AnswerProblem>
    {
        guard case .number(let n) = NumberText.read(numerator), case .number(let d) = NumberText.read(denominator),
              n >= 0, d >= 0, n.rounded() == n, d.rounded() == d else {
            let (numerator, denominator) = (String(numerator), String(denominator))
            for text in [numerator, denominator] where NumberText.looksGrouped(text) {
                return .failure(AnswerProblem(
                    .numberGrouped,
                    "'\(text.trimmingWhitespace())' uses separators between thousands, which a sheet cannot read safely",
                    suggestion: "write the count without separators, e.g. \(text.filter(\.isNumber))"))
            }
            for text in [numerator, denominator] where NumberText.looksLikeDate(text) {
                return .failure(.dateInstead(of: DiagnosticMessage("count"), indicator: id))
            }
            for (text, side) in [(numerator, "numerator"), (denominator, "denominator")] {
                if let problem = CountCell.problem(text, part: "the \(side) of \(id)", indicator: id,
                                                   twoRows: false) {
                    return .failure(problem)
                }
            }
            return .failure(AnswerProblem(
                .notARatio, "\(id) takes two counts, whole numbers of 0 or more, as N/D",
                suggestion: "write e.g. 12/40 (12 of 40)"))
        }
        if d == 0 { return .success(.notApplicable) }
        if n > d {
            return .failure(AnswerProblem(
                .ratioAboveOne, "\(id): the numerator \(decimal: n) is greater than the denominator \(decimal: d)",
                suggestion: "the numerator counts part of the denominator; check that they are not swapped"))
        }
        return .success(.ratio(numerator: n, denominator: d))
    }
}
