// The fields of the knelpunten exports, defined once: the CSV, the JSON and the Table
// Schemas of datapackage.json are all generated from these lists, so they cannot drift.
import type { DerivedKnelpunt } from '../model/types.js';
import type { CsvValue } from './csv.js';
import { STATUSSEN } from '../model/status.js';

export type TableType = 'string' | 'integer' | 'boolean' | 'array' | 'object';

export interface ExportField<V> {
  name: string;
  type: TableType;
  /** Dutch, shown to users of the open data. */
  description: string;
  /** Always present in every row (Table Schema `required`). */
  required?: boolean;
  enum?: readonly string[];
  value: (k: DerivedKnelpunt) => V;
}

const D = {
  organisatie: 'Code van de organisatie die het knelpunt meldt (uit het organisatieregister).',
  id: 'Vaste code van het knelpunt binnen de organisatie; gelijk over de jaren.',
  global_id: 'Unieke code van het knelpunt over alle organisaties: organisatie/id.',
  verslagjaar: 'Het verslagjaar van de Stand waarin het knelpunt staat.',
  titel: 'Korte naam van het knelpunt.',
  beschrijving: 'Wat er misgaat in de uitvoering (Markdown).',
  gevolgen: 'Wat burgers en ondernemers ervan merken (Markdown).',
  oplossingsrichting: 'De oplossing die de organisatie ziet (Markdown); leeg als die ontbreekt.',
  thema: 'Code van het hoofdthema.',
  subthemas: "Codes van de andere thema's van het knelpunt.",
  oproepen: 'De oproepen (O1–O5) waar het knelpunt bij hoort: de eigen opgave, anders die van het hoofdthema.',
  actie_bij: 'Waar de beweging vandaan moet komen: politiek, eigenaar, opdrachtgever, opdrachtnemer, ketenpartner, medeoverheid of eu.',
  opdrachtgever: 'Het ministerie dat volgens de organisatie als opdrachtgever aan zet is (eigen opgave).',
  status: 'Hoe ver de oplossing is.',
  vorige_status: 'De status in de vorige Stand van de organisatie; leeg als het knelpunt daarin niet stond.',
  eerste_melding: 'Het jaar van de eerste melding: de eigen opgave, anders het eerste verslagjaar waarin het knelpunt voorkomt.',
  jaren_open: 'Aantal jaren sinds de eerste melding, alleen voor open knelpunten (niet opgelost of vervallen).',
  open: 'Of het knelpunt open is: status niet opgelost en niet vervallen.',
  eigenaar: 'Het ministerie dat in dit verslagjaar eigenaar is van de organisatie; leeg als er geen is.',
  opdrachtgevers: 'De ministeries die in dit verslagjaar opdrachtgever zijn van de organisatie.',
  meervoudig_opdrachtgeverschap: 'Of de organisatie in dit verslagjaar meer dan één opdrachtgever heeft.',
  opdrachtgever_toegerekend:
    'Het ministerie waaraan het knelpunt als opdrachtgever wordt toegerekend: de eigen opgave, anders de enige opdrachtgever; leeg als dat niet vast te stellen is.',
  gedeeld_knelpunt: 'Code van het overkoepelende knelpunt dat bij meerdere organisaties speelt.',
  urgentie: 'Hoe dringend de organisatie het knelpunt vindt: laag, midden of hoog.',
  hardheid: 'Of het knelpunt hardvochtig uitpakt voor burgers of ondernemers; leeg als niet opgegeven.',
  doelgroepen: 'Wie het knelpunt raakt.',
  wetten: 'De wetten en regelingen waar het knelpunt uit voortkomt.',
  ketenpartners: 'Codes van andere betrokken organisaties.',
  herkomst: 'Waar het knelpunt oorspronkelijk beschreven is.',
  bronnen: 'Webadressen die het knelpunt onderbouwen.',
  bron: 'Het bronbestand (pad ten opzichte van de inhoudsmap) en de regel waarop het knelpunt begint.',
  bron_pad: 'Het bronbestand van het knelpunt, ten opzichte van de inhoudsmap.',
  bron_regel: 'De regel in het bronbestand waarop het knelpunt begint (vanaf 1).',
} as const;

