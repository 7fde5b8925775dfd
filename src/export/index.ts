export { reportJson } from './report-json.js';
export { knelpuntenJson } from './knelpunten-json.js';
export { knelpuntenCsv } from './knelpunten-csv.js';
export { datapackage, datapackageJson } from './datapackage.js';
export { openDataFiles } from './open-data.js';
