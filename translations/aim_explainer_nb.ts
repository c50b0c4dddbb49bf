<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>BackgroundTab</name>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/background_tab.py" line="11" />
        <source>Background</source>
        <translation>Bakgrunn</translation>
    </message>
</context>
<context>
    <name>ChapterTab</name>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/chapter_tab.py" line="52" />
        <source>Loading the study data…</source>
        <translation>Henter studiedataene …</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/chapter_tab.py" line="58" />
        <source>Chapter text. Numbers and underlined terms are links: press Tab to reach them and Enter to see the source or the explanation.</source>
        <translation>Kapitteltekst. Tall og understrekede ord er lenker: trykk Tab for å komme til dem og Enter for å se kilden eller forklaringen.</translation>
    </message>
</context>
<context>
    <name>ComparisonTab</name>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/comparison_tab.py" line="11" />
        <source>Comparison</source>
        <translation>Sammenligning</translation>
    </message>
</context>
<context>
    <name>ConclusionTab</name>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/conclusion_tab.py" line="11" />
        <source>Conclusion</source>
        <translation>Konklusjon</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../src/aim_explainer/ui/glossary_dialog.py" line="46" />
        <source>Glossary</source>
        <translation>Ordliste</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/glossary_dialog.py" line="47" />
        <source>Terms</source>
        <translation>Ord</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/glossary_dialog.py" line="48" />
        <source>Explanation of the term</source>
        <translation>Forklaring av ordet</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="149" />
        <source>The AIM trial explained</source>
        <translation>AIM-studien forklart</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="152" />
        <source>Chapter {n} (Ctrl+{n})</source>
        <translation>Kapittel {n} (Ctrl+{n})</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="153" />
        <location filename="../src/aim_explainer/ui/main_window.py" line="154" />
        <source>Chapters</source>
        <translation>Kapitler</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="156" />
        <source>Five chapters. Ctrl+Tab moves to the next, Ctrl+1 to Ctrl+5 jump to one.</source>
        <translation>Fem kapitler. Ctrl+Tab går til neste, Ctrl+1 til Ctrl+5 går rett til ett av dem.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="158" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="159" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="160" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="161" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="162" />
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="164" />
        <source>Switch to {language}</source>
        <translation>Bytt til {language}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="167" />
        <source>Switch the language of the whole application (Ctrl+L)</source>
        <translation>Bytt språk i hele programmet (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="170" />
        <source>Larger text</source>
        <translation>Større tekst</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="172" />
        <source>Larger text (Ctrl++)</source>
        <translation>Større tekst (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="173" />
        <source>Smaller text</source>
        <translation>Mindre tekst</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="175" />
        <source>Smaller text (Ctrl+-)</source>
        <translation>Mindre tekst (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="176" />
        <source>Normal text size</source>
        <translation>Vanlig tekststørrelse</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="177" />
        <source>&amp;Sources</source>
        <translation>&amp;Kilder</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="178" />
        <source>Where every number comes from (Ctrl+Shift+S)</source>
        <translation>Hvor hvert tall kommer fra (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="179" />
        <source>&amp;Glossary</source>
        <translation>&amp;Ordliste</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="180" />
        <source>Plain explanations of the terms (F1)</source>
        <translation>Enkle forklaringer av fagordene (F1)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="181" />
        <source>&amp;About</source>
        <translation>&amp;Om programmet</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="182" />
        <source>Tools</source>
        <translation>Verktøy</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="196" />
        <source>The data file you chose could not be used, so the built-in study data is shown.</source>
        <translation>Datafilen du valgte, kunne ikke brukes. Programmet viser derfor de innebygde studiedataene.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="266" />
        <source>Web address copied, to read later when you are online: {url}</source>
        <translation>Nettadressen er kopiert, så du kan lese den senere når du er på nett: {url}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="273" />
        <source>About</source>
        <translation>Om programmet</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="274" />
        <source>{name} {version}

Explains the Norwegian AIM trial of antibiotics for long-lasting low back pain with Modic changes. Works without the internet and sends nothing anywhere.</source>
        <translation>{name} {version}

Forklarer den norske AIM-studien av antibiotika mot langvarige korsryggsmerter med Modic-forandringer. Virker uten internett og sender ingenting noe sted.</translation>
    </message>
</context>
<context>
    <name>MethodTab</name>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/method_tab.py" line="11" />
        <source>Method</source>
        <translation>Metode</translation>
    </message>
</context>
<context>
    <name>Quantity</name>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="59" />
        <source>AIM: patients randomised</source>
        <translation>AIM: pasienter som ble trukket til en gruppe</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="61" />
        <source>AIM: patients given amoxicillin</source>
        <translation>AIM: pasienter som fikk amoksicillin</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="63" />
        <source>AIM: patients given placebo</source>
        <translation>AIM: pasienter som fikk placebo</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="66" />
        <source>AIM: patients with Modic type 1</source>
        <translation>AIM: pasienter med Modic type 1</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="73" />
        <source>AIM: patients with Modic type 2</source>
        <translation>AIM: pasienter med Modic type 2</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="78" />
        <source>AIM: hospitals taking part</source>
        <translation>AIM: sykehus som var med</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="79" />
        <source>AIM: first year of enrolment</source>
        <translation>AIM: første år pasienter ble tatt inn</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="80" />
        <source>AIM: last year of enrolment</source>
        <translation>AIM: siste år pasienter ble tatt inn</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="81" />
        <source>AIM: year the trial ended</source>
        <translation>AIM: året studien ble avsluttet</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="82" />
        <source>AIM: year of publication</source>
        <translation>AIM: året resultatene ble publisert</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="85" />
        <source>AIM: amoxicillin dose in mg, three times a day</source>
        <translation>AIM: dose amoksicillin i mg, tre ganger om dagen</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="90" />
        <source>AIM: days of treatment</source>
        <translation>AIM: antall dager med behandling</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="93" />
        <source>AIM: smallest important difference between groups, set in advance (RMDQ points)</source>
        <translation>AIM: minste viktige forskjell mellom gruppene, bestemt på forhånd (RMDQ-poeng)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="102" />
        <source>AIM: number of times the RMDQ was filled in</source>
        <translation>AIM: antall ganger RMDQ ble fylt ut</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="109" />
        <source>AIM: lowest back pain score needed to take part</source>
        <translation>AIM: laveste smerteskår i ryggen for å være med</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="116" />
        <source>AIM: disc herniation within this many years</source>
        <translation>AIM: skiveprolaps innen så mange år</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="123" />
        <source>AIM: average age, amoxicillin group</source>
        <translation>AIM: gjennomsnittsalder, amoksicillingruppen</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="131" />
        <source>AIM: average age, placebo group</source>
        <translation>AIM: gjennomsnittsalder, placebogruppen</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="139" />
        <source>AIM: patients analysed at one year</source>
        <translation>AIM: pasienter analysert etter ett år</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="147" />
        <source>AIM: points better with amoxicillin at one year, all patients</source>
        <translation>AIM: poeng bedre med amoksicillin etter ett år, alle pasienter</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="152" />
        <source>AIM: points better with amoxicillin at one year, Modic type 1</source>
        <translation>AIM: poeng bedre med amoksicillin etter ett år, Modic type 1</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="157" />
        <source>AIM: points better with amoxicillin at one year, Modic type 2</source>
        <translation>AIM: poeng bedre med amoksicillin etter ett år, Modic type 2</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="162" />
        <source>AIM (exploratory): points better with amoxicillin, under 40</source>
        <translation>AIM (utforskende): poeng bedre med amoksicillin, under 40 år</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="167" />
        <source>AIM (exploratory): points better with amoxicillin, 40 and over</source>
        <translation>AIM (utforskende): poeng bedre med amoksicillin, 40 år og eldre</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="172" />
        <source>AIM (exploratory): points better with amoxicillin, STIR3 MRI group</source>
        <translation>AIM (utforskende): poeng bedre med amoksicillin, MR-gruppen STIR3</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="177" />
        <source>AIM: P value, all patients</source>
        <translation>AIM: P-verdi, alle pasienter</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="186" />
        <source>AIM: drug-related side effects, amoxicillin (%)</source>
        <translation>AIM: bivirkninger av medisinen, amoksicillin (%)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="192" />
        <source>AIM: drug-related side effects, placebo (%)</source>
        <translation>AIM: bivirkninger av medisinen, placebo (%)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="198" />
        <source>AIM: diarrhoea, amoxicillin (%)</source>
        <translation>AIM: diaré, amoksicillin (%)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="203" />
        <source>AIM: diarrhoea, placebo (%)</source>
        <translation>AIM: diaré, placebo (%)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="205" />
        <source>AIM: rash, amoxicillin (%)</source>
        <translation>AIM: utslett, amoksicillin (%)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="206" />
        <source>AIM: rash, placebo (%)</source>
        <translation>AIM: utslett, placebo (%)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="209" />
        <source>AIM: serious adverse events, amoxicillin</source>
        <translation>AIM: alvorlige uønskede hendelser, amoksicillin</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="215" />
        <source>AIM: serious adverse events, placebo</source>
        <translation>AIM: alvorlige uønskede hendelser, placebo</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="221" />
        <source>AIM: serious adverse events caused by the drug, amoxicillin</source>
        <translation>AIM: alvorlige hendelser forårsaket av medisinen, amoksicillin</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="228" />
        <source>RMDQ: number of yes/no statements</source>
        <translation>RMDQ: antall ja/nei-utsagn</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="236" />
        <source>RMDQ: lowest possible score (no disability)</source>
        <translation>RMDQ: laveste mulige skår (ingen plager)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="243" />
        <source>RMDQ: highest possible score</source>
        <translation>RMDQ: høyeste mulige skår</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="250" />
        <source>RMDQ: smallest change that matters to one person (points)</source>
        <translation>RMDQ: minste endring som betyr noe for én person (poeng)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="257" />
        <source>RMDQ: statements in the Danish version</source>
        <translation>RMDQ: antall utsagn i den danske versjonen</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="264" />
        <source>Danish trial: year of publication</source>
        <translation>Den danske studien: året resultatene ble publisert</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="267" />
        <source>Danish trial: patients randomised</source>
        <translation>Den danske studien: pasienter som ble trukket til en gruppe</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="275" />
        <source>Danish trial: patients given antibiotics</source>
        <translation>Den danske studien: pasienter som fikk antibiotika</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="283" />
        <source>Danish trial: patients given placebo</source>
        <translation>Den danske studien: pasienter som fikk placebo</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="291" />
        <source>Danish trial: patients evaluated at one year</source>
        <translation>Den danske studien: pasienter undersøkt etter ett år</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="298" />
        <source>Danish trial: days of treatment</source>
        <translation>Den danske studien: antall dager med behandling</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="305" />
        <source>Danish trial: difference between groups at one year (RMDQ points)</source>
        <translation>Den danske studien: forskjell mellom gruppene etter ett år (RMDQ-poeng)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="312" />
        <source>Danish trial: bowel side effects, antibiotic group (%)</source>
        <translation>Den danske studien: plager i magen og tarmen, antibiotikagruppen (%)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="320" />
        <source>Danish trial: bowel side effects, placebo group (%)</source>
        <translation>Den danske studien: plager i magen og tarmen, placebogruppen (%)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="329" />
        <source>Jensen: year of the trial of activity limits</source>
        <translation>Jensen: året for studien av aktivitetsbegrensning</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="334" />
        <source>BackToBasic: year of publication</source>
        <translation>BackToBasic: året resultatene ble publisert</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="338" />
        <source>BackToBasic: patients randomised</source>
        <translation>BackToBasic: pasienter som ble trukket til en gruppe</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="346" />
        <source>BackToBasic: difference between groups in ODI points</source>
        <translation>BackToBasic: forskjell mellom gruppene i ODI-poeng</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="353" />
        <source>Australian trial: year of publication</source>
        <translation>Den australske studien: året resultatene ble publisert</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="359" />
        <source>Australian trial: patients randomised</source>
        <translation>Den australske studien: pasienter som ble trukket til en gruppe</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="367" />
        <source>Australian trial: difference in pain score at one year</source>
        <translation>Den australske studien: forskjell i smerteskår etter ett år</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/results_tab.py" line="11" />
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="31" />
        <source>Not found in the sources</source>
        <translation>Ikke funnet i kildene</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="33" />
        <source>Derived (calculated from verified numbers)</source>
        <translation>Utledet (regnet ut fra kontrollerte tall)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="35" />
        <source>Not verified: not shown</source>
        <translation>Ikke kontrollert: vises ikke</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="37" />
        <source>Verified in a secondary source</source>
        <translation>Kontrollert i en annenhåndskilde</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="38" />
        <source>Verified in the primary source</source>
        <translation>Kontrollert i originalkilden</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="71" />
        <source>Sources of every number</source>
        <translation>Kildene til hvert tall</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="73" />
        <source>Every number in the text comes from the data file {file}. Here is where each one was published and whether it was checked against that publication.</source>
        <translation>Hvert tall i teksten kommer fra datafilen {file}. Her ser du hvor hvert tall er publisert, og om det er kontrollert mot publikasjonen.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="79" />
        <source>Filter, for example Danish or side effects</source>
        <translation>Filtrer, for eksempel dansk eller bivirkninger</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="80" />
        <source>Filter the list of numbers</source>
        <translation>Filtrer listen over tall</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="81" />
        <source>Numbers and their sources</source>
        <translation>Tallene og kildene deres</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="84" />
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="85" />
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="86" />
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="87" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="88" />
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
</context>
</TS>
