<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../src/aim_explainer/ui/about_box.py" line="16"/>
        <source>{name} {version}

Explains the Norwegian AIM trial of antibiotics for long-lasting low back pain with Modic changes. Works without the internet and sends nothing anywhere.</source>
        <translation>{name} {version}

Forklarer den norske AIM-studien av antibiotika mot langvarige korsryggsmerter med Modic-forandringer. Virker uten internett og sender ingenting noe sted.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/about_box.py" line="24"/>
        <source>Evidence up to {year}: the newest source in the data.</source>
        <translation>Kunnskap fram til {year}: den nyeste kilden i dataene.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/about_box.py" line="29"/>
        <source>Main sources:</source>
        <translation>Hovedkilder:</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/about_box.py" line="36"/>
        <source>About</source>
        <translation>Om programmet</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <location filename="../src/aim_explainer/ui/presentation/audience.py" line="45"/>
        <location filename="../src/aim_explainer/ui/presentation/audience.py" line="255"/>
        <source>Presentation</source>
        <translation>Presentasjon</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/presentation/audience.py" line="172"/>
        <source>Chapter {chapter} of {chapters} · step {step} of {steps}</source>
        <translation>Kapittel {chapter} av {chapters} · steg {step} av {steps}</translation>
    </message>
</context>
<context>
    <name>CaretSpeech</name>
    <message>
        <location filename="../src/aim_explainer/ui/caret_speech.py" line="89"/>
        <source>heading level {level}</source>
        <translation>overskrift nivå {level}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/caret_speech.py" line="120"/>
        <source>source of the number: {what}</source>
        <translation>kilden til tallet: {what}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/caret_speech.py" line="122"/>
        <source>explanation of the word</source>
        <translation>forklaring av ordet</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/caret_speech.py" line="124"/>
        <source>chapter</source>
        <translation>kapittel</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/caret_speech.py" line="126"/>
        <source>web address {url}, copied when chosen</source>
        <translation>nettadresse {url}, kopieres når du velger den</translation>
    </message>
</context>
<context>
    <name>ChapterTab</name>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/chapter_tab.py" line="79"/>
        <source>Loading the study data…</source>
        <translation>Henter studiedataene …</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/chapter_tab.py" line="57"/>
        <source>Next: {chapter}</source>
        <translation>Neste: {chapter}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/chapter_tab.py" line="59"/>
        <source>Back to the start screen</source>
        <translation>Tilbake til startsiden</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/chapter_tab.py" line="87"/>
        <source>Chapter text. Numbers and underlined terms are links: press Tab to reach them and Enter to see the source or the explanation.</source>
        <translation>Kapitteltekst. Tall og understrekede ord er lenker: trykk Tab for å komme til dem og Enter for å se kilden eller forklaringen.</translation>
    </message>
</context>
<context>
    <name>ChapterTitles</name>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/titles.py" line="11"/>
        <source>Background</source>
        <translation>Bakgrunn</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/titles.py" line="12"/>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/titles.py" line="13"/>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/titles.py" line="14"/>
        <source>Comparison</source>
        <translation>Sammenligning</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/titles.py" line="15"/>
        <source>Conclusion</source>
        <translation>Konklusjon</translation>
    </message>
</context>
<context>
    <name>ChartButtons</name>
    <message>
        <location filename="../src/aim_explainer/plots/panel/chart_buttons.py" line="48"/>
        <source>Show chart</source>
        <translation>Vis figur</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/panel/chart_buttons.py" line="50"/>
        <source>Show table</source>
        <translation>Vis tabell</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/panel/chart_buttons.py" line="52"/>
        <source>Show the chart as a table</source>
        <translation>Vis figuren som tabell</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/panel/chart_buttons.py" line="53"/>
        <source>Save PNG…</source>
        <translation>Lagre PNG …</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/panel/chart_buttons.py" line="54"/>
        <source>Save the chart as a PNG picture</source>
        <translation>Lagre figuren som PNG-bilde</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/panel/chart_buttons.py" line="55"/>
        <source>Save SVG…</source>
        <translation>Lagre SVG …</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/panel/chart_buttons.py" line="56"/>
        <source>Save the chart as an SVG drawing</source>
        <translation>Lagre figuren som SVG-tegning</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../src/aim_explainer/plots/panel/export.py" line="48"/>
        <location filename="../src/aim_explainer/plots/panel/export.py" line="64"/>
        <source>the file is incomplete (is the disk full?)</source>
        <translation>filen ble ikke fullstendig (er disken full?)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/panel/export.py" line="89"/>
        <source>the drawing could not be started</source>
        <translation>tegningen kunne ikke startes</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/panel/export.py" line="92"/>
        <source>the drawing could not be finished</source>
        <translation>tegningen kunne ikke fullføres</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/panel/export.py" line="62"/>
        <source>the picture could not be written</source>
        <translation>bildet kunne ikke skrives</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/panel/export.py" line="109"/>
        <source>Save the chart</source>
        <translation>Lagre figuren</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/panel/export.py" line="118"/>
        <source>The chart was not saved</source>
        <translation>Figuren ble ikke lagret</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/panel/export.py" line="119"/>
        <source>{file} could not be saved: {reason}</source>
        <translation>{file} kunne ikke lagres: {reason}</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../src/aim_explainer/plots/panel/chart_panel.py" line="315"/>
        <source>{title}: table</source>
        <translation>{title}: tabell</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="45"/>
        <source>&apos;{text}&apos; is not a size like 1280x800</source>
        <translation>&apos;{text}&apos; er ikke en størrelse som 1280x800</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="50"/>
        <source>{size} is larger than {largest}</source>
        <translation>{size} er større enn {largest}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="62"/>
        <source>&apos;{text}&apos; is not a whole percentage</source>
        <translation>&apos;{text}&apos; er ikke et helt prosenttall</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="66"/>
        <source>{percent} % is outside 100 to 200</source>
        <translation>{percent} % er utenfor 100 til 200</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="76"/>
        <source>no file name given</source>
        <translation>ikke noe filnavn oppgitt</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="78"/>
        <source>no folder name given</source>
        <translation>ikke noe mappenavn oppgitt</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="90"/>
        <source>&apos;{text}&apos; is not a chapter; choose from {names}</source>
        <translation>&apos;{text}&apos; er ikke et kapittel; velg blant {names}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="103"/>
        <source>&apos;{text}&apos; is not a theme; choose from {names}</source>
        <translation>&apos;{text}&apos; er ikke et tema; velg blant {names}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="112"/>
        <source>&apos;{text}&apos; is not a language; choose from {names}</source>
        <translation>&apos;{text}&apos; er ikke et språk; velg blant {names}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="122"/>
        <source>Explains the Norwegian AIM trial of antibiotics for low back pain with Modic changes.</source>
        <translation>Forklarer den norske AIM-studien av antibiotika mot korsryggsmerter med Modic-forandringer.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="130"/>
        <source>show the version and exit</source>
        <translation>vis versjonen og avslutt</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="136"/>
        <source>language of the whole application (default: last used, nb)</source>
        <translation>språket i hele programmet (standard: sist brukt, nb)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="142"/>
        <source>chapter to open: {names}</source>
        <translation>kapitlet som åpnes: {names}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="148"/>
        <source>a study data file of the bundled format</source>
        <translation>en fil med studiedata i samme format som den medfølgende</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="151"/>
        <source>window size, e.g. 1024x768</source>
        <translation>vindusstørrelse, f.eks. 1024x768</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="154"/>
        <source>text size from 100 to 200</source>
        <translation>tekststørrelse fra 100 til 200</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="159"/>
        <source>the path through the chapters: patient (default) or clinician; also what --export-text, --screenshot, --present and --handout write</source>
        <translation>veien gjennom kapitlene: patient (pasient, standard) eller clinician (helsepersonell); også hva --export-text, --screenshot, --present og --handout skriver</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="169"/>
        <source>standard or high-contrast, for the window, the presentation and their screenshots</source>
        <translation>standard eller high-contrast (høy kontrast), for vinduet, presentasjonen og skjermbildene av dem</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="176"/>
        <source>start in presentation mode (with --screenshot: write its steps)</source>
        <translation>start i presentasjonsmodus (med --screenshot: skriv trinnene)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="183"/>
        <source>write DIR/&lt;lang&gt;/&lt;chapter&gt;.png, then exit</source>
        <translation>skriv DIR/&lt;lang&gt;/&lt;chapter&gt;.png og avslutt</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="189"/>
        <source>write DIR/&lt;lang&gt;/&lt;chapter&gt;.txt, then exit</source>
        <translation>skriv DIR/&lt;lang&gt;/&lt;chapter&gt;.txt og avslutt</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="195"/>
        <source>write DIR/&lt;lang&gt;/&lt;chart&gt;.png and .svg, then exit</source>
        <translation>skriv DIR/&lt;lang&gt;/&lt;chart&gt;.png og .svg og avslutt</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="201"/>
        <source>write a printable A4 handout as PDF (see --kind), then exit</source>
        <translation>skriv et utdelingsark i A4 som PDF (se --kind) og avslutt</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="206"/>
        <source>quit once the window has painted, and again with the study text (for start-up benchmarks)</source>
        <translation>avslutt når vinduet er tegnet, og igjen med studieteksten (for målinger av oppstarten)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="213"/>
        <source>with --present: check every step for overlapping or clipped text, print each problem, exit 1 if any</source>
        <translation>med --present: kontroller hvert trinn for tekst som overlapper eller er kuttet, skriv hvert problem, avslutt med 1 hvis det finnes noen</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="221"/>
        <source>the handout --handout writes: for patients or for clinicians (default: as --audience, else patients)</source>
        <translation>utdelingsarket --handout skriver: for pasienter eller for helsepersonell (standard: som --audience, ellers pasienter)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="236"/>
        <source>--kind goes with --handout</source>
        <translation>--kind hører sammen med --handout</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="238"/>
        <source>--check-layout goes with --present</source>
        <translation>--check-layout hører sammen med --present</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/cli.py" line="243"/>
        <source>{option} cannot go with {other}: one of them would be ignored</source>
        <translation>{option} kan ikke brukes sammen med {other}: det ene ville ikke blitt brukt</translation>
    </message>
