/**
 * The `--help` texts of the tool and of each command, in English and
 * Norwegian Bokmål.
 * Must not depend on the LSP connection or vscode.
 */
import type { Locale } from '../core/index';
import { VIEW_NAMES } from '../core/views/registry';

export type HelpTopic = 'general' | 'check' | 'init' | 'schema' | 'render' | 'report' | 'set';

/** `--view`'s choices as the help writes them. */
const VIEWS = [...VIEW_NAMES, 'all'].join('|');

/** check's examples, the same commands in both languages but for the folder's name. */
const checkExamples = (folder: string) => `  airoadmap check
  airoadmap check ${folder} --format sarif > airoadmap.sarif
  airoadmap check plan.airoadmap.yaml --rule kpi-unused=off --max-warnings 0
  airoadmap check ${folder} --today 2027-07-05
  git show HEAD:plan.airoadmap.yaml | airoadmap check -
`;

const EN: Readonly<Record<HelpTopic, string>> = {
  general: `airoadmap: check AI-adoption roadmaps kept as code (*.airoadmap.yaml)

Usage:
  airoadmap check [paths...] [options]   check roadmap files
  airoadmap init [file] [options]        write a commented starter roadmap
  airoadmap schema                       print the JSON Schema of the language
  airoadmap render <file> [options]      export the previews as HTML or SVG
  airoadmap report <file> [options]      the quarterly steering report (Markdown or HTML)
  airoadmap set <file> <path> <value>    set one value in a roadmap file
  airoadmap help [command]               show help for a command

Options:
  -h, --help         show help (also after a command: airoadmap check --help)
  -v, --version      print the version
  --locale en|nb     language of the messages (default: nb when LC_ALL,
                     LC_MESSAGES or LANG starts with nb/nn/no, else en)

Exit status: 0 no errors; 1 errors found (or more warnings than
--max-warnings allows); 2 bad usage or a path that cannot be read.
`,
  check: `Usage: airoadmap check [paths...] [options]

Checks roadmap files and prints what it finds. A path may be a file (checked
whatever its name), a directory (searched recursively for *.airoadmap.yaml
and *.airoadmap.yml, skipping node_modules, dot-directories and what
.gitignore ignores) or a quoted glob with *, **, ?, {a,b} and [abc]
(e.g. 'roadmaps/**/*.airoadmap.yaml'); '-' reads standard input, shown as
<stdin>. Without paths: the current directory. Files are never modified.

Options:
  --format FORMAT            output format (default: text)
                               text    file:line:col: severity message [code]
                               json    one JSON array, 0-based positions
                               sarif   SARIF 2.1.0 for GitHub code scanning
                               github  annotations on a GitHub pull request
                               gitlab  a GitLab Code Quality report
  --locale en|nb             language of the messages
  --max-warnings N           also fail (exit 1) with more than N warnings
  --rule <code>=<severity>   change a code's severity: off, hint, info,
                             warning or error (repeatable)
  --today YYYY-MM-DD         the day the date rules take as today (overdue
                             plan items, six months after the start);
                             default: the local date
  --config FILE              use this airoadmap.config.yaml (default: the
                             nearest in the roadmap's folder or above it)
  --no-config                use no configuration file
  -h, --help                 show this help

Exit status: 0 no errors; 1 errors (or too many warnings); 2 bad usage, or a
path that is missing, unreadable or holds no roadmap file.

Examples:
${checkExamples('roadmaps')}`,
  init: `Usage: airoadmap init [file] [options]

Writes a commented starter roadmap (default file: roadmap.airoadmap.yaml)
with an example of every section and the 90-day plan starting next Monday.
It never overwrites an existing file.

Options:
  --locale en|nb       language of the comments and example texts (keys are
                       always English)
  --today YYYY-MM-DD   the day to write it for: the plan starts the Monday
                       after, the baselines are dated that day (default: the
                       local date)
  -h, --help           show this help
`,
  schema: `Usage: airoadmap schema

Prints the JSON Schema of the roadmap language (draft-07), e.g. for the YAML
extension's yaml.schemas setting or other editors.

Options:
  -h, --help   show this help
`,
  render: `Usage: airoadmap render <file> [options]

Exports the previews of one roadmap as a standalone offline HTML page (every
view, or the one chosen with --view) or as an SVG of one view. The file '-'
reads standard input, shown as <stdin>. The roadmap is never modified.

Options:
  -o, --output FILE        write to FILE (never the roadmap itself); without
                           it, or with '-': standard output
  --view ${VIEWS}
                           the view to show (default: all for HTML, the
                           first view for SVG)
  --format html|svg        output format (default: svg when FILE ends in
                           .svg, else html)
  --locale en|nb           language of the page
  --today YYYY-MM-DD       the day the timeline marks as today; default: the
                           local date
  --config FILE            use this airoadmap.config.yaml (its guides for the
                           budget, its language); default: the nearest in the
                           roadmap's folder or above it
  --no-config              use no configuration file
  -h, --help               show this help

Exit status: 0 written; 2 bad usage, a roadmap that is missing or unreadable,
or an output that cannot be written.

Examples:
  airoadmap render plan.airoadmap.yaml -o roadmap.html
  airoadmap render plan.airoadmap.yaml --view timeline -o timeline.svg
`,
  report: `Usage: airoadmap report <file> [options]

Writes the quarterly steering report of one roadmap as Markdown (tables, no
HTML; fits a GitHub job summary or a pull-request comment) or as one
self-contained HTML page that prints on A4, a section per page: the 90-day plan
(done, overdue, next), the budget against the first year's, the portfolio
(stages, quadrants, top priorities, quick wins), the KPIs (baseline, latest,
target, per quarter), the risks, compliance and the open problems. The file
'-' reads standard input. The roadmap is never modified.

Options:
  -o, --output FILE        write to FILE (never the roadmap itself); without
                           it, or with -, to stdout
  --format md|html         the format (default: html when FILE ends in
                           .html, else md)
  --locale en|nb           language of the report
  --today YYYY-MM-DD       the day the report is for (what is overdue);
                           default: the local date
  --config FILE            use this airoadmap.config.yaml
  --no-config              use no configuration file
  -h, --help               show this help

Exit status: 0 written; 2 bad usage, a roadmap that is missing or unreadable,
or an output that cannot be written.

Examples:
  airoadmap report plan.airoadmap.yaml -o report.md
  airoadmap report plan.airoadmap.yaml -o report.html --locale nb
  airoadmap report plan.airoadmap.yaml >> "$GITHUB_STEP_SUMMARY"
`,
  set: `Usage: airoadmap set <file> <path> <value> [options]

Sets one value of a roadmap file, changing nothing else: the file stays byte
for byte as it was (comments, quotes, flow or block style, line endings) but
for the value, or one new line where the field belongs (two for a new map
such as 'actuals'). The path is section.id.field, with .key for a map's
entry (section.field for 'organization', 'roles', 'infrastructure',
'governance' and 'budget'). The value is read as YAML: 7 is a number, true
a boolean, 7-9 text; quoted, it is always text (a negative number goes after
--: set plan.airoadmap.yaml 'kpis.x.baseline' -- -1). A merged value (<<: *anchor) gets its own line in
the entity, which wins; the anchor is not changed.

Refused, with one line and exit status 2 and the file untouched: a path
naming no entity or field, a value the language rejects (a score outside
1-5, weeks past 12), and a file with YAML syntax errors.

Options:
  --stdout         print the new text instead of writing the file
  --locale en|nb   language of the messages
  -h, --help       show this help

Exit status: 0 set; 2 bad usage, a refused edit, or a file that cannot be
read or written.

Examples:
  airoadmap set plan.airoadmap.yaml 'use_cases.doc-search.value' 4
  airoadmap set plan.airoadmap.yaml 'plan.prototype.weeks' 7-9
  airoadmap set plan.airoadmap.yaml 'plan.interviews.done' true
  airoadmap set plan.airoadmap.yaml 'kpis.search-time.actuals.2027-Q1' 7 --stdout
`,
};

