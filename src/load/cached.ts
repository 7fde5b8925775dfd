/**
 * Loading through the build cache. What prepareFile computes for a file (parse, schema
 * diagnostics, data, knelpunt lines) depends only on the file's bytes, its path and staat's own
 * code, so that is the key; the registers and other Standen play no part there (the cross-file
 * rules run on every check, cached or not). A hit gives the same SourceFile a worker thread
 * would send: the YAML AST is rebuilt from the text only if a problem has to be located.
 */
import type { BuildCache } from '../cache/index.js';
import { sha256 } from '../cache/store.js';
import { decodeSource } from './decode.js';
import { readBounded } from './load-tree.js';
import { prepareFile } from './prepare.js';
import type { SourceFile } from './source-file.js';
import { fromTransfer, toTransfer, type TransferFile } from './transfer.js';
import type { ReadFile } from './texts.js';
import type { TreeEntry } from './walk.js';

const KIND = 'load';

export type Read = { bytes: Uint8Array; size: number };

export type Lookup =
  /** Found: the file as prepareFile would have made it. */
  | { file: SourceFile }
  /** Not found: the bytes that were read (parse these, not a second read) and the key to store under. */
  | { read: Read; key: string }
  /** Not cacheable (refused by the walker, or unreadable): prepare it the ordinary way. */
  | { uncached: true };

/** @param known The file as readTexts read it (not read or decoded again). */
export function lookupLoaded(entry: TreeEntry, cache: BuildCache, known?: ReadFile): Lookup {
  if (entry.refused) return { uncached: true };
  const started = performance.now();
  let read: Read;
  try {
    read = known?.read ?? readBounded(entry.absPath);
  } catch {
    return { uncached: true };
  }
  // Larger than staat reads: its message names the size, which the bytes do not pin down.
  if (read.size !== read.bytes.length) return { uncached: true };
  const key = [cache.fingerprint, entry.path, entry.kind, String(read.size), sha256(read.bytes).toString('hex')].join('\n');
  const value = cache.store.get(KIND, key) as TransferFile | undefined;
  if (!isTransfer(value, entry)) return { read, key };
  const text = known?.read === read ? known.text : decodedText(read);
  const file = fromTransfer({ ...value, absPath: entry.absPath, text });
  file.loadMs = performance.now() - started;
  return { file };
}

/** Stores what was prepared from the bytes under `key` (the text is not stored: the bytes are the key). */
export function storeLoaded(cache: BuildCache, key: string, file: SourceFile | TransferFile): void {
  const t = 'positions' in file ? toTransfer(file) : file;
  const { loadMs: _timing, ...rest } = t;
  cache.store.set(KIND, key, { ...rest, text: '', absPath: '' });
}

/** The text a load gives a file: decoded, or '' when it is not valid text (its problem is the load's to report). */
function decodedText(read: Read): string {
  const decoded = decodeSource(read.bytes, read.size);
  return decoded.ok ? decoded.text : '';
}

/** prepareFile through the cache, in this thread (with the bytes in `known` when given). */
export function prepareCached(entry: TreeEntry, cache: BuildCache | undefined, known?: ReadFile): SourceFile {
  if (!cache) return prepareFile(entry);
  const found = lookupLoaded(entry, cache, known);
  if ('file' in found) return found.file;
  if ('uncached' in found) return prepareFile(entry);
  const file = prepareFile(entry, found.read.bytes);
  storeLoaded(cache, found.key, file);
  return file;
}

/** A checksum-verified entry can still be of another shape if a future bug wrote it: check the basics. */
function isTransfer(value: unknown, entry: TreeEntry): value is TransferFile {
  if (value === null || typeof value !== 'object') return false;
  const t = value as Partial<TransferFile>;
  return t.path === entry.path && t.kind === entry.kind && Array.isArray(t.diagnostics) && typeof t.yamlOffset === 'number' && typeof t.yamlLength === 'number';
}
