import type { DerivedKnelpunt } from '../model/types.js';
import { csvText } from './csv.js';
import { CSV_COLUMNS } from './knelpunt-fields.js';

/** data/knelpunten.csv: one row per knelpunt of the edition, in the model's order. */
export function knelpuntenCsv(knelpunten: readonly DerivedKnelpunt[]): string {
  return csvText(
    CSV_COLUMNS.map((c) => c.name),
    knelpunten.map((k) => CSV_COLUMNS.map((c) => c.value(k))),
  );
}
