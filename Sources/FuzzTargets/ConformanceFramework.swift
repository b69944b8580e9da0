/// The arithmetic conformance framework (`Tests/Fixtures/conformance/arithmetic/framework/`)
/// as text, so that the fuzz binary scores sheets against it wherever it runs
/// and whatever the current directory. The conformance sheets and the CSV
/// corpus are written for this framework, which makes them seeds that reach
/// past the metadata into every answer kind.
///
/// A copy: `FuzzRegressionTests` checks it still equals the fixture files.
public enum ConformanceFramework {
    public static let files: [String: String] = [
        "framework.xml": #"""
            <?xml version="1.0" encoding="UTF-8"?>
            <framework xmlns="urn:rapporteur:framework:1" id="conformance" version="2.1">
            <title xml:lang="en">Conformance framework</title>
            <scoring aggregation="arithmetic" min-coverage="0.5" stable-band="1.0"/>
            <ratings>
            <rating code="strong" min="75"><label xml:lang="en">Strong</label></rating>
            <rating code="moderate" min="50"><label xml:lang="en">Moderate</label></rating>
            <rating code="weak" min="25"><label xml:lang="en">Weak</label></rating>
            <rating code="very-weak" min="0"><label xml:lang="en">Very weak</label></rating>
            </ratings>
            <regions><region id="r1"><title xml:lang="en">Region one</title><member country="BG"/><member country="AT"/><member country="BA"/></region></regions>
            <include href="areas/rbz.xml"/>
            <include href="areas/pjw.xml"/>
            <include href="areas/kcj.xml"/>
            <include href="areas/chs.xml"/>
            <include href="areas/bas.xml"/>
            <include href="areas/lnz.xml"/>
            </framework>
            """# + "\n",
        "areas/bas.xml": #"""
            <?xml version="1.0" encoding="UTF-8"?>
            <area xmlns="urn:rapporteur:framework:1" id="BAS" weight="1">
            <title xml:lang="en">Area BAS</title><title xml:lang="sr-Latn">Oblast BAS</title>
            <indicator id="BAS.01" type="outcome" weight="1.5" allow-na="false">
            <title xml:lang="en">Indicator BAS.01</title>
            <title xml:lang="sr-Latn">Indikator BAS.01</title>
            <question xml:lang="en">Question for BAS.01?</question>
            <question xml:lang="sr-Latn">Pitanje za BAS.01?</question>
            <ratio><numerator xml:lang="en">assisted</numerator><denominator xml:lang="en">identified</denominator>
            <linear low="8" high="38"/>
            </ratio>
            </indicator>
            <indicator id="BAS.02" type="outcome" weight="0.5" allow-na="false">
            <title xml:lang="en">Indicator BAS.02</title>
            <title xml:lang="sr-Latn">Indikator BAS.02</title>
            <question xml:lang="en">Question for BAS.02?</question>
            <question xml:lang="sr-Latn">Pitanje za BAS.02?</question>
            <number unit="persons" min="0" max="100" integer="false">
            <bands>
            <band from="0" to="71" points="3"/>
            <band from="71" to="88" points="1"/>
            <band from="88" points="4"/>
            </bands>
            </number>
            </indicator>
            <indicator id="BAS.03" type="outcome" weight="0" allow-na="false">
            <title xml:lang="en">Indicator BAS.03</title>
            <title xml:lang="sr-Latn">Indikator BAS.03</title>
            <question xml:lang="en">Question for BAS.03?</question>
            <question xml:lang="sr-Latn">Pitanje za BAS.03?</question>
            <choice>
            <option code="yes" points="5"><label xml:lang="en">Yes</label><label xml:lang="sr-Latn">Da</label><label xml:lang="sr-Cyrl">Да</label></option>
            <option code="partial" points="2"><label xml:lang="en">Partial</label><label xml:lang="sr-Latn">Delimično</label><label xml:lang="sr-Cyrl">Делимично</label></option>
            <option code="no" points="0"><label xml:lang="en">No</label><label xml:lang="sr-Latn">Ne</label><label xml:lang="sr-Cyrl">Не</label></option>
            </choice>
            </indicator>
            <indicator id="BAS.04" type="process" weight="2" allow-na="false">
            <title xml:lang="en">Indicator BAS.04</title>
            <title xml:lang="sr-Latn">Indikator BAS.04</title>
            <question xml:lang="en">Question for BAS.04?</question>
            <question xml:lang="sr-Latn">Pitanje za BAS.04?</question>
            <checklist>
            <item code="job" points="0.5"><label xml:lang="en">Job</label><label xml:lang="sr-Latn">Zaposlenje</label><label xml:lang="sr-Cyrl">Запослење</label></item>
            <item code="edu" points="0.5"><label xml:lang="en">Edu</label><label xml:lang="sr-Latn">Obrazovanje</label><label xml:lang="sr-Cyrl">Образовање</label></item>
            <item code="legal" points="2"><label xml:lang="en">Legal</label><label xml:lang="sr-Latn">Pravna pomoć</label><label xml:lang="sr-Cyrl">Правна помоћ</label></item>
            <item code="interp" points="0.5"><label xml:lang="en">Interp</label><label xml:lang="sr-Latn">Prevodilac</label><label xml:lang="sr-Cyrl">Преводилац</label></item>
            </checklist>
            </indicator>
            <indicator id="BAS.05" type="process" weight="0" allow-na="true">
            <title xml:lang="en">Indicator BAS.05</title>
            <title xml:lang="sr-Latn">Indikator BAS.05</title>
            <question xml:lang="en">Question for BAS.05?</question>
            <question xml:lang="sr-Latn">Pitanje za BAS.05?</question>
            <choice>
            <option code="full" points="5"><label xml:lang="en">Full</label><label xml:lang="sr-Latn">Potpuno</label><label xml:lang="sr-Cyrl">Потпуно</label></option>
            <option code="some" points="3"><label xml:lang="en">Some</label><label xml:lang="sr-Latn">Donekle</label><label xml:lang="sr-Cyrl">Донекле</label></option>
            <option code="none" points="2"><label xml:lang="en">None</label><label xml:lang="sr-Latn">Nimalo</label><label xml:lang="sr-Cyrl">Нимало</label></option>
            <option code="no" points="0"><label xml:lang="en">No</label><label xml:lang="sr-Latn">Ne</label><label xml:lang="sr-Cyrl">Не</label></option>
            </choice>
            </indicator>
            <indicator id="BAS.06" type="structural" weight="1" allow-na="false">
            <title xml:lang="en">Indicator BAS.06</title>
            <title xml:lang="sr-Latn">Indikator BAS.06</title>
            <question xml:lang="en">Question for BAS.06?</question>
            <question xml:lang="sr-Latn">Pitanje za BAS.06?</question>
            <choice>
            <option code="yes" points="5"><label xml:lang="en">Yes</label><label xml:lang="sr-Latn">Da</label><label xml:lang="sr-Cyrl">Да</label></option>
            <option code="partial" points="2"><label xml:lang="en">Partial</label><label xml:lang="sr-Latn">Delimično</label><label xml:lang="sr-Cyrl">Делимично</label></option>
            <option code="no" points="1"><label xml:lang="en">No</label><label xml:lang="sr-Latn">Ne</label><label xml:lang="sr-Cyrl">Не</label></option>
            </choice>
            </indicator>
            <indicator id="BAS.07" type="process" weight="1.5" allow-na="false">
            <title xml:lang="en">Indicator BAS.07</title>
            <title xml:lang="sr-Latn">Indikator BAS.07</title>
            <question xml:lang="en">Question for BAS.07?</question>
            <question xml:lang="sr-Latn">Pitanje za BAS.07?</question>
            <choice>
            <option code="yes" points="3"><label xml:lang="en">Yes</label><label xml:lang="sr-Latn">Da</label><label xml:lang="sr-Cyrl">Да</label></option>
            <option code="partial" points="2"><label xml:lang="en">Partial</label><label xml:lang="sr-Latn">Delimično</label><label xml:lang="sr-Cyrl">Делимично</label></option>
            <option code="no" points="1"><label xml:lang="en">No</label><label xml:lang="sr-Latn">Ne</label><label xml:lang="sr-Cyrl">Не</label></option>
            </choice>
            </indicator>
            </area>
            """# + "\n",
        "areas/chs.xml": #"""
            <?xml version="1.0" encoding="UTF-8"?>
            <area xmlns="urn:rapporteur:framework:1" id="CHS" weight="0.5">
            <title xml:lang="en">Area CHS</title><title xml:lang="sr-Latn">Oblast CHS</title>
            <indicator id="CHS.01" type="outcome" weight="2" allow-na="false">
            <title xml:lang="en">Indicator CHS.01</title>
            <title xml:lang="sr-Latn">Indikator CHS.01</title>
            <question xml:lang="en">Question for CHS.01?</question>
            <question xml:lang="sr-Latn">Pitanje za CHS.01?</question>
            <checklist cap="3">
            <item code="psych" points="1"><label xml:lang="en">Psych</label><label xml:lang="sr-Latn">Psihološka podrška</label><label xml:lang="sr-Cyrl">Психолошка подршка</label></item>
            <item code="legal" points="2"><label xml:lang="en">Legal</label><label xml:lang="sr-Latn">Pravna pomoć</label><label xml:lang="sr-Cyrl">Правна помоћ</label></item>
            <item code="edu" points="1"><label xml:lang="en">Edu</label><label xml:lang="sr-Latn">Obrazovanje</label><label xml:lang="sr-Cyrl">Образовање</label></item>
            <item code="job" points="1"><label xml:lang="en">Job</label><label xml:lang="sr-Latn">Zaposlenje</label><label xml:lang="sr-Cyrl">Запослење</label></item>
            </checklist>
            </indicator>
            <indicator id="CHS.02" type="outcome" weight="1" allow-na="true">
            <title xml:lang="en">Indicator CHS.02</title>
            <title xml:lang="sr-Latn">Indikator CHS.02</title>
            <question xml:lang="en">Question for CHS.02?</question>
            <question xml:lang="sr-Latn">Pitanje za CHS.02?</question>
            <ratio><numerator xml:lang="en">assisted</numerator><denominator xml:lang="en">identified</denominator>
            <bands>
            <band from="0" to="20" points="1"/>
            <band from="20" to="41" points="3"/>
            <band from="41" to="55" points="1"/>
            <band from="55" to="74" points="1"/>
            <band from="74" points="4"/>
            </bands>
            </ratio>
            </indicator>
            <indicator id="CHS.03" type="structural" weight="1" allow-na="false">
            <title xml:lang="en">Indicator CHS.03</title>
            <title xml:lang="sr-Latn">Indikator CHS.03</title>
            <question xml:lang="en">Question for CHS.03?</question>
            <question xml:lang="sr-Latn">Pitanje za CHS.03?</question>
            <choice>
            <option code="yes" points="4"><label xml:lang="en">Yes</label><label xml:lang="sr-Latn">Da</label><label xml:lang="sr-Cyrl">Да</label></option>
            <option code="partial" points="1"><label xml:lang="en">Partial</label><label xml:lang="sr-Latn">Delimično</label><label xml:lang="sr-Cyrl">Делимично</label></option>
            <option code="no" points="0"><label xml:lang="en">No</label><label xml:lang="sr-Latn">Ne</label><label xml:lang="sr-Cyrl">Не</label></option>
            </choice>
            </indicator>
            </area>
            """# + "\n",
        "areas/kcj.xml": #"""
            <?xml version="1.0" encoding="UTF-8"?>
            <area xmlns="urn:rapporteur:framework:1" id="KCJ" weight="0.5">
            <title xml:lang="en">Area KCJ</title><title xml:lang="sr-Latn">Oblast KCJ</title>
            <indicator id="KCJ.01" type="structural" weight="0.5" allow-na="false">
            <title xml:lang="en">Indicator KCJ.01</title>
            <title xml:lang="sr-Latn">Indikator KCJ.01</title>
            <question xml:lang="en">Question for KCJ.01?</question>
            <question xml:lang="sr-Latn">Pitanje za KCJ.01?</question>
            <choice>
            <option code="yes" points="3"><label xml:lang="en">Yes</label><label xml:lang="sr-Latn">Da</label><label xml:lang="sr-Cyrl">Да</label></option>
            <option code="partial" points="1"><label xml:lang="en">Partial</label><label xml:lang="sr-Latn">Delimično</label><label xml:lang="sr-Cyrl">Делимично</label></option>
            <option code="no" points="0"><label xml:lang="en">No</label><label xml:lang="sr-Latn">Ne</label><label xml:lang="sr-Cyrl">Не</label></option>
            </choice>
            </indicator>
            <indicator id="KCJ.02" type="outcome" weight="1" allow-na="true">
            <title xml:lang="en">Indicator KCJ.02</title>
            <title xml:lang="sr-Latn">Indikator KCJ.02</title>
            <question xml:lang="en">Question for KCJ.02?</question>
            <question xml:lang="sr-Latn">Pitanje za KCJ.02?</question>
            <number unit="persons" min="0" max="50" integer="true">
            <linear low="41" high="48"/>
            </number>
            </indicator>
            </area>
            """# + "\n",
        "areas/lnz.xml": #"""
            <?xml version="1.0" encoding="UTF-8"?>
            <area xmlns="urn:rapporteur:framework:1" id="LNZ" weight="1">
            <title xml:lang="en">Area LNZ</title><title xml:lang="sr-Latn">Oblast LNZ</title>
            <indicator id="LNZ.01" type="process" weight="1" allow-na="false">
            <title xml:lang="en">Indicator LNZ.01</title>
            <title xml:lang="sr-Latn">Indikator LNZ.01</title>
            <question xml:lang="en">Question for LNZ.01?</question>
            <question xml:lang="sr-Latn">Pitanje za LNZ.01?</question>
            <choice>
            <option code="full" points="5"><label xml:lang="en">Full</label><label xml:lang="sr-Latn">Potpuno</label><label xml:lang="sr-Cyrl">Потпуно</label></option>
            <option code="some" points="4"><label xml:lang="en">Some</label><label xml:lang="sr-Latn">Donekle</label><label xml:lang="sr-Cyrl">Донекле</label></option>
            <option code="none" points="3"><label xml:lang="en">None</label><label xml:lang="sr-Latn">Nimalo</label><label xml:lang="sr-Cyrl">Нимало</label></option>
            <option code="no" points="1"><label xml:lang="en">No</label><label xml:lang="sr-Latn">Ne</label><label xml:lang="sr-Cyrl">Не</label></option>
            </choice>
            </indicator>
            <indicator id="LNZ.02" type="process" weight="2" allow-na="true">
            <title xml:lang="en">Indicator LNZ.02</title>
            <title xml:lang="sr-Latn">Indikator LNZ.02</title>
            <question xml:lang="en">Question for LNZ.02?</question>
            <question xml:lang="sr-Latn">Pitanje za LNZ.02?</question>
            <ratio><numerator xml:lang="en">assisted</numerator><denominator xml:lang="en">identified</denominator>
            <linear low="6" high="95"/>
            </ratio>
            </indicator>
            <indicator id="LNZ.03" type="process" weight="0" allow-na="false">
            <title xml:lang="en">Indicator LNZ.03</title>
            <title xml:lang="sr-Latn">Indikator LNZ.03</title>
            <question xml:lang="en">Question for LNZ.03?</question>
            <question xml:lang="sr-Latn">Pitanje za LNZ.03?</question>
            <number unit="persons" min="0" max="1000" integer="false">
            <linear low="873" high="638"/>
            </number>
            </indicator>
            <indicator id="LNZ.04" type="outcome" weight="0.5" allow-na="false">
            <title xml:lang="en">Indicator LNZ.04</title>
            <title xml:lang="sr-Latn">Indikator LNZ.04</title>
            <question xml:lang="en">Question for LNZ.04?</question>
            <question xml:lang="sr-Latn">Pitanje za LNZ.04?</question>
            <choice>
            <option code="full" points="5"><label xml:lang="en">Full</label><label xml:lang="sr-Latn">Potpuno</label><label xml:lang="sr-Cyrl">Потпуно</label></option>
            <option code="some" points="2"><label xml:lang="en">Some</label><label xml:lang="sr-Latn">Donekle</label><label xml:lang="sr-Cyrl">Донекле</label></option>
            <option code="none" points="1"><label xml:lang="en">None</label><label xml:lang="sr-Latn">Nimalo</label><label xml:lang="sr-Cyrl">Нимало</label></option>
            <option code="no" points="0"><label xml:lang="en">No</label><label xml:lang="sr-Latn">Ne</label><label xml:lang="sr-Cyrl">Не</label></option>
            </choice>
            </indicator>
            <indicator id="LNZ.05" type="process" weight="1" allow-na="false">
            <title xml:lang="en">Indicator LNZ.05</title>
            <title xml:lang="sr-Latn">Indikator LNZ.05</title>
            <question xml:lang="en">Question for LNZ.05?</question>
            <question xml:lang="sr-Latn">Pitanje za LNZ.05?</question>
            <ratio><numerator xml:lang="en">assisted</numerator><denominator xml:lang="en">identified</denominator>
            <bands>
            <band from="0" to="21" points="2"/>
            <band from="21" to="64" points="3"/>
            <band from="64" to="72" points="1"/>
            <band from="72" to="78" points="3"/>
            <band from="78" points="4"/>
            </bands>
            </ratio>
            </indicator>
            <indicator id="LNZ.06" type="outcome" weight="1" allow-na="false">
            <title xml:lang="en">Indicator LNZ.06</title>
            <title xml:lang="sr-Latn">Indikator LNZ.06</title>
            <question xml:lang="en">Question for LNZ.06?</question>
            <question xml:lang="sr-Latn">Pitanje za LNZ.06?</question>
            <number unit="persons" min="0" max="50" integer="false">
            <bands>
            <band from="0" to="39" points="4"/>
            <band from="39" points="4"/>
            </bands>
            </number>
            </indicator>
            <indicator id="LNZ.07" type="process" weight="0.5" allow-na="true">
            <title xml:lang="en">Indicator LNZ.07</title>
            <title xml:lang="sr-Latn">Indikator LNZ.07</title>
            <question xml:lang="en">Question for LNZ.07?</question>
            <question xml:lang="sr-Latn">Pitanje za LNZ.07?</question>
            <number unit="persons" min="0" max="500" integer="false">
            <linear low="324" high="340"/>
            </number>
            </indicator>
            <indicator id="LNZ.08" type="structural" weight="1" allow-na="false">
            <title xml:lang="en">Indicator LNZ.08</title>
            <title xml:lang="sr-Latn">Indikator LNZ.08</title>
            <question xml:lang="en">Question for LNZ.08?</question>
            <question xml:lang="sr-Latn">Pitanje za LNZ.08?</question>
            <checklist>
            <item code="edu" points="0.5"><label xml:lang="en">Edu</label><label xml:lang="sr-Latn">Obrazovanje</label><label xml:lang="sr-Cyrl">Образовање</label></item>
            <item code="interp" points="2"><label xml:lang="en">Interp</label><label xml:lang="sr-Latn">Prevodilac</label><label xml:lang="sr-Cyrl">Преводилац</label></item>
            <item code="shelter" points="2"><label xml:lang="en">Shelter</label><label xml:lang="sr-Latn">Smeštaj</label><label xml:lang="sr-Cyrl">Смештај</label></item>
            </checklist>
            </indicator>
            </area>
            """# + "\n",
        "areas/pjw.xml": #"""
            <?xml version="1.0" encoding="UTF-8"?>
            <area xmlns="urn:rapporteur:framework:1" id="PJW" weight="2">
            <title xml:lang="en">Area PJW</title><title xml:lang="sr-Latn">Oblast PJW</title>
            <indicator id="PJW.01" type="process" weight="1" allow-na="false">
            <title xml:lang="en">Indicator PJW.01</title>
            <title xml:lang="sr-Latn">Indikator PJW.01</title>
            <question xml:lang="en">Question for PJW.01?</question>
            <question xml:lang="sr-Latn">Pitanje za PJW.01?</question>
            <ratio><numerator xml:lang="en">assisted</numerator><denominator xml:lang="en">identified</denominator>
            <bands>
            <band from="0" to="14" points="2"/>
            <band from="14" to="35" points="2"/>
            <band from="35" to="73" points="1"/>
            <band from="73" to="94" points="2"/>
            <band from="94" points="4"/>
            </bands>
            </ratio>
            </indicator>
            <indicator id="PJW.02" type="outcome" weight="1" allow-na="false">
            <title xml:lang="en">Indicator PJW.02</title>
            <title xml:lang="sr-Latn">Indikator PJW.02</title>
            <question xml:lang="en">Question for PJW.02?</question>
            <question xml:lang="sr-Latn">Pitanje za PJW.02?</question>
            <ratio><numerator xml:lang="en">assisted</numerator><denominator xml:lang="en">identified</denominator>
            <bands>
            <band from="0" to="28" points="4"/>
            <band from="28" to="45" points="4"/>
            <band from="45" points="4"/>
            </bands>
            </ratio>
            </indicator>
            <indicator id="PJW.03" type="structural" weight="1" allow-na="false">
            <title xml:lang="en">Indicator PJW.03</title>
            <title xml:lang="sr-Latn">Indikator PJW.03</title>
            <question xml:lang="en">Question for PJW.03?</question>
            <question xml:lang="sr-Latn">Pitanje za PJW.03?</question>
            <checklist>
            <item code="medical" points="2"><label xml:lang="en">Medical</label><label xml:lang="sr-Latn">Zdravstvena zaštita</label><label xml:lang="sr-Cyrl">Здравствена заштита</label></item>
            <item code="legal" points="1"><label xml:lang="en">Legal</label><label xml:lang="sr-Latn">Pravna pomoć</label><label xml:lang="sr-Cyrl">Правна помоћ</label></item>
            <item code="psych" points="1"><label xml:lang="en">Psych</label><label xml:lang="sr-Latn">Psihološka podrška</label><label xml:lang="sr-Cyrl">Психолошка подршка</label></item>
            <item code="edu" points="0.5"><label xml:lang="en">Edu</label><label xml:lang="sr-Latn">Obrazovanje</label><label xml:lang="sr-Cyrl">Образовање</label></item>
            <item code="interp" points="1"><label xml:lang="en">Interp</label><label xml:lang="sr-Latn">Prevodilac</label><label xml:lang="sr-Cyrl">Преводилац</label></item>
            <item code="job" points="2"><label xml:lang="en">Job</label><label xml:lang="sr-Latn">Zaposlenje</label><label xml:lang="sr-Cyrl">Запослење</label></item>
            </checklist>
            </indicator>
            <indicator id="PJW.04" type="process" weight="1.5" allow-na="true">
            <title xml:lang="en">Indicator PJW.04</title>
            <title xml:lang="sr-Latn">Indikator PJW.04</title>
            <question xml:lang="en">Question for PJW.04?</question>
            <question xml:lang="sr-Latn">Pitanje za PJW.04?</question>
            <ratio><numerator xml:lang="en">assisted</numerator><denominator xml:lang="en">identified</denominator>
            <linear low="13" high="17"/>
            </ratio>
            </indicator>
            <indicator id="PJW.05" type="structural" weight="0" allow-na="false">
            <title xml:lang="en">Indicator PJW.05</title>
            <title xml:lang="sr-Latn">Indikator PJW.05</title>
            <question xml:lang="en">Question for PJW.05?</question>
            <question xml:lang="sr-Latn">Pitanje za PJW.05?</question>
            <ratio><numerator xml:lang="en">assisted</numerator><denominator xml:lang="en">identified</denominator>
            <bands>
            <band from="0" to="2" points="1"/>
            <band from="2" to="8" points="2"/>
            <band from="8" to="72" points="1"/>
            <band from="72" to="94" points="4"/>
            <band from="94" points="4"/>
            </bands>
            </ratio>
            </indicator>
            <indicator id="PJW.06" type="process" weight="1" allow-na="true">
            <title xml:lang="en">Indicator PJW.06</title>
            <title xml:lang="sr-Latn">Indikator PJW.06</title>
            <question xml:lang="en">Question for PJW.06?</question>
            <question xml:lang="sr-Latn">Pitanje za PJW.06?</question>
            <choice>
            <option code="yes" points="5"><label xml:lang="en">Yes</label><label xml:lang="sr-Latn">Da</label><label xml:lang="sr-Cyrl">Да</label></option>
            <option code="partial" points="2"><label xml:lang="en">Partial</label><label xml:lang="sr-Latn">Delimično</label><label xml:lang="sr-Cyrl">Делимично</label></option>
            <option code="no" points="0"><label xml:lang="en">No</label><label xml:lang="sr-Latn">Ne</label><label xml:lang="sr-Cyrl">Не</label></option>
            </choice>
            </indicator>
            <indicator id="PJW.07" type="outcome" weight="1" allow-na="false">
            <title xml:lang="en">Indicator PJW.07</title>
            <title xml:lang="sr-Latn">Indikator PJW.07</title>
            <question xml:lang="en">Question for PJW.07?</question>
            <question xml:lang="sr-Latn">Pitanje za PJW.07?</question>
            <choice>
            <option code="yes" points="4"><label xml:lang="en">Yes</label><label xml:lang="sr-Latn">Da</label><label xml:lang="sr-Cyrl">Да</label></option>
            <option code="partial" points="3"><label xml:lang="en">Partial</label><label xml:lang="sr-Latn">Delimično</label><label xml:lang="sr-Cyrl">Делимично</label></option>
            <option code="no" points="0"><label xml:lang="en">No</label><label xml:lang="sr-Latn">Ne</label><label xml:lang="sr-Cyrl">Не</label></option>
            </choice>
            </indicator>
            </area>
            """# + "\n",
        "areas/rbz.xml": #"""
            <?xml version="1.0" encoding="UTF-8"?>
            <area xmlns="urn:rapporteur:framework:1" id="RBZ" weight="1">
            <title xml:lang="en">Area RBZ</title><title xml:lang="sr-Latn">Oblast RBZ</title>
            <indicator id="RBZ.01" type="process" weight="0" allow-na="false">
            <title xml:lang="en">Indicator RBZ.01</title>
            <title xml:lang="sr-Latn">Indikator RBZ.01</title>
            <question xml:lang="en">Question for RBZ.01?</question>
            <question xml:lang="sr-Latn">Pitanje za RBZ.01?</question>
            <text/>
            </indicator>
            <indicator id="RBZ.02" type="structural" weight="1.5" allow-na="false">
            <title xml:lang="en">Indicator RBZ.02</title>
            <title xml:lang="sr-Latn">Indikator RBZ.02</title>
            <question xml:lang="en">Question for RBZ.02?</question>
            <question xml:lang="sr-Latn">Pitanje za RBZ.02?</question>
            <number unit="persons" min="0" max="1000" integer="true">
            <bands>
            <band from="0" to="549" points="4"/>
            <band from="549" to="669" points="3"/>
            <band from="669" points="4"/>
            </bands>
            </number>
            </indicator>
            <indicator id="RBZ.03" type="structural" weight="1" allow-na="false">
            <title xml:lang="en">Indicator RBZ.03</title>
            <title xml:lang="sr-Latn">Indikator RBZ.03</title>
            <question xml:lang="en">Question for RBZ.03?</question>
            <question xml:lang="sr-Latn">Pitanje za RBZ.03?</question>
            <choice>
            <option code="yes" points="4"><label xml:lang="en">Yes</label><label xml:lang="sr-Latn">Da</label><label xml:lang="sr-Cyrl">Да</label></option>
            <option code="partial" points="1"><label xml:lang="en">Partial</label><label xml:lang="sr-Latn">Delimično</label><label xml:lang="sr-Cyrl">Делимично</label></option>
            <option code="no" points="0"><label xml:lang="en">No</label><label xml:lang="sr-Latn">Ne</label><label xml:lang="sr-Cyrl">Не</label></option>
            </choice>
            </indicator>
            <indicator id="RBZ.04" type="outcome" weight="0" allow-na="true">
            <title xml:lang="en">Indicator RBZ.04</title>
            <title xml:lang="sr-Latn">Indikator RBZ.04</title>
            <question xml:lang="en">Question for RBZ.04?</question>
            <question xml:lang="sr-Latn">Pitanje za RBZ.04?</question>
            <number unit="persons" min="0" max="1000" integer="true">
            <linear low="426" high="37"/>
            </number>
            </indicator>
            <indicator id="RBZ.05" type="structural" weight="1" allow-na="true">
            <title xml:lang="en">Indicator RBZ.05</title>
            <title xml:lang="sr-Latn">Indikator RBZ.05</title>
            <question xml:lang="en">Question for RBZ.05?</question>
            <question xml:lang="sr-Latn">Pitanje za RBZ.05?</question>
            <choice>
            <option code="yes" points="4"><label xml:lang="en">Yes</label><label xml:lang="sr-Latn">Da</label><label xml:lang="sr-Cyrl">Да</label></option>
            <option code="no" points="2"><label xml:lang="en">No</label><label xml:lang="sr-Latn">Ne</label><label xml:lang="sr-Cyrl">Не</label></option>
            </choice>
            </indicator>
            <indicator id="RBZ.06" type="outcome" weight="0" allow-na="false">
            <title xml:lang="en">Indicator RBZ.06</title>
            <title xml:lang="sr-Latn">Indikator RBZ.06</title>
            <question xml:lang="en">Question for RBZ.06?</question>
            <question xml:lang="sr-Latn">Pitanje za RBZ.06?</question>
            <ratio><numerator xml:lang="en">assisted</numerator><denominator xml:lang="en">identified</denominator>
            <bands>
            <band from="0" to="58" points="3"/>
            <band from="58" to="74" points="0"/>
            <band from="74" to="78" points="3"/>
            <band from="78" to="97" points="4"/>
            <band from="97" points="4"/>
            </bands>
            </ratio>
            </indicator>
            <indicator id="RBZ.07" type="outcome" weight="1" allow-na="false">
            <title xml:lang="en">Indicator RBZ.07</title>
            <title xml:lang="sr-Latn">Indikator RBZ.07</title>
            <question xml:lang="en">Question for RBZ.07?</question>
            <question xml:lang="sr-Latn">Pitanje za RBZ.07?</question>
            <choice>
            <option code="yes" points="4"><label xml:lang="en">Yes</label><label xml:lang="sr-Latn">Da</label><label xml:lang="sr-Cyrl">Да</label></option>
            <option code="no" points="1"><label xml:lang="en">No</label><label xml:lang="sr-Latn">Ne</label><label xml:lang="sr-Cyrl">Не</label></option>
            </choice>
            </indicator>
            </area>
            """# + "\n",
    ]
}
