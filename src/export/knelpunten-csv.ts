import type { DerivedKnelpunt } from '../model/types.js';
import { CSV_COLUMNS } from './knelpunt-fields.js';
import { tableCsv, type Column, type TableSpec } from './table.js';

/** A knelpunt with the address of its anchor in the report (the `url` column). */
export type KnelpuntCsvRow = DerivedKnelpunt & { url: string };

/** Where a knelpunt is shown, relative to the report root; the site's address scheme decides. */
export type KnelpuntUrl = (k: DerivedKnelpunt) => string;

const URL_COLUMN: Column<KnelpuntCsvRow> = {
  name: 'url',
  type: 'string',
  required: true,
  description:
    'Waar het knelpunt in het rapport staat: het pad naar het anker op de pagina van de organisatie, ten opzichte van de hoofdmap van het rapport (zet het webadres van het rapport ervoor).',
  value: (k) => k.url,
};

export const KNELPUNTEN_CSV: TableSpec<KnelpuntCsvRow> = {
  name: 'knelpunten',
  title: 'Knelpunten',
  description: 'Eén regel per knelpunt van de editie, met de afgeleide velden. Gesorteerd op organisatie en id.',
  columns: [
    ...CSV_COLUMNS.map((f): Column<KnelpuntCsvRow> => ({
      name: f.name,
      type: f.type as Column<KnelpuntCsvRow>['type'],
      description: f.description,
      ...(f.required ? { required: true } : {}),
      ...(f.enum ? { enum: f.enum } : {}),
      value: f.value,
    })),
    URL_COLUMN,
  ],
  primaryKey: ['organisatie', 'id'],
  foreignKeys: [
    { fields: 'organisatie', table: 'organisaties', field: 'id' },
    { fields: 'thema', table: 'themas', field: 'id' },
    { fields: 'eigenaar', table: 'ministeries', field: 'id' },
    { fields: 'opdrachtgever_toegerekend', table: 'ministeries', field: 'id' },
  ],
};

/** data/knelpunten.csv: one row per knelpunt of the edition, in the model's order. */
export function knelpuntenCsv(knelpunten: readonly DerivedKnelpunt[], url: KnelpuntUrl): string {
  return tableCsv(KNELPUNTEN_CSV, knelpunten.map((k) => ({ ...k, url: url(k) })));
}