const NB: Readonly<Record<HelpTopic, string>> = {
  general: `airoadmap: sjekk veikart for innføring av KI, skrevet som kode (*.airoadmap.yaml)

Bruk:
  airoadmap check [stier...] [valg]   sjekk veikartfiler
  airoadmap init [fil] [valg]         skriv et kommentert startveikart
  airoadmap schema                    skriv ut språkets JSON Schema
  airoadmap render <fil> [valg]       eksporter forhåndsvisningene som HTML eller SVG
  airoadmap report <fil> [valg]       kvartalsrapporten til styringsgruppen (Markdown eller HTML)
  airoadmap set <fil> <sti> <verdi>   sett én verdi i en veikartfil
  airoadmap help [kommando]           vis hjelp for en kommando

Valg:
  -h, --help         vis hjelp (også etter en kommando: airoadmap check --help)
  -v, --version      skriv ut versjonen
  --locale en|nb     språket i meldingene (standard: nb når LC_ALL,
                     LC_MESSAGES eller LANG begynner med nb/nn/no, ellers en)

Avslutningsstatus: 0 ingen feil; 1 feil funnet (eller flere advarsler enn
--max-warnings tillater); 2 feil bruk eller en sti som ikke kan leses.
`,
  check: `Bruk: airoadmap check [stier...] [valg]

Sjekker veikartfiler og skriver ut funnene. En sti kan være en fil (sjekkes
uansett navn), en mappe (søkes rekursivt etter *.airoadmap.yaml og
*.airoadmap.yml; node_modules, mapper som begynner med punktum og det
.gitignore utelater, hoppes over) eller et glob-mønster i anførselstegn med
*, **, ?, {a,b} og [abc] (f.eks. 'veikart/**/*.airoadmap.yaml'); '-' leser
standard inn, vist som <stdin>. Uten stier: gjeldende mappe. Filene endres
aldri.

Valg:
  --format FORMAT            utdataformat (standard: text)
                               text    fil:linje:kolonne: alvorlighet melding [kode]
                               json    én JSON-liste, posisjoner fra 0
                               sarif   SARIF 2.1.0 for GitHub code scanning
                               github  merknader i en pull request på GitHub
                               gitlab  en kodekvalitetsrapport for GitLab
  --locale en|nb             språket i meldingene
  --max-warnings N           feil også (status 1) ved flere enn N advarsler
  --rule <kode>=<alvorlighet>
                             endre alvorligheten til en kode: off, hint, info,
                             warning eller error (kan gjentas)
  --today ÅÅÅÅ-MM-DD         dagen datoreglene regner som i dag (oppgaver i
                             planen som er forsinket, seks måneder etter
                             starten); standard: dagens dato
  --config FIL               bruk denne airoadmap.config.yaml (standard: den
                             nærmeste i veikartets mappe eller over den)
  --no-config                bruk ingen konfigurasjonsfil
  -h, --help                 vis denne hjelpen

Avslutningsstatus: 0 ingen feil; 1 feil (eller for mange advarsler); 2 feil
bruk, eller en sti som mangler, ikke kan leses eller ikke har noen veikartfil.

Eksempler:
${checkExamples('veikart')}`,
  init: `Bruk: airoadmap init [fil] [valg]

Skriver et kommentert startveikart (standardfil: roadmap.airoadmap.yaml) med
et eksempel på hver seksjon og 90-dagersplanen fra neste mandag.
Overskriver aldri en fil som finnes.

Valg:
  --locale en|nb       språket i kommentarene og eksempeltekstene (nøklene er
                       alltid engelske)
  --today ÅÅÅÅ-MM-DD   dagen det skrives for: planen starter mandagen etter,
                       utgangsverdiene dateres den dagen (standard: dagens
                       dato)
  -h, --help           vis denne hjelpen
`,
  schema: `Bruk: airoadmap schema

Skriver ut JSON Schema for veikartspråket (draft-07), f.eks. til
YAML-utvidelsens yaml.schemas-innstilling eller andre editorer.

Valg:
  -h, --help   vis denne hjelpen
`,
  render: `Bruk: airoadmap render <fil> [valg]

Eksporterer forhåndsvisningene av ett veikart som en frittstående HTML-side
som virker uten nett (alle visningene, eller den som velges med --view), eller
som SVG av én visning. Filen '-' leser standard inn, vist som <stdin>.
Veikartet endres aldri.

Valg:
  -o, --output FIL         skriv til FIL (aldri til selve veikartet); uten
                           den, eller med '-': standard ut
  --view ${VIEWS}
                           visningen som vises (standard: alle for HTML, den
                           første visningen for SVG)
  --format html|svg        utdataformat (standard: svg når FIL slutter på
                           .svg, ellers html)
  --locale en|nb           språket på siden
  --today ÅÅÅÅ-MM-DD       dagen tidslinjen markerer som i dag; standard:
                           dagens dato
  --config FIL             bruk denne airoadmap.config.yaml (de veiledende
                           spennene for budsjettet, språket); standard: den
                           nærmeste i veikartets mappe eller over den
  --no-config              bruk ingen konfigurasjonsfil
  -h, --help               vis denne hjelpen

Avslutningsstatus: 0 skrevet; 2 feil bruk, et veikart som mangler eller ikke
kan leses, eller en utfil som ikke kan skrives.

Eksempler:
  airoadmap render plan.airoadmap.yaml -o veikart.html
  airoadmap render plan.airoadmap.yaml --view timeline -o tidslinje.svg
`,
  report: `Bruk: airoadmap report <fil> [valg]

Skriver kvartalsrapporten til styringsgruppen for ett veikart som Markdown
(tabeller, ingen HTML; passer i et jobbsammendrag på GitHub eller en
kommentar til en pull request) eller som én selvstendig HTML-side som skrives
ut på A4, ett avsnitt per side: 90-dagersplanen (gjort, forsinket, neste),
budsjettet mot første års budsjett, porteføljen (status, kvadranter, høyest
prioritert, raske gevinster), KPI-ene (utgangsverdi, siste, mål, per
kvartal), risikoene, etterlevelsen og de åpne problemene. Filen '-' leser
standard inn. Veikartet endres aldri.

Valg:
  -o, --output FIL         skriv til FIL (aldri til selve veikartet); uten
                           den, eller med -, til standard ut
  --format md|html         formatet (standard: html når FIL slutter på
                           .html, ellers md)
  --locale en|nb           språket i rapporten
  --today ÅÅÅÅ-MM-DD       dagen rapporten gjelder (hva som er forsinket);
                           standard: dagens dato
  --config FIL             bruk denne airoadmap.config.yaml
  --no-config              bruk ingen konfigurasjonsfil
  -h, --help               vis denne hjelpen

Avslutningsstatus: 0 skrevet; 2 feil bruk, et veikart som mangler eller ikke
kan leses, eller en utfil som ikke kan skrives.

Eksempler:
  airoadmap report plan.airoadmap.yaml -o rapport.md
  airoadmap report plan.airoadmap.yaml -o rapport.html --locale nb
  airoadmap report plan.airoadmap.yaml >> "$GITHUB_STEP_SUMMARY"
`,
  set: `Bruk: airoadmap set <fil> <sti> <verdi> [valg]

Setter én verdi i en veikartfil uten å endre noe annet: filen blir byte for
byte som før (kommentarer, anførselstegn, flyt- eller blokkstil,
linjeskift) bortsett fra verdien, eller én ny linje der feltet hører hjemme
(to for et nytt kart, som 'actuals'). Stien er seksjon.id.felt, med
.nøkkel for en oppføring i et kart (seksjon.felt for 'organization',
'roles', 'infrastructure', 'governance' og 'budget'). Verdien leses som
YAML: 7 er et tall, true en sannhetsverdi, 7-9 tekst; i anførselstegn er
den alltid tekst (et negativt tall skrives etter --: set plan.airoadmap.yaml
'kpis.x.baseline' -- -1). En verdi som flettes inn (<<: *anker), får en
egen linje i enheten, og den gjelder; ankeret endres ikke.

Avvises med én linje og avslutningsstatus 2, og filen røres ikke: en sti som
ikke peker på noen enhet eller noe felt, en verdi språket ikke godtar (poeng
utenfor 1-5, uker etter 12) og en fil med syntaksfeil i YAML.

Valg:
  --stdout         skriv ut den nye teksten i stedet for å skrive filen
  --locale en|nb   språket i meldingene
  -h, --help       vis denne hjelpen

Avslutningsstatus: 0 satt; 2 feil bruk, en avvist endring, eller en fil som
ikke kan leses eller skrives.

Eksempler:
  airoadmap set plan.airoadmap.yaml 'use_cases.doc-search.value' 4
  airoadmap set plan.airoadmap.yaml 'plan.prototype.weeks' 7-9
  airoadmap set plan.airoadmap.yaml 'plan.interviews.done' true
  airoadmap set plan.airoadmap.yaml 'kpis.search-time.actuals.2027-Q1' 7 --stdout
`,
};

export function helpText(topic: HelpTopic, locale: Locale): string {
  return (locale === 'nb' ? NB : EN)[topic];
}
