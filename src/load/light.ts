/**
 * Reading a Stand only as context, fast. Linting one Stand needs the other organisations'
 * Standen only for who claims which organisation and year, and which gedeeld_knelpunt values
 * they use. Parsing 240 YAML documents for that takes seconds; scanning their lines for three
 * keys takes milliseconds. Standen of the linted organisation itself are always parsed fully.
 *
 * At 600 organisations that is 2 300 files and 56 MB: decoding them all into strings and
 * splitting them into lines took most of a lint (and most of its garbage collection). So the
 * bytes are searched for the three keys and only the lines that hold one are decoded. The result
 * is the same as reading every line of the decoded text: a line without any of the keys changes
 * nothing, and a newline byte in UTF-8 is always a newline.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { isDecodable, MAX_FILE_BYTES } from './decode.js';
import { emptySourceFile, type SourceFile } from './source-file.js';
import type { TreeEntry } from './walk.js';

const VALUE = /^["']?([^"'#]*?)["']?\s*(?:#.*)?$/;

export type LightFacts = { organisatie?: string; verslagjaar?: number; knelpunten: { gedeeld_knelpunt: string }[] };

/** One buffer for all light reads of this thread: the facts are taken out before the next read. */
let scratch: Buffer | undefined;

/** A context-only SourceFile whose `data` holds just the facts the cross-file rules read. */
export function loadLight(entry: TreeEntry): SourceFile {
  const file = emptySourceFile(entry.path, entry.absPath, 'stand');
  if (entry.refused) return file;
  let bytes: Buffer;
  try {
    bytes = readUpTo(entry.absPath, MAX_FILE_BYTES + 1);
  } catch {
    return file; // Context only: the file's own lint reports it.
  }
  // Context only: a file that does not decode gets no facts (its own lint reports it). A file of
  // more than MAX_FILE_BYTES shows as one of MAX_FILE_BYTES + 1, which is refused all the same.
  if (!isDecodable(bytes)) return file;
  file.data = lightFacts(bytes);
  return file;
}

/**
 * The file's first `limit` bytes (all of it when shorter), in a buffer shared by every call.
 * Read to the end rather than asking the size first: one system call less per file.
 */
function readUpTo(absPath: string, limit: number): Buffer {
  scratch ??= Buffer.allocUnsafe(limit);
  const fd = openSync(absPath, 'r');
  try {
    let read = 0;
    while (read < limit) {
      const n = readSync(fd, scratch, read, limit - read, null);
      if (n === 0) break;
      read += n;
    }
    return scratch.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function valueOf(rest: string): string {
  return (VALUE.exec(rest.trim())?.[1] ?? '').trim();
}

const ORGANISATIE = Buffer.from('organisatie:');
const VERSLAGJAAR = Buffer.from('verslagjaar:');
const GEDEELD = Buffer.from('gedeeld_knelpunt:');
const NEWLINE = 0x0a;

/**
 * The facts of one Stand's bytes (valid UTF-8), as a line-by-line reading of the decoded text
 * finds them: the first line that starts with `organisatie:` with a value, the first that starts
 * with `verslagjaar:` with a number, and the `gedeeld_knelpunt:` value of every other line that
 * holds one. A line that starts with one of the first two keys while that key is still unknown
 * is read for that key alone, so the searches for those keys stop at their first usable value.
 */
export function lightFacts(bytes: Buffer): LightFacts {
  const facts: LightFacts = { knelpunten: [] };
  // The decoded text starts after a UTF-8 byte order mark.
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const readForKey = new Set<number>();
  for (const at of linesStartingWith(bytes, ORGANISATIE, start)) {
    readForKey.add(at);
    const value = valueOf(lineAt(bytes, at).slice(ORGANISATIE.length));
    if (value !== '') {
      facts.organisatie = value;
      break;
    }
  }
  for (const at of linesStartingWith(bytes, VERSLAGJAAR, start)) {
    readForKey.add(at);
    const value = valueOf(lineAt(bytes, at).slice(VERSLAGJAAR.length));
    if (/^\d+$/.test(value)) {
      facts.verslagjaar = Number(value);
      break;
    }
  }
  let previous = -1;
  for (let at = bytes.indexOf(GEDEELD, start); at !== -1; at = bytes.indexOf(GEDEELD, at + 1)) {
    const lineStart = Math.max(start, bytes.lastIndexOf(NEWLINE, at) + 1);
    if (lineStart === previous || readForKey.has(lineStart)) continue;
    previous = lineStart;
    const line = lineAt(bytes, lineStart);
    const value = valueOf(line.slice(line.indexOf('gedeeld_knelpunt:') + GEDEELD.length));
    if (/^[a-z0-9-]+$/.test(value)) facts.knelpunten.push({ gedeeld_knelpunt: value });
  }
  return facts;
}

/** Start offsets, in order, of the lines that begin with `key`. */
function* linesStartingWith(bytes: Buffer, key: Buffer, start: number): Generator<number> {
  if (bytes.subarray(start, start + key.length).equals(key)) yield start;
  for (let at = bytes.indexOf(key, start + 1); at !== -1; at = bytes.indexOf(key, at + 1)) {
    if (bytes[at - 1] === NEWLINE) yield at;
  }
}

function lineAt(bytes: Buffer, lineStart: number): string {
  const nl = bytes.indexOf(NEWLINE, lineStart);
  return bytes.toString('utf8', lineStart, nl === -1 ? bytes.length : nl);
}
