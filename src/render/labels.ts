// Dutch labels for the enums of the content format, as readers of the report see them.

export const STATUS_LABELS: Record<string, string> = {
  nieuw: 'nieuw',
  in_analyse: 'in analyse',
  in_uitvoering: 'in uitvoering',
  deels_opgelost: 'deels opgelost',
  opgelost: 'opgelost',
  structureel_onopgelost: 'structureel onopgelost',
  vervallen: 'vervallen',
};

export const ROLE_LABELS: Record<string, string> = {
  politiek: 'politiek',
  eigenaar: 'eigenaar',
  opdrachtgever: 'opdrachtgever',
  opdrachtnemer: 'opdrachtnemer (uitvoering)',
  ketenpartner: 'ketenpartner',
  medeoverheid: 'medeoverheid',
  eu: 'Europese Unie',
};

export const DOELGROEP_LABELS: Record<string, string> = {
  burgers: 'burgers',
  ondernemers: 'ondernemers',
  medewerkers: 'medewerkers',
  ketenpartners: 'ketenpartners',
  overheid: 'overheid',
};

export const URGENTIE_LABELS: Record<string, string> = { laag: 'laag', midden: 'midden', hoog: 'hoog' };

export const HERKOMST_LABELS: Record<string, string> = {
  stand: 'Stand van de Uitvoering',
  kamerbrief: 'Kamerbrief',
  jaarverslag: 'jaarverslag',
  rekenkamer: 'Algemene Rekenkamer',
  nieuws: 'nieuws',
  anders: 'anders',
};

export const ORGANISATIE_TYPE_LABELS: Record<string, string> = {
  zbo: 'zelfstandig bestuursorgaan',
  agentschap: 'agentschap',
  dienstonderdeel: 'dienstonderdeel',
  ministerie: 'ministerie',
  toezicht: 'toezichthouder',
  medeoverheid: 'medeoverheid',
  koepel: 'koepelorganisatie',
  overig: 'overig',
};

/** The label, or the value itself for a value we have no label for (never empty). */
export function label(labels: Record<string, string>, value: string): string {
  return Object.prototype.hasOwnProperty.call(labels, value) ? (labels[value] as string) : value;
}

const MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
];

/** `2025-05-20` (or a full ISO timestamp) → `20 mei 2025`; anything else is shown as given. */
export function dutchDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  if (!month) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** Dutch number formatting without depending on the ICU build: 1234567.5 → 1.234.567,5 */
export function dutchNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const [whole = '', fraction] = String(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '−' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** A shared knelpunt is only a slug (`gegevensdeling-inkomen`); readers see it as words
 * ("Gegevensdeling inkomen"). The slug itself stays visible where editors need it. */
export function gedeeldNaam(slug: string): string {
  const words = slug.replace(/-+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A change as a reader writes it: +3, −2 (a real minus sign), 0. */
export function signedNumber(value: number): string {
  return value > 0 ? `+${dutchNumber(value)}` : dutchNumber(value);
}
