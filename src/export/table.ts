// One open-data table, defined once: its CSV, its JSON and its Table Schema in
// datapackage.json (and so the field list of data/index.html) all come from the same
// column list, so they cannot drift apart.
import { csvText, type CsvValue } from './csv.js';
import { jsonText } from './json.js';

export type ScalarType = 'string' | 'integer' | 'boolean';

export interface Column<R> {
  name: string;
  type: ScalarType;
  /** A list: joined with `|` in the CSV (typed string there), an array in the JSON. */
  list?: boolean;
  /** Dutch, shown to users of the open data. */
  description: string;
  /** Always has a value (Table Schema `required`). */
  required?: boolean;
  enum?: readonly string[];
  value: (row: R) => string | number | boolean | null | readonly string[];
}

export interface ForeignKey {
  fields: string;
  /** The name of the lookup table (`organisaties`, …); the CSV of one refers to the CSV of the other. */
  table: string;
  /** The referenced column, always that table's primary key. */
  field: string;
}

export interface TableSpec<R> {
  /** File base name in data/: `historie` → historie.csv and historie.json. */
  name: string;
  /** Dutch. */
  title: string;
  /** Dutch: what one row is and how the table is sorted. */
  description: string;
  columns: readonly Column<R>[];
  primaryKey: readonly string[];
  foreignKeys?: readonly ForeignKey[];
}

export function tableCsv<R>(spec: TableSpec<R>, rows: readonly R[]): string {
  return csvText(
    spec.columns.map((c) => c.name),
    rows.map((row) => spec.columns.map((c) => c.value(row) as CsvValue)),
  );
}

/** One object per row, keys in column order; absent values are null, absent lists []. */
export function tableRecords<R>(spec: TableSpec<R>, rows: readonly R[]): Record<string, unknown>[] {
  return rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const c of spec.columns) {
      const v = c.value(row);
      record[c.name] = Array.isArray(v) ? [...(v as readonly string[])] : v;
    }
    return record;
  });
}

export function tableJson<R>(spec: TableSpec<R>, rows: readonly R[]): string {
  return jsonText(tableRecords(spec, rows));
}
