/// The words of the annual report itself, in English and Serbian Latin;
/// Serbian Cyrillic by transliteration; other languages fall back to English.
public struct ReportWords: Sendable {
    public let language: String
    private let serbian: Bool
    private let cyrillic: Bool

    public init(language: String) {
        self.language = language
        let lower = language.lowercased()
        cyrillic = lower == "sr-cyrl"
        serbian = ["sr", "sr-latn", "sr-cyrl", "bs", "hr", "cnr"].contains(lower)
    }

    public subscript(_ key: Key) -> String {
        guard serbian else { return key.english }
        let latin = key.serbianLatin
        return cyrillic ? SerbianScript.toCyrillic(latin) : latin
    }

    public enum Key: Sendable, CaseIterable {
        case title, framework, region, allCountries, years, latest, sheets, used, inYearsShown, earlierForDeltas
        case draftExcluded, draftsExcluded, overallRanking, country, score, rating, delta, trend, coverage, regionalMean, median
        case areas, area, mean, best, withheldOrNoData, legend, largestChanges, noChanges, profiles, rank, of
        case strongest, weakest, gapsToMean, changedIndicators, noChangedIndicators, dataQuality, noNotes, method
        case improved, stable, declined, noSheet, withheld, notApplicable
        case methodText, overallScore
        case noteDraft, noteOutsideRegion, noteMinorVersion, noteMissing, noteOverallWithheld, noteAreasWithheld
        case noteLowCoverage
        case diffTitle, diffChanges, diffBreaking, diffNoChanges, diffImpact, diffSheets, diffScoresMoved, diffLargest
        case diffRanksChanged, diffNoImpact, diffMore, diffLeftOut, diffKind, diffWhere, diffLevel, diffOld, diffNew
        case diffYear, noteNotInSheet

        var english: String {
            switch self {
            case .title: "Comparison report"
            case .framework: "Framework"
            case .region: "Region"
            case .allCountries: "all countries with sheets"
            case .years: "Years"
            case .latest: "latest"
            case .sheets: "Sheets"
            case .used: "used"
            case .inYearsShown: "in the years shown"
            case .earlierForDeltas: "earlier, for changes only"
            case .draftExcluded: "draft excluded"
            case .draftsExcluded: "drafts excluded"
            case .overallRanking: "Overall ranking"
            case .country: "Country"
            case .score: "Score"
            case .rating: "Rating"
            case .delta: "Change"
            case .trend: "Trend"
            case .coverage: "Coverage"
            case .regionalMean: "Regional mean"
            case .median: "median"
            case .areas: "Scores by area"
            case .area: "Area"
            case .mean: "Mean"
            case .best: "Best"
            case .withheldOrNoData: "- withheld or no data"
            case .legend: "Areas"
            case .largestChanges: "Largest changes since the previous year"
            case .noChanges: "No country has scores for two years yet."
            case .profiles: "Country profiles"
            case .rank: "rank"
            case .of: "of"
            case .strongest: "Strongest areas"
            case .weakest: "Weakest areas"
            case .gapsToMean: "Gap to the regional mean"
            case .changedIndicators: "Indicators whose answer changed"
            case .noChangedIndicators: "none"
            case .dataQuality: "Data quality"
            case .noNotes: "Nothing to note."
            case .method: "Method"
            case .improved: "improved"
            case .stable: "stable"
            case .declined: "declined"
            case .noSheet: "no sheet"
            case .withheld: "withheld"
            case .notApplicable: "not applicable"
            case .overallScore: "Overall score"
            case .noteDraft: "draft left out (use --include-drafts to compare it)"
            case .noteOutsideRegion: "not in the region, left out"
            case .noteMinorVersion: "filled for another version of the instrument, compared as"
            case .noteMissing: "no sheet for"
            case .noteOverallWithheld: "overall score withheld, too little data"
            case .noteAreasWithheld: "area scores withheld for too little data"
            case .noteLowCoverage: "overall coverage only"
            case .diffTitle: "Instrument diff"
            case .diffChanges: "Changes"
            case .diffBreaking: "breaking"
            case .diffNoChanges: "The two versions score and read the same."
            case .diffImpact: "Impact on the scores"
            case .diffSheets: "sheets"
            case .diffScoresMoved: "Scores moved"
            case .diffLargest: "largest"
            case .diffRanksChanged: "Ranks changed"
            case .diffNoImpact: "No score or rank changes."
            case .diffMore: "more; --format json lists them all"
            case .diffLeftOut: "left out to stay under GitHub's comment size limit; --format json lists them all"
            case .diffKind: "Kind"
            case .diffWhere: "Where"
            case .diffLevel: "Level"
            case .diffOld: "Old"
            case .diffNew: "New"
            case .diffYear: "Year"
            case .noteNotInSheet: "not in the sheet, counted as missing"
            case .methodText:
                "Each answer is scored from 0 to 100 as the instrument defines. Area scores are weighted means of "
                    + "the answered indicators; the overall score is the weighted mean of the areas. Where the "
                    + "answered share of an area's weight (its coverage) is below the instrument's minimum, the "
                    + "score is withheld rather than guessed. Ranks and changes use scores rounded to two decimals; "
                    + "a change smaller than the instrument's stable band counts as stable. Scores measure what the "
                    + "monitoring organisations reported against the standards of CETS 197, Directive 2011/36/EU "
                    + "and the Palermo Protocol; they are not an official assessment."
            }
        }

