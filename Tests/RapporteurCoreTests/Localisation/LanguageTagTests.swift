import RapporteurCore
import Testing

/// How `--lang` and the environment pick a language (docs/languages.md).
@Suite struct LanguageTagTests {
    private func resolved(_ tag: String) -> LanguageTag.Resolved? { try? LanguageTag.resolve(tag).get() }

    @Test(arguments: ["sr", "sr-RS", "sr-Latn", "sr-Latn-RS", "SR_rs", "sr-latn-rs"])
    func serbianWithoutAScriptIsLatin(_ tag: String) {
        #expect(resolved(tag)?.language == .serbianLatin)
        #expect(resolved(tag)?.fallbackNote == nil)
    }

    @Test(arguments: ["sr-Cyrl", "sr-Cyrl-RS", "SR_CYRL_RS", "sr-cyrl-ba"])
    func serbianCyrillic(_ tag: String) {
        #expect(resolved(tag)?.language == .serbianCyrillic)
    }

    @Test(arguments: ["bs", "bs-BA", "hr", "hr-HR", "cnr", "cnr-ME", "bs-Latn-BA"])
    func bosnianCroatianAndMontenegrinFallBackToSerbianLatinWithANote(_ tag: String) {
        #expect(resolved(tag)?.language == .serbianLatin)
        #expect(resolved(tag)?.fallbackNote?.description.contains("sr-Latn") == true)
    }

    @Test func albanianMacedonianAndEnglishWithRegions() {
        #expect(resolved("sq")?.language == .albanian)
        #expect(resolved("sq-AL")?.language == .albanian)
        #expect(resolved("sq_XK")?.language == .albanian)
        #expect(resolved("mk")?.language == .macedonian)
        #expect(resolved("mk-MK")?.language == .macedonian)
        #expect(resolved("en-GB")?.language == .english)
        #expect(resolved("EN")?.language == .english)
    }

    @Test(arguments: ["xx", "", "de", "fr-FR", "s"])
    func anUnknownLanguageIsRefusedListingTheAvailableOnes(_ tag: String) {
        guard case .failure(let unknown) = LanguageTag.resolve(tag) else {
            Issue.record("\(tag) was accepted")
            return
        }
        for available in ["en", "sr-Latn", "sr-Cyrl", "sq", "mk"] { #expect(unknown.description.contains(available)) }
    }

    @Test func theEnvironmentIsReadInPOSIXOrder() {
        #expect(LanguageTag.fromEnvironment([:]) == .english)
        #expect(LanguageTag.fromEnvironment(["LANG": "sq_AL.UTF-8"]) == .albanian)
        #expect(LanguageTag.fromEnvironment(["LANG": "sq_AL.UTF-8", "LC_MESSAGES": "mk_MK.UTF-8"]) == .macedonian)
        #expect(LanguageTag.fromEnvironment(["LANG": "sq_AL", "LC_MESSAGES": "mk_MK", "LC_ALL": "sr_RS.UTF-8"])
                == .serbianLatin)
        // An empty variable does not count; the next one decides.
        #expect(LanguageTag.fromEnvironment(["LC_ALL": "", "LANG": "mk_MK.UTF-8"]) == .macedonian)
    }

    @Test func cAndPOSIXAndUnknownLocalesMeanEnglish() {
        #expect(LanguageTag.fromEnvironment(["LANG": "C"]) == .english)
        #expect(LanguageTag.fromEnvironment(["LANG": "C.UTF-8"]) == .english)
        #expect(LanguageTag.fromEnvironment(["LC_ALL": "POSIX", "LANG": "sq_AL"]) == .english)
        #expect(LanguageTag.fromEnvironment(["LANG": "de_DE.UTF-8"]) == .english)
    }

    @Test func aScriptModifierPicksTheSerbianScript() {
        #expect(LanguageTag.fromEnvironment(["LANG": "sr_RS.UTF-8@latin"]) == .serbianLatin)
        #expect(LanguageTag.fromEnvironment(["LANG": "sr_RS@cyrillic"]) == .serbianCyrillic)
        #expect(LanguageTag.fromEnvironment(["LANG": "bs_BA.UTF-8"]) == .serbianLatin)
        #expect(LanguageTag.fromEnvironment(["LANG": "mk_MK.UTF-8@euro"]) == .macedonian)
    }

    @Test func decimalCommaOutsideEnglish() {
        #expect(Language.english.decimal("46.4") == "46.4")
        for language in [Language.serbianLatin, .serbianCyrillic, .albanian, .macedonian] {
            #expect(language.decimal("46.4") == "46,4")
        }
    }
}
