// Every file of data/ except the HTML page: the report model, the tables as CSV and JSON,
// and the Data Package that describes them (report.md, "More open data").
import type { ReportModel } from '../model/types.js';
import { datapackageJson } from './datapackage.js';
import { HISTORIE } from './historie.js';
import { knelpuntenCsv, type KnelpuntUrl } from './knelpunten-csv.js';
import { knelpuntenJson } from './knelpunten-json.js';
import { MINISTERIES, OPROEPEN, ORGANISATIES, THEMAS, ministerieRows, oproepRows, organisatieRows, themaRows } from './lookup-tables.js';
import { reportJson } from './report-json.js';
import { tableCsv, tableJson, type TableSpec } from './table.js';

export function openDataFiles(model: ReportModel, knelpuntUrl: KnelpuntUrl): Map<string, string> {
  const files = new Map<string, string>();
  const both = <R>(spec: TableSpec<R>, rows: readonly R[]): void => {
    files.set(`data/${spec.name}.csv`, tableCsv(spec, rows));
    files.set(`data/${spec.name}.json`, tableJson(spec, rows));
  };
  files.set('data/report.json', reportJson(model.report));
  files.set('data/knelpunten.json', knelpuntenJson(model.knelpunten));
  files.set('data/knelpunten.csv', knelpuntenCsv(model.knelpunten, knelpuntUrl));
  both(HISTORIE, model.historie);
  both(ORGANISATIES, organisatieRows(model.registers, model.edition.verslagjaar));
  both(MINISTERIES, ministerieRows(model.registers));
  both(THEMAS, themaRows(model.registers));
  both(OPROEPEN, oproepRows(model.registers));
  files.set('data/datapackage.json', datapackageJson(model.edition));
  return files;
}
