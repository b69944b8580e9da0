/// Names of the countries the instrument's regions cover, for reports; any
/// other code is shown as itself.
public enum CountryName {
    public static func name(_ code: String, language: String) -> String {
        guard let names = table[code] else { return code }
        switch language.lowercased() {
        case "sr-latn", "sr", "bs", "hr", "cnr": return names.1
        case "sr-cyrl": return SerbianScript.toCyrillic(names.1)
        default: return names.0
        }
    }

    private static let table: [String: (String, String)] = [
        "AL": ("Albania", "Albanija"), "BA": ("Bosnia and Herzegovina", "Bosna i Hercegovina"),
        "ME": ("Montenegro", "Crna Gora"), "MK": ("North Macedonia", "Severna Makedonija"),
        "RS": ("Serbia", "Srbija"), "XK": ("Kosovo", "Kosovo"), "BG": ("Bulgaria", "Bugarska"),
        "HR": ("Croatia", "Hrvatska"), "MD": ("Moldova", "Moldavija"), "RO": ("Romania", "Rumunija"),
        "SI": ("Slovenia", "Slovenija"), "UA": ("Ukraine", "Ukrajina"), "GR": ("Greece", "Grčka"),
        "HU": ("Hungary", "Mađarska"), "AT": ("Austria", "Austrija"), "TR": ("Türkiye", "Turska"),
        "DE": ("Germany", "Nemačka"), "FR": ("France", "Francuska"), "IT": ("Italy", "Italija"),
        "CZ": ("Czechia", "Češka"), "CY": ("Cyprus", "Kipar"),
    ]
}
