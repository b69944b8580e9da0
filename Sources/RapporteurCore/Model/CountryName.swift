/// Names of the countries the instrument's regions cover, for reports, in
/// the languages Rapporteur speaks; any other code is shown as itself.
public enum CountryName {
    /// The code followed by the name, as the text exports list a country
    /// ("RS Srbija"); the code alone when there is no name for it.
    public static func label(_ code: String, language: String) -> String {
        let shown = name(code, language: language)
        return shown == code ? code : "\(code) \(shown)"
    }

    public static func name(_ code: String, language: String) -> String {
        guard let names = table[code] else { return code }
        switch (try? LanguageTag.resolve(language).get().language) ?? .english {
        case .serbianLatin: return names.1
        case .serbianCyrillic: return SerbianScript.toCyrillic(names.1)
        case .albanian: return names.2
        case .macedonian: return names.3
        case .english: return names.0
        }
    }

    private static let table: [String: (String, String, String, String)] = [
        "AL": ("Albania", "Albanija", "Shqipëria", "Албанија"),
        "BA": ("Bosnia and Herzegovina", "Bosna i Hercegovina", "Bosnja dhe Hercegovina", "Босна и Херцеговина"),
        "ME": ("Montenegro", "Crna Gora", "Mali i Zi", "Црна Гора"),
        "MK": ("North Macedonia", "Severna Makedonija", "Maqedonia e Veriut", "Северна Македонија"),
        "RS": ("Serbia", "Srbija", "Serbia", "Србија"), "XK": ("Kosovo", "Kosovo", "Kosova", "Косово"),
        "BG": ("Bulgaria", "Bugarska", "Bullgaria", "Бугарија"), "HR": ("Croatia", "Hrvatska", "Kroacia", "Хрватска"),
        "MD": ("Moldova", "Moldavija", "Moldavia", "Молдавија"), "RO": ("Romania", "Rumunija", "Rumania", "Романија"),
        "SI": ("Slovenia", "Slovenija", "Sllovenia", "Словенија"), "UA": ("Ukraine", "Ukrajina", "Ukraina", "Украина"),
        "GR": ("Greece", "Grčka", "Greqia", "Грција"), "HU": ("Hungary", "Mađarska", "Hungaria", "Унгарија"),
        "AT": ("Austria", "Austrija", "Austria", "Австрија"), "TR": ("Türkiye", "Turska", "Turqia", "Турција"),
        "DE": ("Germany", "Nemačka", "Gjermania", "Германија"), "FR": ("France", "Francuska", "Franca", "Франција"),
        "IT": ("Italy", "Italija", "Italia", "Италија"), "CZ": ("Czechia", "Češka", "Çekia", "Чешка"),
        "CY": ("Cyprus", "Kipar", "Qiproja", "Кипар"),
    ]
}
