import Mustache

// The page's largest parts answer a template's names directly. Otherwise
// the template engine finds a name through `Mirror`, reflecting the value
// again for every name it looks up; on a report of 200 countries, with an
// explanation of every profile score, that was half of `report`'s time.
// Each `child(named:)` answers exactly the stored properties `Mirror` shows,
// by the same names, and an absent optional as nothing, as `Mirror` does.

extension ReportPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": lang
        case "words": words
        case "title": title
        case "framework": framework
        case "region": region
        case "years": years
        case "sheets": sheets
        case "year": year
        case "hasYear": hasYear
        case "rankingChart": rankingChart
        case "ranking": ranking
        case "hasUncertainty": hasUncertainty
        case "uncertaintyChart": uncertaintyChart
        case "uncertainty": uncertainty
        case "uncertaintyNote": uncertaintyNote
        case "unranked": unranked
        case "unrankedLine": unrankedLine
        case "regionalMean": regionalMean
        case "heatMapChart": heatMapChart
        case "countryCodes": countryCodes
        case "areaLines": areaLines
        case "trendChart": trendChart
        case "trendYears": trendYears
        case "trendLines": trendLines
        case "changesChart": changesChart
        case "changes": changes
        case "profiles": profiles
        case "notes": notes
        case "method": method
        default: nil
        }
    }
}

extension ReportPage.Profile: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "code": code
        case "heading": heading
        case "summary": summary
        case "chart": chart
        case "areas": areas
        case "strongest": strongest
        case "weakest": weakest
        case "answers": answers
        case "answersFrom": answersFrom
        case "noAnswers": noAnswers
        case "details": details
        case "hasDetails": hasDetails
        case "overallExplain": overallExplain
        case "agreement": agreement
        default: nil
        }
    }
}

extension ReportPage.AreaPoint: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "score": score
        case "mean": mean
        case "gap": gap
        case "explain": explain
        default: nil
        }
    }
}

extension ReportPage.AnswerLine: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "old": old
        case "new": new
        default: nil
        }
    }
}

extension ScoreDetails: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "heading": heading
        case "how": how
        case "sheet": sheet
        case "isOverall": isOverall
        case "parts": parts
        case "total": total
        default: nil
        }
    }
}

extension ScoreDetails.Part: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "answer": answer
        case "rule": rule
        case "score": score
        case "scored": scored
        case "weight": weight
        case "coverage": coverage
        case "contribution": contribution
        case "location": location
        case "source": source
        default: nil
        }
    }
}
