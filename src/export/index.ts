export { reportJson } from './report-json.js';
export { knelpuntenJson } from './knelpunten-json.js';
export { knelpuntenCsv } from './knelpunten-csv.js';
export { datapackageJson } from './datapackage.js';
