// data/datapackage.json: a Frictionless Data Package (v1) describing every file of data/.
// Every CSV is a tabular-data-resource with a Table Schema (types, primary and foreign keys
// to the lookup tables); every JSON file is a plain data-resource. A tabular-data-package may
// hold only tabular resources, so the package itself has the general `data-package` profile.
// Paths are relative to the data/ folder the package lives in.
import { DEFAULT_LICENSE, licenseInfo } from '../content/licenses.js';
import type { Edition } from '../model/content.js';
import { CSV_DELIMITER, CSV_LINE_END } from './csv.js';
import { HISTORIE } from './historie.js';
import { jsonText } from './json.js';
import { JSON_FIELDS, type ExportField } from './knelpunt-fields.js';
import { KNELPUNTEN_CSV } from './knelpunten-csv.js';
import { MINISTERIES, OPROEPEN, ORGANISATIES, THEMAS } from './lookup-tables.js';
import type { Column, TableSpec } from './table.js';

/** Every table of data/ that has a CSV and a JSON twin, in the order of the package. */
export const TABLES: readonly TableSpec<never>[] = [KNELPUNTEN_CSV, HISTORIE, ORGANISATIES, MINISTERIES, THEMAS, OPROEPEN];

export const CSV_NOTE =
  'Puntkomma als scheidingsteken, UTF-8 met BOM (opent zo direct in Excel), regels eindigen op CRLF. Een cel die met =, +, -, @ of een tab begint, staat er met een apostrof voor, zodat een spreadsheet hem nooit als formule uitvoert.';

/** The CSV Dialect of every CSV. `bom` is not in the CSV Dialect spec: it says the file starts with a UTF-8 byte order mark. */
const DIALECT = {
  delimiter: CSV_DELIMITER,
  lineTerminator: CSV_LINE_END,
  quoteChar: '"',
  doubleQuote: true,
  skipInitialSpace: false,
  header: true,
  caseSensitiveHeader: true,
  bom: true,
} as const;

type SchemaField = Record<string, unknown>;

function constraints(required: boolean | undefined, values: readonly string[] | undefined): SchemaField {
  const c: SchemaField = {};
  if (required) c['required'] = true;
  if (values) c['enum'] = [...values];
  return Object.keys(c).length > 0 ? { constraints: c } : {};
}

function csvField(c: Column<never>): SchemaField {
  return {
    name: c.name,
    type: c.type,
    description: c.description,
    // CSV booleans are written as true/false (see csv.ts cellText).
    ...(c.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    ...constraints(c.required, c.enum),
  };
}

function jsonField(c: Column<never>): SchemaField {
  // In the JSON a list is an array (absent = []), so it is always there.
  if (c.list) return { name: c.name, type: 'array', description: c.description.replace(/ Meerdere waarden gescheiden door \|\.$/, ''), ...constraints(true, undefined) };
  return { name: c.name, type: c.type, description: c.description, ...constraints(c.required, c.enum) };
}

function knelpuntJsonField(f: ExportField<unknown>): SchemaField {
  return { name: f.name, type: f.type, description: f.description, ...constraints(f.required, f.enum) };
}

function csvResource(t: TableSpec<never>): Record<string, unknown> {
  return {
    name: `${t.name}-csv`,
    path: `${t.name}.csv`,
    profile: 'tabular-data-resource',
    title: `${t.title} (CSV)`,
    description: `${t.description} ${CSV_NOTE}`,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { ...DIALECT },
    schema: {
      fields: t.columns.map(csvField),
      missingValues: [''],
      primaryKey: [...t.primaryKey],
      ...(t.foreignKeys && t.foreignKeys.length > 0
        ? { foreignKeys: t.foreignKeys.map((fk) => ({ fields: fk.fields, reference: { resource: `${fk.table}-csv`, fields: fk.field } })) }
        : {}),
    },
  };
}

function jsonResource(t: TableSpec<never>): Record<string, unknown> {
  // knelpunten.json carries more than its CSV twin (the texts, bron as an object): its own fields.
  const fields = t.name === KNELPUNTEN_CSV.name ? JSON_FIELDS.map(knelpuntJsonField) : t.columns.map(jsonField);
  const description =
    t.name === KNELPUNTEN_CSV.name
      ? 'Eén object per knelpunt van de editie, met de teksten en de afgeleide velden. Gesorteerd op organisatie en id.'
      : `${t.description} Eén object per regel, met dezelfde velden als de CSV.`;
  return {
    name: `${t.name}-json`,
    path: `${t.name}.json`,
    profile: 'data-resource',
    title: `${t.title} (JSON)`,
    description: `${description} Een lijst van objecten; ontbrekende waarden zijn null, lege lijsten [].`,
    format: 'json',
    mediatype: 'application/json',
    encoding: 'utf-8',
    schema: { fields, primaryKey: [...t.primaryKey] },
  };
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
  const license = licenseInfo(edition.licentie ?? DEFAULT_LICENSE);
  return {
    profile: 'data-package',
    name: packageName(edition.editie),
    title: edition.titel,
    description: `De open data van ${edition.titel} (editie ${edition.editie}, verslagjaar ${edition.verslagjaar}): de knelpunten, hun historie, de registers en de cijfers van het rapport.`,
    version: edition.editie,
    ...(edition.site_url !== undefined ? { homepage: edition.site_url } : {}),
    licenses: [{ name: license.id, ...(license.url === null ? {} : { path: license.url }), title: license.title }],
    resources: [
      ...TABLES.flatMap((t) => [csvResource(t), jsonResource(t)]),
      {
        name: 'report',
        path: 'report.json',
        profile: 'data-resource',
        title: 'Rapportcijfers (JSON)',
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
