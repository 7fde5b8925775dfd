/**
 * The rule catalogue: every rule id a user can see, with its severity and a one-line Dutch
 * summary. The explanations for `staat explain` live in docs/rules/<id>.md (rule-docs.ts reads them); the README's rule table is
 * generated from both (scripts/gen-readme.mjs), so docs, CLI and code cannot drift apart.
 */
import type { Severity } from './diagnostic.js';

export interface Rule {
  id: string;
  severity: Severity;
  /** Where the id comes from: the format contract, our hostile-input additions, or the schema. */
  origin: 'format' | 'input' | 'schema';
  summary: string;
}

export const RULES: readonly Rule[] = [
  // format.md's table
  { id: 'yaml-syntax', severity: 'error', origin: 'format', summary: 'De YAML (gegevensblok of .yaml-bestand) is niet leesbaar.' },
  { id: 'yaml-duplicate-key', severity: 'error', origin: 'format', summary: 'Een veld staat twee keer in hetzelfde blok.' },
  { id: 'front-matter-missing', severity: 'error', origin: 'format', summary: 'Een .md-Stand zonder (afgesloten) YAML-gegevensblok.' },
  { id: 'front-matter-language', severity: 'error', origin: 'format', summary: 'Een gegevensblok in een andere taal dan YAML (---js, …); wordt nooit uitgevoerd.' },
  { id: 'unknown-organisatie', severity: 'error', origin: 'format', summary: 'Een organisatie die niet in organisaties.yaml staat.' },
  { id: 'unknown-thema', severity: 'error', origin: 'format', summary: 'Een thema dat niet in themas.yaml staat.' },
  { id: 'unknown-ministerie', severity: 'error', origin: 'format', summary: 'Een ministerie dat niet in ministeries.yaml staat.' },
  { id: 'file-name-mismatch', severity: 'error', origin: 'format', summary: 'Bestandsnaam ≠ organisatie, of map ≠ verslagjaar.' },
  { id: 'duplicate-stand', severity: 'error', origin: 'format', summary: 'Twee Standen voor één organisatie en verslagjaar.' },
  { id: 'duplicate-knelpunt-id', severity: 'error', origin: 'format', summary: 'Een id van een knelpunt, lichtpunt of dilemma komt twee keer voor in één Stand.' },
  { id: 'opdrachtgever-not-in-driehoek', severity: 'error', origin: 'format', summary: 'De opdrachtgever is dat jaar geen opdrachtgever van de organisatie.' },
  { id: 'opdrachtgever-ambiguous', severity: 'warning', origin: 'format', summary: 'Meerdere opdrachtgevers, actie bij opdrachtgever, maar niet gezegd welke.' },
  { id: 'organisatie-not-active', severity: 'error', origin: 'format', summary: 'Geen driehoekperiode van de organisatie dekt het verslagjaar.' },
  { id: 'eerste-melding-after-verslagjaar', severity: 'error', origin: 'format', summary: 'eerste_melding ligt na het verslagjaar.' },
  { id: 'status-nieuw-but-known', severity: 'warning', origin: 'format', summary: 'status nieuw, maar het knelpunt stond al in een eerdere Stand.' },
  { id: 'knelpunt-verdwenen', severity: 'warning', origin: 'format', summary: 'Een open knelpunt uit de vorige Stand ontbreekt.' },
  { id: 'missing-oplossingsrichting', severity: 'warning', origin: 'format', summary: 'Een knelpunt zonder oplossingsrichting.' },
  { id: 'empty-knelpunten', severity: 'warning', origin: 'format', summary: 'Een Stand zonder knelpunten.' },
  { id: 'gedeeld-knelpunt-single', severity: 'info', origin: 'format', summary: 'Een gedeeld_knelpunt dat dat jaar maar door één organisatie wordt gebruikt.' },
  { id: 'raw-html', severity: 'warning', origin: 'format', summary: 'HTML in een Markdown-tekst; wordt weggelaten, nooit getoond.' },
  { id: 'register-duplicate-id', severity: 'error', origin: 'format', summary: 'Een id komt twee keer voor in één register.' },
  { id: 'register-period-overlap', severity: 'error', origin: 'format', summary: 'Driehoekperiodes van één organisatie overlappen.' },
  { id: 'register-unknown-ministerie', severity: 'error', origin: 'format', summary: 'Een register noemt een ministerie dat in die jaren niet bestaat.' },
  // format.md: rules for text typed by people
  { id: 'invisible-character', severity: 'error', origin: 'format', summary: 'Een harde spatie, onzichtbaar teken of typografisch aanhalingsteken dat de betekenis verandert (in tekst: waarschuwing).' },
  { id: 'unused-suppression', severity: 'warning', origin: 'format', summary: 'Een uitzondering (# staat-disable-next-line) die niets onderdrukt, of een fout wil onderdrukken.' },
  { id: 'suppression-without-reason', severity: 'warning', origin: 'format', summary: 'Een uitzondering (# staat-disable-next-line) zonder reden na --.' },
  { id: 'number-thousands-separator', severity: 'error', origin: 'format', summary: 'Een getal met een punt als scheiding tussen duizendtallen (23.000), dat YAML als 23 leest.' },
  // Added for hostile or broken input (not in format.md's table)
  { id: 'register-period-order', severity: 'error', origin: 'input', summary: 'Een periode of ministerie eindigt (tot) vóór het begint (vanaf).' },
  { id: 'register-missing', severity: 'error', origin: 'input', summary: 'Een register (registers/*.yaml) ontbreekt of is onbruikbaar.' },
  { id: 'samenvatting-in-md', severity: 'error', origin: 'input', summary: 'Een .md-Stand met een samenvatting-veld; de samenvatting is daar de tekst onder het gegevensblok.' },
  { id: 'yaml-too-complex', severity: 'error', origin: 'input', summary: 'YAML die te diep genest is of te veel ankerverwijzingen heeft.' },
  { id: 'file-too-large', severity: 'error', origin: 'input', summary: 'Een bestand groter dan 1 MB.' },
  { id: 'file-binary', severity: 'error', origin: 'input', summary: 'Een bestand met binaire inhoud (NUL-tekens).' },
  { id: 'file-encoding', severity: 'error', origin: 'input', summary: 'Een bestand dat niet in UTF-8 is opgeslagen.' },
  { id: 'symlink-outside-root', severity: 'error', origin: 'input', summary: 'Een symbolische link naar buiten de inhoudsmap of naar niets (wordt niet gevolgd).' },
  { id: 'unexpected-file', severity: 'warning', origin: 'input', summary: 'Een bestand op een plek waar staat het niet leest.' },
  { id: 'stand-misplaced', severity: 'error', origin: 'input', summary: 'Een bestand dat op een Stand lijkt maar verkeerd heet of staat (.yml, .MD, buiten een jaarmap) en dus niet wordt gelezen.' },
  { id: 'file-unreadable', severity: 'error', origin: 'input', summary: 'Een bestand of map die niet kan worden gelezen (geen toegang, of geen gewoon bestand).' },
  { id: 'edition-missing', severity: 'error', origin: 'input', summary: 'staat.yaml ontbreekt of is niet te lezen.' },
  { id: 'licentie-unknown', severity: 'warning', origin: 'input', summary: 'De licentie in staat.yaml is geen SPDX-code die staat kent.' },
  { id: 'bron-url-placeholder', severity: 'error', origin: 'input', summary: 'bron_url in staat.yaml mist {pad} of {regel}, of bevat een onbekende {…}.' },
  // Schema failures: schema-<ajv keyword>
  { id: 'schema-required', severity: 'error', origin: 'schema', summary: 'Een verplicht veld ontbreekt.' },
  { id: 'schema-additional-properties', severity: 'error', origin: 'schema', summary: 'Een veld dat het formaat niet kent (vaak een tikfout).' },
  { id: 'schema-type', severity: 'error', origin: 'schema', summary: 'Een waarde van de verkeerde soort (tekst, getal, lijst, …).' },
  { id: 'schema-enum', severity: 'error', origin: 'schema', summary: 'Een waarde die niet in de lijst van toegestane waarden staat.' },
  { id: 'schema-pattern', severity: 'error', origin: 'schema', summary: 'Een waarde met de verkeerde vorm (bijvoorbeeld een id met hoofdletters).' },
  { id: 'schema-format', severity: 'error', origin: 'schema', summary: 'Een datum of webadres in de verkeerde vorm.' },
  { id: 'schema-min-length', severity: 'error', origin: 'schema', summary: 'Een tekst die te kort of leeg is.' },
  { id: 'schema-max-length', severity: 'error', origin: 'schema', summary: 'Een tekst die te lang is.' },
  { id: 'schema-minimum', severity: 'error', origin: 'schema', summary: 'Een getal dat te klein is.' },
  { id: 'schema-maximum', severity: 'error', origin: 'schema', summary: 'Een getal dat te groot is.' },
  { id: 'schema-min-items', severity: 'error', origin: 'schema', summary: 'Een lijst met te weinig elementen.' },
  { id: 'schema-unique-items', severity: 'error', origin: 'schema', summary: 'Een lijst waarin een waarde twee keer voorkomt.' },
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function findRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** Severity of a rule id; schema keywords we did not list are errors too. */
export function severityOf(id: string): Rule['severity'] {
  const rule = BY_ID.get(id);
  if (rule) return rule.severity;
  if (id.startsWith('schema-')) return 'error';
  throw new Error(`Onbekende regel-id in de code: ${id}`);
}