</context>
<context>
    <name>ComparisonChartsPage</name>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/comparison_charts_page.py" line="78"/>
        <source>Both charts show points on the RMDQ questionnaire. The first sets the two trials&apos; difference after one year on one axis: for the Danish trial the gap between the groups&apos; typical scores, unadjusted and with no interval; for AIM the difference between means, with its 95% confidence interval. The second shows where the Danish gap comes from, beside a bar as tall as AIM&apos;s line set in advance.</source>
        <translation>Begge figurene viser poeng på spørreskjemaet RMDQ. Den første viser forskjellen etter ett år for begge studiene langs én akse: for den danske studien avstanden mellom gruppenes typiske poengsum, ujustert og uten intervall, og for AIM forskjellen mellom gjennomsnittene, med 95 % konfidensintervall. Den andre viser hvor den danske avstanden kommer fra, ved siden av en søyle som er like høy som grensen AIM satte på forhånd.</translation>
    </message>
</context>
<context>
    <name>ComparisonDifferenceChart</name>
    <message>
        <location filename="../src/aim_explainer/plots/charts/comparison_difference.py" line="38"/>
        <source>Points better with antibiotics than with placebo (RMDQ)</source>
        <translation>Poeng bedre med antibiotika enn med placebo (RMDQ)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/comparison_difference.py" line="42"/>
        <source>better with antibiotics</source>
        <translation>bedre med antibiotika</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/comparison_difference.py" line="45"/>
        <source>The difference after one year, both trials on one axis</source>
        <translation>Forskjellen etter ett år, begge studiene langs én akse</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/comparison_difference.py" line="52"/>
        <source>Danish trial: {value} points better with antibiotics. It is the placebo group&apos;s typical score minus the antibiotic group&apos;s, unadjusted, as the AIM researchers give it; no interval is reported.</source>
        <translation>Den danske studien: {value} poeng til fordel for antibiotika. Tallet er placebogruppens typiske poengsum minus antibiotikagruppens, ujustert, slik AIM-forskerne oppgir det. Intervall er ikke oppgitt.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/comparison_difference.py" line="62"/>
        <source>AIM, Modic type 1 (a secondary analysis): {value} points ({interval}).</source>
        <translation>AIM, Modic type 1 (en sekundæranalyse): {value} poeng ({interval}).</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/comparison_difference.py" line="72"/>
        <source>The line set in advance: {mcid} points.</source>
        <translation>Grensen som ble satt på forhånd: {mcid} poeng.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/comparison_difference.py" line="80"/>
        <source>{value} (no interval)</source>
        <translation>{value} (uten intervall)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/comparison_difference.py" line="90"/>
        <source>no interval reported</source>
        <translation>intervall ikke oppgitt</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/comparison_difference.py" line="95"/>
        <source>Difference between typical scores, unadjusted, as the AIM team gives it</source>
        <translation>Forskjell mellom typiske poengsummer, ujustert, slik AIM-forskerne oppgir den</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/comparison_difference.py" line="99"/>
        <source>Difference between means, with 95% interval</source>
        <translation>Forskjell mellom gjennomsnitt, med 95 % intervall</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/comparison_difference.py" line="100"/>
        <source>Difference between means, with 95% interval (secondary analysis)</source>
        <translation>Forskjell mellom gjennomsnitt, med 95 % intervall (sekundæranalyse)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/comparison_difference.py" line="106"/>
        <source>Trial and group</source>
        <translation>Studie og gruppe</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/comparison_difference.py" line="107"/>
        <source>Points better with antibiotics</source>
        <translation>Poeng til fordel for antibiotika</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/comparison_difference.py" line="108"/>
        <source>95% confidence interval</source>
        <translation>95 % konfidensintervall</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/comparison_difference.py" line="109"/>
        <source>What the number is</source>
        <translation>Hva tallet er</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/comparison_difference.py" line="110"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/comparison_difference.py" line="126"/>
        <source>{group}: {value} points better with antibiotics ({interval}). Source: {source}</source>
        <translation>{group}: {value} poeng til fordel for antibiotika ({interval}). Kilde: {source}</translation>
    </message>
</context>
<context>
    <name>ComparisonSources</name>
    <message>
        <location filename="../src/aim_explainer/ui/comparison_sources.py" line="13"/>
        <source>= Same</source>
        <translation>= Likt</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/comparison_sources.py" line="14"/>
        <source>≠ Differs</source>
        <translation>≠ Ulikt</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/comparison_sources.py" line="15"/>
        <source>≈ Differs, not named as a cause</source>
        <translation>≈ Ulikt, ikke nevnt som årsak</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/comparison_sources.py" line="16"/>
        <source>? Unclear</source>
        <translation>? Uklart</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/comparison_sources.py" line="22"/>
        <source>The trials were alike here.</source>
        <translation>Studiene var like her.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/comparison_sources.py" line="23"/>
        <source>The trials differed here.</source>
        <translation>Studiene var ulike her.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/comparison_sources.py" line="24"/>
        <source>The trials differed here, but the AIM researchers did not name it as a possible explanation.</source>
        <translation>Studiene var ulike her, men forskerne bak AIM nevnte ikke dette som en mulig forklaring.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/comparison_sources.py" line="28"/>
        <source>The sources do not let us tell whether the trials differed here.</source>
        <translation>Kildene lar oss ikke si om studiene var ulike her.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/comparison_sources.py" line="39"/>
        <source>not reported</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/comparison_sources.py" line="50"/>
        <source>Explained under:</source>
        <translation>Forklart under:</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/comparison_sources.py" line="59"/>
        <source>Sources:</source>
        <translation>Kilder:</translation>
    </message>
</context>
<context>
    <name>ComparisonTab</name>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/comparison_tab.py" line="45"/>
        <source>Charts</source>
        <translation>Figurer</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/comparison_tab.py" line="46"/>
        <location filename="../src/aim_explainer/ui/tabs/comparison_tab.py" line="203"/>
        <source>Later evidence</source>
        <translation>Senere forskning</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/comparison_tab.py" line="158"/>
        <source>rows of the table: {rows}</source>
        <translation>rader i tabellen: {rows}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/comparison_tab.py" line="197"/>
        <source>Show: {page}</source>
        <translation>Vis: {page}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/comparison_tab.py" line="44"/>
        <source>Side by side</source>
        <translation>Side om side</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/comparison_tab.py" line="198"/>
        <source>Pages in the comparison</source>
        <translation>Sider i sammenligningen</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/comparison_tab.py" line="200"/>
        <source>The table and the explanations, the charts, and the later evidence.</source>
        <translation>Tabellen og forklaringene, figurene og den senere forskningen.</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <location filename="../src/aim_explainer/ui/comparison_table.py" line="119"/>
        <source>Choose the cell to see its source below the table</source>
        <translation>Velg cellen for å se kilden under tabellen</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/comparison_table.py" line="138"/>
        <source>Hides the rows where the trials were alike, and those the sources do not let us compare.</source>
        <translation>Skjuler radene der studiene var like, og radene der kildene ikke lar oss sammenligne.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/comparison_table.py" line="146"/>
        <source>One row per feature. The first column says whether the trials differ. Arrow keys move between cells; the source of the chosen cell is shown below the table, and Enter opens the list of sources at its first number.</source>
        <translation>Én rad for hvert punkt. Den første kolonnen sier om studiene er ulike. Piltastene flytter mellom cellene. Kilden til cellen du har valgt, vises under tabellen, og Enter åpner kildelisten ved det første tallet i cellen.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/comparison_table.py" line="210"/>
        <source>Rows for «{heading}»: {rows}.</source>
        <translation>Rader for «{heading}»: {rows}.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/comparison_table.py" line="135"/>
        <source>Show only the rows where the trials &amp;differ</source>
        <translation>Vis bare radene der studiene er &amp;ulike</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/comparison_table.py" line="136"/>
        <source>Show only the rows where the trials differ</source>
        <translation>Vis bare radene der studiene er ulike</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/comparison_table.py" line="154"/>
        <source>Source of the chosen cell</source>
        <translation>Kilden til cellen du har valgt</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/comparison_table.py" line="156"/>
        <source>Tab reaches the links: a number opens the list of sources at that number.</source>
        <translation>Tab går til lenkene. Et tall åpner kildelisten ved det tallet.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/comparison_table.py" line="144"/>
        <source>The Danish trial and AIM, side by side</source>
        <translation>Den danske studien og AIM, side om side</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/comparison_table.py" line="153"/>
        <source>Where the chosen cell comes from</source>
        <translation>Hvor cellen du har valgt, kommer fra</translation>
    </message>
</context>
<context>
    <name>DanishScoresChart</name>
    <message>
        <location filename="../src/aim_explainer/plots/charts/danish_scores.py" line="33"/>
        <source>at the start</source>
        <translation>ved start</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/danish_scores.py" line="35"/>
        <source>after one year</source>
        <translation>etter ett år</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/danish_scores.py" line="38"/>
        <source>at the end of treatment ({days} days)</source>
        <translation>ved slutten av behandlingen ({days} dager)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/danish_scores.py" line="39"/>
        <source>week {week}</source>
        <translation>uke {week}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/danish_scores.py" line="98"/>
        <source>Danish gap after one year</source>
        <translation>Dansk avstand etter ett år</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/danish_scores.py" line="102"/>
        <source>AIM&apos;s line set in advance</source>
        <translation>grensen AIM satte på forhånd</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/danish_scores.py" line="116"/>
        <source>The Danish trial: typical scores at each visit</source>
        <translation>Den danske studien: typisk poengsum ved hvert besøk</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/danish_scores.py" line="120"/>
        <source>The Danish groups&apos; typical scores at the start, at the end of treatment and after one year, as the abstract gives them; it does not say whether they are means or medians.</source>
        <translation>De danske gruppenes typiske poengsum ved start, ved slutten av behandlingen og etter ett år, slik artikkelsammendraget oppgir dem. Det står ikke om de er gjennomsnitt eller median.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/danish_scores.py" line="128"/>
        <source>After one year the gap between the groups is {gap} points, as the AIM team works it out; the bar beside it is as tall as AIM&apos;s line set in advance, {mcid} points.</source>
        <translation>Etter ett år er avstanden mellom gruppene {gap} poeng, slik AIM-forskerne regner den ut. Søylen ved siden av er like høy som grensen AIM satte på forhånd, {mcid} poeng.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/danish_scores.py" line="137"/>
        <source>The Danish trial may have used the Danish version of the questionnaire, with {n} statements.</source>
        <translation>Den danske studien kan ha brukt den danske versjonen av spørreskjemaet, med {n} utsagn.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/danish_scores.py" line="144"/>
        <source>AIM&apos;s scores at each visit are not in our data, so they are not drawn.</source>
        <translation>AIMs poengsum ved hvert besøk finnes ikke i dataene våre, og er derfor ikke tegnet.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/danish_scores.py" line="154"/>
        <source>Trial and group</source>
        <translation>Studie og gruppe</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/danish_scores.py" line="155"/>
        <source>Visit</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/danish_scores.py" line="156"/>
        <source>Typical score</source>
        <translation>Typisk poengsum</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/danish_scores.py" line="157"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
