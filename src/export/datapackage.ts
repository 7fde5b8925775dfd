// data/datapackage.json: a Frictionless Data Package (v1) describing the open data of the
// edition. Paths are relative to the data/ folder the package lives in.
import type { Edition } from '../model/content.js';
import { CSV_DELIMITER, CSV_LINE_END } from './csv.js';
import { jsonText } from './json.js';
import { CSV_COLUMNS, JSON_FIELDS, type ExportField } from './knelpunt-fields.js';

function tableField(field: ExportField<unknown>, csv: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { name: field.name, type: field.type, description: field.description };
  // CSV booleans are written as true/false (see csv.ts cellText).
  if (csv && field.type === 'boolean') Object.assign(out, { trueValues: ['true'], falseValues: ['false'] });
  const constraints: Record<string, unknown> = {};
  if (field.required) constraints['required'] = true;
  if (field.enum) constraints['enum'] = [...field.enum];
  if (Object.keys(constraints).length > 0) out['constraints'] = constraints;
  return out;
}

/** A Data Package name: lowercase, digits and `-._/` only. */
function packageName(editie: string): string {
  const slug = editie
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'staat-van-de-uitvoering' : `staat-van-de-uitvoering-${slug}`;
}

export function datapackage(edition: Edition): Record<string, unknown> {
  const primaryKey = ['organisatie', 'id'];
  return {
    profile: 'tabular-data-package',
    name: packageName(edition.editie),
    title: edition.titel,
    description: `Knelpunten en cijfers van ${edition.titel}, verslagjaar ${edition.verslagjaar}.`,
    resources: [
      {
        name: 'knelpunten-csv',
        path: 'knelpunten.csv',
        profile: 'tabular-data-resource',
        title: 'Knelpunten (CSV)',
        description:
          'Eén regel per knelpunt van de editie, met afgeleide velden. Puntkomma als scheidingsteken, UTF-8 met BOM; een cel die met =, +, -, @ of een tab begint, staat er met een apostrof voor.',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: {
          delimiter: CSV_DELIMITER,
          lineTerminator: CSV_LINE_END,
          quoteChar: '"',
          doubleQuote: true,
          header: true,
        },
        schema: {
          fields: CSV_COLUMNS.map((f) => tableField(f, true)),
          missingValues: [''],
          primaryKey,
        },
      },
      {
        name: 'knelpunten-json',
        path: 'knelpunten.json',
        profile: 'tabular-data-resource',
        title: 'Knelpunten (JSON)',
        description: 'Eén object per knelpunt van de editie, met afgeleide velden; ontbrekende waarden zijn null.',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        schema: {
          fields: JSON_FIELDS.map((f) => tableField(f, false)),
          primaryKey,
        },
      },
      {
        name: 'report',
        path: 'report.json',
        profile: 'data-resource',
        title: 'Rapportcijfers',
        description:
          'De samengevoegde cijfers van de editie: totalen, per thema, per oproep, per partij in de sturingsdriehoek, per ministerie, meervoudig opdrachtgeverschap, gedeelde knelpunten en trends.',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
      },
    ],
  };
}

export function datapackageJson(edition: Edition): string {
  return jsonText(datapackage(edition));
}
