// The lookup tables of data/ (report.md, "More open data"): the registers as the edition year
// sees them, so the codes in knelpunten and historie can be turned into names. Rows are
// sorted by id, whatever the order of the register files.
import type { Ministerie, Oproep, Organisatie, Thema } from '../model/content.js';
import { driehoekInYear } from '../model/driehoek.js';
import { compareIds } from '../model/sort.js';
import type { ModelInput } from '../model/types.js';
import type { TableSpec } from './table.js';

const ORGANISATIE_TYPES = ['zbo', 'agentschap', 'dienstonderdeel', 'ministerie', 'toezicht', 'medeoverheid', 'koepel', 'overig'] as const;
const LIST_NOTE = ' Meerdere waarden gescheiden door |.';

export interface OrganisatieRow {
  organisatie: Organisatie;
  eigenaar: string | null;
  opdrachtgevers: string[];
}

export const ORGANISATIES: TableSpec<OrganisatieRow> = {
  name: 'organisaties',
  title: 'Organisaties',
  description: 'Eén regel per organisatie uit het organisatieregister, met eigenaar en opdrachtgevers in het verslagjaar van de editie. Gesorteerd op code.',
  columns: [
    { name: 'id', type: 'string', required: true, description: 'Code van de organisatie; zo staat ze in de kolom organisatie van de andere tabellen.', value: (r) => r.organisatie.id },
    { name: 'naam', type: 'string', required: true, description: 'Volledige naam van de organisatie.', value: (r) => r.organisatie.naam },
    { name: 'afkorting', type: 'string', description: 'Gangbare afkorting; leeg als er geen is.', value: (r) => r.organisatie.afkorting ?? null },
    { name: 'type', type: 'string', required: true, enum: ORGANISATIE_TYPES, description: 'Soort organisatie: zbo, agentschap, dienstonderdeel, ministerie, toezicht, medeoverheid, koepel of overig.', value: (r) => r.organisatie.type },
    { name: 'eigenaar', type: 'string', description: 'Code van het ministerie dat in het verslagjaar eigenaar is; leeg als er geen is.', value: (r) => r.eigenaar },
    { name: 'opdrachtgevers', type: 'string', list: true, description: `Codes van de ministeries die in het verslagjaar opdrachtgever zijn.${LIST_NOTE}`, value: (r) => r.opdrachtgevers },
  ],
  primaryKey: ['id'],
  foreignKeys: [{ fields: 'eigenaar', table: 'ministeries', field: 'id' }],
};

export const MINISTERIES: TableSpec<Ministerie> = {
  name: 'ministeries',
  title: 'Ministeries',
  description: 'Eén regel per ministerie uit het ministerieregister, ook de opgeheven ministeries (met het jaar tot en met wanneer ze bestonden). Gesorteerd op code.',
  columns: [
    { name: 'id', type: 'string', required: true, description: 'Code van het ministerie; zo staat het in de kolommen eigenaar en opdrachtgever van de andere tabellen.', value: (m) => m.id },
    { name: 'naam', type: 'string', required: true, description: 'Naam van het ministerie.', value: (m) => m.naam },
    { name: 'afkorting', type: 'string', required: true, description: 'Gangbare afkorting, zoals SZW.', value: (m) => m.afkorting },
    { name: 'vanaf', type: 'integer', description: 'Het eerste jaar waarin het ministerie bestond; leeg als dat niet is opgegeven.', value: (m) => m.vanaf ?? null },
    { name: 'tot', type: 'integer', description: 'Het laatste jaar waarin het ministerie bestond (tot en met); leeg als het nog bestaat.', value: (m) => m.tot ?? null },
  ],
  primaryKey: ['id'],
};

export const THEMAS: TableSpec<Thema> = {
  name: 'themas',
  title: "Thema's",
  description: "Eén regel per thema uit het themaregister. Gesorteerd op code.",
  columns: [
    { name: 'id', type: 'string', required: true, description: 'Code van het thema; zo staat het in de kolommen thema en subthemas van de andere tabellen.', value: (t) => t.id },
    { name: 'naam', type: 'string', required: true, description: 'Naam van het thema.', value: (t) => t.naam },
    { name: 'oproepen', type: 'string', list: true, description: `De oproepen (O1–O5) waar knelpunten met dit hoofdthema bij horen, tenzij een knelpunt zelf oproepen noemt.${LIST_NOTE}`, value: (t) => [...t.oproepen].sort(compareIds) },
  ],
  primaryKey: ['id'],
};

export const OPROEPEN: TableSpec<Oproep> = {
  name: 'oproepen',
  title: 'Oproepen',
  description: 'Eén regel per oproep van de Staat (O1–O5). Gesorteerd op code.',
  columns: [
    { name: 'id', type: 'string', required: true, description: 'Code van de oproep, O1 tot en met O5.', value: (o) => o.id },
    { name: 'titel', type: 'string', required: true, description: 'De oproep in een zin.', value: (o) => o.titel },
  ],
  primaryKey: ['id'],
};

function sortedById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareIds(a.id, b.id));
}

export function organisatieRows(registers: ModelInput['registers'], year: number): OrganisatieRow[] {
  return sortedById(registers.organisaties).map((organisatie) => {
    const d = driehoekInYear(organisatie, year);
    return { organisatie, eigenaar: d.eigenaar, opdrachtgevers: d.opdrachtgevers };
  });
}

export const ministerieRows = (registers: ModelInput['registers']): Ministerie[] => sortedById(registers.ministeries);
export const themaRows = (registers: ModelInput['registers']): Thema[] => sortedById(registers.themas);
export const oproepRows = (registers: ModelInput['registers']): Oproep[] => sortedById(registers.oproepen);