</context>
<context>
    <name>DataBanner</name>
    <message>
        <location filename="../src/aim_explainer/ui/data_banner.py" line="60"/>
        <source>Close this message</source>
        <translation>Lukk meldingen</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/data_banner.py" line="67"/>
        <source>The data file you chose could not be used, so the built-in study data is shown.</source>
        <translation>Datafilen du valgte, kunne ikke brukes. Programmet viser derfor de innebygde studiedataene.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/data_banner.py" line="73"/>
        <source>… and {n} more</source>
        <translation>… og {n} til</translation>
    </message>
</context>
<context>
    <name>DataProblem</name>
    <message>
        <location filename="../src/aim_explainer/core/data.py" line="141"/>
        <source>must not be empty</source>
        <translation>kan ikke være tomt</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data.py" line="144"/>
        <source>must be &apos;yes&apos; or &apos;no&apos;, not &apos;{text}&apos;</source>
        <translation>må være «yes» eller «no», ikke «{text}»</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data.py" line="150"/>
        <source>must be a whole number of 0 or more, not {value}</source>
        <translation>må være et helt tall, 0 eller mer, ikke {value}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data.py" line="176"/>
        <source>{row} is needed, so it must have a verified value</source>
        <translation>{row} trengs, så raden må ha en kontrollert verdi</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data.py" line="179"/>
        <source>{row} is needed with its interval (ci_low and ci_high)</source>
        <translation>{row} trengs med intervallet sitt (ci_low og ci_high)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data.py" line="199"/>
        <source>the file has a header but no rows</source>
        <translation>filen har en overskriftslinje, men ingen rader</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data.py" line="206"/>
        <source>a required row is missing: {row}</source>
        <translation>en rad som trengs, mangler: {row}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data.py" line="209"/>
        <source>rows {lines} all match {row}</source>
        <translation>radene {lines} passer alle til {row}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="50"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="51"/>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, linje {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="52"/>
        <source>{file}, field &apos;{field}&apos;: {problem}</source>
        <translation>{file}, feltet «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="53"/>
        <source>{file}, line {line}, field &apos;{field}&apos;: {problem}</source>
        <translation>{file}, linje {line}, feltet «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="111"/>
        <source>&apos;{text}&apos;</source>
        <translation>«{text}»</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="113"/>
        <source>&apos;{text}…&apos; ({count} characters)</source>
        <translation>«{text}…» ({count} tegn)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="122"/>
        <source>{lines} and {more} more</source>
        <translation>{lines} og {more} til</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="132"/>
        <source>{head} / week {week} / {tail}</source>
        <translation>{head} / uke {week} / {tail}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="146"/>
        <source>{text} is not a number: write decimals with a point, like 2.5</source>
        <translation>{text} er ikke et tall: skriv desimaler med punktum, som 2.5</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="148"/>
        <source>{text} is not a number: write it like -2.5</source>
        <translation>{text} er ikke et tall: skriv det som -2.5</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="153"/>
        <source>{text} has more than {digits} significant digits</source>
        <translation>{text} har flere enn {digits} gjeldende sifre</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="166"/>
        <source>the value is empty, but a row marked verified=yes must have a value</source>
        <translation>verdien er tom, men en rad merket verified=yes må ha en verdi</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="169"/>
        <source>&apos;{text}&apos; (not a number) marks a missing value, but a row marked verified=yes must have a value</source>
        <translation>«{text}» (ikke et tall) betyr at verdien mangler, men en rad merket verified=yes må ha en verdi</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="174"/>
        <source>&apos;{text}&apos; marks a missing value, but a row marked verified=yes must have a value</source>
        <translation>«{text}» betyr at verdien mangler, men en rad merket verified=yes må ha en verdi</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="191"/>
        <source>an interval needs both ci_low and ci_high</source>
        <translation>et intervall trenger både ci_low og ci_high</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="195"/>
        <source>ci_low {low} is above ci_high {high}</source>
        <translation>ci_low {low} er større enn ci_high {high}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="197"/>
        <source>{value} lies outside its interval {low} to {high}</source>
        <translation>{value} ligger utenfor intervallet sitt, {low} til {high}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="200"/>
        <source>{weeks} weeks is outside 0 to 520</source>
        <translation>{weeks} uker er utenfor 0 til 520</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="209"/>
        <source>a count must be a whole number of 0 or more, not {value}</source>
        <translation>et antall må være et helt tall, 0 eller mer, ikke {value}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="215"/>
        <source>a percentage must lie between 0 and 100, not {value}</source>
        <translation>en prosent må ligge mellom 0 og 100, ikke {value}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="219"/>
        <source>a P value must lie between 0 and 1, not {value}</source>
        <translation>en P-verdi må ligge mellom 0 og 1, ikke {value}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="221"/>
        <source>{value} is not a plausible year</source>
        <translation>{value} er ikke et mulig årstall</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="226"/>
        <source>an RMDQ difference must lie between -24 and 24, not {value}</source>
        <translation>en forskjell på RMDQ må ligge mellom -24 og 24, ikke {value}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="235"/>
        <source>an RMDQ score must lie between 0 and 24, not {value}</source>
        <translation>en RMDQ-poengsum må ligge mellom 0 og 24, ikke {value}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_checks.py" line="257"/>
        <source>{row} is also on line {line}, with {field} {there} there and {here} here</source>
        <translation>{row} står også på linje {line}, med {field} {there} der og {here} her</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_file.py" line="39"/>
        <source>the file is too large ({size} MB): a study data file may be at most {most} MB</source>
        <translation>filen er for stor ({size} MB): en fil med studiedata kan være høyst {most} MB</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_file.py" line="48"/>
        <source>the file does not exist</source>
        <translation>filen finnes ikke</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_file.py" line="51"/>
        <source>it is a folder, not a file</source>
        <translation>det er en mappe, ikke en fil</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_file.py" line="54"/>
        <source>it is a device or a socket, not a file</source>
        <translation>det er en enhet eller en socket, ikke en fil</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_file.py" line="64"/>
        <source>the file cannot be read: {reason}</source>
        <translation>filen kan ikke leses: {reason}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_file.py" line="69"/>
        <source>the file has more than {lines} lines: a study data file has a few hundred</source>
        <translation>filen har flere enn {lines} linjer: en fil med studiedata har noen hundre</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_file.py" line="82"/>
        <source>the file is not UTF-8 text: byte {byte} on this line; save it as UTF-8</source>
        <translation>filen er ikke UTF-8-tekst: byte {byte} på denne linjen; lagre den som UTF-8</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_file.py" line="88"/>
        <source>this line holds a NUL byte: the file is not a text file</source>
        <translation>denne linjen har en NUL-byte: filen er ikke en tekstfil</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_file.py" line="101"/>
        <source>the columns are separated by semicolons: save the file with commas (CSV)</source>
        <translation>kolonnene er skilt med semikolon: lagre filen med komma (CSV)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_file.py" line="104"/>
        <source>the columns are separated by tabs: save the file with commas (CSV)</source>
        <translation>kolonnene er skilt med tabulator: lagre filen med komma (CSV)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_file.py" line="117"/>
        <source>write the column names in lower case without spaces, like &apos;study&apos;, not {names}</source>
        <translation>skriv kolonnenavnene med små bokstaver og uten mellomrom, som «study», ikke {names}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_file.py" line="121"/>
        <source>this required column is missing from the header</source>
        <translation>denne kolonnen trengs, men mangler i overskriftslinjen</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_file.py" line="141"/>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/data_file.py" line="143"/>
        <source>the file is not valid CSV: {reason}</source>
        <translation>filen er ikke gyldig CSV: {reason}</translation>
    </message>
</context>
<context>
    <name>DesignPicture</name>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/design.py" line="27"/>
        <source>{n} patients with Modic changes, {h} hospitals</source>
        <translation>{n} pasienter ved {h} sykehus</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/design.py" line="30"/>
        <source>Chance decided the group</source>
        <translation>Loddtrekning avgjorde gruppen</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/design.py" line="31"/>
        <source>{n} got amoxicillin</source>
        <translation>{n} fikk amoksicillin</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/design.py" line="32"/>
        <source>{n} got placebo (dummy capsules)</source>
        <translation>{n} fikk placebo (kapsler uten virkestoff)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/design.py" line="33"/>
        <source>{d} days of capsules</source>
        <translation>{d} dager med kapsler</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/design.py" line="35"/>
        <source>Filled in forms for a year</source>
        <translation>Fylte ut skjemaer i ett år</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/design.py" line="36"/>
        <source>Nobody was told who got what</source>
        <translation>Ingen fikk vite hvem som fikk hva</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/design.py" line="41"/>
        <source>Picture of the trial: {patients}. {chance}: {amox}, {placebo}. Both groups: {days}, and questionnaires from the start to one year. {blind}.</source>
        <translation>Bilde av studien: {patients}. {chance}: {amox}, {placebo}. Begge gruppene: {days}, og spørreskjemaer fra start til ett år. {blind}.</translation>
    </message>
</context>
<context>
    <name>EffectChart</name>
    <message>
        <location filename="../src/aim_explainer/plots/charts/effect.py" line="212"/>
        <source>Points better with amoxicillin on the 0 to 24 questionnaire</source>
        <translation>Poeng til fordel for amoksicillin på spørreskjemaet (0 til 24)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/effect.py" line="194"/>
        <source>Set in advance: {value}</source>
        <translation>Satt på forhånd: {value}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/effect.py" line="198"/>
        <source>Danish trial: {value}
(typical values, unadjusted)</source>
        <translation>Dansk studie: {value}
(typiske verdier, ikke justert)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/effect.py" line="350"/>
        <source>The difference after one year, with 95% confidence intervals</source>
        <translation>Forskjellen etter ett år, med 95 % konfidensintervall</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/effect.py" line="366"/>
        <source>95% confidence interval</source>
        <translation>95 % konfidensintervall</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/effect.py" line="387"/>
        <source>Main analysis</source>
        <translation>Hovedanalyse</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/effect.py" line="388"/>
        <source>Secondary analysis</source>
        <translation>Sekundæranalyse</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/effect.py" line="204"/>
        <location filename="../src/aim_explainer/plots/charts/effect.py" line="310"/>
        <source>better with placebo</source>
        <translation>bedre med placebo</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/effect.py" line="205"/>
        <location filename="../src/aim_explainer/plots/charts/effect.py" line="311"/>
        <source>better with amoxicillin</source>
        <translation>bedre med amoksicillin</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/effect.py" line="356"/>
        <source>All patients: {value} points better with amoxicillin ({interval}). The line set in advance: {mcid} points. Grey rows are exploratory.</source>
        <translation>Alle pasienter: {value} poeng til fordel for amoksicillin ({interval}). Grensen som ble satt på forhånd: {mcid} poeng. Grå rader er utforskende analyser.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/effect.py" line="364"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/effect.py" line="365"/>
        <source>Points better with amoxicillin</source>
        <translation>Poeng til fordel for amoksicillin</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/effect.py" line="367"/>
        <source>Kind of analysis</source>
        <translation>Analysetype</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/effect.py" line="368"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/effect.py" line="325"/>
        <location filename="../src/aim_explainer/plots/charts/effect.py" line="385"/>
        <source>Exploratory</source>
        <translation>Utforskende</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/effect.py" line="392"/>
        <source>{group}: {value} points better with amoxicillin ({interval}). Source: {source}</source>
        <translation>{group}: {value} poeng til fordel for amoksicillin ({interval}). Kilde: {source}</translation>
    </message>
</context>
<context>
    <name>Fact</name>
    <message>
        <location filename="../src/aim_explainer/core/comparison_facts.py" line="145"/>
        <source>AIM: amoxicillin alone, without clavulanic acid</source>
        <translation>AIM: amoksicillin alene, uten klavulansyre</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/comparison_facts.py" line="184"/>
        <source>AIM: disability measured with the Norwegian RMDQ</source>
        <translation>AIM: funksjon målt med den norske versjonen av RMDQ</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/comparison_facts.py" line="152"/>
        <source>AIM: double-blind, with placebo</source>
        <translation>AIM: dobbeltblindet, med placebo</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/comparison_facts.py" line="137"/>
        <source>AIM: led from Oslo University Hospital</source>
        <translation>AIM: ledet fra Oslo universitetssykehus</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/comparison_facts.py" line="165"/>
        <source>AIM: capsules meant to hide smell and taste</source>
        <translation>AIM: kapsler som skulle skjule lukt og smak</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/comparison_facts.py" line="178"/>
        <source>AIM: no extra treatments</source>
        <translation>AIM: ingen tilleggsbehandling</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/comparison_facts.py" line="192"/>
        <source>AIM: difference between the groups&apos; means, with a 95% interval</source>
        <translation>AIM: forskjell mellom gruppenes gjennomsnitt, med 95 % intervall</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/comparison_facts.py" line="172"/>
        <source>AIM: patients asked which treatment they thought they had</source>
        <translation>AIM: pasientene ble spurt hvilken behandling de trodde de fikk</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/comparison_facts.py" line="159"/>
        <source>AIM: what the placebo was made of</source>
        <translation>AIM: hva placebo var laget av</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/comparison_facts.py" line="57"/>
        <source>Danish trial: Modic type of the patients</source>
        <translation>Den danske studien: pasientenes Modic-type</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/comparison_facts.py" line="71"/>
        <source>Danish trial: a single and a double dose group</source>
        <translation>Den danske studien: en gruppe med enkel og en med dobbel dose</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/comparison_facts.py" line="104"/>
        <source>Danish trial: disability measured with the RMDQ</source>
        <translation>Den danske studien: funksjon målt med RMDQ</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/comparison_facts.py" line="78"/>
        <source>Danish trial: double-blind, with placebo</source>
        <translation>Den danske studien: dobbeltblindet, med placebo</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/comparison_facts.py" line="124"/>
        <source>Danish trial: important effect sizes set for some outcomes</source>
        <translation>Den danske studien: viktige effektstørrelser satt for noen av målene</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/comparison_facts.py" line="98"/>
        <source>Danish trial: no extra treatments described</source>
        <translation>Den danske studien: ingen tilleggsbehandling beskrevet</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/comparison_facts.py" line="90"/>
        <source>Danish trial: no test of the blinding reported</source>
        <translation>Den danske studien: ingen kontroll av blindingen rapportert</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/comparison_facts.py" line="45"/>
        <source>Danish trial: number of recruiting sites</source>
        <translation>Den danske studien: antall sykehus som tok inn pasienter</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/comparison_facts.py" line="117"/>
        <source>Danish trial: one typical value per group, mean or median not stated</source>
        <translation>Den danske studien: én typisk verdi per gruppe, uten at det står om det er gjennomsnitt eller median</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/comparison_facts.py" line="64"/>
        <source>Danish trial: the drug (amoxicillin with clavulanic acid)</source>
        <translation>Den danske studien: legemiddelet (amoksicillin med klavulansyre)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/comparison_facts.py" line="131"/>
        <source>Danish trial: the values of those effect sizes</source>
        <translation>Den danske studien: verdiene for disse effektstørrelsene</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/comparison_facts.py" line="84"/>
        <source>Danish trial: what the placebo was made of</source>
        <translation>Den danske studien: hva placebo var laget av</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/comparison_facts.py" line="38"/>
        <source>Danish trial: where the authors worked</source>
        <translation>Den danske studien: hvor forfatterne arbeidet</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/comparison_facts.py" line="111"/>
        <source>Danish trial: which version of the RMDQ</source>
        <translation>Den danske studien: hvilken versjon av RMDQ</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/comparison_facts.py" line="51"/>
        <source>Danish trial: years patients were recruited</source>
        <translation>Den danske studien: årene pasientene ble tatt inn</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../src/aim_explainer/core/atomic_file.py" line="43"/>
        <source>could not write {file}: {reason}</source>
        <translation>kunne ikke skrive {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/atomic_file.py" line="73"/>
        <source>the disk is full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/atomic_file.py" line="75"/>
        <source>the disk quota is used up</source>
        <translation>diskkvoten er brukt opp</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/atomic_file.py" line="77"/>
        <source>permission denied</source>
        <translation>ingen skrivetilgang</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/atomic_file.py" line="79"/>
        <source>the disk is read-only</source>
        <translation>disken er skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/atomic_file.py" line="81"/>
        <source>the name is too long</source>
        <translation>navnet er for langt</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/atomic_file.py" line="83"/>
        <source>the folder does not exist</source>
        <translation>mappen finnes ikke</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/atomic_file.py" line="85"/>
        <source>{name} is a file, not a folder</source>
        <translation>{name} er en fil, ikke en mappe</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/atomic_file.py" line="87"/>
        <location filename="../src/aim_explainer/core/atomic_file.py" line="105"/>
        <source>it is a folder, not a file</source>
        <translation>det er en mappe, ikke en fil</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/atomic_file.py" line="107"/>
        <source>it is a device, not a file</source>
        <translation>det er en enhet, ikke en fil</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/atomic_file.py" line="109"/>
        <source>it is a pipe (FIFO), not a file</source>
        <translation>det er et rør (FIFO), ikke en fil</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/atomic_file.py" line="111"/>
        <source>it is a socket, not a file</source>
        <translation>det er en socket, ikke en fil</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/atomic_file.py" line="112"/>
        <source>it is not an ordinary file</source>
        <translation>det er ikke en vanlig fil</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/atomic_file.py" line="119"/>
        <source>no file name was given</source>
        <translation>det er ikke oppgitt noe filnavn</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/atomic_file.py" line="132"/>
        <source>the file is read-only</source>
        <translation>filen er skrivebeskyttet</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../src/aim_explainer/ui/glossary_dialog.py" line="66"/>
        <source>Glossary</source>
        <translation>Ordliste</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/glossary_dialog.py" line="67"/>
        <source>Terms</source>
        <translation>Ord</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/glossary_dialog.py" line="68"/>
        <source>Explanation of the term</source>
        <translation>Forklaring av ordet</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../src/aim_explainer/printing/pages.py" line="63"/>
        <source>{app}. Printed {date}</source>
        <translation>{app}. Skrevet ut {date}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/printing/pages.py" line="64"/>
        <source>The AIM trial explained</source>
        <translation>AIM-studien forklart</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/printing/pages.py" line="66"/>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} av {pages}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/printing/pages.py" line="77"/>
        <source>page {page} could not be started</source>
        <translation>side {page} kunne ikke påbegynnes</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/printing/pages.py" line="110"/>
        <source>the printer or file could not be opened for writing</source>
        <translation>skriveren eller filen kunne ikke åpnes for skriving</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/printing/pages.py" line="120"/>
        <source>the printer or file did not take the last page</source>
        <translation>skriveren eller filen tok ikke imot siste side</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/printing/pdf.py" line="71"/>
        <source>the PDF was not drawn whole</source>
        <translation>PDF-en ble ikke tegnet ferdig</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../src/aim_explainer/ui/handout_dialog.py" line="41"/>
        <location filename="../src/aim_explainer/ui/handout_dialog.py" line="140"/>
        <source>Print a handout</source>
        <translation>Skriv ut et informasjonsark</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/handout_dialog.py" line="43"/>
        <location filename="../src/aim_explainer/ui/handout_dialog.py" line="194"/>
        <location filename="../src/aim_explainer/ui/handout_dialog.py" line="211"/>
        <source>Save a handout as PDF</source>
        <translation>Lagre et informasjonsark som PDF</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/handout_dialog.py" line="46"/>
        <source>Which handout? It is made in {language}, the language the application shows now.</source>
        <translation>Hvilket ark? Det lages på {language}, språket programmet viser nå.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/handout_dialog.py" line="54"/>
        <source>For patients: what was tested and found, what it means, what is still open, and three questions to ask (two pages)</source>
        <translation>For pasienter: hva som ble testet og funnet, hva det betyr, hva som fortsatt er åpent, og tre spørsmål å stille (to sider)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/handout_dialog.py" line="59"/>
        <source>For health professionals: the numbers with the subgroups, the comparison with the Danish trial and the references (two pages)</source>
        <translation>For helsepersonell: tallene med undergruppene, sammenligningen med den danske studien og referansene (to sider)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/handout_dialog.py" line="76"/>
        <source>Print…</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/handout_dialog.py" line="76"/>
        <source>Save…</source>
        <translation>Lagre …</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/handout_dialog.py" line="117"/>
        <source>Handout</source>
        <translation>Informasjonsark</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/handout_dialog.py" line="118"/>
        <source>The handout could not be made: {error}</source>
        <translation>Arket kunne ikke lages: {error}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/handout_dialog.py" line="153"/>
        <source>The handout went to the printer. Pages: {pages}.</source>
        <translation>Arket er sendt til skriveren. Sider: {pages}.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/handout_dialog.py" line="160"/>
        <source>aim-trial-patient-handout.pdf</source>
        <translation>aim-studien-pasientark.pdf</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/handout_dialog.py" line="161"/>
        <source>aim-trial-clinician-summary.pdf</source>
        <translation>aim-studien-fagark.pdf</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/handout_dialog.py" line="182"/>
        <source>Saved {path}. Pages: {pages}.</source>
        <translation>Lagret {path}. Sider: {pages}.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/handout_dialog.py" line="196"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/handout_dialog.py" line="212"/>
        <source>{file} already exists. Do you want to replace it?</source>
        <translation>{file} finnes allerede. Vil du erstatte den?</translation>
    </message>
</context>
<context>
    <name>IconArray</name>
    <message>
        <location filename="../src/aim_explainer/plots/charts/side_effects.py" line="106"/>
        <source>{group}: {filled} of {people} ({percent})</source>
        <translation>{group}: {filled} av {people} ({percent})</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/side_effects.py" line="110"/>
        <source>of the {n} in the group</source>
        <translation>av de {n} i gruppen</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/side_effects.py" line="117"/>
        <source>{group}: {filled} of {people}</source>
        <translation>{group}: {filled} av {people}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/side_effects.py" line="125"/>
        <source>Side effects: 100 people in each group</source>
        <translation>Bivirkninger: 100 personer i hver gruppe</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/side_effects.py" line="129"/>
        <source>Each figure is one person in 100. A filled figure had problems that health professionals judged could come from the capsules.</source>
        <translation>Hver figur er én person av 100. En fylt figur hadde plager som helsepersonell mente kunne komme av kapslene.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/side_effects.py" line="143"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/side_effects.py" line="144"/>
        <source>Had side effects that could come from the capsules</source>
        <translation>Fikk bivirkninger som kunne komme av kapslene</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/side_effects.py" line="145"/>
        <source>People in the group</source>
        <translation>Personer i gruppen</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/side_effects.py" line="146"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/side_effects.py" line="173"/>
        <source>Source: {source}</source>
        <translation>Kilde: {source}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="99"/>
        <source>The AIM trial explained</source>
        <translation>AIM-studien forklart</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="102"/>
        <source>Chapter {n} (Ctrl+{n})</source>
        <translation>Kapittel {n} (Ctrl+{n})</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="103"/>
        <location filename="../src/aim_explainer/ui/main_window.py" line="104"/>
        <source>Chapters</source>
        <translation>Kapitler</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="106"/>
        <source>Five chapters. Ctrl+Tab moves to the next, Ctrl+1 to Ctrl+5 jump to one.</source>
        <translation>Fem kapitler. Ctrl+Tab går til neste, Ctrl+1 til Ctrl+5 går rett til ett av dem.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/main_window.py" line="232"/>
        <source>Web address copied, to read later when you are online: {url}</source>
        <translation>Nettadressen er kopiert, så du kan lese den senere når du er på nett: {url}</translation>
    </message>
</context>
<context>
    <name>PlannedEffectChart</name>
    <message>
        <location filename="../src/aim_explainer/plots/charts/planned_effect.py" line="64"/>
        <source>Set in advance: {value}
(enough to matter)</source>
        <translation>Satt på forhånd: {value}
(nok til å bety noe)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/planned_effect.py" line="68"/>
        <source>no difference</source>
        <translation>ingen forskjell</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/planned_effect.py" line="72"/>
        <source>The difference after one year: results of the planned analyses</source>
        <translation>Forskjellen etter ett år: resultatene fra de planlagte analysene</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/planned_effect.py" line="84"/>
        <source>None of the estimates reaches it.</source>
        <translation>Ingen av anslagene når dit.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/planned_effect.py" line="78"/>
        <source>All patients: {value} points better with amoxicillin ({interval}). The shaded zone starts at the line set in advance, {mcid} points: the smallest difference that was to count.</source>
        <translation>Alle pasienter: {value} poeng til fordel for amoksicillin ({interval}). Det skraverte feltet begynner ved grensen som ble satt på forhånd, {mcid} poeng: den minste forskjellen som skulle telle.</translation>
    </message>
</context>
<context>
    <name>Playback</name>
    <message>
        <location filename="../src/aim_explainer/plots/panel/playback.py" line="216"/>
        <location filename="../src/aim_explainer/plots/panel/playback.py" line="225"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/panel/playback.py" line="218"/>
        <location filename="../src/aim_explainer/plots/panel/playback.py" line="225"/>
        <source>Play</source>
        <translation>Spill av</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/panel/playback.py" line="233"/>
        <source>Play or pause (Space)</source>
        <translation>Spill av eller pause (mellomrom)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/panel/playback.py" line="234"/>
        <source>Step back (Left arrow)</source>
        <translation>Ett steg tilbake (venstre pil)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/panel/playback.py" line="236"/>
        <source>Step forward (Right arrow)</source>
        <translation>Ett steg fram (høyre pil)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/panel/playback.py" line="238"/>
        <source>Position in the animation</source>
        <translation>Hvor langt animasjonen har kommet</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/panel/playback.py" line="239"/>
        <source>Speed</source>
        <translation>Fart</translation>
    </message>
</context>
<context>
    <name>PointsChart</name>
    <message>
        <location filename="../src/aim_explainer/plots/charts/points.py" line="100"/>
        <source>The {n} yes/no statements of the questionnaire</source>
        <translation>De {n} ja/nei-utsagnene i spørreskjemaet</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/points.py" line="104"/>
        <source>{value} points</source>
        <translation>{value} poeng</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/points.py" line="110"/>
        <source>{label}: {value} points</source>
        <translation>{label}: {value} poeng</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/points.py" line="112"/>
        <source>{label}: {value} points, the gap between the groups’ typical scores</source>
        <translation>{label}: {value} poeng, avstanden mellom gruppenes typiske poengsum</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/points.py" line="115"/>
        <source>{label}: {value} points, the difference between the groups’ averages</source>
        <translation>{label}: {value} poeng, forskjellen mellom gruppenes gjennomsnitt</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/points.py" line="124"/>
        <source>What a point means: one point is one “yes” on the questionnaire</source>
        <translation>Hva et poeng betyr: ett poeng er ett «ja» på skjemaet</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/points.py" line="128"/>
        <source>Each point is one “yes” to one of the {n} statements. A group’s average is not a number of statements for any one person.</source>
        <translation>Hvert poeng er ett «ja» til ett av de {n} utsagnene. Et gjennomsnitt for en gruppe er ikke et antall utsagn for én bestemt person.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/points.py" line="167"/>
        <source>Source: {source}</source>
        <translation>Kilde: {source}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/points.py" line="138"/>
        <source>The Danish trial may have used the Danish version of the questionnaire, which has {n} statements.</source>
        <translation>Den danske studien kan ha brukt den danske versjonen av spørreskjemaet, som har {n} utsagn.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/points.py" line="147"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/points.py" line="148"/>
        <source>Points</source>
        <translation>Poeng</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <location filename="../src/aim_explainer/ui/presentation/presenter.py" line="77"/>
        <source>Presenter view</source>
        <translation>Presentasjonsvisning</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/presentation/presenter.py" line="91"/>
        <source>Step {step} of {steps}: {title}</source>
        <translation>Steg {step} av {steps}: {title}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/presentation/presenter.py" line="94"/>
        <source>screen blanked</source>
        <translation>skjermen er svart</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/presentation/presenter.py" line="96"/>
        <location filename="../src/aim_explainer/ui/presentation/presenter.py" line="98"/>
        <source>Speaker notes</source>
        <translation>Notater til foredragsholderen</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/presentation/presenter.py" line="97"/>
        <source>(no notes for this step)</source>
        <translation>(ingen notater til dette steget)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/presentation/presenter.py" line="99"/>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/presentation/presenter.py" line="101"/>
        <source>(the end)</source>
        <translation>(slutt)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/presentation/presenter.py" line="103"/>
        <source>Next step</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/presentation/presenter.py" line="134"/>
        <source>Time since the start</source>
        <translation>Tid siden start</translation>
    </message>
</context>
<context>
    <name>Quantity</name>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="54"/>
        <source>AIM: patients randomised</source>
        <translation>AIM: pasienter som ble trukket til en gruppe</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="55"/>
        <source>AIM: patients given amoxicillin</source>
        <translation>AIM: pasienter som fikk amoksicillin</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="56"/>
        <source>AIM: patients given placebo</source>
        <translation>AIM: pasienter som fikk placebo</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="57"/>
        <source>AIM: patients with Modic type 1</source>
        <translation>AIM: pasienter med Modic type 1</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="58"/>
        <source>AIM: patients with Modic type 2</source>
        <translation>AIM: pasienter med Modic type 2</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="59"/>
        <source>AIM: hospitals taking part</source>
        <translation>AIM: sykehus som var med</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="60"/>
        <source>AIM: first year of enrolment</source>
        <translation>AIM: første år pasienter ble tatt inn</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="61"/>
        <source>AIM: last year of enrolment</source>
        <translation>AIM: siste år pasienter ble tatt inn</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="62"/>
        <source>AIM: year the trial ended</source>
        <translation>AIM: året studien ble avsluttet</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="63"/>
        <source>AIM: year of publication</source>
        <translation>AIM: året resultatene ble publisert</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="64"/>
        <source>AIM: amoxicillin dose in mg, three times a day</source>
        <translation>AIM: dose amoksicillin i mg, tre ganger om dagen</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="65"/>
        <source>AIM: days of treatment</source>
        <translation>AIM: antall dager med behandling</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="66"/>
        <source>AIM: smallest important difference between groups, set in advance (RMDQ points)</source>
        <translation>AIM: minste viktige forskjell mellom gruppene, bestemt på forhånd (RMDQ-poeng)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="67"/>
        <source>AIM: number of times the RMDQ was filled in</source>
        <translation>AIM: antall ganger RMDQ ble fylt ut</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="68"/>
        <source>AIM: lowest back pain score needed to take part</source>
        <translation>AIM: laveste smertetall i ryggen for å være med</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="69"/>
        <source>AIM: disc herniation within this many years</source>
        <translation>AIM: skiveprolaps innen så mange år</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="70"/>
        <source>AIM: average age, amoxicillin group</source>
        <translation>AIM: gjennomsnittsalder, amoksicillingruppen</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="71"/>
        <source>AIM: average age, placebo group</source>
        <translation>AIM: gjennomsnittsalder, placebogruppen</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="72"/>
        <source>AIM: patients analysed at one year</source>
        <translation>AIM: pasienter analysert etter ett år</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="74"/>
        <source>AIM: average RMDQ score at the start, Modic type 1, both groups</source>
        <translation>AIM: gjennomsnittlig RMDQ-poengsum ved start, Modic type 1, begge gruppene</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="75"/>
        <source>AIM: average RMDQ score at the start, Modic type 2, both groups</source>
        <translation>AIM: gjennomsnittlig RMDQ-poengsum ved start, Modic type 2, begge gruppene</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="77"/>
        <source>AIM: points better with amoxicillin at one year, all patients</source>
        <translation>AIM: poeng til fordel for amoksicillin etter ett år, alle pasienter</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="78"/>
        <source>AIM: points better with amoxicillin at one year, Modic type 1</source>
        <translation>AIM: poeng til fordel for amoksicillin etter ett år, Modic type 1</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="79"/>
        <source>AIM: points better with amoxicillin at one year, Modic type 2</source>
        <translation>AIM: poeng til fordel for amoksicillin etter ett år, Modic type 2</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="80"/>
        <source>AIM (exploratory): points better with amoxicillin, under 40</source>
        <translation>AIM (utforskende): poeng til fordel for amoksicillin, under 40 år</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="81"/>
        <source>AIM (exploratory): points better with amoxicillin, 40 and over</source>
        <translation>AIM (utforskende): poeng til fordel for amoksicillin, 40 år og eldre</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="82"/>
        <source>AIM (exploratory): points better with amoxicillin, STIR3 MRI group</source>
        <translation>AIM (utforskende): poeng til fordel for amoksicillin, MR-gruppen STIR3</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="83"/>
        <source>AIM: P value, all patients</source>
        <translation>AIM: P-verdi, alle pasienter</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="85"/>
        <source>AIM: drug-related side effects, amoxicillin (%)</source>
        <translation>AIM: bivirkninger av medisinen, amoksicillin (%)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="86"/>
        <source>AIM: drug-related side effects, placebo (%)</source>
        <translation>AIM: bivirkninger av medisinen, placebo (%)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="87"/>
        <source>AIM: diarrhoea, amoxicillin (%)</source>
        <translation>AIM: diaré, amoksicillin (%)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="88"/>
        <source>AIM: diarrhoea, placebo (%)</source>
        <translation>AIM: diaré, placebo (%)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="89"/>
        <source>AIM: rash, amoxicillin (%)</source>
        <translation>AIM: utslett, amoksicillin (%)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="90"/>
        <source>AIM: rash, placebo (%)</source>
        <translation>AIM: utslett, placebo (%)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="91"/>
        <source>AIM: stomach pain, amoxicillin (%)</source>
        <translation>AIM: magesmerter, amoksicillin (%)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="92"/>
        <source>AIM: stomach pain, placebo (%)</source>
        <translation>AIM: magesmerter, placebo (%)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="93"/>
        <source>AIM: vaginal yeast infection, women on amoxicillin (%)</source>
        <translation>AIM: soppinfeksjon i skjeden, kvinner med amoksicillin (%)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="94"/>
        <source>AIM: vaginal yeast infection, women on placebo (number)</source>
        <translation>AIM: soppinfeksjon i skjeden, kvinner med placebo (antall)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="95"/>
        <source>AIM: serious adverse events, amoxicillin</source>
        <translation>AIM: alvorlige uønskede hendelser, amoksicillin</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="96"/>
        <source>AIM: serious adverse events, placebo</source>
        <translation>AIM: alvorlige uønskede hendelser, placebo</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="97"/>
        <source>AIM: serious adverse events caused by the drug, amoxicillin</source>
        <translation>AIM: alvorlige hendelser forårsaket av medisinen, amoksicillin</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="99"/>
        <source>RMDQ: number of yes/no statements</source>
        <translation>RMDQ: antall ja/nei-utsagn</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="100"/>
        <source>RMDQ: lowest possible score (no disability)</source>
        <translation>RMDQ: laveste mulige poengsum (ingen plager)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="101"/>
        <source>RMDQ: highest possible score</source>
        <translation>RMDQ: høyeste mulige poengsum</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="102"/>
        <source>RMDQ: smallest change that matters to one person (points)</source>
        <translation>RMDQ: minste endring som betyr noe for én person (poeng)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="103"/>
        <source>RMDQ: statements in the Danish version</source>
        <translation>RMDQ: antall utsagn i den danske versjonen</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="105"/>
        <source>Danish trial: year of publication</source>
        <translation>Den danske studien: året resultatene ble publisert</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="106"/>
        <source>Danish trial: patients randomised</source>
        <translation>Den danske studien: pasienter som ble trukket til en gruppe</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="107"/>
        <source>Danish trial: patients given antibiotics</source>
        <translation>Den danske studien: pasienter som fikk antibiotika</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="108"/>
        <source>Danish trial: patients given placebo</source>
        <translation>Den danske studien: pasienter som fikk placebo</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="109"/>
        <source>Danish trial: patients evaluated at one year</source>
        <translation>Den danske studien: pasienter undersøkt etter ett år</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="110"/>
        <source>Danish trial: days of treatment</source>
        <translation>Den danske studien: antall dager med behandling</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="111"/>
        <source>Danish trial: difference between groups at one year (RMDQ points)</source>
        <translation>Den danske studien: forskjell mellom gruppene etter ett år (RMDQ-poeng)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="112"/>
        <source>Danish trial: bowel side effects, antibiotic group (%)</source>
        <translation>Den danske studien: plager i magen og tarmen, antibiotikagruppen (%)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="113"/>
        <source>Danish trial: bowel side effects, placebo group (%)</source>
        <translation>Den danske studien: plager i magen og tarmen, placebogruppen (%)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="122"/>
        <source>Jensen: year of the trial of activity limits</source>
        <translation>Jensen: året for studien av aktivitetsbegrensning</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="123"/>
        <source>BackToBasic: year of publication</source>
        <translation>BackToBasic: året resultatene ble publisert</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="124"/>
        <source>BackToBasic: patients randomised</source>
        <translation>BackToBasic: pasienter som ble trukket til en gruppe</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="125"/>
        <source>BackToBasic: difference between groups in ODI points</source>
        <translation>BackToBasic: forskjell mellom gruppene i ODI-poeng</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="126"/>
        <source>Australian trial: year of publication</source>
        <translation>Den australske studien: året resultatene ble publisert</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="127"/>
        <source>Australian trial: patients randomised</source>
        <translation>Den australske studien: pasienter som ble trukket til en gruppe</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="128"/>
        <source>Australian trial: difference in pain score at one year</source>
        <translation>Den australske studien: forskjell i smertetall etter ett år</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="114"/>
        <source>Danish trial: antibiotic doses of the two dose groups</source>
        <translation>Den danske studien: antibiotikadosene i de to dosegruppene</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="115"/>
        <source>Danish trial: difference between groups with its interval, as published</source>
        <translation>Den danske studien: forskjell mellom gruppene med intervall, slik den er publisert</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="116"/>
        <source>Danish trial: typical RMDQ score at the start, antibiotic group</source>
        <translation>Den danske studien: typisk RMDQ-poengsum ved start, antibiotikagruppen</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="117"/>
        <source>Danish trial: typical RMDQ score at the start, placebo group</source>
        <translation>Den danske studien: typisk RMDQ-poengsum ved start, placebogruppen</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="118"/>
        <source>Danish trial: typical RMDQ score after one year, antibiotic group</source>
        <translation>Den danske studien: typisk RMDQ-poengsum etter ett år, antibiotikagruppen</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="119"/>
        <source>Danish trial: typical RMDQ score after one year, placebo group</source>
        <translation>Den danske studien: typisk RMDQ-poengsum etter ett år, placebogruppen</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="120"/>
        <source>AIM: patients who guessed their group correctly (%)</source>
        <translation>AIM: pasienter som gjettet riktig gruppe (%)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="129"/>
        <source>Review by Wong: year in print</source>
        <translation>Oversikten fra Wong: året den kom på trykk</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="130"/>
        <source>Review by Wong: year published online</source>
        <translation>Oversikten fra Wong: året den ble publisert på nett</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/quantities.py" line="131"/>
        <source>Review by Wong: pooled difference in disability</source>
        <translation>Oversikten fra Wong: samlet forskjell i funksjon</translation>
    </message>
</context>
<context>
    <name>RerunChart</name>
    <message>
        <location filename="../src/aim_explainer/plots/charts/rerun.py" line="227"/>
        <source>Simulated repeat {n} of {total}: {reaching} intervals reached the line set in advance, {zero} included zero, {truth} included the assumed true difference.</source>
        <translation>Simulert gjentakelse {n} av {total}: {reaching} intervaller nådde grensen som ble satt på forhånd, {zero} inkluderte null, {truth} inkluderte den antatte sanne forskjellen.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/rerun.py" line="240"/>
        <source>Points better with amoxicillin (simulated)</source>
        <translation>Poeng til fordel for amoksicillin (simulert)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/rerun.py" line="241"/>
        <source>Simulated repeat of the trial</source>
        <translation>Simulert gjentakelse av studien</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/rerun.py" line="243"/>
        <source>Assumed true difference: {value} </source>
        <translation>Antatt sann forskjell: {value} </translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/rerun.py" line="249"/>
        <source> Set in advance: {value}</source>
        <translation> Satt på forhånd: {value}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/rerun.py" line="258"/>
        <source>reaches the line set in advance</source>
        <translation>når grensen som ble satt på forhånd</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/rerun.py" line="259"/>
        <source>includes zero (no difference)</source>
        <translation>inkluderer null (ingen forskjell)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/rerun.py" line="260"/>
        <source>neither</source>
        <translation>ingen av delene</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/rerun.py" line="263"/>
        <source>SIMULATION</source>
        <translation>SIMULERING</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/rerun.py" line="267"/>
        <source>New run</source>
        <translation>Ny runde</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/rerun.py" line="268"/>
        <source>Start a new simulated run</source>
        <translation>Start en ny simulert runde</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/rerun.py" line="272"/>
        <source>If the study were run again: a simulation</source>
        <translation>Hvis studien ble gjort igjen: en simulering</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/rerun.py" line="275"/>
        <source>A simulation, not real trials: each line is the 95% interval of one imagined repeat of AIM, drawn by chance around an assumed true difference of {value} points. About 95 of every 100 such intervals include the true difference; any single one may miss it.</source>
        <translation>En simulering, ikke ekte studier: hver linje er 95 %-intervallet fra én tenkt gjentakelse av AIM, trukket tilfeldig rundt en antatt sann forskjell på {value} poeng. Omtrent 95 av 100 slike intervaller inneholder den sanne forskjellen, men hvert enkelt kan bomme.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/rerun.py" line="286"/>
        <source>95% interval</source>
        <translation>95 %-intervall</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/rerun.py" line="284"/>
        <source>Repeat</source>
        <translation>Gjentakelse</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/rerun.py" line="285"/>
        <source>Simulated result</source>
        <translation>Simulert resultat</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/rerun.py" line="287"/>
        <source>Reaches the line set in advance</source>
        <translation>Når grensen som ble satt på forhånd</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/rerun.py" line="288"/>
        <source>Includes zero</source>
        <translation>Inkluderer null</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/rerun.py" line="290"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/rerun.py" line="290"/>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/rerun.py" line="312"/>
        <source>Simulated repeat {n}: {value} ({interval})</source>
        <translation>Simulert gjentakelse {n}: {value} ({interval})</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/results_tab.py" line="46"/>
        <source>The result</source>
        <translation>Resultatet</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/results_tab.py" line="48"/>
        <source>Side effects</source>
        <translation>Bivirkninger</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/results_tab.py" line="49"/>
        <source>If the study were run again</source>
        <translation>Hvis studien ble gjort igjen</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/results_tab.py" line="47"/>
        <source>What a point means</source>
        <translation>Hva et poeng betyr</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/results_tab.py" line="189"/>
        <source>Pages in the results</source>
        <translation>Sider i resultatene</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/tabs/results_tab.py" line="192"/>
        <source>Show: {page}</source>
        <translation>Vis: {page}</translation>
    </message>
</context>
<context>
    <name>RowNames</name>
    <message>
        <location filename="../src/aim_explainer/plots/row_names.py" line="20"/>
        <source>AIM</source>
        <translation>AIM</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/row_names.py" line="21"/>
        <source>Danish trial</source>
        <translation>Dansk studie</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/row_names.py" line="28"/>
        <source>amoxicillin</source>
        <translation>amoksicillin</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/row_names.py" line="29"/>
        <source>antibiotics</source>
        <translation>antibiotika</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/row_names.py" line="30"/>
        <source>placebo</source>
        <translation>placebo</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/row_names.py" line="36"/>
        <source>{trial}, {arm}</source>
        <translation>{trial}, {arm}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/row_names.py" line="42"/>
        <source>All patients</source>
        <translation>Alle pasienter</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/row_names.py" line="43"/>
        <source>Modic type 1</source>
        <translation>Modic type 1</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/row_names.py" line="44"/>
        <source>Modic type 2</source>
        <translation>Modic type 2</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/row_names.py" line="45"/>
        <source>Under 40 years (exploratory)</source>
        <translation>Under 40 år (utforskende)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/row_names.py" line="46"/>
        <source>40 years and over (exploratory)</source>
        <translation>40 år og eldre (utforskende)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/row_names.py" line="47"/>
        <source>STIR3 MRI group (exploratory)</source>
        <translation>MR-gruppen STIR3 (utforskende)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/row_names.py" line="48"/>
        <source>Amoxicillin</source>
        <translation>Amoksicillin</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/row_names.py" line="49"/>
        <source>Placebo</source>
        <translation>Placebo</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/row_names.py" line="50"/>
        <source>Line set in advance</source>
        <translation>Grensen som ble satt på forhånd</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/row_names.py" line="58"/>
        <source>AIM, all patients</source>
        <translation>AIM, alle pasienter</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/row_names.py" line="59"/>
        <source>AIM, Modic type 1</source>
        <translation>AIM, Modic type 1</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/row_names.py" line="69"/>
        <source>Danish trial, type 1</source>
        <translation>Dansk studie, type 1</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/row_names.py" line="70"/>
        <source>AIM, type 1</source>
        <translation>AIM, type 1</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/row_names.py" line="71"/>
        <source>AIM, all</source>
        <translation>AIM, alle</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/row_names.py" line="72"/>
        <source>AIM, type 2</source>
        <translation>AIM, type 2</translation>
    </message>
</context>
<context>
    <name>SourceStatus</name>
    <message>
        <location filename="../src/aim_explainer/core/values.py" line="25"/>
        <source>Verified in the primary source</source>
        <translation>Kontrollert i originalkilden</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/values.py" line="26"/>
        <source>Verified in a secondary source</source>
        <translation>Kontrollert i en annenhåndskilde</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/values.py" line="27"/>
        <source>Stated in the AIM team&apos;s lay summary</source>
        <translation>Står i AIM-forskernes populærsammendrag</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/values.py" line="28"/>
        <source>Derived (calculated from verified numbers)</source>
        <translation>Utledet (regnet ut fra kontrollerte tall)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/values.py" line="29"/>
        <source>Not found in the sources</source>
        <translation>Ikke funnet i kildene</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/core/values.py" line="30"/>
        <source>Not verified, so not shown</source>
        <translation>Ikke kontrollert, derfor ikke vist</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="67"/>
        <source>Sources of every number</source>
        <translation>Kildene til hvert tall</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="69"/>
        <source>Every number in the text comes from the data file {file}. Here is where each one was published and whether it was checked against that publication.</source>
        <translation>Hvert tall i teksten kommer fra datafilen {file}. Her ser du hvor hvert tall er publisert, og om det er kontrollert mot publikasjonen.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="75"/>
        <source>Filter, for example Danish or side effects</source>
        <translation>Filtrer, for eksempel dansk eller bivirkninger</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="76"/>
        <source>Filter the list of numbers</source>
        <translation>Filtrer listen over tall</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="77"/>
        <source>Numbers and their sources</source>
        <translation>Tallene og kildene deres</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="80"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="81"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="82"/>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="83"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="84"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="99"/>
        <source>{file}, line {line}</source>
        <translation>{file}, linje {line}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/sources_dialog.py" line="114"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
</context>
<context>
    <name>SpinePicture</name>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/spine.py" line="26"/>
        <source>Type 1</source>
        <translation>Type 1</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/spine.py" line="26"/>
        <source>fluid and swelling in the bone</source>
        <translation>væske og hevelse i beinet</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/spine.py" line="27"/>
        <source>Type 2</source>
        <translation>Type 2</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/spine.py" line="27"/>
        <source>fat in the bone</source>
        <translation>fett i beinet</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/spine.py" line="28"/>
        <source>Type 3</source>
        <translation>Type 3</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/spine.py" line="28"/>
        <source>hardened bone</source>
        <translation>hardt, fortettet bein</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/spine.py" line="67"/>
        <source>Drawing of two vertebrae in the lower back, seen from the side, with the disc between them. Modic changes sit in the bone right next to the disc. The three types look different on MRI: {types}.</source>
        <translation>Tegning av to ryggvirvler i korsryggen, sett fra siden, med skiven mellom dem. Modic-forandringer sitter i beinet rett ved skiven. De tre typene ser ulike ut på MR: {types}.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/spine.py" line="83"/>
        <source>Vertebra</source>
        <translation>Ryggvirvel</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/spine.py" line="110"/>
        <source>Disc</source>
        <translation>Skive</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/spine.py" line="84"/>
        <source>Modic changes sit in the bone next to the disc (dashed)</source>
        <translation>Modic-forandringer sitter i beinet ved skiven (stiplet)</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../src/aim_explainer/ui/start_screen.py" line="134"/>
        <source>Antibiotics for long-lasting low back pain with Modic changes</source>
        <translation>Antibiotika mot langvarige korsryggsmerter med Modic-forandringer</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/start_screen.py" line="135"/>
        <source>The answer of the AIM trial, in short</source>
        <translation>Svaret fra AIM-studien, kort fortalt</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/start_screen.py" line="137"/>
        <source>Loading the study data…</source>
        <translation>Henter studiedataene …</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/start_screen.py" line="140"/>
        <source>Explain to a patient</source>
        <translation>Forklar for en pasient</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/start_screen.py" line="142"/>
        <source>Go through the chapters in plain words, from the start</source>
        <translation>Gå gjennom kapitlene med enkle ord, fra begynnelsen</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/start_screen.py" line="144"/>
        <source>Present to a group</source>
        <translation>Presenter for en gruppe</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/start_screen.py" line="145"/>
        <source>Full-screen presentation, step by step (F5)</source>
        <translation>Presentasjon i fullskjerm, trinn for trinn (F5)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/start_screen.py" line="146"/>
        <source>Print a handout</source>
        <translation>Skriv ut et informasjonsark</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/start_screen.py" line="147"/>
        <source>A handout to take home (Ctrl+P)</source>
        <translation>Et informasjonsark å ta med hjem (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/start_screen.py" line="148"/>
        <source>The chapters are written for:</source>
        <translation>Kapitlene er skrevet for:</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/start_screen.py" line="149"/>
        <source>Patients</source>
        <translation>Pasienter</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/start_screen.py" line="150"/>
        <source>Health professionals (more detail)</source>
        <translation>Helsepersonell (mer detaljer)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/start_screen.py" line="151"/>
        <source>The story in five chapters</source>
        <translation>Historien i fem kapitler</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/start_screen.py" line="157"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../src/aim_explainer/diagnostics.py" line="109"/>
        <source>{app} could not start</source>
        <translation>{app} kunne ikke starte</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/diagnostics.py" line="114"/>
        <source>… and {n} more</source>
        <translation>… og {n} til</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/diagnostics.py" line="118"/>
        <location filename="../src/aim_explainer/diagnostics.py" line="137"/>
        <source>{reason}

The details are in the log file {log}</source>
        <translation>{reason}

Detaljene står i loggfilen {log}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/diagnostics.py" line="136"/>
        <source>{app}: unexpected error</source>
        <translation>{app}: uventet feil</translation>
    </message>
</context>
<context>
    <name>StoryCard</name>
    <message>
        <location filename="../src/aim_explainer/ui/story_card.py" line="71"/>
        <source>Chapter {n}: {name}</source>
        <translation>Kapittel {n}: {name}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/story_card.py" line="73"/>
        <source>Open the chapter (Enter)</source>
        <translation>Åpne kapitlet (Enter)</translation>
    </message>
</context>
<context>
    <name>StoryPictures</name>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/story.py" line="30"/>
        <source>The main result, a dot with its range, lies left of the line set in advance.</source>
        <translation>Hovedresultatet, et punkt med sitt intervall, ligger til venstre for grensen som ble satt på forhånd.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/story.py" line="61"/>
        <source>Two bars: the Danish trial&apos;s result is far larger than AIM&apos;s.</source>
        <translation>To søyler: resultatet i den danske studien er mye større enn i AIM.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/story.py" line="84"/>
        <source>A signpost: the way forward.</source>
        <translation>Et veiskilt: veien videre.</translation>
    </message>
</context>
<context>
    <name>TimelinePicture</name>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/timeline.py" line="51"/>
        <source>Danish trial: a large benefit</source>
        <translation>Dansk studie: stor nytte</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/timeline.py" line="52"/>
        <source>AIM takes in patients</source>
        <translation>AIM tar inn pasienter</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/timeline.py" line="53"/>
        <source>AIM published: a small difference</source>
        <translation>AIM publisert: liten forskjell</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/timeline.py" line="54"/>
        <source>BackToBasic (another drug): no clear difference</source>
        <translation>BackToBasic (et annet middel): ingen tydelig forskjell</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/timeline.py" line="58"/>
        <source>Australian trial: no clear difference</source>
        <translation>Australsk studie: ingen tydelig forskjell</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/pictures/timeline.py" line="77"/>
        <source>Timeline of the evidence. {steps}.</source>
        <translation>Tidslinje over forskningen. {steps}.</translation>
    </message>
</context>
<context>
    <name>TranslatedArgparse</name>
    <message>
        <location filename="../src/aim_explainer/translated_argparse.py" line="74"/>
        <source>option {name}: {message}</source>
        <translation>valget {name}: {message}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/translated_argparse.py" line="80"/>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>ugyldig verdi: {value} (velg blant {choices})</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/translated_argparse.py" line="84"/>
        <source>these options are required: {names}</source>
        <translation>disse valgene må være med: {names}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/translated_argparse.py" line="86"/>
        <source>unknown options: {words}</source>
        <translation>ukjente valg: {words}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/translated_argparse.py" line="87"/>
        <source>needs a value</source>
        <translation>trenger en verdi</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/translated_argparse.py" line="88"/>
        <source>cannot go with {other}</source>
        <translation>kan ikke brukes sammen med {other}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/translated_argparse.py" line="104"/>
        <source>usage: </source>
        <translation>bruk: </translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/translated_argparse.py" line="113"/>
        <source>options</source>
        <translation>valg</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/translated_argparse.py" line="115"/>
        <source>show this help and exit</source>
        <translation>vis denne hjelpen og avslutt</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/translated_argparse.py" line="121"/>
        <source>error</source>
        <translation>feil</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="177"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="178"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="179"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="180"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="181"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="183"/>
        <source>Print a handout for patients or professionals (Ctrl+P)</source>
        <translation>Skriv ut et informasjonsark for pasienter eller fagfolk (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="185"/>
        <source>Save as P&amp;DF…</source>
        <translation>Lagre som P&amp;DF …</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="186"/>
        <source>Save a handout as a PDF file (Ctrl+Shift+P)</source>
        <translation>Lagre et informasjonsark som PDF-fil (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="187"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="189"/>
        <source>Switch to {language}</source>
        <translation>Bytt til {language}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="192"/>
        <source>Switch the language of the whole application (Ctrl+L)</source>
        <translation>Bytt språk i hele programmet (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="195"/>
        <source>Larger text</source>
        <translation>Større tekst</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="197"/>
        <source>Larger text (Ctrl++)</source>
        <translation>Større tekst (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="198"/>
        <source>Smaller text</source>
        <translation>Mindre tekst</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="200"/>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Mindre tekst (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="201"/>
        <source>Normal text size</source>
        <translation>Vanlig tekststørrelse</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="202"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Høy kontrast</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="204"/>
        <source>Black on white with stronger borders (Ctrl+Shift+H)</source>
        <translation>Svart på hvitt med tydeligere kanter (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="206"/>
        <source>&amp;Sources</source>
        <translation>&amp;Kilder</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="207"/>
        <source>Where every number comes from (Ctrl+Shift+S)</source>
        <translation>Hvor hvert tall kommer fra (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="208"/>
        <source>&amp;Glossary</source>
        <translation>&amp;Ordliste</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="209"/>
        <source>Plain explanations of the terms (F1)</source>
        <translation>Enkle forklaringer av fagordene (F1)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="210"/>
        <source>&amp;About</source>
        <translation>&amp;Om programmet</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="211"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="213"/>
        <source>The start screen: the answer in short and the five chapters (Alt+Home)</source>
        <translation>Startsiden: svaret kort fortalt og de fem kapitlene (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="215"/>
        <source>&amp;Back</source>
        <translation>&amp;Tilbake</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="216"/>
        <source>Back to where you followed the link from (Alt+Left)</source>
        <translation>Tilbake dit du var da du fulgte lenken (Alt+venstre pil)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="217"/>
        <source>More detail for &amp;health professionals</source>
        <translation>Flere detaljer for &amp;helsepersonell</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="219"/>
        <source>Show the extra analyses, the simulation and the P values (Ctrl+Shift+K)</source>
        <translation>Vis tilleggsanalysene, simuleringen og P-verdiene (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="221"/>
        <source>&amp;Present</source>
        <translation>&amp;Presentasjon</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="223"/>
        <source>Full-screen presentation for a group, step by step (F5; Esc ends it)</source>
        <translation>Fullskjermpresentasjon for en gruppe, steg for steg (F5; Esc avslutter)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/ui/window_actions.py" line="225"/>
        <source>Tools</source>
        <translation>Verktøy</translation>
    </message>
</context>
<context>
    <name>YearChart</name>
    <message>
        <location filename="../src/aim_explainer/plots/charts/year.py" line="174"/>
        <source>Week {week} of {last}</source>
        <translation>Uke {week} av {last}</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/year.py" line="179"/>
        <source>treatment period</source>
        <translation>behandlingsperioden</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/year.py" line="183"/>
        <source>Weeks since the start of treatment</source>
        <translation>Uker etter at behandlingen startet</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/year.py" line="184"/>
        <source>Score (lower is better)</source>
        <translation>Poengsum (lavt er best)</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/year.py" line="187"/>
        <source>Treatment: {days} days</source>
        <translation>Behandling: {days} dager</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/year.py" line="205"/>
        <source>AIM: the groups&apos; scores at each visit are not in our data.
They are published in the tables and figures of the BMJ article (Bråten and colleagues).
What we know: after one year, {value} points better with amoxicillin ({interval}).</source>
        <translation>AIM: gruppenes poengsum ved hvert besøk finnes ikke i dataene våre.
De er publisert i tabellene og figurene i BMJ-artikkelen (Bråten og medarbeidere).
Det vi vet: etter ett år {value} poeng til fordel for amoksicillin ({interval}).</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/year.py" line="213"/>
        <source>Over the year: questionnaire scores at each visit</source>
        <translation>Gjennom året: poengsum på spørreskjemaet ved hvert besøk</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/year.py" line="219"/>
        <source>The Danish trial&apos;s typical scores at the start, at the end of treatment and after one year, as its abstract gives them (it does not say whether they are means or medians).</source>
        <translation>Den danske studiens typiske poengsum ved start, ved slutten av behandlingen og etter ett år, slik artikkelsammendraget oppgir dem (det står ikke om de er gjennomsnitt eller median).</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/year.py" line="227"/>
        <source>AIM&apos;s visit-by-visit scores are not in our data, so they are not drawn.</source>
        <translation>AIMs poengsum ved hvert besøk finnes ikke i dataene våre, og er derfor ikke tegnet.</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/year.py" line="233"/>
        <source>Trial and group</source>
        <translation>Studie og gruppe</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/year.py" line="234"/>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/year.py" line="235"/>
        <source>Score</source>
        <translation>Poengsum</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/year.py" line="236"/>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/year.py" line="237"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/year.py" line="261"/>
        <source>not in our data</source>
        <translation>ikke i dataene våre</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/year.py" line="263"/>
        <source>Published in the BMJ article&apos;s tables and figures</source>
        <translation>Publisert i tabellene og figurene i BMJ-artikkelen</translation>
    </message>
    <message>
        <location filename="../src/aim_explainer/plots/charts/year.py" line="282"/>
        <source>{series}, week {week}: {value}. Source: {source}</source>
        <translation>{series}, uke {week}: {value}. Kilde: {source}</translation>
    </message>
</context>
</TS>
