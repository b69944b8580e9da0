import Foundation
import RapporteurCore
import Testing

/// The catalogues hold every message and word in every language, with the
/// same placeholders: a message added to the sources without its
/// translations fails here.
@Suite struct CatalogueTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func everyMessageInTheSourcesIsInEveryLanguage() throws {
        let (messages, unreadable) = try MessageExtraction.messagesInSources(of: Self.repository)
        #expect(unreadable.isEmpty, "write messages as one-line literals: \(unreadable)")
        // The sources hold a couple of hundred; far fewer means the extraction broke.
        #expect(messages.count > 200)
        for language in Language.allCases {
            let missing = messages.filter { Catalogues.bundled.translation(of: $0, in: language) == nil }
            #expect(missing.isEmpty, "\(language.tag) lacks \(missing.count): \(missing.map { "msgid \(quoted($0))" })")
        }
        // English messages are answered without reading en.po, so look there.
        let english = Catalogues.bundled.byLanguage[.english]
        let missing = messages.filter { english?.translation(id: $0) == nil }
        #expect(missing.isEmpty, "en lacks \(missing.count): \(missing.map { "msgid \(quoted($0))" })")
    }

    /// English messages are their `msgid`s without a look-up: that holds
    /// only while en.po says so.
    @Test func everyEnglishMessageIsItsOwnId() {
        let english = Catalogues.bundled.byLanguage[.english]
        #expect(english != nil)
        for (key, translation) in english?.translations ?? [:] where key.context == nil {
            #expect(translation == key.id, "en.po: \(quoted(key.id)) → \(quoted(translation))")
        }
    }

    @Test func theCataloguesHaveNoLineTheReaderSkips() {
        for (language, catalogue) in Catalogues.bundled.byLanguage {
            #expect(catalogue.problems.isEmpty, "locales/\(language.tag).po: \(catalogue.problems)")
        }
    }

    @Test func everyTranslationKeepsTheMessagesPlaceholders() {
        for (language, catalogue) in Catalogues.bundled.byLanguage {
            for (key, translation) in catalogue.translations where key.context == nil {
                #expect(DiagnosticMessage.placeholders(in: translation) == DiagnosticMessage.placeholders(in: key.id),
                        "\(language.tag): \(quoted(key.id)) → \(quoted(translation))")
            }
        }
    }

    @Test func everyWordIsInEveryLanguage() {
        let contexts = Catalogues.bundled.byLanguage[.english]?.keys.compactMap(\.context) ?? []
        #expect(!contexts.isEmpty)
        for language in Language.allCases {
            let missing = contexts.filter { Catalogues.bundled.wordTranslation($0, in: language) == nil }
            #expect(missing.isEmpty, "\(language.tag) lacks the words \(missing)")
        }
    }

    @Test func everyKeyOfTheWordTablesHasItsEntry() {
        let contexts = ReportWords.Key.allCases.map { "report." + $0.rawValue }
            + Vocabulary.Key.allCases.map { "template." + $0.rawValue }
            + ScoreWords.Key.allCases.map { "score." + $0.rawValue }
            + ["check.noProblems", "check.errors", "check.warnings"]
        for language in Language.allCases {
            let missing = contexts.filter { Catalogues.bundled.wordTranslation($0, in: language) == nil }
            #expect(missing.isEmpty, "\(language.tag) lacks the words \(missing)")
        }
    }

    @Test func theCataloguesHoldNoEntryTheSourcesDoNotUse() throws {
        let (messages, _) = try MessageExtraction.messagesInSources(of: Self.repository)
        let used = Set(messages)
        let english = Catalogues.bundled.byLanguage[.english]?.keys.filter { $0.context == nil } ?? []
        let stale = english.map(\.id).filter { !used.contains($0) }
        #expect(stale.isEmpty, "en.po holds messages no source writes: \(stale)")
    }

    @Test func theExtractionFindsAMessageAddedInTheCallSiteStyle() {
        let source = #"""
            diagnostics.append(.error("brand-new", "'\(typed)' is new in \(framework.id)", at: location,
                                      suggestion: grouped ? "write '\(a)'" : "round it\(hint(spec))"))
            notes.append(note(.withheld, "not a diagnostic", score))
            let found = diagnostic("\(id): one " + "and \(two)", at: here, suggestion: nearest.map { "did you mean '\($0)'?" })
            throw InputFailure(.error(.io, "no such file", at: SourceLocation(file: paths.joined(separator: " "))))
            return AnswerProblem("code", "the answer \(x)", suggestion: nil)
            let d = Diagnostic(.note, code: "x", message: "built by hand", at: place)
            return DiagnosticMessage("standing alone \(x)")
            // .error("commented", "not a message", at: here)
            """#
        let found = MessageExtraction(source: source).messages
        #expect(found == [
            "'{0}' is new in {1}", "write '{0}'", "round it{0}",
            "{0}: one and {1}", "did you mean '{0}'?",
            "no such file", "the answer {0}", "built by hand", "standing alone {0}",
        ])
        // A message no catalogue has is what the completeness test reports.
        #expect(Catalogues.bundled.translation(of: "'{0}' is new in {1}", in: .albanian) == nil)
    }

    @Test func theRuntimeTemplateIsTheOneTheExtractionFinds() {
        let typed = "LNZ.1", id = "ban"
        let message: DiagnosticMessage = "'\(typed)' is not an indicator of framework \(id)"
        #expect(message.template == "'{0}' is not an indicator of framework {1}")
        let joined: DiagnosticMessage = "\(3) indicator(s) of the framework are not in the sheet and count as missing: "
            + "\(["A", "B"].joined(separator: ", "))"
        #expect(joined.template == "{0} indicator(s) of the framework are not in the sheet and count as missing: {1}")
        #expect(joined.description.hasSuffix("missing: A, B"))
        #expect(joined.text(in: .albanian).hasPrefix("3 tregues të kornizës"))
    }

    private func quoted(_ s: String) -> String { "\"" + s + "\"" }
}

@Suite struct POCatalogueTests {
    @Test func aLineTheReaderCannotPlaceIsSkippedAndReportedByItsNumber() {
        let po = """
            msgid ""
            msgstr ""

            msgid "{1} before {0}"
            msgstr "{1} avant {0}, {{0}}, {9}"

            msgtsr "typo"
            "a string after nothing"
            msgid unquoted
            msgid "two" "strings"
            msgstr
            """
        let catalogue = POCatalogue(parsing: po)
        #expect(catalogue.problems.map(\.line) == [7, 8, 9, 10, 11])
        #expect(catalogue.problems.first?.description
            == "line 7: 'msgtsr' is not a PO keyword; expected msgctxt, msgid, msgid_plural or msgstr")
        #expect(catalogue.keys == [POCatalogue.Key(id: "{1} before {0}")])
        // Filled by hand: {1} and {0} take their values; in "{{0}" the first
        // brace is text; {9} has no value and stays.
        var message = DiagnosticMessage(stringLiteral: "{1} before {0}")
        message.arguments = [.text("A"), .text("B")]
        let catalogues = Catalogues(files: ["en.po": po])
        #expect(message.text(in: .english, catalogues: catalogues) == "B avant A, {A}, {9}")
        #expect(message.text(in: .albanian, catalogues: catalogues) == "B before A")
    }

    /// ASCII lines are checked by bytes and other lines by characters:
    /// both must find the same closing quote and take escapes alike.
    @Test func quotesAndEscapesReadAlikeInASCIIAndInOtherScripts() {
        let po = #"""
            msgid "say \"hi\""
            msgstr "reci \"ćao\"\n"

            msgid "tab\there"
            msgstr "таб\tовде"

            msgid "open
            msgid "a" trailing
            msgid "ž" trailing
            msgid "ž
            """#
        let catalogue = POCatalogue(parsing: po)
        #expect(catalogue.translation(id: "say \"hi\"") == "reci \"ćao\"\n")
        #expect(catalogue.translation(id: "tab\there") == "таб\tовде")
        #expect(catalogue.problems.map(\.line) == [7, 8, 9, 10])
        let unclosed = "the text must end with a double quote"
        let early = "the text must end at its closing double quote"
        #expect(catalogue.problems.map { $0.description.contains(unclosed) } == [true, false, false, true])
        #expect(catalogue.problems.map { $0.description.contains(early) } == [false, true, true, false])
    }

    @Test func pluralFormsAndTabsAreReadWithoutAProblem() {
        let po = "msgid\t\"one file\"\nmsgid_plural \"{0} files\"\nmsgstr[0] \"një skedar\"\nmsgstr[1] \"{0} skedarë\"\n"
        let catalogue = POCatalogue(parsing: po)
        #expect(catalogue.problems.isEmpty)
        #expect(catalogue.translation(id: "one file") == "një skedar")
    }

    @Test func readsEntriesContextsContinuationsAndEscapes() {
        let po = #"""
            # a comment
            msgid ""
            msgstr ""
            "Language: sq\n"

            #, python-brace-format
            msgid "'{0}' is not a year"
            msgstr "'{0}' nuk është vit"

            msgctxt "report.title"
            msgid "Comparison report"
            msgstr ""
            "Raport "
            "krahasues"

            msgid "say \"hi\"\tand\\go"
            msgstr "thuaj \"tung\"\n"
            msgid "not translated"
            msgstr ""
            """#
        let catalogue = POCatalogue(parsing: po)
        #expect(catalogue.translation(id: "'{0}' is not a year") == "'{0}' nuk është vit")
        #expect(catalogue.translation(context: "report.title", id: "Comparison report") == "Raport krahasues")
        #expect(catalogue.byContext["report.title"] == "Raport krahasues")
        #expect(catalogue.translation(id: "say \"hi\"\tand\\go") == "thuaj \"tung\"\n")
        #expect(catalogue.translation(id: "not translated") == nil)
        #expect(catalogue.keys.count == 4)
    }

    @Test func aMissingEntryFallsBackToEnglishAndCyrillicToTheLatinTransliterated() {
        let catalogues = Catalogues(files: [
            "en.po": "msgid \"the file is empty\"\nmsgstr \"the file is empty\"\n",
            "sr-Latn.po": "msgid \"the file is empty\"\nmsgstr \"datoteka je prazna; vidi 'CSV' i XML\"\n",
        ])
        #expect(catalogues.message("the file is empty", in: .albanian) == "the file is empty")
        #expect(catalogues.message("the file is empty", in: .serbianCyrillic) == "датотека је празна; види 'CSV' и XML")
        #expect(catalogues.translation(of: "the file is empty", in: .macedonian) == nil)
    }

    @Test func aCyrillicEntryOfItsOwnWinsOverTheTransliteration() {
        let catalogues = Catalogues(files: [
            "sr-Latn.po": "msgid \"x\"\nmsgstr \"iks\"\n",
            "sr-Cyrl.po": "msgid \"x\"\nmsgstr \"икс (ћирилицом)\"\n",
        ])
        #expect(catalogues.message("x", in: .serbianCyrillic) == "икс (ћирилицом)")
    }
}

@Suite struct DiagnosticMessageTests {
    @Test func aMessageEqualsTheEnglishTextItReads() {
        let typed = "twenty"
        let message: DiagnosticMessage = "'\(typed)' is not a year"
        #expect(message == "'twenty' is not a year")
        #expect(message.template == "'{0}' is not a year")
        #expect(message.text(in: .macedonian) == "'twenty' не е година")
    }

    @Test func aMessageInsideAMessageIsTranslatedToo() {
        let inner = DiagnosticMessage("use the two-letter code '\("RS")'")
        let outer: DiagnosticMessage = "'\("SRB")' is not a country code: \(inner)"
        #expect(outer.description == "'SRB' is not a country code: use the two-letter code 'RS'")
        #expect(outer.text(in: .albanian) == "'SRB' nuk është kod vendi: përdorni kodin me dy shkronja 'RS'")
    }

    @Test func verbatimTextIsNeverLookedUp() {
        let message = DiagnosticMessage(verbatim: "the file is empty")
        #expect(message.text(in: .albanian) == "the file is empty")
        #expect(DiagnosticMessage("the file is empty").text(in: .albanian) == "skedari është bosh")
    }

    @Test func placeholdersAreFilledWhereverATranslationPutsThem() {
        let catalogues = Catalogues(files: ["sq.po": "msgid \"{0} of {1}\"\nmsgstr \"{1}: {0}\"\n"])
        let message: DiagnosticMessage = "\(3) of \(4)"
        #expect(message.text(in: .albanian, catalogues: catalogues) == "4: 3")
    }

    @Test func aNumberInAMessageTakesTheReadersDecimalSeparator() {
        let id = "PJW.02"
        let message: DiagnosticMessage = "\(id): the numerator \(decimal: 12.5) is greater than the denominator \(decimal: 4)"
        #expect(message.description == "PJW.02: the numerator 12.5 is greater than the denominator 4")
        #expect(message.text(in: .macedonian) == "PJW.02: броителот 12,5 е поголем од именителот 4")
    }
}
