/**
 * Everything about one file that needs no other file: read, parse, schema, knelpunt lines.
 * The build cache stores this result keyed by the file's bytes and path alone (load/cached.ts):
 * nothing here may depend on registers, other files, options or the clock.
 */
import { checkFile } from '../check/check-file.js';
import { obj } from '../check/values.js';
import { loadEntry } from './load-tree.js';
import { itemLine, type SourceFile } from './source-file.js';
import type { TreeEntry } from './walk.js';

/** @param bytes The whole file, when it was read already (by the build cache, to hash it). */
export function prepareFile(entry: TreeEntry, bytes?: Uint8Array): SourceFile {
  const started = performance.now();
  const file = loadEntry(entry, bytes);
  if (file.data !== undefined && checkFile(file) && file.kind === 'stand') {
    const knelpunten = obj(file.data)['knelpunten'];
    if (Array.isArray(knelpunten)) file.knelpuntLines = knelpunten.map((_, i) => itemLine(file, '/knelpunten', i));
  }
  file.loadMs = performance.now() - started;
  return file;
}
