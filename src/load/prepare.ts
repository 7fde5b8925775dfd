/** Everything about one file that needs no other file: read, parse, schema, knelpunt lines. */
import { checkFile } from '../check/check-file.js';
import { obj } from '../check/values.js';
import { loadEntry } from './load-tree.js';
import { itemLine, type SourceFile } from './source-file.js';
import type { TreeEntry } from './walk.js';

export function prepareFile(entry: TreeEntry): SourceFile {
  const started = performance.now();
  const file = loadEntry(entry);
  if (file.data !== undefined && checkFile(file) && file.kind === 'stand') {
    const knelpunten = obj(file.data)['knelpunten'];
    if (Array.isArray(knelpunten)) file.knelpuntLines = knelpunten.map((_, i) => itemLine(file, '/knelpunten', i));
  }
  file.loadMs = performance.now() - started;
  return file;
}