const LIST_NOTE = ' Meerdere waarden gescheiden door |.';

/** The columns of data/knelpunten.csv, exactly in the order of report.md. */
export const CSV_COLUMNS: readonly ExportField<CsvValue>[] = [
  { name: 'organisatie', type: 'string', required: true, description: D.organisatie, value: (k) => k.organisatie },
  { name: 'id', type: 'string', required: true, description: D.id, value: (k) => k.id },
  { name: 'titel', type: 'string', required: true, description: D.titel, value: (k) => k.titel },
  { name: 'thema', type: 'string', required: true, description: D.thema, value: (k) => k.thema },
  { name: 'subthemas', type: 'string', description: D.subthemas + LIST_NOTE, value: (k) => k.subthemas ?? [] },
  { name: 'oproepen', type: 'string', description: D.oproepen + LIST_NOTE, value: (k) => k.oproepen },
  { name: 'actie_bij', type: 'string', required: true, description: D.actie_bij + LIST_NOTE, value: (k) => k.actie_bij },
  { name: 'status', type: 'string', required: true, enum: STATUSSEN, description: D.status, value: (k) => k.status },
  { name: 'vorige_status', type: 'string', enum: STATUSSEN, description: D.vorige_status, value: (k) => k.vorige_status },
  { name: 'eerste_melding', type: 'integer', required: true, description: D.eerste_melding, value: (k) => k.eerste_melding },
  { name: 'jaren_open', type: 'integer', description: D.jaren_open, value: (k) => k.jaren_open },
  { name: 'eigenaar', type: 'string', description: D.eigenaar, value: (k) => k.eigenaar },
  { name: 'opdrachtgevers', type: 'string', description: D.opdrachtgevers + LIST_NOTE, value: (k) => k.opdrachtgevers },
  { name: 'opdrachtgever_toegerekend', type: 'string', description: D.opdrachtgever_toegerekend, value: (k) => k.opdrachtgever_toegerekend },
  {
    name: 'meervoudig_opdrachtgeverschap',
    type: 'boolean',
    required: true,
    description: D.meervoudig_opdrachtgeverschap,
    value: (k) => k.meervoudig_opdrachtgeverschap,
  },
  { name: 'gedeeld_knelpunt', type: 'string', description: D.gedeeld_knelpunt, value: (k) => k.gedeeld_knelpunt ?? null },
  { name: 'urgentie', type: 'string', enum: ['laag', 'midden', 'hoog'], description: D.urgentie, value: (k) => k.urgentie ?? null },
  { name: 'hardheid', type: 'boolean', description: D.hardheid, value: (k) => k.hardheid ?? null },
  { name: 'doelgroepen', type: 'string', description: D.doelgroepen + LIST_NOTE, value: (k) => k.doelgroepen ?? [] },
  { name: 'wetten', type: 'string', description: D.wetten + LIST_NOTE, value: (k) => k.wetten ?? [] },
  { name: 'bron_pad', type: 'string', required: true, description: D.bron_pad, value: (k) => k.bron.pad },
  { name: 'bron_regel', type: 'integer', required: true, description: D.bron_regel, value: (k) => k.bron.regel },
];

/**
 * The keys of each object in data/knelpunten.json, in this order. Every key is always
 * present: an absent optional value is `null`, an absent list is `[]`, so every row has
 * the same shape.
 */