        var serbianLatin: String {
            switch self {
            case .title: "Uporedni izveštaj"
            case .framework: "Instrument"
            case .region: "Region"
            case .allCountries: "sve zemlje sa listovima"
            case .years: "Godine"
            case .latest: "poslednja"
            case .sheets: "Listovi"
            case .used: "korišćeno"
            case .inYearsShown: "u prikazanim godinama"
            case .earlierForDeltas: "ranijih, samo za promene"
            case .draftExcluded: "nacrt izostavljen"
            case .draftsExcluded: "nacrta izostavljeno"
            case .overallRanking: "Ukupni poredak"
            case .country: "Zemlja"
            case .score: "Ocena"
            case .rating: "Stepen"
            case .delta: "Promena"
            case .trend: "Kretanje"
            case .coverage: "Pokriv."
            case .regionalMean: "Regionalni prosek"
            case .median: "medijana"
            case .areas: "Ocene po oblastima"
            case .area: "Oblast"
            case .mean: "Prosek"
            case .best: "Najbolja"
            case .withheldOrNoData: "- uskraćeno ili nema podataka"
            case .legend: "Oblasti"
            case .largestChanges: "Najveće promene u odnosu na prethodnu godinu"
            case .noChanges: "Nijedna zemlja još nema ocene za dve godine."
            case .profiles: "Profili zemalja"
            case .rank: "mesto"
            case .of: "od"
            case .strongest: "Najjače oblasti"
            case .weakest: "Najslabije oblasti"
            case .gapsToMean: "Odstupanje od regionalnog proseka"
            case .changedIndicators: "Indikatori sa promenjenim odgovorom"
            case .noChangedIndicators: "nema"
            case .dataQuality: "Kvalitet podataka"
            case .noNotes: "Nema napomena."
            case .method: "Metod"
            case .improved: "poboljšanje"
            case .stable: "bez promene"
            case .declined: "pogoršanje"
            case .noSheet: "nema lista"
            case .withheld: "uskraćeno"
            case .notApplicable: "ne primenjuje se"
            case .overallScore: "Ukupna ocena"
            case .noteDraft: "nacrt izostavljen (sa --include-drafts se uključuje)"
            case .noteOutsideRegion: "nije u regionu, izostavljeno"
            case .noteMinorVersion: "popunjeno za drugu verziju instrumenta, poređeno kao"
            case .noteMissing: "nema lista za"
            case .noteOverallWithheld: "ukupna ocena uskraćena, premalo podataka"
            case .noteAreasWithheld: "ocene oblasti uskraćene zbog premalo podataka"
            case .noteLowCoverage: "ukupna pokrivenost samo"
            case .diffTitle: "Razlike između verzija instrumenta"
            case .diffChanges: "Izmene"
            case .diffBreaking: "menja ocene"
            case .diffNoChanges: "Dve verzije ocenjuju i glase isto."
            case .diffImpact: "Uticaj na ocene"
            case .diffSheets: "listova"
            case .diffScoresMoved: "Promenjenih ocena"
            case .diffLargest: "najveća"
            case .diffRanksChanged: "Promene mesta"
            case .diffNoImpact: "Nijedna ocena ni mesto se ne menjaju."
            case .diffMore: "još; --format json navodi sve"
            case .diffLeftOut: "izostavljeno zbog ograničenja veličine komentara na GitHub-u; --format json navodi sve"
            case .diffKind: "Vrsta"
            case .diffWhere: "Mesto"
            case .diffLevel: "Nivo"
            case .diffOld: "Staro"
            case .diffNew: "Novo"
            case .diffYear: "Godina"
            case .noteNotInSheet: "nema ih u listu, računaju se kao nedostajući"
            case .methodText:
                "Svaki odgovor se ocenjuje od 0 do 100 kako instrument propisuje. Ocena oblasti je ponderisani "
                    + "prosek odgovorenih indikatora, a ukupna ocena ponderisani prosek oblasti. Kada je odgovoreni "
                    + "deo pondera oblasti (pokrivenost) ispod minimuma instrumenta, ocena se uskraćuje umesto da se "
                    + "nagađa. Poredak i promene koriste ocene zaokružene na dve decimale; promena manja od praga "
                    + "stabilnosti instrumenta smatra se stabilnom. Ocene mere ono što su organizacije koje prate "
                    + "stanje izvestile u odnosu na standarde Konvencije Saveta Evrope (CETS 197), Direktive "
                    + "2011/36/EU i Protokola iz Palerma; one nisu zvanična procena."
            }
        }
    }
}
