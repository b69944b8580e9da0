@testable import RapporteurCore
import Testing

/// Typed answers that take the byte-wise paths for ASCII and those that
/// need Unicode: both kinds must read as the general paths read them.
private let typed = [
    "", " ", "\t", "\r\n", " \r\n\t", "yes", "Yes", "YES", " yes ", "\tno\r\n", "\u{A0}ne\u{A0}", "\u{FEFF}da",
    "Da", "ДА", "Делимично", "Delimično", "Delimic\u{30C}no", "DELIMIČNO", "đ", "ß", "İ", "ǅ", "a; b", "A;B|c",
    " \u{301}x", "x \u{301}", "e\u{301}", "\u{600}5", "5\u{600}", "a\r\nb", "\u{B}x\u{C}", "\u{1C}x\u{1F}", "\u{85}x",
    "12", "-12", "+12", "\u{2212}12", "12,5", "12.5", "-0", "-.5", ".5", "5.", ",5", "5,", ".", ",", "-", "+",
    "1 234", "1\u{A0}234", "1\u{202F}234", "1\u{2009}234", "1.250.000", "1,234.5", "1.234,5", "1..2", "0x10", "1e5",
    "inf", "nan", "١٢", "12/40", " 3 / 9 ", "03/09/26", "007", "-+1", "1-", " - 5", "\t5\t", "5\t5",
    "1" + String(repeating: "0", count: 400), "0." + String(repeating: "0", count: 30) + "1",
]

@Suite("byte-wise reading of ASCII agrees with the general paths")
struct TextFastPathTests {
    @Test("trimming by bytes keeps what trimming by characters keeps")
    func trimming() {
        let controls = (0..<128).map { String(UnicodeScalar(UInt8($0))) + "a" + String(UnicodeScalar(UInt8($0))) }
        for text in typed + controls {
            #expect(Array(text.trimmingWhitespace().utf8) == Array(text.trimmedInGeneral().utf8), "\(Array(text.utf8))")
            let inner = text.dropFirst()
            #expect(Array(inner.trimmingWhitespace().utf8) == Array(inner.trimmedInGeneral().utf8), "\(Array(inner.utf8))")
        }
    }

    @Test("folding ASCII by bytes gives the general fold, and folds only ASCII")
    func folding() {
        for text in typed {
            #expect(Array(AnswerText.fold(text).utf8) == Array(AnswerText.foldedInGeneral(text).utf8), "\(text)")
            #expect((AnswerText.foldedASCII(text) != nil) == text.utf8.allSatisfy { $0 < 0x80 }, "\(text)")
        }
        #expect(AnswerText.foldedASCII(" A B ") == "a b")
    }

    @Test("numbers read by bytes have the general reading, to the bit")
    func numbers() {
        for text in typed {
            let fast = NumberText.read(text), general = NumberText.readInGeneral(text)
            if case .number(let a) = fast, case .number(let b) = general {
                #expect(a.bitPattern == b.bitPattern, "\(text)")
            } else {
                #expect(fast == general, "\(text)")
            }
        }
        #expect(NumberText.read("-.5") == .number(-0.5) && NumberText.read("5,") == .number(5))
        #expect(NumberText.read(" 1 234,5 ") == .number(1234.5))
    }

    @Test("ids in capitals by bytes are the ids uppercased")
    func capitals() {
        for text in typed + ["idn.01/n", "Idn.01 / d", "lnz.1", "ǆ.01", "straße"] {
            #expect(Array(SheetAssembler.capitals(Substring(text)).utf8) == Array(text.uppercased().utf8), "\(text)")
        }
    }

    @Test("lowercasing through the table gives the standard library's lowercasing")
    func lowercasing() {
        let scalars = (0..<0x600).compactMap { Unicode.Scalar(UInt32($0)) }.map { String(Character($0)) }
        for text in typed + scalars + ["ΣΑΣ", "ǄǅǆİI", "ẞ", "Ⰰ", "\u{1E9E}x"] {
            #expect(Array(AnswerText.lowercased(Substring(text)).utf8) == Array(text.lowercased().utf8), "\(text)")
        }
    }

    @Test("transliterating by scalar gives what transliterating by character gives, or declines")
    func transliteration() {
        let texts = typed + ["Делимично", "ЉУБАВ и Њива, Џеп", "Ђорђе Ћирић", "а\u{301}", "Да\u{483}", "Ж\u{200D}", "Ш\r\nе",
                             "Bezbedan smeštaj; Смештај", "ѐ Ѝ ѝ Ґ", "Не\u{A0}знам"]
        for text in texts {
            if let fast = SerbianScript.latinByScalar(text) {
                #expect(Array(fast.utf8) == Array(SerbianScript.latinByCharacter(text).utf8), "\(text)")
            }
        }
        #expect(SerbianScript.latinByScalar("а\u{301}") == nil)
        #expect(SerbianScript.latinByScalar("Љиља") == "Ljilja")
    }

    @Test("a checklist answer splits by bytes where splitting by characters splits the same")
    func checklistParts() {
        let texts = typed + ["a;\u{301}b", "\u{600};x", "Да;Не", "a ; b|c,d", ";;a;;", "Смештај,Образовање", "x\u{200D};y", "é;è",
                                   "Да;\u{483}x", "\u{5FF};a", "ж;ж", "\u{2FF};\u{300}", "a,\u{D7FF}", "a;\u{10000}", "\u{1F600};\u{1F600}"]
        for text in texts {
            let characters = text.split(whereSeparator: { $0 == ";" || $0 == "|" || $0 == "," })
            #expect(AnswerInterpreter.checklistParts(text).map { Array($0.utf8) } == characters.map { Array($0.utf8) }, "\(text)")
        }
        #expect(AnswerInterpreter.checklistParts("a;\u{301}b").count == 1)
    }
}
