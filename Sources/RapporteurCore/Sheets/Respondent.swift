/// Who answered a sheet: civil society (the default), the state assessing
/// itself, or both together. The same questions go to both sides, and a
/// comparison takes one side at a time.
public enum Respondent: String, Sendable, Hashable, CaseIterable, Comparable {
    case ngo, government, joint

    /// The respondent a metadata value names: the code, or a label in one
    /// of the instrument's languages (English, Serbian Latin and Cyrillic,
    /// Bosnian, Croatian, Albanian, Macedonian), compared after folding.
    /// A fixed vocabulary: the framework defines questions, not who may
    /// answer them.
    public init?(label: String) {
        let folded = AnswerText.fold(label)
        guard let found = Self.allCases.first(where: { respondent in
            respondent.rawValue == folded || respondent.labels.contains { AnswerText.fold($0) == folded }
        }) else { return nil }
        self = found
    }

    /// Every label accepted for this respondent besides its code.
    public var labels: [String] {
        switch self {
        case .ngo:
            ["NGO", "civil society", "non-governmental organisation", "non-governmental organization",
             "NVO", "nevladina organizacija", "civilno društvo",
             "НВО", "невладина организација", "цивилно друштво", "граѓанско општество",
             "OJQ", "organizatë joqeveritare", "shoqëria civile"]
        case .government:
            ["state", "authorities", "vlada", "država", "влада", "држава",
             "qeveria", "qeveri", "shteti"]
        case .joint:
            ["zajednički", "zajednicki", "zajedno", "заједнички", "заеднички", "i përbashkët", "përbashkët"]
        }
    }

    public static func < (lhs: Respondent, rhs: Respondent) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