export const JSON_FIELDS: readonly ExportField<unknown>[] = [
  { name: 'global_id', type: 'string', required: true, description: D.global_id, value: (k) => k.global_id },
  { name: 'organisatie', type: 'string', required: true, description: D.organisatie, value: (k) => k.organisatie },
  { name: 'id', type: 'string', required: true, description: D.id, value: (k) => k.id },
  { name: 'verslagjaar', type: 'integer', required: true, description: D.verslagjaar, value: (k) => k.verslagjaar },
  { name: 'titel', type: 'string', required: true, description: D.titel, value: (k) => k.titel },
  { name: 'beschrijving', type: 'string', required: true, description: D.beschrijving, value: (k) => k.beschrijving },
  { name: 'gevolgen', type: 'string', required: true, description: D.gevolgen, value: (k) => k.gevolgen },
  { name: 'oplossingsrichting', type: 'string', description: D.oplossingsrichting, value: (k) => k.oplossingsrichting ?? null },
  { name: 'thema', type: 'string', required: true, description: D.thema, value: (k) => k.thema },
  { name: 'subthemas', type: 'array', required: true, description: D.subthemas, value: (k) => k.subthemas ?? [] },
  { name: 'oproepen', type: 'array', required: true, description: D.oproepen, value: (k) => k.oproepen },
  { name: 'actie_bij', type: 'array', required: true, description: D.actie_bij, value: (k) => k.actie_bij },
  { name: 'opdrachtgever', type: 'string', description: D.opdrachtgever, value: (k) => k.opdrachtgever ?? null },
  { name: 'status', type: 'string', required: true, enum: STATUSSEN, description: D.status, value: (k) => k.status },
  { name: 'vorige_status', type: 'string', enum: STATUSSEN, description: D.vorige_status, value: (k) => k.vorige_status },
  { name: 'open', type: 'boolean', required: true, description: D.open, value: (k) => k.open },
  { name: 'eerste_melding', type: 'integer', required: true, description: D.eerste_melding, value: (k) => k.eerste_melding },
  { name: 'jaren_open', type: 'integer', description: D.jaren_open, value: (k) => k.jaren_open },
  { name: 'eigenaar', type: 'string', description: D.eigenaar, value: (k) => k.eigenaar },
  { name: 'opdrachtgevers', type: 'array', required: true, description: D.opdrachtgevers, value: (k) => k.opdrachtgevers },
  {
    name: 'meervoudig_opdrachtgeverschap',
    type: 'boolean',
    required: true,
    description: D.meervoudig_opdrachtgeverschap,
    value: (k) => k.meervoudig_opdrachtgeverschap,
  },
  { name: 'opdrachtgever_toegerekend', type: 'string', description: D.opdrachtgever_toegerekend, value: (k) => k.opdrachtgever_toegerekend },
  { name: 'gedeeld_knelpunt', type: 'string', description: D.gedeeld_knelpunt, value: (k) => k.gedeeld_knelpunt ?? null },
  { name: 'urgentie', type: 'string', enum: ['laag', 'midden', 'hoog'], description: D.urgentie, value: (k) => k.urgentie ?? null },
  { name: 'hardheid', type: 'boolean', description: D.hardheid, value: (k) => k.hardheid ?? null },
  { name: 'doelgroepen', type: 'array', required: true, description: D.doelgroepen, value: (k) => k.doelgroepen ?? [] },
  { name: 'wetten', type: 'array', required: true, description: D.wetten, value: (k) => k.wetten ?? [] },
  { name: 'ketenpartners', type: 'array', required: true, description: D.ketenpartners, value: (k) => k.ketenpartners ?? [] },
  {
    name: 'herkomst',
    type: 'string',
    enum: ['stand', 'kamerbrief', 'jaarverslag', 'rekenkamer', 'nieuws', 'anders'],
    description: D.herkomst,
    value: (k) => k.herkomst ?? null,
  },
  { name: 'bronnen', type: 'array', required: true, description: D.bronnen, value: (k) => k.bronnen ?? [] },
  { name: 'bron', type: 'object', required: true, description: D.bron, value: (k) => ({ pad: k.bron.pad, regel: k.bron.regel }) },
];
