/**
 * The text of a new Stand: every field of the format, the allowed values as comments (themas with
 * their names, the roles of `actie_bij`, the statuses), and either the previous Stand's open
 * knelpunten and kerncijfers as their own source text or, for a first Stand, one example knelpunt.
 */
import { enumDescriptions, schemaAt } from '../check/schema-fields.js';
import type { CarriedBlocks } from './carry-over.js';

export interface StandTextInput {
  organisatie: string;
  naam: string;
  year: number;
  format: 'md' | 'yaml';
  themas: { id: string; naam: string }[];
  /** The thema of the example knelpunt (a first Stand only). */
  previous?: { path: string; year: number; carried: CarriedBlocks };
}

function plain(markdown: string): string {
  return markdown.replace(/\*\*/g, '').replace(/`/g, '');
}

/** `# value   description` lines for an enum of the Knelpunt schema. */
function enumComment(field: string, title: string, indent: string): string {
  const node = schemaAt('stand', ['knelpunten', '*', field]);
  const items = node?.node['items'] as Record<string, unknown> | undefined;
  const values = enumDescriptions(items ?? node?.node ?? {});
  const width = Math.max(...[...values.keys()].map((v) => v.length));
  return [`${indent}# ${title}:`, ...[...values].map(([v, d]) => `${indent}#   ${v.padEnd(width)}  ${plain(d).replace(/^[^:]+:\s*/, '')}`)].join('\n');
}

function allowedValues(input: StandTextInput, indent: string): string {
  const width = Math.max(...input.themas.map((t) => t.id.length));
  return [
    `${indent}# Toegestane waarden (staat explain en de schema's in uw editor zeggen meer):`,
    `${indent}# thema en subthemas (registers/themas.yaml):`,
    ...input.themas.map((t) => `${indent}#   ${t.id.padEnd(width)}  ${t.naam}`),
    enumComment('actie_bij', 'actie_bij, één of meer van', indent),
    enumComment('status', 'status', indent),
    enumComment('doelgroepen', 'doelgroepen', indent),
    enumComment('urgentie', 'urgentie', indent),
    enumComment('herkomst', 'herkomst', indent),
  ].join('\n');
}

function exampleKnelpunt(input: StandTextInput): string {
  const thema = input.themas[0]?.id ?? 'thema';
  return [
    `  # Een voorbeeld: vervang het door uw eigen knelpunten (één blok per knelpunt).`,
    `  - id: voorbeeld-knelpunt            # kort, kleine letters en streepjes; blijft gelijk in volgende jaren`,
    `    titel: Korte titel van het knelpunt`,
    `    beschrijving: >-`,
    `      Wat loopt er vast in de uitvoering, en waardoor? Schrijf het zo dat een Kamerlid het begrijpt.`,
    `    gevolgen: >-`,
    `      Wat merken burgers, ondernemers of medewerkers ervan?`,
    `    oplossingsrichting: >-`,
    `      Wat is er nodig om het op te lossen, en van wie?`,
    `    thema: ${thema}`,
    `    # subthemas: [${input.themas[1]?.id ?? thema}]`,
    `    actie_bij: [opdrachtnemer]`,
    `    # opdrachtgever: ministerie-id   # alleen bij meerdere opdrachtgevers en actie bij de opdrachtgever`,
    `    status: nieuw`,
    `    eerste_melding: ${input.year}`,
    `    doelgroepen: [burgers]`,
    `    # wetten: [Naam van de wet]`,
    `    # ketenpartners: [organisatie-id]`,
    `    # gedeeld_knelpunt: afgesproken-code   # als meer organisaties dit knelpunt melden`,
    `    hardheid: false`,
    `    # oproepen: [O1]                       # alleen om af te wijken van de oproepen van het thema`,
    `    urgentie: midden`,
    `    herkomst: stand`,
    `    # bronnen:`,
    `    #   - https://www.example.nl/document`,
  ].join('\n');
}

export function standText(input: StandTextInput): string {
  const { year, previous } = input;
  const lines: string[] = [
    `# Stand van de Uitvoering ${year} van ${input.naam}. Gemaakt met staat new${previous ? ` uit ${previous.path}` : ''}.`,
    `# Controleer met: staat lint. Velden met # ervoor zijn niet verplicht; haal het # weg om ze te gebruiken.`,
    `organisatie: ${input.organisatie}`,
    `verslagjaar: ${year}`,
    `titel: Stand van de Uitvoering ${year}`,
    `# publicatiedatum: "${year + 1}-06-01"     # de dag van publicatie, JJJJ-MM-DD`,
    `# bron_url: https://www.example.nl/stand   # waar de gepubliceerde Stand te lezen is`,
  ];
  if (input.format === 'yaml') {
    lines.push('samenvatting: |', `  Beschrijf hier in een paar alinea's het beeld van ${year}: wat ging beter, wat knelt, en wat u nodig heeft.`);
  }
  const carried = previous?.carried;
  if (carried && carried.count > 0) {
    lines.push('knelpunten:', allowedValues(input, '  '), `  # Open knelpunten uit ${previous.path}, letterlijk overgenomen: werk status en teksten bij voor ${year}.`);
    lines.push(carried.knelpunten.replace(/\n$/, ''));
  } else if (previous) {
    lines.push(allowedValues(input, ''), `# ${previous.path} had geen open knelpunten. Voeg de knelpunten van ${year} toe als blokken onder knelpunten:.`, 'knelpunten: []');
  } else {
    lines.push('knelpunten:', allowedValues(input, '  '), exampleKnelpunt(input));
  }
  lines.push(
    '# lichtpunten: wat goed ging. Voorbeeld:',
    '#   - id: voorbeeld-lichtpunt',
    '#     titel: Wat ging er goed?',
    '#     beschrijving: Wat werkte, en wat kunnen anderen ervan leren?',
    'lichtpunten: []',
    '# dilemmas: keuzes zonder goed antwoord. Voorbeeld:',
    '#   - id: voorbeeld-dilemma',
    '#     titel: Welke afweging?',
    '#     beschrijving: Tussen welke belangen moet worden gekozen?',
    '#     afweging_tussen: [snelheid, zorgvuldigheid]',
    'dilemmas: []',
  );
  if (carried && carried.kerncijferCount > 0) {
    lines.push('kerncijfers:', `  # Overgenomen uit ${previous.path} met de waarden van ${previous.year}: werk ze bij voor ${year}.`, carried.kerncijfers.replace(/\n$/, ''));
  } else {
    lines.push('# kerncijfers: getallen die de omvang van het werk laten zien. Voorbeeld:', '#   - label: Beslissingen per jaar', '#     waarde: 12000', '#     eenheid: beslissingen', `#     peildatum: "${year}-12-31"`, 'kerncijfers: []');
  }
  const yaml = `${lines.join('\n')}\n`;
  if (input.format === 'yaml') return yaml;
  return `---\n${yaml}---\n\n## Samenvatting\n\nBeschrijf hier in een paar alinea's het beeld van ${year}: wat ging beter, wat knelt, en wat u nodig heeft.\n`;
}
